import CZeroMQ

// Socket options as properties, because that is how callers think of them. Property accessors cannot throw,
// so: on a closed socket getters return 0/false/empty and setters do nothing (the next send/receive throws
// anyway); any other failure means an invalid value, a programming error, and traps with libzmq's reason.
// Use setOption/int32Option for the throwing forms.
extension ZMQSocket {
    /// Milliseconds unsent messages are kept after ``close()``; -1 waits forever. Set to 0 at creation
    /// so closing a socket or terminating its context never hangs on a peer that went away.
    public var linger: Int32 {
        get { int32Property(ZMQ_LINGER, "ZMQ_LINGER") }
        set { setProperty(ZMQ_LINGER, "ZMQ_LINGER", newValue) }
    }

    /// Milliseconds a blocking send may wait before returning `false`; -1 (the default) waits forever.
    public var sendTimeout: Int32 {
        get { int32Property(ZMQ_SNDTIMEO, "ZMQ_SNDTIMEO") }
        set { setProperty(ZMQ_SNDTIMEO, "ZMQ_SNDTIMEO", newValue) }
    }

    /// Milliseconds a blocking receive may wait before returning `nil`; -1 (the default) waits forever.
    public var receiveTimeout: Int32 {
        get { int32Property(ZMQ_RCVTIMEO, "ZMQ_RCVTIMEO") }
        set { setProperty(ZMQ_RCVTIMEO, "ZMQ_RCVTIMEO", newValue) }
    }

    /// Messages queued per peer for sending before sends block (or fail with `dontWait`); 0 = unlimited.
    /// Applies to connections made after it is set, so set it before bind/connect.
    public var sendHighWaterMark: Int32 {
        get { int32Property(ZMQ_SNDHWM, "ZMQ_SNDHWM") }
        set { setProperty(ZMQ_SNDHWM, "ZMQ_SNDHWM", newValue) }
    }

    /// Messages queued per peer on the receiving side; 0 = unlimited. Set before bind/connect.
    public var receiveHighWaterMark: Int32 {
        get { int32Property(ZMQ_RCVHWM, "ZMQ_RCVHWM") }
        set { setProperty(ZMQ_RCVHWM, "ZMQ_RCVHWM", newValue) }
    }

    /// ZMQ_ROUTING_ID: the identity a ROUTER peer sees for this socket (1–255 bytes). Set before connect.
    public var identity: [UInt8] {
        get {
            (try? bytesOption(ZMQ_ROUTING_ID, name: "ZMQ_ROUTING_ID", capacity: 255)) ?? []
        }
        set {
            do {
                try setOption(ZMQ_ROUTING_ID, name: "ZMQ_ROUTING_ID", bytes: newValue)
            } catch {
                trapUnlessClosed(error)
            }
        }
    }

    /// ZMQ_ROUTER_MANDATORY (ROUTER only): sending to an unknown identity throws `EHOSTUNREACH` instead of
    /// dropping the message silently. libzmq cannot report it back, so the getter returns the last value set.
    public var routerMandatory: Bool {
        get { routerMandatoryValue }
        set {
            setProperty(ZMQ_ROUTER_MANDATORY, "ZMQ_ROUTER_MANDATORY", newValue ? 1 : 0)
            routerMandatoryValue = newValue
        }
    }

    /// ZMQ_IMMEDIATE: queue messages only to completed connections, so with no peer connected a send
    /// blocks (or returns `false` with `dontWait`) instead of filling a queue for a peer that may never come.
    /// libzmq 4.3 honours it for tcp and ipc but not for inproc, which queues up to the high-water mark regardless.
    public var immediate: Bool {
        get { int32Property(ZMQ_IMMEDIATE, "ZMQ_IMMEDIATE") != 0 }
        set { setProperty(ZMQ_IMMEDIATE, "ZMQ_IMMEDIATE", newValue ? 1 : 0) }
    }

    /// ZMQ_RECONNECT_IVL: milliseconds between reconnection attempts to a vanished peer; -1 = never.
    public var reconnectInterval: Int32 {
        get { int32Property(ZMQ_RECONNECT_IVL, "ZMQ_RECONNECT_IVL") }
        set { setProperty(ZMQ_RECONNECT_IVL, "ZMQ_RECONNECT_IVL", newValue) }
    }

    /// ZMQ_LAST_ENDPOINT: the endpoint last bound, with a wildcard port resolved
    /// (`"tcp://127.0.0.1:*"` becomes e.g. `"tcp://127.0.0.1:41235"`). `nil` before any bind/connect.
    public var lastEndpoint: String? {
        guard let bytes = try? bytesOption(ZMQ_LAST_ENDPOINT, name: "ZMQ_LAST_ENDPOINT", capacity: 1024) else {
            return nil
        }
        // libzmq counts the terminating NUL in the size it reports.
        let text = String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        return text.isEmpty ? nil : text
    }

    /// ZMQ_RCVMORE: whether the frame just received is followed by more parts of the same message.
    public var hasMoreFrames: Bool {
        int32Property(ZMQ_RCVMORE, "ZMQ_RCVMORE") != 0
    }

    /// SUB only: receive messages whose first frame starts with `prefix` (empty = everything).
    /// Subscriptions add up; nothing is received until the first one.
    public func subscribe(_ prefix: [UInt8] = []) throws(ZMQError) {
        try setOption(ZMQ_SUBSCRIBE, name: "ZMQ_SUBSCRIBE", bytes: prefix)
    }

    /// SUB only: subscribe to a UTF-8 topic prefix.
    public func subscribe(_ prefix: String) throws(ZMQError) {
        try subscribe(Array(prefix.utf8))
    }

    /// SUB only: remove one earlier ``subscribe(_:)-([UInt8])`` of the same prefix.
    public func unsubscribe(_ prefix: [UInt8]) throws(ZMQError) {
        try setOption(ZMQ_UNSUBSCRIBE, name: "ZMQ_UNSUBSCRIBE", bytes: prefix)
    }

    // MARK: Raw options

    /// Sets an integer option by its `ZMQ_*` number, for options without a property here.
    public func setOption(_ option: Int32, value: Int32) throws(ZMQError) {
        try setOption(option, name: "option \(option)", value: value)
    }

    /// Reads an integer option by its `ZMQ_*` number.
    public func int32Option(_ option: Int32) throws(ZMQError) -> Int32 {
        try int32Option(option, name: "option \(option)")
    }

    func setOption(_ option: Int32, name: String, value: Int32) throws(ZMQError) {
        let operation = "zmq_setsockopt(\(name), \(value))"
        try withHandle(operation) { handle throws(ZMQError) in
            var value = value
            guard zmq_setsockopt(handle, option, &value, MemoryLayout<Int32>.size) == 0 else {
                throw ZMQError.last(operation)
            }
        }
    }

    func setOption(_ option: Int32, name: String, bytes: [UInt8]) throws(ZMQError) {
        let operation = "zmq_setsockopt(\(name))"
        try withHandle(operation) { handle throws(ZMQError) in
            let status = bytes.withUnsafeBytes { zmq_setsockopt(handle, option, $0.baseAddress, $0.count) }
            guard status == 0 else { throw ZMQError.last(operation) }
        }
    }

    func int32Option(_ option: Int32, name: String) throws(ZMQError) -> Int32 {
        let operation = "zmq_getsockopt(\(name))"
        return try withHandle(operation) { handle throws(ZMQError) in
            var value: Int32 = 0
            var size = MemoryLayout<Int32>.size
            guard zmq_getsockopt(handle, option, &value, &size) == 0 else { throw ZMQError.last(operation) }
            return value
        }
    }

    func bytesOption(_ option: Int32, name: String, capacity: Int) throws(ZMQError) -> [UInt8] {
        let operation = "zmq_getsockopt(\(name))"
        return try withHandle(operation) { handle throws(ZMQError) in
            var size = capacity
            var failed = false
            let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                buffer.initialize(repeating: 0)
                failed = zmq_getsockopt(handle, option, buffer.baseAddress, &size) != 0
                count = failed ? 0 : min(size, capacity)
            }
            if failed { throw ZMQError.last(operation) }
            return bytes
        }
    }

    private func int32Property(_ option: Int32, _ name: String) -> Int32 {
        do {
            return try int32Option(option, name: name)
        } catch {
            trapUnlessClosed(error)
            return 0
        }
    }

    private func setProperty(_ option: Int32, _ name: String, _ value: Int32) {
        do {
            try setOption(option, name: name, value: value)
        } catch {
            trapUnlessClosed(error)
        }
    }

    private func trapUnlessClosed(_ error: ZMQError) {
        guard error.isClosed || error.isTerminated else {
            preconditionFailure("\(error)")
        }
    }
}
