import CZeroMQ

/// CURVE (RFC 26, CurveZMQ): encryption and authentication of a connection by long-term keypairs.
///
/// A server socket holds its own secret key; a client holds its own keypair and the server's public key. Who may
/// connect is decided by a ZAP handler (``ZAPHandler``), which sees the client's public key.
public enum Curve {
    /// Whether the libzmq loaded at run time was built with CURVE (libsodium or its own tweetnacl).
    public static var isAvailable: Bool { zmq_has("curve") != 0 }

    /// Characters of a Z85-encoded 32-byte key.
    public static let z85KeyLength = 40
}

/// A CURVE keypair as Z85 text (40 characters each), the form `zmq_curve_keypair` gives and key files hold.
public struct CurveKeyPair: Sendable, Hashable {
    public let publicKey: String
    public let secretKey: String

    /// Checks both keys are Z85 of 32 bytes; use ``generate()`` for a new pair.
    public init(publicKey: String, secretKey: String) throws(CurveKeyError) {
        guard CurveKeyPair.decode(publicKey) != nil else { throw CurveKeyError(reason: "the public key is not a 40-character Z85 key") }
        guard CurveKeyPair.decode(secretKey) != nil else { throw CurveKeyError(reason: "the secret key is not a 40-character Z85 key") }
        self.publicKey = publicKey
        self.secretKey = secretKey
    }

    /// A new random keypair from libzmq.
    public static func generate() throws(CurveKeyError) -> CurveKeyPair {
        guard Curve.isAvailable else { throw CurveKeyError(reason: "this libzmq was built without CURVE (zmq_has(\"curve\") is false)") }
        var publicBuffer = [CChar](repeating: 0, count: 41)
        var secretBuffer = [CChar](repeating: 0, count: 41)
        guard zmq_curve_keypair(&publicBuffer, &secretBuffer) == 0 else {
            throw CurveKeyError(reason: "zmq_curve_keypair failed: \(String(cString: zmq_strerror(zmq_errno())))")
        }
        let text = { (buffer: [CChar]) in String(decoding: buffer.prefix(40).map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        return try CurveKeyPair(publicKey: text(publicBuffer), secretKey: text(secretBuffer))
    }

    /// The 32 bytes a Z85 key stands for; nil unless `key` is exactly 40 characters of the Z85 alphabet.
    public static func decode(_ key: String) -> [UInt8]? {
        let bytes = Array(key.utf8)
        guard bytes.count == Curve.z85KeyLength, bytes.allSatisfy({ z85Alphabet.contains($0) }) else { return nil }
        var out = [UInt8](repeating: 0, count: 32)
        let decoded = (bytes + [0]).withUnsafeBufferPointer { input in
            input.withMemoryRebound(to: CChar.self) { zmq_z85_decode(&out, $0.baseAddress) }
        }
        return decoded == nil ? nil : out
    }

    /// The Z85 text of 32 key bytes.
    public static func encode(_ key: [UInt8]) -> String? {
        guard key.count == 32 else { return nil }
        var out = [CChar](repeating: 0, count: 41)
        guard zmq_z85_encode(&out, key, 32) != nil else { return nil }
        return String(decoding: out.prefix(40).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static let z85Alphabet = Set(Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#".utf8))
}

/// A key that cannot be used, with the reason.
public struct CurveKeyError: Error, CustomStringConvertible, Sendable, Equatable {
    public let reason: String
    public init(reason: String) { self.reason = reason }
    public var description: String { reason }
}

extension ZMQSocket {
    /// Makes this socket a CURVE server with `secretKey`; `zapDomain` names it to the ZAP handler, which decides
    /// who may connect. Call before ``bind(_:)``.
    public func makeCurveServer(secretKey: String, zapDomain: String) throws(ZMQError) {
        try setOption(ZMQ_CURVE_SERVER, name: "ZMQ_CURVE_SERVER", value: 1)
        try setOption(ZMQ_CURVE_SECRETKEY, name: "ZMQ_CURVE_SECRETKEY", bytes: Array(secretKey.utf8))
        try setOption(ZMQ_ZAP_DOMAIN, name: "ZMQ_ZAP_DOMAIN", bytes: Array(zapDomain.utf8))
    }

    /// Makes this socket a CURVE client: it proves `keys` and accepts only a server holding `serverKey`'s secret.
    /// Call before ``connect(_:)``.
    public func makeCurveClient(keys: CurveKeyPair, serverKey: String) throws(ZMQError) {
        try setOption(ZMQ_CURVE_SERVERKEY, name: "ZMQ_CURVE_SERVERKEY", bytes: Array(serverKey.utf8))
        try setOption(ZMQ_CURVE_PUBLICKEY, name: "ZMQ_CURVE_PUBLICKEY", bytes: Array(keys.publicKey.utf8))
        try setOption(ZMQ_CURVE_SECRETKEY, name: "ZMQ_CURVE_SECRETKEY", bytes: Array(keys.secretKey.utf8))
    }

    /// ZMQ_MECHANISM: 0 NULL, 1 PLAIN, 2 CURVE, 3 GSSAPI.
    public var securityMechanism: Int32 {
        (try? int32Option(ZMQ_MECHANISM, name: "ZMQ_MECHANISM")) ?? 0
    }
}
