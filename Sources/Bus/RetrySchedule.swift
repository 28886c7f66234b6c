/// When to try a request again that got no answer: growing pauses, within a bounded time.
///
/// Pauses double from `firstPause` up to `longestPause`; no new attempt starts once `budget` seconds have passed
/// since the first. A value, so the schedule is tested without sockets or clocks.
public struct RetrySchedule: Sendable, Equatable {
    public var budget: Double
    public var firstPause: Double
    public var longestPause: Double

    public init(budget: Double, firstPause: Double = 0.25, longestPause: Double = 4) {
        self.budget = max(0, budget)
        self.firstPause = max(0, firstPause)
        self.longestPause = max(firstPause, longestPause)
    }

    /// The pause after attempt `attempt` (1 = the first) failed.
    public func pause(afterAttempt attempt: Int) -> Double {
        guard attempt >= 1 else { return 0 }
        var pause = firstPause
        for _ in 1..<min(attempt, 32) { pause *= 2 }
        return min(pause, longestPause)
    }

    /// Whether another attempt may start `elapsed` seconds after the first began (its pause already taken).
    public func allowsAttempt(elapsed: Double) -> Bool { elapsed < budget }
}
