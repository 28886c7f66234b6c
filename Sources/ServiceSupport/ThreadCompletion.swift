import Dispatch
import Synchronization

/// How a loop started on a thread of its own ended: whether it has, and the error it stopped with.
public final class ThreadCompletion: Sendable {
    private let state = Mutex<(finished: Bool, failure: (any Error)?)>((false, nil))
    private let done = DispatchSemaphore(value: 0)

    public init() {}

    public var finished: Bool { state.withLock { $0.finished } }
    public var failure: (any Error)? { state.withLock { $0.failure } }

    public func fail(_ error: any Error) {
        state.withLock { $0.failure = error }
    }

    /// The loop returned (call once).
    public func finish() {
        state.withLock { $0.finished = true }
        done.signal()
    }

    /// Blocks until ``finish()``.
    public func wait() {
        guard !finished else { return }
        done.wait()
        done.signal()
    }
}
