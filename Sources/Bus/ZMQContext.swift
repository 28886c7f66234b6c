import CZeroMQ
import Foundation

/// A libzmq context: the owner of I/O threads and of every socket made from it.
///
/// libzmq documents contexts as thread-safe, so one context may be shared by every thread of a process;
/// sockets are not, and each belongs to one thread (see ``ZMQSocket``).
///
/// Termination never waits on callers: ``terminate()`` first shuts the context down (every blocking call on
/// its sockets, in any thread, then fails with ``ZMQError/isTerminated``), closes the sockets still open, and
/// only then calls `zmq_ctx_term`. Because sockets are made with linger 0, nothing pending can hold it up either.
public final class ZMQContext: @unchecked Sendable {
    // @unchecked: `handle` is immutable and libzmq's context calls are thread-safe;
    // the mutable bookkeeping below is only touched under `lock`.
    let handle: UnsafeMutableRawPointer

    private let lock = NSLock()
    private var state = State.open
    private var nextSocketID = 0
    // Weak, so a forgotten socket still deinitialises (and closes itself) normally.
    private var openSockets: [Int: WeakSocket] = [:]

    private enum State { case open, terminating, terminated }

    private struct WeakSocket {
        weak var socket: ZMQSocket?
    }

    /// Creates a context with `ioThreads` background I/O threads (one is plenty below ~1 GB/s).
    public init(ioThreads: Int32 = 1) throws(ZMQError) {
        guard let handle = zmq_ctx_new() else { throw ZMQError.last("zmq_ctx_new") }
        self.handle = handle
        if zmq_ctx_set(handle, ZMQ_IO_THREADS, ioThreads) != 0 {
            let error = ZMQError.last("zmq_ctx_set(ZMQ_IO_THREADS, \(ioThreads))")
            zmq_ctx_term(handle)
            throw error
        }
    }

    deinit {
        // Every socket keeps its context alive, so by now none can be open and this cannot block.
        terminate()
    }

    /// Creates a socket of `type`, with linger set to 0 so closing it never waits for unsent messages.
    ///
    /// Throws a ``ZMQError`` whose ``ZMQError/isTerminated`` is true once ``terminate()`` has begun.
    public func makeSocket(_ type: SocketType) throws(ZMQError) -> ZMQSocket {
        lock.lock()
        defer { lock.unlock() }
        // Checked under the lock so no socket can slip in after terminate() took its snapshot.
        guard state == .open else { throw ZMQError(code: ZMQError.eterm, operation: "zmq_socket(\(type))") }
        guard let socketHandle = zmq_socket(handle, type.rawZMQType) else {
            throw ZMQError.last("zmq_socket(\(type))")
        }
        var zero: Int32 = 0
        if zmq_setsockopt(socketHandle, ZMQ_LINGER, &zero, MemoryLayout<Int32>.size) != 0 {
            let error = ZMQError.last("zmq_setsockopt(ZMQ_LINGER, 0)")
            zmq_close(socketHandle)
            throw error
        }
        let id = nextSocketID
        nextSocketID += 1
        let socket = ZMQSocket(context: self, id: id, type: type, handle: socketHandle)
        openSockets[id] = WeakSocket(socket: socket)
        return socket
    }

    /// Shuts the context down and releases it: `zmq_ctx_shutdown`, close the sockets still open, `zmq_ctx_term`.
    ///
    /// Safe to call from any thread and more than once; later calls return at once. A thread blocked in
    /// `receive`, `send` or `Poller.poll` on one of this context's sockets gets a ``ZMQError`` with
    /// ``ZMQError/isTerminated``, and any later use of those sockets throws the same.
    /// Closing your sockets first is still the tidy way; this only makes forgetting one harmless.
    public func terminate() {
        lock.lock()
        guard state == .open else {
            lock.unlock()
            return
        }
        state = .terminating
        let remaining = openSockets.values.compactMap(\.socket)
        openSockets.removeAll()
        lock.unlock()

        // Wakes blocked calls in other threads so they release their socket locks...
        zmq_ctx_shutdown(handle)
        // ...which lets us close their sockets safely; zmq_ctx_term would otherwise wait for them forever.
        for socket in remaining {
            socket.closeForTermination()
        }
        while zmq_ctx_term(handle) != 0 && zmq_errno() == EINTR {}

        lock.lock()
        state = .terminated
        lock.unlock()
    }

    /// Whether ``terminate()`` has been called.
    public var isTerminated: Bool {
        lock.lock()
        defer { lock.unlock() }
        return state != .open
    }

    func socketDidClose(id: Int) {
        lock.lock()
        openSockets[id] = nil
        lock.unlock()
    }
}
