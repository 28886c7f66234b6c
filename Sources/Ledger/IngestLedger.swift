import Foundation
import Ingestion
import NewsModel
import OrderedCollections

/// The ingester's bookkeeping, apart from its sockets: which articles it has accepted, which are still owed an
/// acknowledgement from the store, and which are due to be sent (again).
///
/// Delivery is at-least-once: an article is sent, and sent again until the store acknowledges it. The store upserts
/// by id, which makes the end result exactly-once.
///
/// The re-send clock starts when an extractor reports that it took the article (`taken`): time spent queued
/// behind others is not counted, so `resendAfter` can be a few seconds. An article sent and never reported taken
/// (lost with an extractor that died, or sent to an extractor that does not report) is sent again after
/// `untakenAfter`. At most `window` articles are out and not yet taken at a time, so queues stay short and an
/// untaken article has not waited long for an innocent reason.
///
/// Not thread-safe: one ingester loop owns it.
public final class IngestLedger {
    private struct Pending {
        var article: Article
        var attempts: Int
        var lastSent: Date?
        /// When an extractor last reported taking it since it was last sent.
        var taken: Date?
        /// How many times extractors reported taking it: an article taken again and again and never stored is
        /// one that crashes (or fails in) extraction.
        var takes = 0
    }

    private let journal: Journal
    private let resendAfter: TimeInterval
    private let untakenAfter: TimeInterval
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
        /// Reports of articles taken by an extractor.
        public var taken = 0
        /// Articles the store refused (nacked): dead-lettered there, not sent again.
        public var refused = 0
    }

    /// Opens the journal and recovers what it holds: accepted but unacknowledged articles become due at once.
    /// - Parameter untakenAfter: seconds before an article sent and never reported taken is sent again; nil: `resendAfter`.
    public init(journal: Journal, resendAfter: TimeInterval, maxAttempts: Int = 5, untakenAfter: TimeInterval? = nil) throws {
        self.journal = journal
        self.resendAfter = resendAfter
        self.untakenAfter = max(resendAfter, untakenAfter ?? resendAfter)
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
                "unknown_acknowledgements": c.unknownAcknowledgements,
                "taken": c.taken, "refused": c.refused, "out_untaken": outUntaken(now: Date())]
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

    /// Articles never sent, taken more than `resendAfter` ago, or sent and not taken for `untakenAfter`, all
    /// without an acknowledgement, oldest first; at most as many as leave `window` articles out and untaken.
    /// Each comes with the attempt number it would be sent as. Articles already sent `maxAttempts` times are
    /// given up on here (journaled, counted as abandoned, returned by ``takeGivenUp()``) instead.
    public func due(now: Date, limit: Int = .max, window: Int = .max) throws -> [ArticleMessage] {
        var messages: [ArticleMessage] = []
        var givenUp: [String] = []
        let room = window == .max ? Int.max : max(0, window - outUntaken(now: now))
        let limit = min(limit, room)
        for (id, entry) in pending {
            guard messages.count < limit else { break }
            if let lastSent = entry.lastSent {
                let waited = now.timeIntervalSince(entry.taken ?? lastSent)
                if waited < (entry.taken == nil ? untakenAfter : resendAfter) { continue }
            }
            if entry.attempts >= maxAttempts {
                givenUp.append(id)
                lastGivenUp.append(GivenUp(article: entry.article, attempts: entry.attempts, takes: entry.takes))
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

    /// An article given up on, with what is known of why.
    public struct GivenUp: Sendable, Equatable {
        public var article: Article
        public var attempts: Int
        /// Times an extractor took it: as many as the attempts means extraction never finished (it crashes the
        /// extractor, or the result never reached the store); none means no extractor ever took it.
        public var takes: Int
    }

    private var lastGivenUp: [GivenUp] = []

    /// The articles given up on since the last call, for dead letters.
    public func takeGivenUp() -> [GivenUp] {
        defer { lastGivenUp.removeAll() }
        return lastGivenUp
    }

    /// Articles sent, not yet reported taken, and not yet due again: what the window counts.
    public func outUntaken(now: Date) -> Int {
        pending.values.reduce(0) { count, entry in
            guard let lastSent = entry.lastSent, entry.taken == nil,
                  now.timeIntervalSince(lastSent) < untakenAfter else { return count }
            return count + 1
        }
    }

    /// Extractors took these articles: their re-send clocks start now. Ids not pending (acknowledged already,
    /// unknown, or never sent) are ignored. Returns how many were pending.
    @discardableResult
    public func markTaken(_ ids: [String], now: Date) -> Int {
        var marked = 0
        for id in ids {
            guard var entry = pending[id], entry.lastSent != nil else { continue }
            entry.taken = now
            entry.takes += 1
            pending[id] = entry
            marked += 1
        }
        stats.taken += marked
        return marked
    }

    /// The store refused these articles and dead-lettered them: stop sending them, for good (journaled as given
    /// up, so a restart does not send them again; submitting the same content again is a duplicate). Ids not
    /// pending are ignored. Returns the ids refused.
    @discardableResult
    public func refuse(_ ids: [String]) throws -> [String] {
        var seen = Set<String>()
        let refused = ids.filter { pending[$0] != nil && seen.insert($0).inserted }
        guard !refused.isEmpty else { return [] }
        try journal.appendAbandoned(refused)
        abandoned.formUnion(refused)
        pending.removeAll { seen.contains($0.key) }
        stats.refused += refused.count
        return refused
    }

    /// Records that the article went out on the socket.
    public func markSent(_ id: String, now: Date) {
        guard var entry = pending[id] else { return }
        entry.attempts += 1
        entry.lastSent = now
        entry.taken = nil
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
