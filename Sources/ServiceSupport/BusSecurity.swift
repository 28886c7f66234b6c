import Bus
import Foundation
import Logging
import NewsModel
import Synchronization

/// How a service's sockets are secured: CURVE with its role's keys and a ZAP handler admitting only the roles that
/// belong on each socket, or, given no keys, ZeroMQ's NULL mechanism on loopback endpoints only.
public struct BusSecurity: Sendable {
    public let role: BusRole
    /// nil: no keys were given.
    private let keys: Keys?

    private struct Keys: Sendable {
        var own: CurveKeyPair
        var publicKeys: [BusRole: String]
    }

    /// No keys: every socket uses NULL, and only loopback endpoints are allowed.
    public static func unauthenticated(_ role: BusRole) -> BusSecurity { BusSecurity(role: role, keys: nil) }

    private init(role: BusRole, keys: Keys?) {
        self.role = role
        self.keys = keys
    }

    /// Reads this role's keypair and every role's public key from `directory` (`""`: no keys).
    public static func load(directory: String, role: BusRole) throws(CurveKeyError) -> BusSecurity {
        guard !directory.isEmpty else { return .unauthenticated(role) }
        guard Curve.isAvailable else {
            throw CurveKeyError(reason: "keys were given but this libzmq was built without CURVE (zmq_has(\"curve\") is false)")
        }
        let folder = KeyDirectory(path: directory)
        var publicKeys: [BusRole: String] = [:]
        for other in BusRole.allCases { publicKeys[other] = try folder.publicKey(other.rawValue) }
        return BusSecurity(role: role, keys: Keys(own: try folder.keyPair(role.rawValue), publicKeys: publicKeys))
    }

    /// Whether sockets use CURVE.
    public var usesCurve: Bool { keys != nil }

    /// Refuses, before anything binds, endpoints that NULL must not use: without keys, nothing beyond loopback.
    /// Logs the warning that the bus is unauthenticated when it is.
    public func check(binds: [String], connects: [String], logger: Logger) throws(CurveKeyError) {
        guard keys == nil else {
            logger.info("CURVE on every socket", metadata: ["role": .string(role.rawValue)])
            return
        }
        let beyond = (binds + connects).filter { EndpointScope($0) == .network }
        guard beyond.isEmpty else {
            throw CurveKeyError(reason: "refusing to use \(beyond.joined(separator: ", ")) without CURVE keys: beyond loopback "
                                + "the bus must be authenticated (make keys with `newswire keys init DIR`, then pass "
                                + "--curve-keys DIR or set NEWSWIRE_CURVE_KEYS)")
        }
        logger.warning("no CURVE keys (--curve-keys / NEWSWIRE_CURVE_KEYS): sockets are unauthenticated and limited to loopback",
                       metadata: ["role": .string(role.rawValue)])
    }

    /// Starts the context's ZAP handler for the sockets this service binds; nil without keys. Refusals are logged,
    /// at most one line per socket every 10 seconds, with how many there were.
    public func startAuthentication(context: ZMQContext, for sockets: [ServerSocket], logger: Logger) throws -> ZAPHandler? {
        guard let keys else { return nil }
        var policy = ZAPPolicy()
        for socket in sockets {
            for admitted in socket.admits {
                try policy.admit(admitted.rawValue, publicKey: keys.publicKeys[admitted]!, on: socket.zapDomain)
            }
        }
        let refusals = RefusalLog()
        return try ZAPHandler.start(context: context, policy: policy) { decision in
            guard decision.reply.status == .denied else { return }
            if let count = refusals.shouldLog(decision.request.domain, now: Date()) {
                logger.warning("connection refused by authentication", metadata: [
                    "socket": .string(decision.request.domain), "address": .string(decision.request.address),
                    "reason": .string(decision.reply.text), "refused_since_last_line": .stringConvertible(count),
                ])
            }
        }
    }

    /// Binds `socket` as the CURVE server `server` (with keys), or as a NULL socket on a loopback endpoint.
    public func bind(_ socket: ZMQSocket, _ endpoint: String, as server: ServerSocket) throws {
        if let keys {
            try socket.makeCurveServer(secretKey: keys.own.secretKey, zapDomain: server.zapDomain)
        } else {
            try requireLoopback(endpoint)
        }
        try socket.bind(endpoint)
    }

    /// Connects `socket` to a socket bound by `server`'s process, proving this role's key (with keys).
    public func connect(_ socket: ZMQSocket, _ endpoint: String, to server: BusRole) throws {
        if let keys {
            try socket.makeCurveClient(keys: keys.own, serverKey: keys.publicKeys[server]!)
        } else {
            try requireLoopback(endpoint)
        }
        try socket.connect(endpoint)
    }

    private func requireLoopback(_ endpoint: String) throws(CurveKeyError) {
        guard EndpointScope(endpoint) == .loopback else {
            throw CurveKeyError(reason: "refusing \(endpoint) without CURVE keys: only loopback endpoints may be unauthenticated")
        }
    }
}

/// One line per key every 10 seconds, with the count of those not logged in between.
private final class RefusalLog: Sendable {
    private let state = Mutex<[String: (last: Date, unlogged: Int)]>([:])

    func shouldLog(_ key: String, now: Date) -> Int? {
        state.withLock { entries in
            if let entry = entries[key], now.timeIntervalSince(entry.last) < 10 {
                entries[key] = (entry.last, entry.unlogged + 1)
                return nil
            }
            let unlogged = entries[key]?.unlogged ?? 0
            if entries.count > 64 { entries.removeAll() }
            entries[key] = (now, 0)
            return unlogged
        }
    }
}
