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
    /// Send the request to every backend and answer with their answers put together (`dead_letters`).
    case gather(requestID: String?)
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
                switch name {
                case .status: return .status(requestID: request.requestID)
                case .deadLetters: return .gather(requestID: request.requestID)
                default: return .forward(.store)
                }
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

    /// The answer to a gathered query: every backend's records together, newest first, at most `limit`; `services`
    /// says which backends answered and why one did not.
    public func gatheredReply(_ request: Data, replies: [Backend: Result<Data, ErrorReply>],
                              endpoints: [Backend: String]) -> Data {
        let query = try? WireCodec.decode(QueryRequest.self, from: request)
        let limit = min(max(query?.limit ?? 20, 1), 1000)
        var reply = QueryReply(query: .deadLetters, requestID: query?.requestID)
        var letters: [DeadLetter] = []
        var services: [ServiceStatus] = []
        for backend in Backend.allCases {
            let answer: Result<QueryReply, ErrorReply>
            switch replies[backend] {
            case .success(let data)?:
                do throws(ErrorReply) {
                    if try WireCodec.messageType(of: data) == .error {
                        answer = .failure(try WireCodec.decode(ErrorReply.self, from: data))
                    } else {
                        answer = .success(try WireCodec.decode(QueryReply.self, from: data))
                    }
                } catch {
                    answer = .failure(error)
                }
            case .failure(let error)?: answer = .failure(error)
            case nil: answer = .failure(ErrorReply(code: .serviceUnavailable, message: "no answer"))
            }
            switch answer {
            case .success(let backendReply):
                letters += backendReply.letters ?? []
                services.append(ServiceStatus(service: backend.rawValue, endpoint: endpoints[backend], up: true))
            case .failure(let error):
                services.append(ServiceStatus(service: backend.rawValue, endpoint: endpoints[backend], up: false,
                                              error: error.message))
            }
        }
        // ISO 8601 UTC times sort as strings; the service breaks ties so the order is stable
        letters.sort { ($0.time, $0.service) > ($1.time, $1.service) }
        reply.letters = Array(letters.prefix(limit))
        reply.services = services
        return WireCodec.encode(reply)
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
