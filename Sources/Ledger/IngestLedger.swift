import Foundation
import Ingestion
import NewsModel
import OrderedCollections

/// The ingester's bookkeeping, apart from its sockets: which articles it has accepted, which are still owed an
/// acknowledgement from the store, and which are due to be sent (again).
///
/// Delivery is at-least-once: an article is sent, and sent again every `resendAfter` until the store acknowledges
/// it. The store upserts by id, which makes the end result exactly-once.
///
/// Not thread-safe: one ingester loop owns it.
public final class IngestLedger {
    private struct Pending {
        var article: Article
        var attempts: Int
        var lastSent: Date?
    }

    private let journal: Journal
    private let resendAfter: TimeInterval
    /// Sends after which an article is given up on. An article that crashes every extractor that takes it would
    /// otherwise be re-sent forever, taking the extractors down with it each time.
    public let maxAttempts: Int
    private var abandoned: Set<String> = []
    /// In order of acceptance, so sends and re-sends go oldest first.
    private var pending: OrderedDictionary<String, Pending> = [:]
    private var acknowledged: Set<String> = []
    private var stats = Counters()

    /// What `status` shows for the ingester.
    public struct Counters: Sendable, Equatable {
        public var received = 0
        public var accepted = 0
        public var duplicates = 0
        public var rejected = 0
        public var sent = 0
        public var resent = 0
        public var acknowledged = 0
        public var recovered = 0
        public var abandoned = 0
        public var damagedJournalLines = 0
        /// Acknowledged ids this ingester never accepted (or already forgot): ignored, never journaled.
        public var unknownAcknowledgements = 0
    }

    /// Opens the journal and recovers what it holds: accepted but unacknowledged articles become due at once.
    public init(journal: Journal, resendAfter: TimeInterval, maxAttempts: Int = 5) throws {
        self.journal = journal
        self.resendAfter = resendAfter
        self.maxAttempts = max(1, maxAttempts)
        let contents = try journal.read()
        acknowledged = contents.acknowledged
        abandoned = contents.abandoned.subtracting(contents.acknowledged)
        stats.damagedJournalLines = contents.damagedLines
        stats.acknowledged = contents.acknowledged.count
        for article in contents.articles
        where !acknowledged.contains(article.id) && !abandoned.contains(article.id) && pending[article.id] == nil {
            pending[article.id] = Pending(article: article, attempts: 0, lastSent: nil)
        }
        stats.recovered = pending.count
    }

    public var counters: Counters {
        var current = stats
        current.acknowledged = acknowledged.count
        current.abandoned = abandoned.count
        return current
    }

    /// `status` counters as a dictionary for the wire.
    public var counterDictionary: [String: Int] {
        let c = counters
        return ["received": c.received, "accepted": c.accepted, "duplicates": c.duplicates, "rejected": c.rejected,
                "sent": c.sent, "resent": c.resent, "acknowledged": c.acknowledged, "pending": pending.count,
                "recovered": c.recovered, "abandoned": c.abandoned, "damaged_journal_lines": c.damagedJournalLines,
                "unknown_acknowledgements": c.unknownAcknowledgements]
    }

    public var pendingCount: Int { pending.count }

    /// Normalises, validates, de-duplicates and journals submitted articles.
    ///
    /// - Returns: one outcome per article, in order. Accepted articles are journaled (synced to disk) before this
    ///   returns, and are due to be sent.
    public func submit(_ articles: [Article]) throws -> [IngestOutcome] {
        var outcomes: [IngestOutcome] = []
        var fresh: [Article] = []
        var idsInThisBatch: Set<String> = []
        for (index, submitted) in articles.enumerated() {
            stats.received += 1
            let article: Article
            do {
                article = try ArticleNormalizer.prepare(submitted)
            } catch {
                stats.rejected += 1
                outcomes.append(IngestOutcome(index: index, id: nil, status: .rejected, error: error.reason))
                continue
            }
            if acknowledged.contains(article.id) || abandoned.contains(article.id) || pending[article.id] != nil
                || idsInThisBatch.contains(article.id) {
                stats.duplicates += 1
                outcomes.append(IngestOutcome(index: index, id: article.id, status: .duplicate))
                continue
            }
            idsInThisBatch.insert(article.id)
            fresh.append(article)
            outcomes.append(IngestOutcome(index: index, id: article.id, status: .accepted))
        }
        try journal.append(fresh)
        for article in fresh {
            pending[article.id] = Pending(article: article, attempts: 0, lastSent: nil)
        }
        stats.accepted += fresh.count
        return outcomes
    }

    /// Articles never sent, or sent more than `resendAfter` ago without an acknowledgement, oldest first.
    /// Each comes with the attempt number it would be sent as. Articles already sent `maxAttempts` times are
    /// given up on here (journaled, counted as abandoned) instead.
    public func due(now: Date, limit: Int = .max) throws -> [ArticleMessage] {
        var messages: [ArticleMessage] = []
        var givenUp: [String] = []
        for (id, entry) in pending {
            guard messages.count < limit else { break }
            if let lastSent = entry.lastSent, now.timeIntervalSince(lastSent) < resendAfter { continue }
            if entry.attempts >= maxAttempts {
                givenUp.append(id)
                continue
            }
            messages.append(ArticleMessage(article: entry.article, attempt: entry.attempts + 1))
        }
        if !givenUp.isEmpty {
            try journal.appendAbandoned(givenUp)
            abandoned.formUnion(givenUp)
            pending.removeAll { abandoned.contains($0.key) }
        }
        return messages
    }

    /// Ids given up on after `maxAttempts` sends, for the logs.
    public var abandonedIDs: Set<String> { abandoned }

    /// Records that the article went out on the socket.
    public func markSent(_ id: String, now: Date) {
        guard var entry = pending[id] else { return }
        entry.attempts += 1
        entry.lastSent = now
        pending[id] = entry
        if entry.attempts == 1 { stats.sent += 1 } else { stats.resent += 1 }
    }

    /// The store has these; stop sending them. Returns how many were newly acknowledged. Ids this ledger never
    /// accepted are ignored and counted (`unknownAcknowledgements`); a repeat changes nothing.
    @discardableResult
    public func acknowledge(_ ids: [String]) throws -> Int {
        // Only what this ledger accepted and still owes: an id it never accepted (a forged or stray ack, of any
        // length) is not journaled, so it cannot make a future article a "duplicate" or grow the journal.
        var seen = Set<String>()
        let new = ids.filter { id in
            guard seen.insert(id).inserted else { return false }
            if pending[id] != nil || abandoned.contains(id) { return true }
            if !acknowledged.contains(id) { stats.unknownAcknowledgements += 1 }
            return false
        }
        guard !new.isEmpty else { return 0 }
        try journal.appendAcknowledgements(new)
        acknowledged.formUnion(new)
        abandoned.subtract(new)
        // One pass over the pending articles for the whole acknowledgement: removing keys one by one from an
        // ordered dictionary costs a pass each.
        let done = Set(new)
        pending.removeAll { done.contains($0.key) }
        return new.count
    }
}
