import NewsModel

/// One article as the extraction stages see it: the text as Unicode scalars (the unit of every offset),
/// its tokens, paragraphs and sentences, and what each stage has found so far.
///
/// Stages read what earlier stages wrote and add their own results; the pipeline turns the final
/// document into an ``Extraction``.
public struct Document: Sendable {
    /// The article text, unchanged.
    public let text: String
    /// The text as Unicode scalars: offset `i` of every span is `scalars[i]`.
    public let scalars: [Unicode.Scalar]
    /// The title, as metadata only (never searched for facts).
    public let title: String?
    /// The publication date (`YYYY-MM-DD`) when the article has one: the anchor for relative dates.
    public let published: String?

    /// Tokens in text order (TokenizeStage).
    public var tokens: [Token] = []
    /// Paragraphs: runs of text between line breaks (SentenceStage).
    public var paragraphs: [Paragraph] = []
    /// Sentences in text order (SentenceStage); boilerplate ones are flagged (BoilerplateStage).
    public var sentences: [Sentence] = []
    /// Part-of-speech tag, head and dependency label of each token, parallel to `tokens` (SyntaxStage; empty when the
    /// pipeline has no syntax model). Read it through `head(of:)`, `dependents(of:)`, `subjects(of:)`... (Document+Syntax).
    public var syntax: [TokenSyntax] = []
    /// Datelines ("MOSCOW, February 7. /TASS/.", "WASHINGTON (Reuters) -") at the heads of paragraphs (DatelineStage).
    public var datelines: [Dateline] = []
    /// Named-entity mentions, sorted by position (EntityStage).
    public var mentions: [EntityMention] = []
    /// Entities with final ids "E1", "E2"... (EntityStage; regrouped by AliasStage).
    public var entities: [Entity] = []
    /// A demonym's MISC entity -> its country's entity, when the country is named too ("Malian" -> "Mali") (AliasStage).
    public var demonymCountry: [Int: Int] = [:]
    /// Roles and titles of persons, with the organisation or place each refers to when the text says (RoleStage).
    public var roles: [RoleMention] = []
    /// Direct quotes (QuoteStage).
    public var quotes: [Quote] = []
    /// Date expressions with calendar values (DateStage).
    public var dates: [DateMention] = []
    /// Counts of killed, wounded, arrested... (CountStage).
    public var counts: [CountMention] = []
    /// Who did what to whom, with CAMEO root codes (EventStage).
    public var events: [Event] = []

    public init(text: String, title: String? = nil, published: String? = nil) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
        self.title = title
        self.published = published
    }

    /// The text of a half-open range of scalar offsets (clamped to the text).
    public func string(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        return makeString(scalars, lower, upper)
    }

    public func string(_ span: Span) -> String { string(span.start..<span.end) }

    /// The text from the first to the last of a range of tokens.
    public func string(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return string(tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }

    /// Index of the sentence holding each token (built on demand by stages that need it).
    func sentenceIndexByToken() -> [Int] {
        var result = [Int](repeating: -1, count: tokens.count)
        for (index, sentence) in sentences.enumerated() {
            for t in sentence.tokens { result[t] = index }
        }
        return result
    }
}

/// A paragraph: the tokens between two line breaks.
public struct Paragraph: Sendable, Hashable {
    public var span: Span
    public var tokens: Range<Int>
    /// Page furniture ("Comments", "READ MORE: ...") that yields no facts.
    public var isBoilerplate: Bool = false
}

/// A sentence: its span in the text and its tokens.
public struct Sentence: Sendable, Hashable {
    public var span: Span
    public var tokens: Range<Int>
    public var paragraph: Int
    public var isBoilerplate: Bool = false
}

/// One mention of a named entity, as the tagger found it.
public struct EntityMention: Sendable, Hashable {
    public var span: Span
    public var tokens: Range<Int>
    public var type: EntityType
    public var text: String
    /// Index into `Document.entities` once the entity stage has grouped mentions.
    public var entity: Int = -1
}

extension Document {
    /// The index of the last mention that starts before scalar `offset` (mentions are sorted by position), by
    /// binary search: quote speakers and event actors walk back from there.
    func lastMentionIndex(before offset: Int) -> Int? {
        var lo = 0
        var hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].span.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? lo - 1 : nil
    }
}

/// One step of the extraction pipeline. Stages are pure: the same document in gives the same document out.
public protocol ExtractionStage: Sendable {
    func run(_ document: inout Document)
}

@inline(__always)
func makeString(_ scalars: [Unicode.Scalar], _ lower: Int, _ upper: Int) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[lower..<upper])
    return String(view)
}
