import CZeroMQ

/// What happened to a socket's connections, from `zmq_socket_monitor`.
public enum SocketEvent: Equatable, Sendable {
    case connected
    case disconnected
    /// The CURVE or NULL handshake failed: the peer speaks another mechanism, or its key is wrong.
    case handshakeFailedProtocol
    /// The server's ZAP handler refused this client.
    case handshakeFailedAuthentication
    case handshakeSucceeded
    case other(UInt16)

    init(code: UInt16) {
        switch Int32(code) {
        case ZMQ_EVENT_CONNECTED: self = .connected
        case ZMQ_EVENT_DISCONNECTED: self = .disconnected
        case ZMQ_EVENT_HANDSHAKE_FAILED_PROTOCOL: self = .handshakeFailedProtocol
        case ZMQ_EVENT_HANDSHAKE_FAILED_AUTH: self = .handshakeFailedAuthentication
        case ZMQ_EVENT_HANDSHAKE_SUCCEEDED: self = .handshakeSucceeded
        default: self = .other(code)
        }
    }

    /// The first frame of a monitor message: a 16-bit event code and a 32-bit value, native byte order.
    init?(frame: [UInt8]) {
        guard frame.count >= 2 else { return nil }
        self.init(code: UInt16(frame[0]) | UInt16(frame[1]) << 8)
    }
}

extension ZMQSocket {
    /// Starts monitoring this socket's connection events and returns the PAIR socket that receives them
    /// (read it with ``nextEvent(dontWait:)``). Each socket can be monitored once, on a name unique in its context.
    public func monitor(name: String) throws(ZMQError) -> ZMQSocket {
        let endpoint = "inproc://monitor-\(name)"
        try withHandle("zmq_socket_monitor(\(endpoint))") { handle throws(ZMQError) in
            guard zmq_socket_monitor(handle, endpoint, ZMQ_EVENT_ALL) == 0 else {
                throw ZMQError.last("zmq_socket_monitor(\(endpoint))")
            }
        }
        let pair = try context.makeSocket(.pair)
        try pair.connect(endpoint)
        return pair
    }

    /// On a monitor's PAIR socket: the next event, nil if none is waiting (`dontWait`) or within ``receiveTimeout``.
    public func nextEvent(dontWait: Bool = true) throws(ZMQError) -> SocketEvent? {
        guard let frames = try receiveMultipart(dontWait: dontWait), let first = frames.first else { return nil }
        return SocketEvent(frame: first)
    }
}
