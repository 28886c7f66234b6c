import NewsModel

/// A `timeline`: what to count, per bucket of time.
public struct TimelineQuery: Sendable, Hashable {
    public enum Subject: Sendable, Hashable {
        /// Articles and mentions of the entity; events it is an actor, target or place of.
        case entity(Int64)
        /// Events whose CAMEO code starts with one of these, and their articles.
        case cameo([String])
        /// Articles matching the words (full text, as `search` reads them) and their events.
        case text(String)
    }

    public var subject: Subject
    public var by: TimeBucket
    /// Inclusive `YYYY-MM-DD` bounds on the day counted (the article's, or the event's own date when it has a day).
    public var from: String?
    public var to: String?

    public init(subject: Subject, by: TimeBucket = .day, from: String? = nil, to: String? = nil) {
        self.subject = subject
        self.by = by
        self.from = from
        self.to = to
    }
}

/// A `graph` of entities.
public struct GraphQuery: Sendable, Hashable {
    public var kind: GraphKind
    /// Co-occurrence unit (co-occurrence graphs only).
    public var within: GraphScope
    /// Only entities of these types (empty: all).
    public var types: Set<EntityType>
    /// An ego network around this entity, `depth` steps out.
    public var center: Int64?
    public var depth: Int
    /// Inclusive day bounds: the article's day (co-occurrence), the event's day or else its article's (events).
    public var from: String?
    public var to: String?
    /// Events graphs: only events whose CAMEO code starts with one of these (empty: all).
    public var cameo: [String]
    /// Edges lighter than this are left out.
    public var minWeight: Int
    /// At most this many nodes: the most prominent (most articles; most events), or the center's strongest links.
    public var top: Int

    public init(kind: GraphKind = .cooccurrence, within: GraphScope = .article, types: Set<EntityType> = [],
                center: Int64? = nil, depth: Int = 1, from: String? = nil, to: String? = nil, cameo: [String] = [],
                minWeight: Int = 1, top: Int = 100) {
        self.kind = kind
        self.within = within
        self.types = types
        self.center = center
        self.depth = depth
        self.from = from
        self.to = to
        self.cameo = cameo
        self.minWeight = minWeight
        self.top = top
    }
}

/// One page of `export`.
public struct ExportQuery: Sendable, Hashable {
    /// The `next` of the previous page; nil for the first.
    public var after: String?
    public var limit: Int
    /// Inclusive bounds on `published` (articles without a date never match a bounded export).
    public var from: String?
    public var to: String?

    public init(after: String? = nil, limit: Int = 100, from: String? = nil, to: String? = nil) {
        self.after = after
        self.limit = limit
        self.from = from
        self.to = to
    }
}
