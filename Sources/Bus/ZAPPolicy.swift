/// Who may connect to which socket, decided from ZAP requests (ZeroMQ RFC 27) with no socket in sight.
///
/// Each CURVE server socket names a ZAP domain; the policy lists, per domain, the public keys admitted there and
/// the name (a role) each stands for. Anything else is refused: an unknown domain, a mechanism other than CURVE,
/// a key not listed, a request that is not well formed.
public struct ZAPPolicy: Sendable, Equatable {
    /// domain -> (32-byte public key -> the name it is admitted as)
    public private(set) var admitted: [String: [[UInt8]: String]] = [:]

    public init() {}

    /// Admits `publicKey` (Z85 or 32 raw bytes' Z85 text) on `domain` as `name`.
    public mutating func admit(_ name: String, publicKey: String, on domain: String) throws(CurveKeyError) {
        guard let key = CurveKeyPair.decode(publicKey) else {
            throw CurveKeyError(reason: "the public key of '\(name)' is not a 40-character Z85 key")
        }
        admitted[domain, default: [:]][key] = name
    }

    /// The answer to one ZAP request.
    public func decide(_ request: ZAPRequest) -> ZAPReply {
        guard request.mechanism == "CURVE" else {
            return request.reply(status: .denied, text: "only CURVE connections are admitted, not \(request.mechanism)")
        }
        guard let domain = admitted[request.domain] else {
            return request.reply(status: .denied, text: "no socket here has the ZAP domain '\(request.domain)'")
        }
        guard request.credentials.count == 1, let name = domain[request.credentials[0]] else {
            return request.reply(status: .denied, text: "this key is not admitted on \(request.domain)")
        }
        return request.reply(status: .allowed, text: "OK", userID: name)
    }
}

/// A ZAP request as a handler's REP socket receives it.
public struct ZAPRequest: Sendable, Equatable {
    public var requestID: [UInt8]
    public var domain: String
    public var address: String
    public var mechanism: String
    public var credentials: [[UInt8]]

    public init(requestID: [UInt8], domain: String, address: String, mechanism: String, credentials: [[UInt8]]) {
        self.requestID = requestID
        self.domain = domain
        self.address = address
        self.mechanism = mechanism
        self.credentials = credentials
    }

    /// Frames: version "1.0", request id, domain, address, identity, mechanism, credentials...; nil when they are
    /// not a version 1.0 request.
    public init?(frames: [[UInt8]]) {
        guard frames.count >= 6, frames[0] == Array("1.0".utf8) else { return nil }
        requestID = frames[1]
        domain = String(decoding: frames[2], as: UTF8.self)
        address = String(decoding: frames[3], as: UTF8.self)
        mechanism = String(decoding: frames[5], as: UTF8.self)
        credentials = Array(frames[6...])
    }

    func reply(status: ZAPReply.Status, text: String, userID: String = "") -> ZAPReply {
        ZAPReply(requestID: requestID, status: status, text: text, userID: userID)
    }
}

/// A handler's answer: admitted (200, with the name the key is admitted as) or not (400, with why).
public struct ZAPReply: Sendable, Equatable {
    public enum Status: String, Sendable {
        case allowed = "200"
        case denied = "400"
    }

    public var requestID: [UInt8]
    public var status: Status
    public var text: String
    public var userID: String

    /// Frames: version, request id, status code, status text, user id, metadata (empty).
    public var frames: [[UInt8]] {
        [Array("1.0".utf8), requestID, Array(status.rawValue.utf8), Array(text.utf8), Array(userID.utf8), []]
    }

    /// A reply to frames that were no ZAP request at all (libzmq never sends those; a handler must still answer).
    static func malformed(requestID: [UInt8]) -> ZAPReply {
        ZAPReply(requestID: requestID, status: .denied, text: "malformed ZAP request", userID: "")
    }
}
