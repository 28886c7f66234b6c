import Foundation

/// A feed the ingester polls, and how often.
public struct FeedSubscription: Sendable, Hashable, Codable {
    public var url: String
    /// Seconds between polls while the feed answers.
    public var every: TimeInterval

    public static let defaultEvery: TimeInterval = 15 * 60
    public static let minimumEvery: TimeInterval = 1

    public init(url: String, every: TimeInterval = FeedSubscription.defaultEvery) {
        self.url = url
        self.every = every
    }

    /// "90s", "15m", "2h", "1d", or bare seconds ("600"); nil for anything else.
    public static func duration(_ text: String) -> TimeInterval? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let last = trimmed.last else { return nil }
        let units: [Character: TimeInterval] = ["s": 1, "m": 60, "h": 3600, "d": 86400]
        if let unit = units[last] {
            guard let value = Double(trimmed.dropLast()), value > 0 else { return nil }
            return value * unit
        }
        guard let value = Double(trimmed), value > 0 else { return nil }
        return value
    }

    /// A duration as `duration` reads it back: "15m", "2h", "90s".
    public static func describe(_ seconds: TimeInterval) -> String {
        let whole = Int(seconds.rounded())
        if whole % 86400 == 0 { return "\(whole / 86400)d" }
        if whole % 3600 == 0 { return "\(whole / 3600)h" }
        if whole % 60 == 0 { return "\(whole / 60)m" }
        return "\(whole)s"
    }
}

/// How a feed has fared: what `feeds list` and `status` show, and what conditional GET and backoff need.
public struct FeedStatus: Sendable, Hashable, Codable {
    public var url: String
    public var title: String?
    public var etag: String?
    public var lastModified: String?
    public var lastPoll: Date?
    public var lastSuccess: Date?
    public var nextPoll: Date?
    /// Polls in a row that failed; 0 after one that did not.
    public var consecutiveErrors = 0
    /// The last poll's problem, or the last page's (nil once a poll went well and every new page read).
    public var lastError: String?
    /// Articles this feed has given, and pages that could not be read.
    public var items = 0
    public var pageErrors = 0
    public var polls = 0

    public init(url: String) {
        self.url = url
    }
}
