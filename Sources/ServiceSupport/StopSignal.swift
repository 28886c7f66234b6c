import Synchronization

/// Tells a blocking socket loop, which runs on a thread of its own, that it is time to drain and return.
/// The loop checks it between polls (every poll has a short timeout), so a stop takes effect within one poll.
public final class StopSignal: Sendable {
    private let stopped = Atomic<Bool>(false)

    public init() {}

    public var isStopped: Bool { stopped.load(ordering: .acquiring) }

    public func stop() {
        stopped.store(true, ordering: .releasing)
    }
}
