/// What links two entities in a graph.
public enum GraphKind: String, Codable, Sendable, Hashable, CaseIterable {
    /// Named in the same article (or sentence); undirected, weighted by how many.
    case cooccurrence
    /// Actor -> target of events; directed, weighted by events, with their fatalities.
    case events
}

/// The unit of co-occurrence.
public enum GraphScope: String, Codable, Sendable, Hashable, CaseIterable {
    case article, sentence
}

/// An entity of a graph, with its counts within the graph's filters.
public struct GraphNode: Codable, Sendable, Hashable {
    /// The canonical entity id.
    public var id: Int64
    public var label: String
    public var type: EntityType
    public var articles: Int
    public var mentions: Int
    /// Events the entity is an actor or target of (events graphs).
    public var events: Int?

    public init(id: Int64, label: String, type: EntityType, articles: Int, mentions: Int, events: Int? = nil) {
        self.id = id
        self.label = label
        self.type = type
        self.articles = articles
        self.mentions = mentions
        self.events = events
    }
}

/// A link: shared articles/sentences (co-occurrence), or events from `source` (actor) to `target`.
public struct GraphEdge: Codable, Sendable, Hashable {
    public var source: Int64
    public var target: Int64
    public var weight: Int
    /// Sum of the events' fatalities (events graphs).
    public var fatalities: Int?

    public init(source: Int64, target: Int64, weight: Int, fatalities: Int? = nil) {
        self.source = source
        self.target = target
        self.weight = weight
        self.fatalities = fatalities
    }
}

/// The `graph` query's answer.
public struct Graph: Codable, Sendable, Hashable {
    public var kind: GraphKind
    public var directed: Bool
    public var nodes: [GraphNode]
    public var edges: [GraphEdge]

    public init(kind: GraphKind, directed: Bool, nodes: [GraphNode] = [], edges: [GraphEdge] = []) {
        self.kind = kind
        self.directed = directed
        self.nodes = nodes
        self.edges = edges
    }
}
