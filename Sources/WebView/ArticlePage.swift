import NewsModel

extension Pages {
    /// `/articles/{id}`: the text with entities and quotes marked, then the entities, quotes, dates, counts and events
    /// in tables whose sentence column links to the anchor in the text.
    func article(id: String, format: Format) async throws -> WebResponse {
        guard !id.isEmpty, id.count <= 200, id.unicodeScalars.allSatisfy({ $0.value > 32 && $0.value != 127 }) else {
            throw BadRequest("'\(id)' is not an article id (up to 200 visible characters)")
        }
        let result = try await ask(QueryBody(query: .article, id: id))
        if format == .json { return json(result) }
        guard let article = result.article else { throw GatewayFailure.unexpected("an article answer without the article") }
        let extraction = result.extraction
        let sentences = extraction?.sentences ?? []
        func sentenceLink(_ offset: Int) -> HTML {
            guard let index = ArticleMarkup.sentence(containing: offset, in: sentences) else { return "-" }
            return "<a href=\"#s\(index)\">\(index + 1)</a>"
        }
        func sentenceLink(index: Int) -> HTML {
            index >= 0 && index < sentences.count ? "<a href=\"#s\(index)\">\(index + 1)</a>" : "-"
        }
        let entities = (extraction?.entities ?? []).sorted { $0.mentions.count > $1.mentions.count }.map { entity -> [HTML] in
            [HTML(text: entity.type.rawValue), Fragment.entityLink(name: entity.name, type: entity.type.rawValue),
             "\(entity.mentions.count)", HTML(text: entity.aliases.joined(separator: "; ")), HTML(text: entity.roles.joined(separator: "; ")),
             entity.mentions.first.map { sentenceLink($0.start) } ?? "-"]
        }
        let quotes = (extraction?.quotes ?? []).map { quote -> [HTML] in
            let speaker = quote.speakerName ?? extraction?.entities.first { $0.id == quote.speaker }?.name
            return ["<q>\(quote.text)</q>", speaker.map { Fragment.entityLink(name: $0) } ?? "unknown", HTML(text: quote.cue ?? ""),
                    sentenceLink(quote.start)]
        }
        let dates = (extraction?.dates ?? []).map { date -> [HTML] in
            [HTML(text: date.text), HTML(text: date.value), HTML(text: date.granularity.rawValue), sentenceLink(date.start)]
        }
        let counts = (extraction?.counts ?? []).map { count -> [HTML] in
            [HTML(text: count.type.rawValue), "\(count.number)", HTML(text: count.object ?? ""), HTML(text: count.location ?? ""),
             count.isCumulative ? "yes" : "", sentenceLink(count.start)]
        }
        let events = (extraction?.events ?? []).map { event -> [HTML] in
            let code: HTML = "<a href=\"\(URLQuery.link("/events", [("cameo", event.cameo)]))\">\(event.cameo)</a>"
            return [code, HTML(text: event.label), HTML(text: event.trigger), HTML(text: event.actors.joined(separator: "; ")),
                    HTML(text: event.targets.joined(separator: "; ")), HTML(text: event.location ?? ""), HTML(text: event.date ?? ""),
                    event.fatalities.map { "\($0)" } ?? "", sentenceLink(index: event.sentence)]
        }
        let meta = [article.published, article.source].compactMap { $0 }.joined(separator: " · ")
        let original: HTML = article.url.map { url in
            url.hasPrefix("http://") || url.hasPrefix("https://") ? "<a class=\"original\" href=\"\(url)\" rel=\"noreferrer nofollow\">original</a>" : HTML(text: url)
        } ?? .empty
        let legend: HTML = """
            <p class="legend"><mark class="ent ent-PER">person</mark> <mark class="ent ent-ORG">organisation</mark> \
            <mark class="ent ent-LOC">place</mark> <mark class="ent ent-MISC">other</mark> <span class="quote">quote</span></p>
            """
        func section(_ title: String, _ id: String, _ header: [String], _ rows: [[HTML]]) -> HTML {
            rows.isEmpty ? .empty : "<section id=\"\(id)\"><h2>\(title) (\(rows.count))</h2>\(Fragment.table(header, rows))</section>"
        }
        let content: HTML = """
            <article class="story" data-article="\(article.id)">
            <h1>\(article.title ?? "(untitled)")</h1>
            <p class="meta">\(meta) \(original) <span class="id">\(article.id)</span></p>
            \(legend)
            <div class="text">\(ArticleMarkup(text: article.text, extraction: extraction).render())</div>
            </article>
            \(section("Entities", "entities", ["Type", "Name", "Mentions", "Aliases", "Roles", "First sentence"], entities))
            \(section("Quotes", "quotes", ["Quote", "Speaker", "Cue", "Sentence"], quotes))
            \(section("Dates", "dates", ["Text", "Value", "Granularity", "Sentence"], dates))
            \(section("Counts", "counts", ["Type", "Number", "Of", "Where", "Cumulative", "Sentence"], counts))
            \(section("Events", "events", ["CAMEO", "Event", "Trigger", "Actors", "Targets", "Place", "Date", "Fatalities", "Sentence"], events))
            """
        return .html(Layout.page(title: article.title ?? "Article \(article.id)", section: "/", content))
    }
}
