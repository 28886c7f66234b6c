import NewsModel

/// An article's text as HTML with its facts marked: each entity mention a `<mark>` of its type linking to the entity's
/// page, each quote a span naming its speaker, and an anchor at each sentence's start for the tables to link to.
///
/// Offsets are Unicode scalars (docs/protocol.md). Marks must nest, so a mention that crosses a quote's edge, or
/// overlaps an earlier mention, is left unmarked rather than breaking the markup; so is a quote overlapping another.
struct ArticleMarkup {
    var text: String
    var extraction: Extraction?

    private enum Insert {
        case closeMention, closeQuote(speaker: String?), sentence(Int), openQuote(speaker: String?), openMention(Entity)

        /// At one offset: what ends closes first, then the sentence anchor, then what starts opens, outer first.
        var order: Int {
            switch self {
            case .closeMention: 0
            case .closeQuote: 1
            case .sentence: 2
            case .openQuote: 3
            case .openMention: 4
            }
        }
    }

    func render() -> HTML {
        let scalars = Array(text.unicodeScalars)
        let length = scalars.count
        var inserts: [(offset: Int, insert: Insert)] = []
        let extraction = extraction
        var quotes: [Span] = []
        for quote in (extraction?.quotes ?? []).sorted(by: { $0.start < $1.start }) {
            guard quote.start >= 0, quote.end <= length, quote.start < quote.end else { continue }
            if let last = quotes.last, quote.start < last.end { continue }
            quotes.append(Span(start: quote.start, end: quote.end))
            let speaker = quote.speakerName ?? speakerName(quote.speaker)
            inserts.append((quote.start, .openQuote(speaker: speaker)))
            inserts.append((quote.end, .closeQuote(speaker: speaker)))
        }
        let mentions = (extraction?.entities ?? []).flatMap { entity in entity.mentions.map { (span: $0, entity: entity) } }
            .sorted { $0.span.start < $1.span.start }
        var lastEnd = 0
        for (span, entity) in mentions {
            guard span.start >= lastEnd, span.end <= length, span.start < span.end else { continue }
            let crossesQuote = quotes.contains { quote in
                (span.start < quote.start && span.end > quote.start) || (span.start < quote.end && span.end > quote.end)
            }
            if crossesQuote { continue }
            inserts.append((span.start, .openMention(entity)))
            inserts.append((span.end, .closeMention))
            lastEnd = span.end
        }
        for (index, sentence) in (extraction?.sentences ?? []).enumerated() where sentence.start >= 0 && sentence.start <= length {
            inserts.append((sentence.start, .sentence(index)))
        }
        inserts.sort { $0.offset != $1.offset ? $0.offset < $1.offset : $0.insert.order < $1.insert.order }

        var out = ""
        out.reserveCapacity(text.utf8.count * 2)
        var position = 0
        for (offset, insert) in inserts {
            if offset > position {
                out += HTML.escape(String(String.UnicodeScalarView(scalars[position..<offset])))
                position = offset
            }
            out += markup(insert).markup
        }
        if position < length { out += HTML.escape(String(String.UnicodeScalarView(scalars[position...]))) }
        return HTML(trusted: out)
    }

    private func speakerName(_ id: String?) -> String? {
        guard let id else { return nil }
        return extraction?.entities.first { $0.id == id }?.name
    }

    private func markup(_ insert: Insert) -> HTML {
        switch insert {
        case .openMention(let entity):
            let type = Fragment.typeClass(entity.type.rawValue)
            return "<mark class=\"ent ent-\(type)\" data-type=\"\(type)\" title=\"\(type): \(entity.name)\"><a href=\"\(URLQuery.link("/entities", [("name", entity.name)]))\">"
        case .closeMention:
            return "</a></mark>"
        case .openQuote(let speaker):
            return "<span class=\"quote\" data-speaker=\"\(speaker ?? "")\" title=\"\(speaker.map { "Quote of \($0)" } ?? "Quote, speaker unknown")\">"
        case .closeQuote(let speaker):
            let badge: HTML = speaker.map { "<a class=\"speaker\" href=\"\(URLQuery.link("/entities", [("name", $0)]))\">\($0)</a>" }
                ?? "<span class=\"speaker unknown\">speaker unknown</span>"
            return "</span>\(badge)"
        case .sentence(let index):
            return "<span class=\"sentence\" id=\"s\(index)\"></span>"
        }
    }

    /// The sentence an offset falls in, for linking a date or a count to it.
    static func sentence(containing offset: Int, in sentences: [Span]) -> Int? {
        var low = 0, high = sentences.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if offset < sentences[middle].start { high = middle - 1 } else if offset >= sentences[middle].end { low = middle + 1 } else { return middle }
        }
        return nil
    }
}
