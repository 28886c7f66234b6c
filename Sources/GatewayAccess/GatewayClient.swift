import Bus
import Foundation
import NewsModel

/// Why a request to the gateway did not get its answer.
public enum ClientError: Error, CustomStringConvertible {
    case noAnswer(endpoint: String, seconds: Double, curve: Bool)
    /// The connection's security handshake failed: keys missing on one side, or this key not admitted.
    case handshakeFailed(endpoint: String, authentication: Bool, curve: Bool)
    case refused(ErrorReply)
    case unexpected(String)

    public var description: String {
        switch self {
        case .noAnswer(let endpoint, let seconds, let curve):
            "no answer from \(endpoint) within \(Self.seconds(seconds)) s (is it running? `make run` starts the services"
                + (curve ? ")" : "; if it uses CURVE keys, set NEWSWIRE_CURVE_KEYS or pass --curve-keys)")
        case .handshakeFailed(let endpoint, let authentication, let curve):
            if authentication {
                "\(endpoint) refused this client's key (its ZAP handler does not admit it): use the client key of the "
                    + "pipeline's key folder (NEWSWIRE_CURVE_KEYS or --curve-keys)"
            } else if curve {
                "the security handshake with \(endpoint) failed: it does not use these keys (or no keys at all); "
                    + "check NEWSWIRE_CURVE_KEYS or --curve-keys names the pipeline's key folder"
            } else {
                "the security handshake with \(endpoint) failed: it requires CURVE keys; set NEWSWIRE_CURVE_KEYS or pass "
                    + "--curve-keys with the folder `newswire keys init` made"
            }
        case .refused(let error):
            "\(error.code.rawValue): \(error.message)"
        case .unexpected(let what):
            "unexpected answer from the gateway: \(what)"
        }
    }

    /// The pipeline could not be reached (exit 3), rather than refusing this one request (exit 1).
    public var isUnreachable: Bool {
        switch self {
        case .noAnswer, .handshakeFailed: true
        case .refused(let error): error.code == .serviceUnavailable
        case .unexpected: false
        }
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}

/// How the client proves who it is: CURVE with a role's keypair and the server's public key, or nothing.
public struct ClientKeys: Sendable {
    public var own: CurveKeyPair
    public var serverKey: String

    public init(own: CurveKeyPair, serverKey: String) {
        self.own = own
        self.serverKey = serverKey
    }

    /// The keys of `role` and `server`'s public key from a folder `newswire keys init` made.
    public static func load(folder: String, role: BusRole, server: BusRole) throws -> ClientKeys {
        let keys = KeyDirectory(path: folder)
        return ClientKeys(own: try keys.keyPair(role.rawValue), serverKey: try keys.publicKey(server.rawValue))
    }
}

/// A client of the gateway (or of any ROUTER service, for `ping`) over a DEALER socket: one request, one answer,
/// matched by `request_id`, so a late answer to an earlier attempt is never taken for the current request.
///
/// A request with no answer is sent again, with growing pauses, until `retry` runs out: a gateway that restarts
/// loses what was in flight, and the retry carries it (ingest is idempotent by content id; queries only read). A lost
/// connection is seen at once (the socket's monitor), so the retry does not wait out the whole `timeout`. A
/// `service_unavailable` answer (a backend restarting) is retried the same way. A failed security handshake is not:
/// keys do not fix themselves.
public final class GatewayClient {
    public let endpoint: String
    public let timeout: Double
    public let retry: RetrySchedule
    private let curve: Bool
    private let context: ZMQContext
    private let socket: ZMQSocket
    private let events: ZMQSocket
    private var sequence = 0
    private let session = String(UInt32.random(in: .min ... .max), radix: 36)

    public init(endpoint: String, timeout: Double, retry: RetrySchedule, keys: ClientKeys?) throws {
        self.endpoint = endpoint
        self.timeout = timeout
        self.retry = retry
        curve = keys != nil
        context = try ZMQContext()
        socket = try context.makeSocket(.dealer)
        socket.receiveTimeout = 100
        socket.reconnectInterval = 100
        if let keys { try socket.makeCurveClient(keys: keys.own, serverKey: keys.serverKey) }
        events = try socket.monitor(name: "gateway-client")
        try socket.connect(endpoint)
    }

    deinit {
        events.close()
        socket.close()
        context.terminate()
    }

    public func nextRequestID() -> String {
        sequence += 1
        return "\(session)-\(sequence)"
    }

    /// Sends a request and waits for the answer with the same request id, trying again as `retry` allows.
    public func send<Request: WireMessage, Answer: WireMessage>(_ request: Request, requestID: String,
                                                         expecting: Answer.Type) throws -> Answer {
        // The empty frame makes the envelope look like REQ's, which any ROUTER-based server understands.
        let frames: [[UInt8]] = [[], [UInt8](WireCodec.encode(request))]
        let started = Date()
        // No attempt waits past this: the longer of one timeout and the retry budget.
        let giveUp = started.addingTimeInterval(max(timeout, retry.budget))
        var attempt = 0
        // what happened to the connection before this request is no news about it
        while try events.nextEvent() != nil {}
        while true {
            attempt += 1
            try socket.send(frames: frames)
            let outcome = try awaitAnswer(requestID: requestID, until: min(Date().addingTimeInterval(timeout), giveUp))
            switch outcome {
            case .answer(let payload):
                // a backend restarting: its answer comes once it is back
                if Self.isServiceUnavailable(payload), pauseBeforeRetry(after: attempt, started: started) { continue }
                return try decodeAnswer(payload, as: Answer.self)
            case .handshakeFailed(let authentication):
                throw ClientError.handshakeFailed(endpoint: endpoint, authentication: authentication, curve: curve)
            case .connectionLost, .timedOut:
                guard pauseBeforeRetry(after: attempt, started: started) else {
                    throw ClientError.noAnswer(endpoint: endpoint, seconds: Date().timeIntervalSince(started), curve: curve)
                }
            }
        }
    }

    private enum Outcome {
        case answer(Data)
        case connectionLost
        case handshakeFailed(authentication: Bool)
        case timedOut
    }

    private func awaitAnswer(requestID: String, until deadline: Date) throws -> Outcome {
        var handshakeFailures = 0
        while Date() < deadline {
            while let event = try events.nextEvent() {
                switch event {
                case .disconnected:
                    return .connectionLost
                case .handshakeFailedAuthentication:
                    return .handshakeFailed(authentication: true)
                case .handshakeFailedProtocol:
                    // once may be a server half started; again and again is a key mismatch
                    handshakeFailures += 1
                    if handshakeFailures >= 3 { return .handshakeFailed(authentication: false) }
                default:
                    break
                }
            }
            guard let frames = try socket.receiveMultipart(), let last = frames.last else { continue }
            let payload = Data(last)
            guard WireCodec.requestID(in: payload) == requestID else { continue }
            return .answer(payload)
        }
        return .timedOut
    }

    /// Sleeps the schedule's pause; false when no attempt is left.
    private func pauseBeforeRetry(after attempt: Int, started: Date) -> Bool {
        let pause = retry.pause(afterAttempt: attempt)
        let elapsed = Date().timeIntervalSince(started) + pause
        guard retry.allowsAttempt(elapsed: elapsed), elapsed < max(timeout, retry.budget) else { return false }
        Thread.sleep(forTimeInterval: pause)
        return true
    }

    private static func isServiceUnavailable(_ payload: Data) -> Bool {
        guard (try? WireCodec.messageType(of: payload)) == .error else { return false }
        return (try? WireCodec.decode(ErrorReply.self, from: payload))?.code == .serviceUnavailable
    }

    private func decodeAnswer<Answer: WireMessage>(_ payload: Data, as: Answer.Type) throws(ClientError) -> Answer {
        let type: MessageType
        do {
            type = try WireCodec.messageType(of: payload)
        } catch {
            throw ClientError.unexpected(error.message)
        }
        do {
            if type == .error {
                throw ClientError.refused(try WireCodec.decode(ErrorReply.self, from: payload))
            }
            guard type == Answer.messageType else {
                throw ClientError.unexpected("a '\(type.rawValue)' message where '\(Answer.messageType.rawValue)' was due")
            }
            return try WireCodec.decode(Answer.self, from: payload)
        } catch let error as ClientError {
            throw error
        } catch {
            throw ClientError.unexpected("\(error)")
        }
    }

    public func query(_ request: QueryRequest) throws -> QueryReply {
        var request = request
        let id = nextRequestID()
        request.requestID = id
        return try send(request, requestID: id, expecting: QueryReply.self)
    }

    public func ingest(_ articles: [Article]) throws -> IngestReply {
        let id = nextRequestID()
        return try send(IngestRequest(articles: articles, requestID: id), requestID: id, expecting: IngestReply.self)
    }
}
