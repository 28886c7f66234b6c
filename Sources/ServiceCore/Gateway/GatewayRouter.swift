import Foundation
import NewsModel

/// The services behind the gateway.
public enum Backend: String, Sendable, CaseIterable {
    case ingester, store
}

/// What the gateway does with one client request.
public enum GatewayRoute: Equatable, Sendable {
    /// Pass the request, unchanged, to a backend and relay its answer.
    case forward(Backend)
    /// Ping every backend and answer with the gathered status.
    case status(requestID: String?)
    /// Answer at once with this message (a pong, or an error).
    case answer(Data)
}

/// Decides, from the request bytes alone, where a client request goes: the gateway's whole policy, apart from
/// its sockets. Malformed requests, unknown types and unknown queries are answered here and never reach a backend.
public struct GatewayRouter: Sendable {
    public let instance: String

    public init(instance: String) {
        self.instance = instance
    }

    public func route(_ payload: Data) -> GatewayRoute {
        do throws(ErrorReply) {
            switch try WireCodec.messageType(of: payload) {
            case .ingest:
                return .forward(.ingester)
            case .query:
                let request = try WireCodec.decode(QueryRequest.self, from: payload)
                guard let name = QueryName(rawValue: request.query) else {
                    let known = QueryName.allCases.map(\.rawValue).joined(separator: ", ")
                    throw ErrorReply(code: .unknownQuery, message: "unknown query '\(request.query)'; known queries: \(known)",
                                     requestID: request.requestID)
                }
                return name == .status ? .status(requestID: request.requestID) : .forward(.store)
            case .ping:
                let ping = try WireCodec.decode(PingMessage.self, from: payload)
                let status = ServiceStatus(service: "gateway", instance: instance, up: true)
                return .answer(WireCodec.encode(PongMessage(status: status, requestID: ping.requestID)))
            case let other:
                throw ErrorReply(code: .unknownType,
                                 message: "the gateway takes 'ingest', 'query' and 'ping' requests, not '\(other.rawValue)'")
            }
        } catch {
            return .answer(WireCodec.encode(error.answering(payload)))
        }
    }

    /// The `status` answer: the gateway itself, then each backend's pong (or why it is missing), then the
    /// extractors the store has heard from.
    public func statusReply(requestID: String?, pongs: [Backend: Result<PongMessage, ErrorReply>],
                            endpoints: [Backend: String]) -> QueryReply {
        var services = [ServiceStatus(service: "gateway", instance: instance, up: true)]
        var workers: [ServiceStatus] = []
        for backend in Backend.allCases {
            switch pongs[backend] {
            case .success(let pong)?:
                services.append(pong.status)
                workers += pong.workers
            case .failure(let error)?:
                services.append(ServiceStatus(service: backend.rawValue, endpoint: endpoints[backend], up: false, error: error.message))
            case nil:
                services.append(ServiceStatus(service: backend.rawValue, endpoint: endpoints[backend], up: false,
                                              error: "no answer"))
            }
        }
        var reply = QueryReply(query: .status, requestID: requestID)
        reply.services = services + workers
        return reply
    }
}
