import NewsModel

extension Pages {
    static let searchLimit = 20

    /// `/` and `/search`: the form, the hits with their snippets, and facets of the hits shown (sources, months).
    /// `/` with no parameter is the front page: the form and the most named entities.
    func search(format: Format, home: Bool) async throws -> WebResponse {
        let text = try parameters.text("q")
        let range = try parameters.range()
        let source = try parameters.text("source", maxLength: 200)
        let entity = try parameters.text("entity", maxLength: 200)
        let country = try parameters.country("country")
        let offset = try offset()
        let anything = text != nil || range.from != nil || range.to != nil || source != nil || entity != nil || country != nil
        if !anything {
            if format == .json { throw BadRequest("'q' (or one of from, to, source, entity, country) is needed") }
            return try await front(home: home)
        }
        var body = QueryBody(query: .search, text: text, entity: entity, source: source, from: range.from, to: range.to,
                             limit: Self.searchLimit, offset: offset)
        body.country = country
        let result = try await ask(body)
        if format == .json { return json(result) }
        let hits = result.hits ?? []
        let rows = hits.map { hit -> HTML in
            let meta = [hit.published, hit.source].compactMap { $0 }.joined(separator: " · ")
            return """
                <li class="hit"><h3>\(Fragment.articleLink(id: hit.id, title: hit.title))</h3>
                <p class="meta">\(meta.isEmpty ? "undated, no source" : meta)</p>
                <p class="snippet">\(Self.snippet(hit.snippet))</p></li>
                """
        }
        let content: HTML = """
            <h1>Search</h1>
            \(searchForm())
            \(Fragment.pager(path: "/search", query: query, offset: offset, limit: Self.searchLimit, shown: hits.count, total: result.total ?? hits.count))
            <div class="with-facets"><ol class="hits">\(rows)</ol>
            \(facets(hits))</div>
            """
        return .html(Layout.page(title: text.map { "Search: \($0)" } ?? "Search", section: "/", content))
    }

    private func front(home: Bool) async throws -> WebResponse {
        let result = try await ask(QueryBody(query: .entities, limit: 24))
        let items = (result.entities ?? []).map { entity -> HTML in
            "<li>\(Fragment.entityLink(name: entity.name, type: entity.type.rawValue)) <span class=\"n\">\(entity.mentions)</span></li>"
        }
        let content: HTML = """
            <h1>\(home ? "newswire" : "Search")</h1>
            <p class="lead">Search the stored articles; open one to see its people, organisations, places, quotes, dates, counts and events marked.</p>
            \(searchForm())
            <h2>Most mentioned</h2>
            <ul class="cloud">\(items)</ul>
            """
        return .html(Layout.page(title: "Search", section: "/", content))
    }

    private func searchForm() -> HTML {
        func field(_ name: String, _ label: String, _ type: String = "text") -> HTML {
            "<label>\(label) <input type=\"\(type)\" name=\"\(name)\" value=\"\(query[name] ?? "")\"></label>"
        }
        return """
            <form class="search" action="/search" method="get">
            <label class="wide">Words <input type="search" name="q" value="\(query["q"] ?? "")"></label>
            \(field("from", "From", "date")) \(field("to", "To", "date")) \(field("source", "Source")) \(field("entity", "Entity")) \(field("country", "Country (ML, UA…)"))
            <button>Search</button>
            </form>
            """
    }

    /// Sources and months of the hits shown, each a link narrowing the search to it.
    private func facets(_ hits: [SearchHit]) -> HTML {
        func counted(_ values: [String]) -> [(String, Int)] {
            Dictionary(values.map { ($0, 1) }, uniquingKeysWith: +).sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        }
        let base = query.filter { $0.key != "offset" }
        func link(_ changes: [String: String], _ label: String, _ count: Int) -> HTML {
            let pairs = base.merging(changes) { _, new in new }.sorted { $0.key < $1.key }.map { ($0.key, Optional($0.value)) }
            return "<li><a href=\"\(URLQuery.link("/search", pairs))\">\(label)</a> <span class=\"n\">\(count)</span></li>"
        }
        let sources = counted(hits.compactMap(\.source)).prefix(10).map { link(["source": $0.0], $0.0, $0.1) }
        let months = counted(hits.compactMap { $0.published.map { String($0.prefix(7)) } }).sorted { $0.0 > $1.0 }.prefix(12)
            .map { month, count in link(["from": month + "-01", "to": month + "-31"], month, count) }
        guard !sources.isEmpty || !months.isEmpty else { return .empty }
        return """
            <aside class="facets"><h2>On this page</h2>
            \(sources.isEmpty ? .empty : "<h3>Sources</h3><ul>\(Array(sources))</ul>" as HTML)
            \(months.isEmpty ? .empty : "<h3>Months</h3><ul>\(Array(months))</ul>" as HTML)
            </aside>
            """
    }

    /// The gateway's snippet marks matches with `[` `]`; they become `<mark>`, the rest stays text.
    static func snippet(_ snippet: String) -> HTML {
        var out: [HTML] = [], current = "", open = false
        for character in snippet {
            if character == "[", !open {
                out.append(HTML(text: current)); current = ""; open = true
            } else if character == "]", open {
                out.append("<mark class=\"hit\">\(current)</mark>"); current = ""; open = false
            } else {
                current.append(character)
            }
        }
        out.append(HTML(text: open ? "[" + current : current))
        return out.joined()
    }
}
