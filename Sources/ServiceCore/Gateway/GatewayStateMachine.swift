import Foundation
import NewsModel

/// The gateway's policy, with no socket and no clock of its own: requests, backend replies, failed sends and the
/// time go in; what to send where comes out as ``Action``s, which the executable carries out on its sockets.
///
/// - A forwarded request gets a fresh token; the backend answers with the token, and the token finds the client.
/// - A request whose backend could not take it (not connected yet: services start in any order) is parked and
///   offered again on every ``tick(now:)`` for `connectWait`, then fails with `service_unavailable`.
/// - A forwarded request not answered by its deadline fails with `service_unavailable`; a reply after that is dropped.
/// - `status` pings every backend under tokens of its own and answers once every backend has answered or failed.
public struct GatewayStateMachine {
    /// The routing frames of a client on the gateway's ROUTER, kept opaque: the reply goes back with them.
    public typealias Client = [[UInt8]]
    public typealias Instant = ContinuousClock.Instant

    public struct Configuration: Sendable {
        /// How long a backend has to answer a request.
        public var timeout: Duration
        /// How long a request waits for a backend that is not connected before it fails.
        public var connectWait: Duration
        /// How long `status` waits for a backend's pong: short, so status answers quickly when a backend is away.
        public var statusTimeout: Duration
        /// Each backend's address, named in errors and in `status`.
        public var endpoints: [Backend: String]

        public init(timeout: Duration, connectWait: Duration = .seconds(2), statusTimeout: Duration? = nil,
                    endpoints: [Backend: String]) {
            self.timeout = timeout
            self.connectWait = connectWait
            self.statusTimeout = statusTimeout ?? min(timeout, .seconds(2))
            self.endpoints = endpoints
        }
    }

    /// What the executable does next.
    public enum Action: Equatable, Sendable {
        /// Send `payload` to the client on the gateway's ROUTER.
        case reply(to: Client, payload: Data)
        /// Send `[token, payload]` to the backend's DEALER without blocking; if it cannot be sent, call
        /// ``sendFailed(token:now:)``.
        case forward(to: Backend, token: UInt64, payload: Data)
        /// Something an operator may want in the log; nothing to send.
        case report(Report)
    }

    /// Events worth a log line, with the request they concern.
    public enum Report: Equatable, Sendable {
        case timedOut(Backend, requestID: String?)
        case unreachable(Backend, requestID: String?)
        case lateReply(Backend, token: UInt64)
    }

    private struct Waiting {
        var client: Client
        var backend: Backend
        var payload: Data
        var deadline: Instant
        /// Until when a send that fails is parked and retried rather than answered with an error.
        var parkedUntil: Instant?
        var requestID: String?
        /// Set for the pings of a `status` query: which gathering they belong to.
        var gathering: UInt64?
    }

    private struct Gathering {
        var client: Client
        var requestID: String?
        /// nil for `status` (each backend is pinged); else the request sent to every backend.
        var request: Data?
        var answers: [Backend: Result<Data, ErrorReply>] = [:]
    }

    public let configuration: Configuration
    private let router: GatewayRouter
    private var inFlight: [UInt64: Waiting] = [:]
    private var parked: [Waiting] = []
    private var gatherings: [UInt64: Gathering] = [:]
    private var nextToken: UInt64 = 1

    public init(router: GatewayRouter, configuration: Configuration) {
        self.router = router
        self.configuration = configuration
    }

    /// Requests sent to a backend and not yet answered.
    public var inFlightCount: Int { inFlight.count }
    /// Requests waiting for their backend to connect.
    public var parkedCount: Int { parked.count }

    /// A client's request arrived.
    public mutating func clientRequest(_ payload: Data, from client: Client, now: Instant) -> [Action] {
        switch router.route(payload) {
        case .answer(let answer):
            return [.reply(to: client, payload: answer)]
        case .forward(let backend):
            return [forward(Waiting(client: client, backend: backend, payload: payload, deadline: now + configuration.timeout,
                                    requestID: WireCodec.requestID(in: payload)))]
        case .status(let requestID):
            return gather(nil, from: client, requestID: requestID, deadline: now + configuration.statusTimeout)
        case .gather(let requestID):
            return gather(payload, from: client, requestID: requestID, deadline: now + configuration.statusTimeout)
        }
    }

    /// A backend answered under `token`.
    public mutating func backendReply(_ payload: Data, token: UInt64, from backend: Backend) -> [Action] {
        guard let entry = inFlight.removeValue(forKey: token) else { return [.report(.lateReply(backend, token: token))] }
        guard let id = entry.gathering else { return [.reply(to: entry.client, payload: payload)] }
        return record(.success(payload), of: backend, in: id)
    }

    /// The backend could not take the request sent under `token` (it is not connected): park it while the backend
    /// may still come, else fail it.
    public mutating func sendFailed(token: UInt64, now: Instant) -> [Action] {
        guard var entry = inFlight.removeValue(forKey: token) else { return [] }
        let until = entry.parkedUntil ?? min(now + configuration.connectWait, entry.deadline)
        if now < until {
            entry.parkedUntil = until
            parked.append(entry)
            return []
        }
        let address = configuration.endpoints[entry.backend] ?? "its address"
        let error = ErrorReply(code: .serviceUnavailable, message: "the \(entry.backend.rawValue) is not reachable at \(address)",
                               requestID: entry.requestID)
        return [.report(.unreachable(entry.backend, requestID: entry.requestID))] + fail(entry, error)
    }

    /// Time passes: parked requests are offered again, and requests past their deadline fail.
    public mutating func tick(now: Instant) -> [Action] {
        var actions: [Action] = []
        let retry = parked
        parked.removeAll()
        for entry in retry {
            actions.append(forward(entry))
        }
        let expired = inFlight.filter { $0.value.deadline <= now }
        for (token, entry) in expired.sorted(by: { $0.key < $1.key }) {
            inFlight[token] = nil
            let seconds = entry.gathering == nil ? configuration.timeout : configuration.statusTimeout
            let error = ErrorReply(code: .serviceUnavailable,
                                   message: "the \(entry.backend.rawValue) did not answer within \(Self.format(seconds)) s",
                                   requestID: entry.requestID)
            actions.append(.report(.timedOut(entry.backend, requestID: entry.requestID)))
            actions += fail(entry, error)
        }
        return actions
    }

    /// One request to every backend under tokens of its own, answered once all have answered or failed.
    private mutating func gather(_ request: Data?, from client: Client, requestID: String?, deadline: Instant) -> [Action] {
        let id = takeToken()
        gatherings[id] = Gathering(client: client, requestID: requestID, request: request)
        return Backend.allCases.map { backend in
            forward(Waiting(client: client, backend: backend, payload: request ?? WireCodec.encode(PingMessage()),
                            deadline: deadline, requestID: requestID, gathering: id))
        }
    }

    private mutating func takeToken() -> UInt64 {
        defer { nextToken += 1 }
        return nextToken
    }

    private mutating func forward(_ entry: Waiting) -> Action {
        let token = takeToken()
        inFlight[token] = entry
        return .forward(to: entry.backend, token: token, payload: entry.payload)
    }

    private mutating func fail(_ entry: Waiting, _ error: ErrorReply) -> [Action] {
        guard let id = entry.gathering else { return [.reply(to: entry.client, payload: WireCodec.encode(error))] }
        return record(.failure(error), of: entry.backend, in: id)
    }

    private mutating func record(_ answer: Result<Data, ErrorReply>, of backend: Backend, in id: UInt64) -> [Action] {
        gatherings[id]?.answers[backend] = answer
        guard let gathering = gatherings[id], gathering.answers.count == Backend.allCases.count else { return [] }
        gatherings[id] = nil
        if let request = gathering.request {
            return [.reply(to: gathering.client,
                           payload: router.gatheredReply(request, replies: gathering.answers, endpoints: configuration.endpoints))]
        }
        let pongs = gathering.answers.mapValues { answer -> Result<PongMessage, ErrorReply> in
            answer.flatMap { data in
                do throws(ErrorReply) {
                    return .success(try WireCodec.decode(PongMessage.self, from: data))
                } catch {
                    return .failure(error)
                }
            }
        }
        let status = router.statusReply(requestID: gathering.requestID, pongs: pongs, endpoints: configuration.endpoints)
        return [.reply(to: gathering.client, payload: WireCodec.encode(status))]
    }

    /// "10" for ten seconds, "0.5" for half of one: as a person writes it in an error message.
    private static func format(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
