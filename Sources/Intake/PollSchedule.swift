import Foundation

/// When each feed is polled next: every `every` seconds while it answers, and after errors less and less
/// often (twice the wait per error in a row, up to `maximumBackoff`), so a broken feed costs little and a
/// feed that recovers is read again within the hour. A 304 is success: the feed answered, with nothing new.
public struct PollSchedule: Sendable, Hashable {
    public var maximumBackoff: TimeInterval

    public init(maximumBackoff: TimeInterval = 3600) {
        self.maximumBackoff = maximumBackoff
    }

    /// Whether `status`'s feed should be polled at `now` (a feed never polled is due at once).
    public func isDue(_ status: FeedStatus, now: Date) -> Bool {
        guard let next = status.nextPoll else { return true }
        return next <= now
    }

    /// The status after a poll that answered (200 with a feed, or 304).
    public func succeeded(_ status: FeedStatus, every: TimeInterval, now: Date, etag: String?, lastModified: String?) -> FeedStatus {
        var next = status
        next.polls += 1
        next.lastPoll = now
        next.lastSuccess = now
        next.consecutiveErrors = 0
        next.lastError = nil
        if let etag { next.etag = etag }
        if let lastModified { next.lastModified = lastModified }
        next.nextPoll = now.addingTimeInterval(every)
        return next
    }

    /// The status after a poll that failed: `error` says why; the wait doubles per failure in a row.
    public func failed(_ status: FeedStatus, every: TimeInterval, now: Date, error: String) -> FeedStatus {
        var next = status
        next.polls += 1
        next.lastPoll = now
        next.consecutiveErrors += 1
        next.lastError = error
        next.nextPoll = now.addingTimeInterval(backoff(every: every, errors: next.consecutiveErrors))
        return next
    }

    /// The wait after `errors` failures in a row: `every` × 2^errors, at most `maximumBackoff` (but never less
    /// than `every`: a feed polled daily is not polled more often for failing).
    public func backoff(every: TimeInterval, errors: Int) -> TimeInterval {
        guard errors > 0 else { return every }
        let factor = pow(2, Double(min(errors, 20)))
        return max(every, min(every * factor, maximumBackoff))
    }
}
