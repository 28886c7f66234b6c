import Foundation
import Synchronization

/// The ZAP handler of one context: a REP socket bound to `inproc://zeromq.zap.01` on a thread of its own, answering
/// libzmq's authentication requests with a ``ZAPPolicy``.
///
/// Start it before any CURVE server socket of the context binds: libzmq admits every client while no handler is bound.
/// It stops with ``stop()`` or when the context terminates.
public final class ZAPHandler: Sendable {
    /// The endpoint RFC 27 fixes for a context's handler.
    public static let endpoint = "inproc://zeromq.zap.01"

    /// One decision, for the caller's log.
    public struct Decision: Sendable {
        public var request: ZAPRequest
        public var reply: ZAPReply
    }

    private let stopped = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)

    private init() {}

    /// Binds the handler's socket (so when this returns, authentication is in force) and starts answering.
    /// - Parameter observe: called on the handler's thread with every decision.
    public static func start(context: ZMQContext, policy: ZAPPolicy,
                             observe: @escaping @Sendable (Decision) -> Void = { _ in }) throws(ZMQError) -> ZAPHandler {
        let handler = ZAPHandler()
        let bound = DispatchSemaphore(value: 0)
        let failure = Mutex<ZMQError?>(nil)
        let thread = Thread {
            defer { handler.finished.signal() }
            let socket: ZMQSocket
            do throws(ZMQError) {
                socket = try context.makeSocket(.rep)
                socket.receiveTimeout = 200
                try socket.bind(endpoint)
            } catch {
                failure.withLock { $0 = error }
                bound.signal()
                return
            }
            bound.signal()
            defer { socket.close() }
            handler.serve(socket, policy: policy, observe: observe)
        }
        thread.name = "zap-handler"
        thread.start()
        bound.wait()
        if let error = failure.withLock({ $0 }) { throw error }
        return handler
    }

    private func serve(_ socket: ZMQSocket, policy: ZAPPolicy, observe: (Decision) -> Void) {
        while !stopped.load(ordering: .acquiring) {
            let frames: [[UInt8]]
            do {
                guard let received = try socket.receiveMultipart() else { continue }
                frames = received
            } catch {
                return  // the context was terminated or the socket closed
            }
            let request = ZAPRequest(frames: frames)
            let reply = request.map(policy.decide) ?? .malformed(requestID: frames.count > 1 ? frames[1] : [])
            // REP must answer every request, or it cannot receive the next
            guard (try? socket.send(frames: reply.frames)) != nil else { return }
            if let request { observe(Decision(request: request, reply: reply)) }
        }
    }

    /// Stops answering and waits for the thread to close its socket (within one receive timeout).
    public func stop() {
        guard !stopped.exchange(true, ordering: .acquiringAndReleasing) else { return }
        finished.wait()
    }
}
