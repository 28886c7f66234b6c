import Foundation
import Intake
import Logging
import NewsModel
import ServiceSupport
import WebFetch

/// The ingester's feed thread: reloads the feed list (journal folder, `feeds.json`) when it changes, polls each
/// feed when `PollSchedule` says it is due, hands new items' articles to the ledger through the `IntakeQueue`,
/// and records what it saw (`feeds-seen.txt`) and how each feed fared (`feeds-status.json`) once they are journaled.
struct FeedPollerLoop: Sendable {
    let store: FeedStore
    let intake: WebIntake
    let queue: IntakeQueue
    let logger: Logger

    func run(until stop: StopSignal) throws {
        var subscriptions: [FeedSubscription] = []
        var loadedAt: Date?
        var statuses = store.statuses()
        var seen = store.seen()
        var reported = false
        while !stop.isStopped {
            let modified = store.subscriptionsModified()
            if modified != loadedAt || (modified == nil && !subscriptions.isEmpty) {
                do {
                    subscriptions = try store.subscriptions()
                    loadedAt = modified
                    reported = false
                    logger.info("feed list loaded", metadata: ["feeds": .stringConvertible(subscriptions.count)])
                } catch {
                    if !reported { logger.error("feed list unreadable; keeping the last one", metadata: ["error": .string("\(error)")]) }
                    reported = true
                }
            }
            let now = Date()
            for subscription in subscriptions where !stop.isStopped {
                let status = statuses[subscription.url] ?? FeedStatus(url: subscription.url)
                guard intake.schedule.isDue(status, now: now) else { continue }
                let seenNow = seen
                let intake = self.intake
                var poll = waitFor { await intake.poll(subscription, status: status, seen: seenNow) }
                if !poll.articles.isEmpty {
                    guard let reply = queue.submit(poll.articles) else { return } // the loop has stopped
                    let journaled = reply.results.filter { $0.status != .rejected }.count
                    poll.status.items += reply.results.filter { $0.status == .accepted }.count
                    if journaled < poll.articles.count, let rejected = reply.results.first(where: { $0.status == .rejected }) {
                        poll.status.lastError = "article rejected: \(rejected.error ?? "no reason given")"
                    }
                }
                do {
                    try store.markSeen(poll.taken)
                    seen.formUnion(poll.taken)
                } catch {
                    logger.error("cannot record seen feed items", metadata: ["error": .string("\(error)")])
                }
                statuses[subscription.url] = poll.status
                log(poll)
            }
            // Feeds no longer subscribed keep no status.
            let urls = Set(subscriptions.map(\.url))
            statuses = statuses.filter { urls.contains($0.key) }
            do { try store.save(statuses: statuses) } catch {
                logger.error("cannot write feed status", metadata: ["error": .string("\(error)")])
            }
            queue.setCounters([
                "feeds": subscriptions.count,
                "feed_items": statuses.values.reduce(0) { $0 + $1.items },
                "feeds_failing": statuses.values.filter { $0.consecutiveErrors > 0 }.count,
                "feed_page_errors": statuses.values.reduce(0) { $0 + $1.pageErrors },
            ])
            // A second between looks: due times are minutes apart, and a changed feed list is seen at once.
            for _ in 0..<10 where !stop.isStopped { Thread.sleep(forTimeInterval: 0.1) }
        }
    }

    private func log(_ poll: WebIntake.Poll) {
        var metadata: Logger.Metadata = ["feed": .string(poll.status.url), "articles": .stringConvertible(poll.articles.count)]
        if poll.status.consecutiveErrors > 0, let error = poll.status.lastError {
            metadata["error"] = .string(error)
            metadata["errors_in_a_row"] = .stringConvertible(poll.status.consecutiveErrors)
            logger.warning("feed poll failed", metadata: metadata)
            return
        }
        for (link, reason) in poll.pageErrors {
            logger.warning("feed item unreadable", metadata: ["feed": .string(poll.status.url), "page": .string(link), "error": .string(reason)])
        }
        logger.info("feed polled", metadata: metadata)
    }
}
