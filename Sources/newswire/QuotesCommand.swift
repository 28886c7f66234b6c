import ArgumentParser
import NewsModel

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Quotes across every stored article, newest first: by speaker, by words, or about someone.",
        discussion: """
            Examples:
              newswire quotes --speaker Putin
              newswire quotes --about Zelensky --from 2022-03-01
              newswire quotes --text '"grain corridor"' --csv
            """)

    @Option(help: "Quotes by this speaker (any of their names; accents and case ignored).")
    var speaker: String?

    @Option(help: "Words in the quote (\"a phrase\" in quotes, OR between alternatives).")
    var text: String?

    @Option(help: "Quotes whose text or sentence names this entity (not counting the speaker's own attribution).")
    var about: String?

    @Option(help: "Quotes from articles published on or after this date (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Quotes from articles published on or before this date (YYYY-MM-DD).")
    var to: String?

    @Option(help: "Quotes from articles that name a place in this country (ISO 3166-1 alpha-2, e.g. SY).")
    var country: String?

    @Option(help: "How many.")
    var limit = 20

    @Option(help: "Skip this many (for paging).")
    var offset = 0

    @OptionGroup var delimited: DelimitedOptions

    @OptionGroup var client: ClientOptions

    func run() throws {
        var request = QueryRequest(query: .quotes, text: text, from: from, to: to, limit: limit, offset: offset)
        request.speaker = speaker
        request.about = about
        request.country = country
        let reply = try client.connect().query(request)
        if client.json { return try printJSON(reply) }
        let quotes = reply.quotes ?? []
        if let writer = delimited.writer {
            print(writer.document(header: QuoteRow.columns, rows: quotes.map(\.cells)), terminator: "")
            return
        }
        guard !quotes.isEmpty else {
            print("no quotes match")
            return
        }
        var table = Table("SPEAKER", "QUOTE", "CUE", "DATE", "ARTICLE", "URL")
        table.maxWidth = [0: 28, 1: 80, 2: 14, 5: 50]
        for quote in quotes {
            table.add(quote.speaker ?? "-", "“\(quote.quote)”", quote.cue ?? "-", quote.date.map { String($0.prefix(10)) } ?? "-",
                      quote.articleID, quote.url ?? "-")
        }
        print(table.render())
        print("\n\(offset + 1)-\(offset + quotes.count) of \(reply.total ?? quotes.count) quotes")
    }
}
