import NewsModel

/// A full-text search with its filters, as the `search` query carries it.
public struct SearchQuery: Sendable, Hashable {
    /// Free text typed by a user: words are ANDed, `"a phrase"` stays a phrase, `OR` between words is kept,
    /// a trailing `*` makes a prefix. It never produces an FTS syntax error (see `FTSQuery`).
    public var text: String
    /// Inclusive bounds on `published` (`YYYY-MM-DD`); articles without a date never match a bounded search.
    public var from: String?
    public var to: String?
    /// Exact source name, case-insensitive.
    public var source: String?
    /// Articles mentioning an entity whose name or alias is this, case- and diacritic-insensitive.
    public var entity: String?
    public var limit: Int = 20
    public var offset: Int = 0

    public init(text: String, from: String? = nil, to: String? = nil, source: String? = nil, entity: String? = nil,
                limit: Int = 20, offset: Int = 0) {
        self.text = text
        self.from = from
        self.to = to
        self.source = source
        self.entity = entity
        self.limit = limit
        self.offset = offset
    }
}

/// One page of search hits and how many articles match in all (with the filters).
public struct SearchPage: Sendable, Hashable {
    public var hits: [SearchHit]
    public var total: Int

    public init(hits: [SearchHit], total: Int) {
        self.hits = hits
        self.total = total
    }

    public static let empty = SearchPage(hits: [], total: 0)
}

/// Where articles and their extractions are kept, and the queries over them.
public protocol Store: Sendable {
    /// Idempotent by article.id: storing the same id again replaces the article's rows (no duplicates, counts unchanged).
    func upsert(article: Article, extraction: Extraction) throws
    /// Many in one transaction (the store service batches what arrives together).
    func upsert(_ items: [(article: Article, extraction: Extraction)]) throws
    /// Ranked full-text search; text without any word gives an empty page rather than an error.
    func search(_ query: SearchQuery) throws -> SearchPage
    /// The article and its extraction exactly as stored, or nil for an unknown id.
    func article(id: String) throws -> (article: Article, extraction: Extraction)?
    /// Canonical entities by mention count (descending) then name; `namePrefix` matches the name or an alias,
    /// case- and diacritic-insensitive.
    func entities(type: EntityType?, namePrefix: String?, limit: Int, offset: Int) throws -> [EntitySummary]
    /// Row counts: "articles", "entities", "mentions", "quotes", "dates", "counts", "events".
    func counters() throws -> [String: Int]

    // Corpus queries (CorpusQueries.swift has their parameters).
    /// Canonical entities with this name or alias (folded), most mentioned first.
    func entities(named name: String, limit: Int) throws -> [EntityRef]
    func entity(id: Int64) throws -> EntityRef?
    /// The profile of a canonical entity; `limit` bounds each of its lists. Nil for an unknown id.
    func profile(ofEntity id: Int64, limit: Int) throws -> EntityProfile?
    func timeline(_ query: TimelineQuery) throws -> Timeline
    func graph(_ query: GraphQuery) throws -> Graph
    /// Articles in storage order after the cursor `after` (nil: from the start).
    func export(_ query: ExportQuery) throws -> ExportPage
    /// Events across the corpus, newest first (by the event's date, else its article's) (EventQueries.swift).
    func events(_ query: EventQuery) throws -> EventPage
    /// Events, articles and tolls per group of the matching events.
    func eventSums(_ query: EventQuery, by grouping: EventGrouping) throws -> EventSumPage
    /// Quotes across the corpus, newest article first.
    func quotes(_ query: QuoteQuery) throws -> QuotePage

    // Near-duplicate articles and incidents merged across articles (DuplicateQueries.swift).
    /// The stored article's near-duplicates at or above `minimum`, best first; nil for an unknown id.
    func duplicates(ofArticle id: String, minimum: Double) throws -> [DuplicateArticle]?
    /// Clusters of near-duplicates, largest first, and how many there are.
    func duplicateClusters(minimum: Double, limit: Int, offset: Int) throws -> (clusters: [DuplicateCluster], total: Int)
    /// `search`, one hit per cluster (at `minimum`): a hit's copies are folded into the best-ranked one.
    func collapsedSearch(_ query: SearchQuery, minimum: Double) throws -> SearchPage
    /// The incidents of the matching events, each merged across articles, newest first.
    func mergedEvents(_ query: EventQuery) throws -> EventPage
}

extension Store {
    public func upsert(article: Article, extraction: Extraction) throws {
        try upsert([(article: article, extraction: extraction)])
    }
}
