import Foundation
import NewsModel
import Storage

/// What the store answers on its query socket: queries (through `QueryHandler`) and pings (its counters and the
/// extractors it has heard from). Never throws: anything wrong becomes an `ErrorReply` echoing the request id.
public struct StoreRequestHandler: Sendable {
    public let instance: String
    /// The query endpoint, shown by `status`.
    public let endpoint: String
    private let store: any Store
    private let queries: QueryHandler

    public init(store: any Store, instance: String, endpoint: String) {
        self.store = store
        self.instance = instance
        self.endpoint = endpoint
        self.queries = QueryHandler(store: store)
    }

    /// The answer to one request, and the error it was, if it was one (for the log).
    public func answer(_ payload: Data, state: StoreStateMachine, now: Date) -> (reply: Data, error: ErrorReply?) {
        do throws(ErrorReply) {
            switch try WireCodec.messageType(of: payload) {
            case .query:
                let request = try WireCodec.decode(QueryRequest.self, from: payload)
                switch queries.handle(request) {
                case .success(let reply): return (WireCodec.encode(reply), nil)
                case .failure(let error): return (WireCodec.encode(error), error)
                }
            case .ping:
                let ping = try WireCodec.decode(PingMessage.self, from: payload)
                var counters = (try? store.counters()) ?? [:]
                counters.merge(state.counters) { fromDatabase, _ in fromDatabase }
                let status = ServiceStatus(service: "store", instance: instance, endpoint: endpoint, up: true, counters: counters)
                return (WireCodec.encode(PongMessage(status: status, workers: state.workers.statuses(now: now),
                                                     requestID: ping.requestID)), nil)
            case let other:
                throw ErrorReply(code: .unknownType, message: "the store takes 'query' and 'ping', not '\(other.rawValue)'")
            }
        } catch {
            let answered = error.answering(payload)
            return (WireCodec.encode(answered), answered)
        }
    }
}
