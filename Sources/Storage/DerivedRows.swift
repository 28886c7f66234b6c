import NewsModel

/// What one article's mentions add to the derived tables `entity_articles`, `sentence_entities` and
/// `entity_form_counts`, computed in Swift from the article alone (migration v3-upsert replaced the per-mention
/// triggers that did this with three upserts and four lookups a mention). Same values as the v2-profile backfill:
/// - a mention's sentence is the one with the greatest start at or before the mention's start (of sentences sharing
///   a start, the first), -1 when none is;
/// - a form is the text under the mention's offsets, counted in Unicode scalars (SQLite's `substr` on TEXT);
/// - the day is the first ten characters of `published` when it starts with a `YYYY-MM-DD` date, else none.
struct DerivedRows: Equatable {
    struct SentenceEntity: Hashable {
        var sentence: Int
        var entity: Int64
    }

    struct Form: Hashable {
        var entity: Int64
        var form: String
    }

    var day: String?
    /// Mentions per canonical entity.
    var entities: [Int64: Int] = [:]
    var sentences: [SentenceEntity: Int] = [:]
    var forms: [Form: Int] = [:]

    /// `mentions` are (canonical entity, start, end) in the article's text.
    init(mentions: [(entity: Int64, start: Int, end: Int)], text: [Unicode.Scalar], sentences: [Span], published: String?) {
        day = Self.day(published)
        let index = SentenceIndex(sentences)
        for mention in mentions {
            entities[mention.entity, default: 0] += 1
            self.sentences[SentenceEntity(sentence: index.sentence(at: mention.start), entity: mention.entity), default: 0] += 1
            forms[Form(entity: mention.entity, form: Self.substring(text, start: mention.start, end: mention.end)), default: 0] += 1
        }
    }

    /// A quote as `quote_about` needs it: its row, span, the span of its sentence(s), its speaker's entity.
    struct QuoteSpan {
        var id: Int64
        var start: Int
        var end: Int
        var sentenceStart: Int?
        var sentenceEnd: Int?
        var speaker: Int64?
    }

    /// The entities each quote is about: named inside its sentence(s), except its own speaker named outside the
    /// quote marks (the attribution: "..., Putin said" is not about Putin). What `quotes --about` matched with a
    /// correlated subquery over `mentions` before v3-upsert.
    static func about(_ quotes: [QuoteSpan], mentions: [(entity: Int64, start: Int, end: Int)]) -> [(quote: Int64, entity: Int64)] {
        var out: [(quote: Int64, entity: Int64)] = []
        for quote in quotes {
            let lower = quote.sentenceStart ?? quote.start, upper = quote.sentenceEnd ?? quote.end
            var seen: Set<Int64> = []
            for mention in mentions where mention.start < upper && mention.end > lower {
                if mention.entity == quote.speaker && (mention.end <= quote.start || mention.start >= quote.end) { continue }
                if seen.insert(mention.entity).inserted { out.append((quote.id, mention.entity)) }
            }
        }
        return out
    }

    /// `substr(text, start + 1, end - start)` as SQLite computes it on a TEXT value.
    static func substring(_ text: [Unicode.Scalar], start: Int, end: Int) -> String {
        let length = end - start
        // A negative length takes the characters before the start, as substr does.
        var lower = length >= 0 ? start : start + length
        var upper = length >= 0 ? start + length : start
        lower = max(0, min(lower, text.count))
        upper = max(lower, min(upper, text.count))
        var out = String.UnicodeScalarView()
        out.append(contentsOf: text[lower..<upper])
        return String(out)
    }

    /// The calendar day of a published value, as `SQLiteStore.day(_:)` says in SQL.
    static func day(_ published: String?) -> String? {
        guard let published else { return nil }
        let utf8 = Array(published.utf8.prefix(10))
        guard utf8.count == 10 else { return nil }
        for (i, byte) in utf8.enumerated() {
            let isDigit = byte >= 0x30 && byte <= 0x39
            if i == 4 || i == 7 { guard byte == 0x2D else { return nil } } else { guard isDigit else { return nil } }
        }
        return String(decoding: utf8, as: UTF8.self)
    }
}

/// Finds the sentence an offset falls in: sorted distinct starts, each with the first sentence index having it.
struct SentenceIndex {
    private let starts: [(start: Int, sentence: Int)]

    init(_ sentences: [Span]) {
        var first: [Int: Int] = [:]
        for (i, span) in sentences.enumerated() where first[span.start] == nil { first[span.start] = i }
        starts = first.map { (start: $0.key, sentence: $0.value) }.sorted { $0.start < $1.start }
    }

    /// The sentence with the greatest start <= `offset`, or -1.
    func sentence(at offset: Int) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle].start <= offset { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? -1 : starts[low - 1].sentence
    }
}
