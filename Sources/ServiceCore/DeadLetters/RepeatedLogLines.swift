import Foundation

/// One log line per kind of complaint per interval, so a flood of bad messages cannot flood the log: the first of a
/// kind is logged at once; its repeats within `interval` are only counted, and the next line logged for that kind says
/// how many went unlogged. Kinds should come from a small set (an error code), since each is remembered.
public struct RepeatedLogLines: Sendable {
    public let interval: TimeInterval
    private var kinds: [String: (logged: Date, unlogged: Int)] = [:]

    public init(interval: TimeInterval = 10) {
        self.interval = interval
    }

    /// nil: stay quiet (counted). Otherwise log now, saying how many of this kind went unlogged since the last line.
    public mutating func shouldLog(_ kind: String, now: Date) -> Int? {
        if let seen = kinds[kind], now.timeIntervalSince(seen.logged) < interval {
            kinds[kind]?.unlogged += 1
            return nil
        }
        let unlogged = kinds[kind]?.unlogged ?? 0
        kinds[kind] = (now, 0)
        return unlogged
    }
}
