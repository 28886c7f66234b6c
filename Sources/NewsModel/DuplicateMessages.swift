/// One article among near-duplicates: what `duplicates` lists per cluster and `article` lists as copies.
public struct DuplicateArticle: Codable, Sendable, Hashable {
    public var id: String
    public var title: String?
    public var source: String?
    public var published: String?
    /// The estimated share of word 5-grams the two texts have in common (Jaccard: common over all distinct of
    /// both), 0...1: for a copy, with the article asked about; in a cluster, the member's best with another member.
    public var overlap: Double?

    public init(id: String, title: String? = nil, source: String? = nil, published: String? = nil, overlap: Double? = nil) {
        self.id = id
        self.title = title
        self.source = source
        self.published = published
        self.overlap = overlap
    }
}

/// Articles that are copies of one another (connected by pairs at or above the query's `min_overlap`).
public struct DuplicateCluster: Codable, Sendable, Hashable {
    /// Oldest published first.
    public var articles: [DuplicateArticle]
    /// The lowest and highest overlap of the pairs that join the cluster.
    public var minOverlap: Double
    public var maxOverlap: Double

    public init(articles: [DuplicateArticle], minOverlap: Double, maxOverlap: Double) {
        self.articles = articles
        self.minOverlap = minOverlap
        self.maxOverlap = maxOverlap
    }

    enum CodingKeys: String, CodingKey {
        case articles
        case minOverlap = "min_overlap"
        case maxOverlap = "max_overlap"
    }
}

/// One report of a merged event (`events` with `merged`): which article, sentence and source said it.
public struct EventMention: Codable, Sendable, Hashable {
    public var eventID: String
    public var articleID: String
    /// The sentence's number in its article.
    public var sentence: Int
    public var source: String?
    public var published: String?
    public var fatalities: Int?

    public init(eventID: String, articleID: String, sentence: Int, source: String? = nil, published: String? = nil,
                fatalities: Int? = nil) {
        self.eventID = eventID
        self.articleID = articleID
        self.sentence = sentence
        self.source = source
        self.published = published
        self.fatalities = fatalities
    }

    enum CodingKeys: String, CodingKey {
        case sentence, source, published, fatalities
        case eventID = "event_id"
        case articleID = "article_id"
    }
}

extension EventRow {
    /// The CSV/TSV header of merged events: the 25 columns, then how many articles and sources report it.
    public static let mergedColumns = columns + ["num_articles", "num_sources"]

    public var mergedCells: [String?] { cells + [numArticles.map(String.init), numSources.map(String.init)] }
}
