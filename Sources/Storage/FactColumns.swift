import NewsModel

/// The query columns of an article's event and quote rows (see `migrateV2Query`), computed from the article alone:
/// the upsert writes them with the row in one INSERT, the v2-query backfill with one UPDATE a row.
struct FactColumns {
    struct EventColumns {
        var key: String
        var precision: String?
        var sortDate: String?
        var published: String?
        /// The day timelines and profiles count it on: its date when that is a day, else its article's.
        var day: String?
        var sentence: String?
    }

    struct QuoteColumns {
        var sentenceStart: Int
        var sentenceEnd: Int
        var published: String?
        var speakerKey: String?
    }

    var events: [EventColumns] = []
    var quotes: [QuoteColumns] = []

    /// `text` is the article's text as Unicode scalars, the unit of the extraction's offsets.
    init(articleID: String, text: [Unicode.Scalar], published: String?, extraction: Extraction) {
        let day = published.map { String($0.prefix(10)) }
        var keys: Set<String> = []
        for event in extraction.events {
            let sentence = extraction.sentences.indices.contains(event.sentence)
                ? DerivedRows.slice(text, extraction.sentences[event.sentence].start, extraction.sentences[event.sentence].end)
                : nil
            let key = Self.uniqueKey(articleID + "-" + (event.start.map(String.init) ?? "s\(event.sentence)"), in: &keys)
            events.append(EventColumns(key: key, precision: EventDate.precision(event.date),
                                       sortDate: EventDate.sortDate(event.date) ?? day, published: day,
                                       day: DerivedRows.day(event.date) ?? DerivedRows.day(published), sentence: sentence))
        }
        for quote in extraction.quotes {
            let span = Self.sentenceSpan(covering: quote.start, quote.end, in: extraction.sentences)
            // A speaker who is an entity is found through the entity; the others by the name the text gives.
            let key = quote.speaker == nil ? quote.speakerName.map(EntityKey.fold) : nil
            quotes.append(QuoteColumns(sentenceStart: span.start, sentenceEnd: span.end, published: day, speakerKey: key))
        }
    }

    /// The quotes as `quote_about` needs them, with the row ids they were stored under.
    func quoteSpans(_ quotes: [Quote], ids: [Int64], local: [String: Int64]) -> [DerivedRows.QuoteSpan] {
        zip(zip(quotes, ids), self.quotes).map { item, column in
            DerivedRows.QuoteSpan(id: item.1, start: item.0.start, end: item.0.end, sentenceStart: column.sentenceStart,
                                  sentenceEnd: column.sentenceEnd, speaker: item.0.speaker.flatMap { local[$0] })
        }
    }

    /// `base`, or `base-2`, `base-3`... when two events of one article share a trigger offset.
    static func uniqueKey(_ base: String, in keys: inout Set<String>) -> String {
        var key = base, n = 1
        while keys.contains(key) {
            n += 1
            key = "\(base)-\(n)"
        }
        keys.insert(key)
        return key
    }

    /// From the start of the sentence holding `start` to the end of the one holding the quote's last character;
    /// the quote's own span when no sentence holds it (a quote in the title).
    static func sentenceSpan(covering start: Int, _ end: Int, in sentences: [Span]) -> Span {
        let first = sentences.first { $0.start <= start && start < $0.end }
        let last = sentences.last { $0.start < end && max(start, end - 1) < $0.end }
        return Span(start: min(first?.start ?? start, start), end: max(last?.end ?? end, end))
    }
}

extension DerivedRows {
    /// The scalars from `start` to `end`, clamped to the text.
    static func slice(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        let lower = max(0, min(start, text.count)), upper = max(lower, min(end, text.count))
        var out = String.UnicodeScalarView()
        out.append(contentsOf: text[lower..<upper])
        return String(out)
    }
}
