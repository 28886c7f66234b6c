import Foundation
import NewsModel
import Storage

/// What the store answers on its query socket: queries (through `QueryHandler`, on a reader thread) and pings (its
/// counters and the extractors it has heard from, at once). Never throws: anything wrong becomes an `ErrorReply`
/// echoing the request id.
public struct StoreRequestHandler: Sendable {
    public let instance: String
    /// The query endpoint, shown by `status`.
    public let endpoint: String
    private let store: any Store
    private let queries: QueryHandler
    /// What `dead_letters` lists; nil: none kept.
    private let deadLetters: DeadLetterFile?

    /// What became of a request on the query socket.
    public enum Handling: Sendable {
        /// A query: hand it to a reader thread (``answerQuery(_:)``).
        case query
        /// Answered here: a pong, or an error.
        case answered(reply: Data, error: ErrorReply?)
    }

    /// What the writer last published, for pongs: its counters and the extractors' statuses.
    public struct Board: Sendable, Equatable {
        public var counters: [String: Int]
        public var workers: [ServiceStatus]

        public init(counters: [String: Int] = [:], workers: [ServiceStatus] = []) {
            self.counters = counters
            self.workers = workers
        }
    }

    /// - Parameter store: the store answering queries (a reader's own instance, for its time budget).
    public init(store: any Store, instance: String, endpoint: String, deadLetters: DeadLetterFile? = nil) {
        self.store = store
        self.deadLetters = deadLetters
        self.instance = instance
        self.endpoint = endpoint
        self.queries = QueryHandler(store: store)
    }

    /// Pings and malformed requests are answered at once; queries are left for a reader thread.
    /// - Parameter board: called for pings only.
    public func handle(_ payload: Data, board: () -> Board) -> Handling {
        do throws(ErrorReply) {
            switch try WireCodec.messageType(of: payload) {
            case .query:
                let request = try WireCodec.decode(QueryRequest.self, from: payload)
                guard request.query == QueryName.deadLetters.rawValue else { return .query }
                // the file's tail, at once: never queued behind a slow query
                return .answered(reply: WireCodec.encode(try Self.deadLetterReply(request, from: deadLetters)), error: nil)
            case .ping:
                let ping = try WireCodec.decode(PingMessage.self, from: payload)
                let current = board()
                // the database's row counts, read on a connection of their own (WAL: the writer never blocks them)
                var counters = (try? store.counters()) ?? [:]
                counters.merge(current.counters) { fromDatabase, _ in fromDatabase }
                let status = ServiceStatus(service: "store", instance: instance, endpoint: endpoint, up: true, counters: counters)
                return .answered(reply: WireCodec.encode(PongMessage(status: status, workers: current.workers,
                                                                     requestID: ping.requestID)), error: nil)
            case let other:
                throw ErrorReply(code: .unknownType, message: "the store takes 'query' and 'ping', not '\(other.rawValue)'")
            }
        } catch {
            let answered = error.answering(payload)
            return .answered(reply: WireCodec.encode(answered), error: answered)
        }
    }

    /// The `dead_letters` answer of a service from its file: the newest `limit` (1-1000, default 20).
    public static func deadLetterReply(_ request: QueryRequest, from file: DeadLetterFile?) throws(ErrorReply) -> QueryReply {
        let limit = request.limit ?? 20
        guard (1...1000).contains(limit) else {
            throw ErrorReply(code: .invalidParameter, message: "'limit' must be between 1 and 1000, got \(limit)",
                             requestID: request.requestID)
        }
        var reply = QueryReply(query: .deadLetters, requestID: request.requestID)
        reply.letters = file?.recent(limit: limit) ?? []
        return reply
    }

    /// The answer to one query, and the error it was, if it was one (for the log).
    public func answerQuery(_ payload: Data) -> (reply: Data, error: ErrorReply?) {
        do throws(ErrorReply) {
            let request = try WireCodec.decode(QueryRequest.self, from: payload)
            switch queries.handle(request) {
            case .success(let reply): return (WireCodec.encode(reply), nil)
            case .failure(let error): return (WireCodec.encode(error), error)
            }
        } catch {
            let answered = error.answering(payload)
            return (WireCodec.encode(answered), answered)
        }
    }
}
