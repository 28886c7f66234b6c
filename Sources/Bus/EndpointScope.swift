/// Whether an endpoint stays on this host: what a service may use without CURVE keys.
public enum EndpointScope: Equatable, Sendable {
    /// inproc, ipc, and tcp on 127.0.0.0/8, ::1 or localhost.
    case loopback
    /// Anything else: another interface, every interface (`*`, `0.0.0.0`), a host name.
    case network

    public init(_ endpoint: String) {
        let lower = endpoint.lowercased()
        if lower.hasPrefix("inproc://") || lower.hasPrefix("ipc://") {
            self = .loopback
            return
        }
        guard lower.hasPrefix("tcp://") else {
            self = .network
            return
        }
        var rest = lower.dropFirst("tcp://".count)
        // tcp://source;destination names the local interface first; the destination is what counts
        if let semicolon = rest.lastIndex(of: ";") { rest = rest[rest.index(after: semicolon)...] }
        let host: Substring
        if rest.hasPrefix("[") {
            host = rest.dropFirst().prefix { $0 != "]" }
        } else {
            host = rest.prefix { $0 != ":" }
        }
        self = Self.isLoopbackHost(host) ? .loopback : .network
    }

    private static func isLoopbackHost(_ host: Substring) -> Bool {
        if host == "localhost" || host == "::1" { return true }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets[0] == "127" else { return false }
        return octets.allSatisfy { octet in UInt8(octet) != nil }
    }
}
