import CZeroMQ

/// Readiness a ``Poller`` can wait for.
public struct PollEvents: OptionSet, Sendable, Hashable {
    public let rawValue: Int16
    public init(rawValue: Int16) { self.rawValue = rawValue }

    /// A message can be received without blocking.
    public static let readable = PollEvents(rawValue: Int16(ZMQ_POLLIN))
    /// A message can be sent without blocking.
    public static let writable = PollEvents(rawValue: Int16(ZMQ_POLLOUT))
}

/// Waits on several sockets at once with `zmq_poll`, so one thread can serve them all.
///
/// Not `Sendable`, like the sockets it holds: poll from the thread that owns them.
public struct Poller {
    private var sockets: [ZMQSocket] = []
    private var items: [zmq_pollitem_t] = []

    public init() {}

    /// Number of sockets added.
    public var count: Int { sockets.count }

    /// Adds `socket`, to be polled for `events`.
    /// - Returns: its index in the array ``poll(timeout:)`` returns.
    @discardableResult
    public mutating func add(_ socket: ZMQSocket, events: PollEvents = .readable) -> Int {
        sockets.append(socket)
        items.append(zmq_pollitem_t(socket: nil, fd: 0, events: events.rawValue, revents: 0))
        return sockets.count - 1
    }

    /// Waits up to `timeout` ms (-1 forever, 0 not at all) until at least one socket is ready.
    ///
    /// - Returns: per added socket, in order, the events that are ready (empty on timeout). A signal
    ///   interrupting the wait (`EINTR`) also yields all-empty, so callers simply loop.
    /// - Throws: ``ZMQError`` if a socket is closed or the context was terminated (``ZMQError/isTerminated``).
    public mutating func poll(timeout: Int32) throws(ZMQError) -> [PollEvents] {
        // Hold every socket's lock so ZMQContext.terminate() cannot close one mid-poll; each distinct
        // socket once, in a fixed order, so two pollers can never lock in opposite orders.
        var seen = Set<ObjectIdentifier>()
        let distinct = sockets
            .filter { seen.insert(ObjectIdentifier($0)).inserted }
            .sorted { ObjectIdentifier($0) < ObjectIdentifier($1) }
        for socket in distinct { socket.lock.lock() }
        defer { for socket in distinct { socket.lock.unlock() } }

        for index in sockets.indices {
            guard let handle = sockets[index].handle else {
                throw ZMQError(code: sockets[index].closedCode, operation: "zmq_poll(socket \(index))")
            }
            items[index].socket = handle
            items[index].revents = 0
        }
        let status = zmq_poll(&items, Int32(items.count), Int(timeout))
        if status < 0 {
            let error = ZMQError.last("zmq_poll")
            if error.isInterrupted { return Array(repeating: [], count: items.count) }
            throw error
        }
        return items.map { PollEvents(rawValue: $0.revents).intersection([.readable, .writable]) }
    }
}
