import Foundation
import Synchronization

/// CPU time of the upsert's phases, summed over calls, when the benchmark asks (`newswire-store-bench build
/// --profile`): where a write's time goes without SQLite's profile callback, whose durations are wall clock.
public enum UpsertPhases {
    private static let totals = Mutex<[String: Double]>([:])
    private static let enabled = Atomic<Bool>(false)

    public static func start() {
        totals.withLock { $0 = [:] }
        enabled.store(true, ordering: .relaxed)
    }

    /// Phase name and CPU seconds, largest first; stops the timing.
    public static func stop() -> [(phase: String, seconds: Double)] {
        enabled.store(false, ordering: .relaxed)
        return totals.withLock { $0.map { ($0.key, $0.value) }.sorted { $0.1 > $1.1 } }
    }

    /// Runs `body`, adding this thread's CPU time to `phase` when timing is on.
    static func time<T>(_ phase: String, _ body: () throws -> T) rethrows -> T {
        guard enabled.load(ordering: .relaxed) else { return try body() }
        let start = threadCPU()
        defer {
            let spent = threadCPU() - start
            totals.withLock { $0[phase, default: 0] += spent }
        }
        return try body()
    }

    private static func threadCPU() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
