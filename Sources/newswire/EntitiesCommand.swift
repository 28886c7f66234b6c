import ArgumentParser
import NewsModel

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "The people, organisations, places and other names found, most mentioned first.")

    @Option(help: "Only this type: PER, ORG, LOC or MISC.")
    var type: String?

    @Option(help: "Only names starting with this (accents and case ignored).")
    var prefix: String?

    @Option(help: "Only entities placed in this country (ISO 3166-1 alpha-2): its places, its demonym, the country itself.")
    var country: String?

    @Option(help: "How many.")
    var limit = 25

    @Option(help: "Skip this many (for paging).")
    var offset = 0

    @OptionGroup var client: ClientOptions

    func run() throws {
        var request = QueryRequest(query: .entities, text: prefix, entityType: type?.uppercased(), limit: limit, offset: offset)
        request.country = country
        let reply = try client.connect().query(request)
        if client.json { return try printJSON(reply) }
        let entities = reply.entities ?? []
        guard !entities.isEmpty else {
            print("no entities\(type.map { " of type \($0.uppercased())" } ?? "")")
            return
        }
        var table = Table("NAME", "TYPE", "ARTICLES", "MENTIONS", "ALIASES")
        table.maxWidth = [0: 40, 4: 50]
        for entity in entities {
            table.add(entity.name, entity.type.rawValue, "\(entity.articles)", "\(entity.mentions)",
                      entity.aliases.joined(separator: ", "))
        }
        print(table.render())
    }
}
