import ArgumentParser
import NewsModel

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search over titles and texts, best matches first, with a snippet each.",
        discussion: """
            Words are ANDed. A phrase needs its quotes to reach newswire through the shell: \
            newswire search '"air strike"' Syria, or newswire search --phrase "air strike" Syria. \
            With filters and no words, the matching articles are listed newest first: \
            newswire search --source aljazeera --from 2022-03-01.
            """)

    @Argument(help: "Words to find (all of them); '\"a phrase\"' in quotes; OR between alternatives; prefix*.")
    var words: [String] = []

    @Option(help: "A phrase to find as written (repeatable), e.g. --phrase \"air strike\".")
    var phrase: [String] = []

    @Option(help: "Only articles published on or after this date (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Only articles published on or before this date (YYYY-MM-DD).")
    var to: String?

    @Option(help: "Only articles whose source contains this (\"aljazeera\" finds aljazeera.com).")
    var source: String?

    @Option(help: "Only articles that name this entity (by any of its names).")
    var entity: String?

    @Flag(help: "One hit per cluster of near-duplicates (overlap 0.5 or more); the copies are named under it.")
    var collapse = false

    @Option(help: "How many hits.")
    var limit = 10

    @Option(help: "Skip this many hits (for paging).")
    var offset = 0

    @OptionGroup var client: ClientOptions

    /// The words and the phrases as one search text; a phrase's own double quotes cannot be written inside it.
    var searchText: String {
        (words + phrase.map { "\"" + $0.replacingOccurrences(of: "\"", with: " ") + "\"" }).joined(separator: " ")
    }

    func run() throws {
        var request = QueryRequest(query: .search, text: searchText, entity: entity, source: source, from: from, to: to,
                                   limit: limit, offset: offset)
        if collapse { request.collapse = true }
        let reply = try client.connect().query(request)
        if client.json { return try printJSON(reply) }
        let hits = reply.hits ?? []
        guard !hits.isEmpty else {
            print(searchText.isEmpty ? "no articles match" : "no articles match \(searchText)")
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
            if let copies = hit.copies { print("    copies: \(copies.joined(separator: ", "))") }
        }
        print("\n\(offset + 1)-\(offset + hits.count) of \(reply.total ?? hits.count) matching articles"
              + (collapse ? " (near-duplicates folded into one hit)" : ""))
    }
}
