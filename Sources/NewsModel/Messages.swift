import Foundation

/// The version of the wire protocol this build speaks; every message carries it as `v`.
public let wireProtocolVersion = 1

/// The `type` of every message on the bus (docs/protocol.md has one example of each).
public enum MessageType: String, Codable, Sendable, CaseIterable {
    // client -> gateway -> ingester
    case ingest, ingestResult = "ingest_result"
    // client -> gateway -> store (or answered by the gateway itself)
    case query, result
    // gateway -> any service, for status
    case ping, pong
    // ingester -> extractor -> store -> ingester
    case article, extraction, ack
    // extractor -> store, so status can list live extractors
    case heartbeat
    // any reply
    case error
}

/// Every message starts with these two fields; a receiver reads them first to pick the concrete type.
public struct MessageHeader: Codable, Sendable {
    public var type: String
    public var v: Int
}

/// A message type with its fixed `type` string.
public protocol WireMessage: Codable, Sendable {
    static var messageType: MessageType { get }
}

// MARK: - Pipeline messages

/// ingester -> extractor: one article to extract. `attempt` counts re-sends (1 on the first send).
public struct ArticleMessage: WireMessage, Hashable {
    public static let messageType = MessageType.article
    public var type = MessageType.article.rawValue
    public var v = wireProtocolVersion
    public var article: Article
    public var attempt: Int

    public init(article: Article, attempt: Int = 1) {
        self.article = article
        self.attempt = attempt
    }
}

/// extractor -> store: an article with its extraction.
public struct ExtractionMessage: WireMessage, Hashable {
    public static let messageType = MessageType.extraction
    public var type = MessageType.extraction.rawValue
    public var v = wireProtocolVersion
    public var article: Article
    public var extraction: Extraction
    /// Which extractor instance did the work.
    public var extractor: String
    public var elapsedMicroseconds: Int

    public init(article: Article, extraction: Extraction, extractor: String, elapsedMicroseconds: Int) {
        self.article = article
        self.extraction = extraction
        self.extractor = extractor
        self.elapsedMicroseconds = elapsedMicroseconds
    }

    enum CodingKeys: String, CodingKey {
        case type, v, article, extraction, extractor
        case elapsedMicroseconds = "elapsed_us"
    }
}

/// store -> ingester: these article ids are stored; stop re-sending them.
public struct AckMessage: WireMessage, Hashable {
    public static let messageType = MessageType.ack
    public var type = MessageType.ack.rawValue
    public var v = wireProtocolVersion
    public var ids: [String]

    public init(ids: [String]) {
        self.ids = ids
    }
}

/// extractor -> store, every few seconds: "I am alive and have done this much".
public struct HeartbeatMessage: WireMessage, Hashable {
    public static let messageType = MessageType.heartbeat
    public var type = MessageType.heartbeat.rawValue
    public var v = wireProtocolVersion
    public var service: String
    public var instance: String
    public var processed: Int
    public var failed: Int

    public init(service: String, instance: String, processed: Int, failed: Int) {
        self.service = service
        self.instance = instance
        self.processed = processed
        self.failed = failed
    }
}

// MARK: - Requests and replies

/// client -> gateway -> ingester: articles to ingest. Their `id` may be left empty: the ingester assigns it.
public struct IngestRequest: WireMessage, Hashable {
    public static let messageType = MessageType.ingest
    public var type = MessageType.ingest.rawValue
    public var v = wireProtocolVersion
    public var requestID: String?
    public var articles: [Article]

    public init(articles: [Article], requestID: String? = nil) {
        self.articles = articles
        self.requestID = requestID
    }

    enum CodingKeys: String, CodingKey {
        case type, v, articles
        case requestID = "request_id"
    }
}

/// What became of one submitted article.
public struct IngestOutcome: Codable, Sendable, Hashable {
    public enum Status: String, Codable, Sendable, Hashable {
        /// New: journaled and sent to the extractors.
        case accepted
        /// The same content was ingested before; `id` is the existing article's.
        case duplicate
        /// Not ingested; `error` says why.
        case rejected
    }

    /// Position of the article in the request.
    public var index: Int
    public var id: String?
    public var status: Status
    public var error: String?

    public init(index: Int, id: String?, status: Status, error: String? = nil) {
        self.index = index
        self.id = id
        self.status = status
        self.error = error
    }
}

/// ingester -> gateway -> client.
public struct IngestReply: WireMessage, Hashable {
    public static let messageType = MessageType.ingestResult
    public var type = MessageType.ingestResult.rawValue
    public var v = wireProtocolVersion
    public var requestID: String?
    public var results: [IngestOutcome]

    public init(results: [IngestOutcome], requestID: String? = nil) {
        self.results = results
        self.requestID = requestID
    }

    enum CodingKeys: String, CodingKey {
        case type, v, results
        case requestID = "request_id"
    }
}

/// The queries the gateway knows.
public enum QueryName: String, Codable, Sendable, CaseIterable {
    /// Full-text search: `text`, optional `from`, `to`, `source`, `entity`, `limit`, `offset`.
    case search
    /// One article with its extraction: `id`.
    case article
    /// Canonical entities by mention count: optional `entity_type`, `text` (name prefix), `limit`, `offset`.
    case entities
    /// Which services answer, and their counters. Answered by the gateway.
    case status
    /// Entity profile (`entity` name or `id`); timeline; co-occurrence/event graph; paged export (ProfileMessages.swift).
    case entity, timeline, graph, export
    /// Events across the corpus, newest first, and their sums per group (`by`); quotes by speaker, words, topic.
    case events, eventSums = "event_sums", quotes
}

/// client -> gateway -> store: a query. `query` names it; the other fields are its parameters.
public struct QueryRequest: WireMessage, Hashable {
    public static let messageType = MessageType.query
    public var type = MessageType.query.rawValue
    public var v = wireProtocolVersion
    public var requestID: String?
    public var query: String
    public var text: String?
    public var id: String?
    public var entityType: String?
    public var entity: String?
    public var source: String?
    /// ISO 8601 dates bounding `published`, inclusive.
    public var from: String?
    public var to: String?
    public var limit: Int?
    public var offset: Int?
    // timeline, graph, export: see docs/protocol.md
    public var by: String?
    public var cameo: String?
    public var kind: String?
    public var within: String?
    public var depth: Int?
    public var minWeight: Int?
    public var top: Int?
    public var after: String?
    /// events, event_sums, quotes: `from`/`to` bound the event's date (quotes: the article's); `text` searches the
    /// event's sentence (quotes: the quote); `cameo` as above. Names match a canonical entity by any spelling.
    public var actor, target, participant, place, country, speaker, about: String?
    public var publishedFrom, publishedTo: String?
    public var minFatalities: Int?

    public init(query: QueryName, requestID: String? = nil, text: String? = nil, id: String? = nil,
                entityType: String? = nil, entity: String? = nil, source: String? = nil,
                from: String? = nil, to: String? = nil, limit: Int? = nil, offset: Int? = nil) {
        self.query = query.rawValue
        self.requestID = requestID
        self.text = text
        self.id = id
        self.entityType = entityType
        self.entity = entity
        self.source = source
        self.from = from
        self.to = to
        self.limit = limit
        self.offset = offset
    }

    enum CodingKeys: String, CodingKey {
        case type, v, query, text, id, entity, source, from, to, limit, offset
        case requestID = "request_id"
        case entityType = "entity_type"
        case by, cameo, kind, within, depth, top, after
        case minWeight = "min_weight"
        case actor, target, participant, place, country, speaker, about
        case publishedFrom = "published_from", publishedTo = "published_to", minFatalities = "min_fatalities"
    }
}

/// One full-text search hit.
public struct SearchHit: Codable, Sendable, Hashable {
    public var id: String
    public var title: String?
    public var published: String?
    public var source: String?
    public var url: String?
    /// The matching passage, matches wrapped in `[` and `]`.
    public var snippet: String
    /// bm25 rank: lower is better.
    public var score: Double

    public init(id: String, title: String?, published: String?, source: String?, url: String?, snippet: String, score: Double) {
        self.id = id
        self.title = title
        self.published = published
        self.source = source
        self.url = url
        self.snippet = snippet
        self.score = score
    }
}

/// One canonical entity across all stored articles.
public struct EntitySummary: Codable, Sendable, Hashable {
    public var name: String
    public var type: EntityType
    public var articles: Int
    public var mentions: Int
    public var aliases: [String]

    public init(name: String, type: EntityType, articles: Int, mentions: Int, aliases: [String] = []) {
        self.name = name
        self.type = type
        self.articles = articles
        self.mentions = mentions
        self.aliases = aliases
    }
}

/// One service as `status` sees it.
public struct ServiceStatus: Codable, Sendable, Hashable {
    public var service: String
    public var instance: String?
    public var endpoint: String?
    public var up: Bool
    public var latencyMicroseconds: Int?
    public var counters: [String: Int]
    public var error: String?

    public init(service: String, instance: String? = nil, endpoint: String? = nil, up: Bool,
                latencyMicroseconds: Int? = nil, counters: [String: Int] = [:], error: String? = nil) {
        self.service = service
        self.instance = instance
        self.endpoint = endpoint
        self.up = up
        self.latencyMicroseconds = latencyMicroseconds
        self.counters = counters
        self.error = error
    }

    enum CodingKeys: String, CodingKey {
        case service, instance, endpoint, up, counters, error
        case latencyMicroseconds = "latency_us"
    }
}

/// store (or gateway) -> client: a query's answer. Which fields are set depends on `query`.
public struct QueryReply: WireMessage, Hashable {
    public static let messageType = MessageType.result
    public var type = MessageType.result.rawValue
    public var v = wireProtocolVersion
    public var requestID: String?
    public var query: String
    /// search: the hits of this page, and how many match in all.
    public var hits: [SearchHit]?
    public var total: Int?
    /// article: the article with its text, and its extraction.
    public var article: Article?
    public var extraction: Extraction?
    /// entities
    public var entities: [EntitySummary]?
    /// status
    public var services: [ServiceStatus]?
    /// entity, timeline, graph, export
    public var profile: EntityProfile?
    public var timeline: Timeline?
    public var graph: Graph?
    public var export: ExportPage?
    /// events (with `total`), event_sums (`total` groups), quotes (with `total`)
    public var events: [EventRow]?
    public var sums: [EventSum]?
    public var quotes: [QuoteRow]?

    public init(query: QueryName, requestID: String? = nil) {
        self.query = query.rawValue
        self.requestID = requestID
    }

    enum CodingKeys: String, CodingKey {
        case type, v, query, hits, total, article, extraction, entities, services
        case events, sums, quotes
        case requestID = "request_id"
        case profile, timeline, graph, export
    }
}

/// gateway -> service: are you there?
public struct PingMessage: WireMessage, Hashable {
    public static let messageType = MessageType.ping
    public var type = MessageType.ping.rawValue
    public var v = wireProtocolVersion
    public var requestID: String?

    public init(requestID: String? = nil) {
        self.requestID = requestID
    }

    enum CodingKeys: String, CodingKey {
        case type, v
        case requestID = "request_id"
    }
}

/// service -> gateway: I am, and here are my counters. The store adds the extractors it has heard from.
public struct PongMessage: WireMessage, Hashable {
    public static let messageType = MessageType.pong
    public var type = MessageType.pong.rawValue
    public var v = wireProtocolVersion
    public var requestID: String?
    public var status: ServiceStatus
    public var workers: [ServiceStatus]

    public init(status: ServiceStatus, workers: [ServiceStatus] = [], requestID: String? = nil) {
        self.status = status
        self.workers = workers
        self.requestID = requestID
    }

    enum CodingKeys: String, CodingKey {
        case type, v, status, workers
        case requestID = "request_id"
    }
}

/// Error codes a reply can carry.
public enum ErrorCode: String, Codable, Sendable, CaseIterable {
    /// Not JSON, or JSON missing a required field or with a wrong type.
    case malformedRequest = "malformed_request"
    /// `v` is not a version this build speaks.
    case unsupportedVersion = "unsupported_version"
    /// `type` is not one this endpoint takes.
    case unknownType = "unknown_type"
    /// `query` names no known query.
    case unknownQuery = "unknown_query"
    /// A parameter is missing or out of range.
    case invalidParameter = "invalid_parameter"
    /// The article or entity asked for does not exist.
    case notFound = "not_found"
    /// The service behind the gateway did not answer in time.
    case serviceUnavailable = "service_unavailable"
    /// The service failed while handling a valid request.
    case internalError = "internal_error"
}

/// Any endpoint -> its client: the request could not be served.
public struct ErrorReply: WireMessage, Hashable, Error {
    public static let messageType = MessageType.error
    public var type = MessageType.error.rawValue
    public var v = wireProtocolVersion
    public var requestID: String?
    public var code: ErrorCode
    public var message: String

    public init(code: ErrorCode, message: String, requestID: String? = nil) {
        self.code = code
        self.message = message
        self.requestID = requestID
    }

    enum CodingKeys: String, CodingKey {
        case type, v, code, message
        case requestID = "request_id"
    }

    /// The same error answering `request`: it takes the request's `request_id` when it has none yet.
    public func answering(_ request: Data) -> ErrorReply {
        var error = self
        if error.requestID == nil { error.requestID = WireCodec.requestID(in: request) }
        return error
    }
}
