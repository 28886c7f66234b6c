import NewsModel

extension Pages {
    static let quotesLimit = 50

    /// `/quotes`: quotes with their speakers, newest first, each linking to its article.
    func quotes(format: Format) async throws -> WebResponse {
        let range = try parameters.range()
        var body = QueryBody(query: .quotes, text: try parameters.text("text"), from: range.from, to: range.to,
                             limit: Self.quotesLimit, offset: try offset())
        body.speaker = try parameters.text("speaker", maxLength: 200)
        body.about = try parameters.text("about", maxLength: 200)
        body.country = try parameters.country("country")
        let result = try await ask(body)
        if format == .json { return json(result) }
        let quotes = result.quotes ?? []
        let items = quotes.map { quote -> HTML in
            let speaker: HTML = quote.speaker.map { Fragment.entityLink(name: $0, id: quote.speakerID) } ?? "speaker unknown"
            return """
                <li><blockquote><q>\(quote.quote)</q></blockquote>
                <p class="meta">— \(speaker)\(quote.cue.map { " (\($0))" } ?? "") · \(quote.date ?? "undated") · \(Fragment.articleLink(id: quote.articleID, title: quote.source ?? "article"))</p></li>
                """
        }
        func field(_ name: String, _ label: String, _ type: String = "text") -> HTML {
            "<label>\(label) <input type=\"\(type)\" name=\"\(name)\" value=\"\(query[name] ?? "")\"></label>"
        }
        let content: HTML = """
            <h1>Quotes</h1>
            <form class="search" action="/quotes" method="get">
            \(field("speaker", "Speaker")) \(field("text", "Words")) \(field("about", "About")) \(field("from", "From", "date")) \(field("to", "To", "date"))
            <button>Find</button>
            </form>
            \(Fragment.pager(path: "/quotes", query: query, offset: body.offset ?? 0, limit: Self.quotesLimit, shown: quotes.count, total: result.total ?? quotes.count))
            <ul class="quotes">\(items)</ul>
            """
        return .html(Layout.page(title: "Quotes", section: "/quotes", content))
    }
}
