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

/// A message on the bus with its fixed `type` string: an ``Envelope`` around the type's ``MessageBody``.
public protocol WireMessage: Codable, Sendable {
    static var messageType: MessageType { get }
}

// MARK: - Pipeline messages

/// ingester -> extractor: one article to extract. `attempt` counts re-sends (1 on the first send).
public typealias ArticleMessage = Envelope<ArticleBody>

public struct ArticleBody: MessageBody, Hashable {
    public static let messageType = MessageType.article
    public var article: Article
    public var attempt: Int
}

extension Envelope where Body == ArticleBody {
    public init(article: Article, attempt: Int = 1) {
        self.init(ArticleBody(article: article, attempt: attempt))
    }
}

/// extractor -> store: an article with its extraction.
public typealias ExtractionMessage = Envelope<ExtractionBody>

public struct ExtractionBody: MessageBody, Hashable {
    public static let messageType = MessageType.extraction
    public var article: Article
    public var extraction: Extraction
    /// Which extractor instance did the work.
    public var extractor: String
    public var elapsedMicroseconds: Int

    enum CodingKeys: String, CodingKey {
        case article, extraction, extractor
        case elapsedMicroseconds = "elapsed_us"
    }
}

extension Envelope where Body == ExtractionBody {
    public init(article: Article, extraction: Extraction, extractor: String, elapsedMicroseconds: Int) {
        self.init(ExtractionBody(article: article, extraction: extraction, extractor: extractor,
                                 elapsedMicroseconds: elapsedMicroseconds))
    }
}

/// store -> ingester: these article ids are stored; stop re-sending them.
public typealias AckMessage = Envelope<AckBody>

public struct AckBody: MessageBody, Hashable {
    public static let messageType = MessageType.ack
    public var ids: [String]
}

extension Envelope where Body == AckBody {
    public init(ids: [String]) {
        self.init(AckBody(ids: ids))
    }
}

/// extractor -> store, every few seconds: "I am alive and have done this much".
public typealias HeartbeatMessage = Envelope<HeartbeatBody>

public struct HeartbeatBody: MessageBody, Hashable {
    public static let messageType = MessageType.heartbeat
    public var service: String
    public var instance: String
    public var processed: Int
    public var failed: Int
}

extension Envelope where Body == HeartbeatBody {
    public init(service: String, instance: String, processed: Int, failed: Int) {
        self.init(HeartbeatBody(service: service, instance: instance, processed: processed, failed: failed))
    }
}

// MARK: - Requests and replies

/// client -> gateway -> ingester: articles to ingest. Their `id` may be left empty: the ingester assigns it.
public typealias IngestRequest = Envelope<IngestBody>

public struct IngestBody: MessageBody, Hashable {
    public static let messageType = MessageType.ingest
    public var articles: [Article]
}

extension Envelope where Body == IngestBody {
    public init(articles: [Article], requestID: String? = nil) {
        self.init(IngestBody(articles: articles), requestID: requestID)
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
public typealias IngestReply = Envelope<IngestResultBody>

public struct IngestResultBody: MessageBody, Hashable {
    public static let messageType = MessageType.ingestResult
    public var results: [IngestOutcome]
}

extension Envelope where Body == IngestResultBody {
    public init(results: [IngestOutcome], requestID: String? = nil) {
        self.init(IngestResultBody(results: results), requestID: requestID)
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
    /// Clusters of near-duplicate articles: optional `min_overlap`, `limit`, `offset` (DuplicateMessages.swift).
    case duplicates
}

/// client -> gateway -> store: a query. `query` names it; the other fields are its parameters.
public typealias QueryRequest = Envelope<QueryBody>

public struct QueryBody: MessageBody, Hashable {
    public static let messageType = MessageType.query
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
    /// duplicates (and search with `collapse`): pairs from this estimated overlap up, 0.3...1 (0.5 when absent).
    public var minOverlap: Double?
    /// search: one hit per cluster of near-duplicates, the others named in its `copies`.
    public var collapse: Bool?
    /// events: one row per incident merged across articles, with `num_articles`, `num_sources` and `mentions`.
    public var merged: Bool?

    public init(query: QueryName, text: String? = nil, id: String? = nil,
                entityType: String? = nil, entity: String? = nil, source: String? = nil,
                from: String? = nil, to: String? = nil, limit: Int? = nil, offset: Int? = nil) {
        self.query = query.rawValue
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
        case query, text, id, entity, source, from, to, limit, offset
        case entityType = "entity_type"
        case by, cameo, kind, within, depth, top, after
        case minWeight = "min_weight"
        case actor, target, participant, place, country, speaker, about
        case publishedFrom = "published_from", publishedTo = "published_to", minFatalities = "min_fatalities"
        case minOverlap = "min_overlap", collapse, merged
    }
}

extension Envelope where Body == QueryBody {
    public init(query: QueryName, requestID: String? = nil, text: String? = nil, id: String? = nil,
                entityType: String? = nil, entity: String? = nil, source: String? = nil,
                from: String? = nil, to: String? = nil, limit: Int? = nil, offset: Int? = nil) {
        self.init(QueryBody(query: query, text: text, id: id, entityType: entityType, entity: entity, source: source,
                            from: from, to: to, limit: limit, offset: offset), requestID: requestID)
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
    /// search with `collapse`: the ids of this article's near-duplicates, whose hits are folded into this one.
    public var copies: [String]?

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
public typealias QueryReply = Envelope<ResultBody>

public struct ResultBody: MessageBody, Hashable {
    public static let messageType = MessageType.result
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
    /// duplicates (with `total` clusters); article: its near-duplicates, best overlap first.
    public var clusters: [DuplicateCluster]?
    public var duplicates: [DuplicateArticle]?

    public init(query: QueryName) {
        self.query = query.rawValue
    }
}

extension Envelope where Body == ResultBody {
    public init(query: QueryName, requestID: String? = nil) {
        self.init(ResultBody(query: query), requestID: requestID)
    }
}

/// gateway -> service: are you there? (The envelope is the whole message.)
public typealias PingMessage = Envelope<PingBody>

public struct PingBody: MessageBody, Hashable {
    public static let messageType = MessageType.ping
}

extension Envelope where Body == PingBody {
    public init(requestID: String? = nil) {
        self.init(PingBody(), requestID: requestID)
    }
}

/// service -> gateway: I am, and here are my counters. The store adds the extractors it has heard from.
public typealias PongMessage = Envelope<PongBody>

public struct PongBody: MessageBody, Hashable {
    public static let messageType = MessageType.pong
    public var status: ServiceStatus
    public var workers: [ServiceStatus]
}

extension Envelope where Body == PongBody {
    public init(status: ServiceStatus, workers: [ServiceStatus] = [], requestID: String? = nil) {
        self.init(PongBody(status: status, workers: workers), requestID: requestID)
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
public typealias ErrorReply = Envelope<ErrorBody>

public struct ErrorBody: MessageBody, Hashable {
    public static let messageType = MessageType.error
    public var code: ErrorCode
    public var message: String
}

extension Envelope: Error where Body == ErrorBody {}

extension Envelope where Body == ErrorBody {
    public init(code: ErrorCode, message: String, requestID: String? = nil) {
        self.init(ErrorBody(code: code, message: message), requestID: requestID)
    }

    /// The same error answering `request`: it takes the request's `request_id` when it has none yet.
    public func answering(_ request: Data) -> ErrorReply {
        var error = self
        if error.requestID == nil { error.requestID = WireCodec.requestID(in: request) }
        return error
    }
}
