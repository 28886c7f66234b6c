/// How a timeline groups dates.
public enum TimeBucket: String, Codable, Sendable, Hashable, CaseIterable {
    /// `2022-08-10`
    case day
    /// The Monday the ISO week starts on: `2022-08-08`.
    case week
    /// `2022-08`
    case month
}

/// One bucket of a timeline.
public struct TimelineBucket: Codable, Sendable, Hashable {
    /// The bucket's first day (`day`, `week`) or its month (`month`).
    public var bucket: String
    public var articles: Int
    /// Mentions of the entity (entity timelines only).
    public var mentions: Int?
    public var events: Int
    public var fatalities: Int

    public init(bucket: String, articles: Int, mentions: Int? = nil, events: Int, fatalities: Int) {
        self.bucket = bucket
        self.articles = articles
        self.mentions = mentions
        self.events = events
        self.fatalities = fatalities
    }
}

/// The `timeline` query's answer: what it was asked about, and its buckets in time order (empty ones left out).
public struct Timeline: Codable, Sendable, Hashable {
    public var by: TimeBucket
    /// The entity an entity timeline resolved to.
    public var entity: EntityRef?
    public var buckets: [TimelineBucket]

    public init(by: TimeBucket, entity: EntityRef? = nil, buckets: [TimelineBucket] = []) {
        self.by = by
        self.entity = entity
        self.buckets = buckets
    }
}
