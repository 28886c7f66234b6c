import ArgumentParser
import NewsModel

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search over titles and texts, best matches first, with a snippet each.")

    @Argument(help: "Words to find (all of them); \"a phrase\" in quotes; OR between alternatives.")
    var words: [String]

    @Option(help: "Only articles published on or after this date (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Only articles published on or before this date (YYYY-MM-DD).")
    var to: String?

    @Option(help: "Only articles from this source (e.g. aljazeera.com).")
    var source: String?

    @Option(help: "Only articles that name this entity.")
    var entity: String?

    @Option(help: "How many hits.")
    var limit = 10

    @Option(help: "Skip this many hits (for paging).")
    var offset = 0

    @OptionGroup var client: ClientOptions

    func run() throws {
        let reply = try client.connect().query(QueryRequest(
            query: .search, text: words.joined(separator: " "), entity: entity, source: source, from: from, to: to,
            limit: limit, offset: offset))
        if client.json { return try printJSON(reply) }
        let hits = reply.hits ?? []
        guard !hits.isEmpty else {
            print("no articles match \"\(words.joined(separator: " "))\"")
            return
        }
        var table = Table("ID", "PUBLISHED", "SOURCE", "TITLE")
        table.maxWidth = [3: 70]
        for hit in hits {
            table.add(hit.id, hit.published ?? "-", hit.source ?? "-", hit.title ?? "(untitled)")
        }
        print(table.render())
        print()
        for hit in hits {
            print("\(hit.id)  \(hit.snippet.replacingOccurrences(of: "\n", with: " "))")
        }
        print("\n\(offset + 1)-\(offset + hits.count) of \(reply.total ?? hits.count) matching articles")
    }
}
