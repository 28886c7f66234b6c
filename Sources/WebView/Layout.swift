/// The frame every page shares: head, navigation, the page's own content, the map's credit.
enum Layout {
    static let sections: [(path: String, label: String)] = [
        ("/", "Search"), ("/entities", "Entities"), ("/events", "Events"), ("/quotes", "Quotes"), ("/status", "Status"),
    ]

    static func page(title: String, section: String, _ content: HTML) -> HTML {
        let nav = sections.map { item -> HTML in
            item.path == section
                ? "<a href=\"\(item.path)\" aria-current=\"page\">\(item.label)</a>"
                : "<a href=\"\(item.path)\">\(item.label)</a>"
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) · newswire</title>
            <link rel="stylesheet" href="/assets/style.css">
            </head>
            <body>
            <header><a class="brand" href="/">newswire</a><nav>\(nav)</nav>
            <form class="quick" action="/search" method="get" role="search"><input type="search" name="q" placeholder="Search articles" aria-label="Search articles"><button>Search</button></form>
            </header>
            <main>
            \(content)
            </main>
            <footer>newswire web view · map outlines: Natural Earth 1:110m (public domain) · <a href="/api">JSON API</a></footer>
            </body>
            </html>

            """
    }

    /// The 400, 404 and 503 pages: what went wrong, in words, and where to go from here.
    static func problem(status: Int, message: String) -> HTML {
        let heading = switch status {
        case 400: "Bad request"
        case 404: "Not found"
        case 503: "The pipeline is not answering"
        default: "Something went wrong"
        }
        let hint: HTML = status == 503
            ? "<p>The web view is up, but the gateway did not answer. Is the pipeline running? <code>make run</code> starts it.</p>"
            : "<p><a href=\"/\">Back to search</a></p>"
        return page(title: heading, section: "", """
            <h1>\(heading)</h1>
            <p class="problem" data-status="\(status)">\(message)</p>
            \(hint)
            """)
    }
}

/// Small pieces several pages use.
enum Fragment {
    static func entityLink(name: String, type: String? = nil, id: Int64? = nil) -> HTML {
        let href = id.map { "/entities/\($0)" } ?? URLQuery.link("/entities", [("name", name)])
        let kind = type.map { HTML(trusted: " ent-\(Fragment.typeClass($0))") } ?? .empty
        return "<a class=\"ent\(kind)\" href=\"\(href)\">\(name)</a>"
    }

    static func articleLink(id: String, title: String?) -> HTML {
        "<a href=\"/articles/\(URLQuery.encode(id))\">\(title ?? "(untitled)")</a>"
    }

    /// Only the four entity types become class names, so a strange type can never reach an attribute unescaped.
    static func typeClass(_ type: String) -> String {
        ["PER", "ORG", "LOC", "MISC"].contains(type) ? type : "MISC"
    }

    static func table(_ header: [String], _ rows: [[HTML]], caption: String? = nil, id: String? = nil) -> HTML {
        let head = header.map { "<th scope=\"col\">\($0)</th>" as HTML }
        let body = rows.map { row -> HTML in "<tr>\(row.map { "<td>\($0)</td>" as HTML })</tr>" }
        let captionHTML: HTML = caption.map { "<caption>\($0)</caption>" } ?? .empty
        let idHTML: HTML = id.map { " id=\"\($0)\"" } ?? .empty
        return "<table\(idHTML)>\(captionHTML)<thead><tr>\(head)</tr></thead><tbody>\(body)</tbody></table>"
    }

    /// "Showing 1-20 of 57" and the links to the pages before and after.
    static func pager(path: String, query: [String: String], offset: Int, limit: Int, shown: Int, total: Int) -> HTML {
        guard total > 0 else { return "<p class=\"count\">Nothing matches.</p>" }
        func link(_ newOffset: Int, _ label: String) -> HTML {
            var pairs = query.sorted { $0.key < $1.key }.filter { $0.key != "offset" }.map { ($0.key, Optional($0.value)) }
            if newOffset > 0 { pairs.append(("offset", String(newOffset))) }
            return "<a href=\"\(URLQuery.link(path, pairs))\">\(label)</a>"
        }
        var parts: [HTML] = ["<span class=\"count\">\(offset + 1)-\(offset + shown) of \(total)</span>"]
        if offset > 0 { parts.insert(link(max(0, offset - limit), "← previous"), at: 0) }
        if offset + shown < total { parts.append(link(offset + limit, "next →")) }
        return "<p class=\"pager\">\(parts.joined(separator: " "))</p>"
    }
}
