import CZeroMQ
import Foundation

/// A libzmq socket.
///
/// Not `Sendable`: libzmq sockets are not thread-safe, so a socket belongs to the thread (or task) that made it.
/// Blocking calls (`receive`, `send`, `Poller.poll`) park the calling thread, so run blocking loops on a
/// dedicated `Thread`, not on the Swift concurrency pool, or use `dontWait`/timeouts.
///
/// A closed socket throws from every call: ``ZMQError/isClosed`` after ``close()``,
/// ``ZMQError/isTerminated`` if ``ZMQContext/terminate()`` closed it.
public final class ZMQSocket {
    /// The pattern this socket was made with.
    public let type: SocketType

    // Held strongly so a context can never be deinitialised (and zmq_ctx_term block) while a socket is open.
    let context: ZMQContext
    private let id: Int

    // Guards `handle` only against ZMQContext.terminate(), which closes forgotten sockets from its own thread.
    // Uncontended in normal use; terminate() shuts the context down first, so a holder blocked in libzmq
    // returns with ETERM promptly and the lock is never held for long.
    let lock = NSLock()
    private(set) var handle: UnsafeMutableRawPointer?
    private(set) var closedCode: Int32 = ZMQError.enotsock

    // One zmq_msg_t reused for every receive. On the heap because small frames live inside the struct
    // itself and zmq_msg_data points into it, so it must not move between calls.
    private let message = UnsafeMutablePointer<zmq_msg_t>.allocate(capacity: 1)

    // ZMQ_ROUTER_MANDATORY is write-only in libzmq, so the last value set is remembered here.
    var routerMandatoryValue = false

    init(context: ZMQContext, id: Int, type: SocketType, handle: UnsafeMutableRawPointer) {
        self.context = context
        self.id = id
        self.type = type
        self.handle = handle
    }

    deinit {
        close()
        message.deallocate()
    }

    // MARK: Lifecycle

    /// Closes the socket, dropping any unsent messages (linger is 0 unless you changed it). Idempotent.
    public func close() {
        lock.lock()
        let closing = handle
        if let closing {
            zmq_close(closing)
            handle = nil
        }
        lock.unlock()
        if closing != nil {
            context.socketDidClose(id: id)
        }
    }

    /// Whether ``close()`` (or the context's termination) has closed the socket.
    public var isClosed: Bool {
        lock.lock()
        defer { lock.unlock() }
        return handle == nil
    }

    /// Called by the context, after zmq_ctx_shutdown, for sockets their owners left open.
    func closeForTermination() {
        lock.lock()
        defer { lock.unlock() }
        guard let closing = handle else { return }
        zmq_close(closing)
        handle = nil
        closedCode = ZMQError.eterm
    }

    /// Runs `body` with the live handle while holding the lock, so terminate() cannot close it underneath.
    func withHandle<T>(
        _ operation: @autoclosure () -> String,
        _ body: (UnsafeMutableRawPointer) throws(ZMQError) -> T
    ) throws(ZMQError) -> T {
        lock.lock()
        defer { lock.unlock() }
        guard let handle else { throw ZMQError(code: closedCode, operation: operation()) }
        return try body(handle)
    }

    // MARK: Endpoints

    /// Binds to `endpoint`, e.g. `"tcp://127.0.0.1:5555"`, `"tcp://127.0.0.1:*"` (ephemeral port, see
    /// ``lastEndpoint``) or `"inproc://name"`.
    public func bind(_ endpoint: String) throws(ZMQError) {
        try withHandle("zmq_bind(\(endpoint))") { handle throws(ZMQError) in
            guard zmq_bind(handle, endpoint) == 0 else { throw ZMQError.last("zmq_bind(\(endpoint))") }
        }
    }

    /// Stops listening on an endpoint given to ``bind(_:)`` (for a wildcard bind, pass ``lastEndpoint``).
    public func unbind(_ endpoint: String) throws(ZMQError) {
        try withHandle("zmq_unbind(\(endpoint))") { handle throws(ZMQError) in
            guard zmq_unbind(handle, endpoint) == 0 else { throw ZMQError.last("zmq_unbind(\(endpoint))") }
        }
    }

    /// Connects to `endpoint`. Succeeds even if nobody listens yet: libzmq keeps reconnecting in the background.
    public func connect(_ endpoint: String) throws(ZMQError) {
        try withHandle("zmq_connect(\(endpoint))") { handle throws(ZMQError) in
            guard zmq_connect(handle, endpoint) == 0 else { throw ZMQError.last("zmq_connect(\(endpoint))") }
        }
    }

    /// Undoes a ``connect(_:)`` to the same endpoint string.
    public func disconnect(_ endpoint: String) throws(ZMQError) {
        try withHandle("zmq_disconnect(\(endpoint))") { handle throws(ZMQError) in
            guard zmq_disconnect(handle, endpoint) == 0 else { throw ZMQError.last("zmq_disconnect(\(endpoint))") }
        }
    }

    // MARK: Sending

    /// Sends one frame. With `more`, it is a non-final part of a multipart message.
    ///
    /// - Returns: `false` if the frame was not queued because the send would block (`dontWait`, high-water
    ///   mark reached, no peer with ``immediate``) or ``sendTimeout`` expired.
    /// - Throws: ``ZMQError`` for anything else (closed socket, wrong state for REQ/REP, unroutable ROUTER
    ///   message with ``routerMandatory``, ...).
    @discardableResult
    public func send(_ frame: [UInt8], more: Bool = false, dontWait: Bool = false) throws(ZMQError) -> Bool {
        try sendOne(frame, more: more, dontWait: dontWait)
    }

    /// Sends one frame; see ``send(_:more:dontWait:)-([UInt8],_,_)``.
    @discardableResult
    public func send(_ frame: Data, more: Bool = false, dontWait: Bool = false) throws(ZMQError) -> Bool {
        try sendOne(frame, more: more, dontWait: dontWait)
    }

    /// Sends a UTF-8 string as one frame; see ``send(_:more:dontWait:)-([UInt8],_,_)``.
    @discardableResult
    public func send(_ frame: String, more: Bool = false, dontWait: Bool = false) throws(ZMQError) -> Bool {
        try sendOne(Array(frame.utf8), more: more, dontWait: dontWait)
    }

    /// Sends `frames` as one multipart message, which libzmq delivers all-or-nothing.
    ///
    /// - Returns: `false` if the first frame would block (nothing was sent). Once the first frame is
    ///   accepted libzmq accepts the rest without blocking, so later parts cannot return `false`.
    /// - Throws: ``ZMQError`` on real errors, and `EINVAL` for an empty `frames`.
    @discardableResult
    public func send(frames: [[UInt8]], dontWait: Bool = false) throws(ZMQError) -> Bool {
        try sendMultipart(frames, dontWait: dontWait)
    }

    /// Sends `frames` as one multipart message; see ``send(frames:dontWait:)-([[UInt8]],_)``.
    @discardableResult
    public func send(frames: [Data], dontWait: Bool = false) throws(ZMQError) -> Bool {
        try sendMultipart(frames, dontWait: dontWait)
    }

    private func sendOne<Frame: ContiguousBytes>(_ frame: Frame, more: Bool, dontWait: Bool) throws(ZMQError) -> Bool {
        var flags: Int32 = 0
        if more { flags |= ZMQ_SNDMORE }
        if dontWait { flags |= ZMQ_DONTWAIT }
        return try withHandle("zmq_send") { handle throws(ZMQError) in
            try Self.sendFrame(frame, flags: flags, handle: handle, operation: "zmq_send")
        }
    }

    private func sendMultipart<Frame: ContiguousBytes>(_ frames: [Frame], dontWait: Bool) throws(ZMQError) -> Bool {
        guard !frames.isEmpty else { throw ZMQError(code: EINVAL, operation: "zmq_send(no frames)") }
        return try withHandle("zmq_send") { handle throws(ZMQError) in
            for (index, frame) in frames.enumerated() {
                var flags: Int32 = index == frames.count - 1 ? 0 : ZMQ_SNDMORE
                if index == 0 && dontWait { flags |= ZMQ_DONTWAIT }
                let operation = "zmq_send(frame \(index + 1) of \(frames.count))"
                guard try Self.sendFrame(frame, flags: flags, handle: handle, operation: operation) else {
                    if index == 0 { return false }
                    // Not expected (libzmq sends multipart messages atomically), but a half-sent message
                    // must not pass for "would block, try again".
                    throw ZMQError(code: EAGAIN, operation: operation)
                }
            }
            return true
        }
    }

    private static func sendFrame<Frame: ContiguousBytes>(
        _ frame: Frame, flags: Int32, handle: UnsafeMutableRawPointer, operation: String
    ) throws(ZMQError) -> Bool {
        // withUnsafeBytes only rethrows untyped errors, so the outcome travels out as a Result.
        let outcome: Result<Bool, ZMQError> = frame.withUnsafeBytes { bytes in
            while zmq_send(handle, bytes.baseAddress, bytes.count, flags) < 0 {
                let error = ZMQError.last(operation)
                if error.isInterrupted { continue }
                if error.isTimeout { return .success(false) }
                return .failure(error)
            }
            return .success(true)
        }
        return try outcome.get()
    }

    // MARK: Receiving

    /// Receives one frame (one part, if the message is multipart; check ``hasMoreFrames``).
    ///
    /// - Returns: `nil` if nothing arrived within ``receiveTimeout``, or at once with `dontWait`.
    public func receive(dontWait: Bool = false) throws(ZMQError) -> [UInt8]? {
        try withHandle("zmq_msg_recv") { handle throws(ZMQError) in
            try receiveFrame(handle: handle, flags: dontWait ? ZMQ_DONTWAIT : 0, as: [UInt8].self)?.frame
        }
    }

    /// Receives one frame as `Data`; see ``receive(dontWait:)``.
    public func receiveData(dontWait: Bool = false) throws(ZMQError) -> Data? {
        try withHandle("zmq_msg_recv") { handle throws(ZMQError) in
            try receiveFrame(handle: handle, flags: dontWait ? ZMQ_DONTWAIT : 0, as: Data.self)?.frame
        }
    }

    /// Receives every frame of the next message.
    ///
    /// - Returns: `nil` if no message arrived within ``receiveTimeout``, or at once with `dontWait`.
    public func receiveMultipart(dontWait: Bool = false) throws(ZMQError) -> [[UInt8]]? {
        try withHandle("zmq_msg_recv") { handle throws(ZMQError) in
            try receiveAllFrames(handle: handle, dontWait: dontWait, as: [UInt8].self)
        }
    }

    /// Receives every frame of the next message as `Data`; see ``receiveMultipart(dontWait:)``.
    public func receiveMultipartData(dontWait: Bool = false) throws(ZMQError) -> [Data]? {
        try withHandle("zmq_msg_recv") { handle throws(ZMQError) in
            try receiveAllFrames(handle: handle, dontWait: dontWait, as: Data.self)
        }
    }

    private func receiveAllFrames<Frame: ReceivedFrame>(
        handle: UnsafeMutableRawPointer, dontWait: Bool, as _: Frame.Type
    ) throws(ZMQError) -> [Frame]? {
        guard let first = try receiveFrame(handle: handle, flags: dontWait ? ZMQ_DONTWAIT : 0, as: Frame.self) else {
            return nil
        }
        var frames = [first.frame]
        var more = first.more
        while more {
            // The rest of a message is already here once its first part is (atomic delivery), so block.
            guard let next = try receiveFrame(handle: handle, flags: 0, as: Frame.self) else {
                throw ZMQError(code: EAGAIN, operation: "zmq_msg_recv(frame \(frames.count + 1))")
            }
            frames.append(next.frame)
            more = next.more
        }
        return frames
    }

    private func receiveFrame<Frame: ReceivedFrame>(
        handle: UnsafeMutableRawPointer, flags: Int32, as _: Frame.Type
    ) throws(ZMQError) -> (frame: Frame, more: Bool)? {
        zmq_msg_init(message)
        defer { zmq_msg_close(message) }
        while zmq_msg_recv(message, handle, flags) < 0 {
            let error = ZMQError.last("zmq_msg_recv")
            if error.isInterrupted { continue }
            if error.isTimeout { return nil }
            throw error
        }
        let bytes = UnsafeRawBufferPointer(start: zmq_msg_data(message), count: zmq_msg_size(message))
        return (Frame(copying: bytes), zmq_msg_more(message) != 0)
    }
}

/// Frame representations `receive` can fill straight from a `zmq_msg_t`.
private protocol ReceivedFrame {
    init(copying bytes: UnsafeRawBufferPointer)
}

extension Array: ReceivedFrame where Element == UInt8 {
    fileprivate init(copying bytes: UnsafeRawBufferPointer) { self.init(bytes) }
}

extension Data: ReceivedFrame {
    fileprivate init(copying bytes: UnsafeRawBufferPointer) { self.init(bytes) }
}
