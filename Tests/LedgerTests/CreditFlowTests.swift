import Foundation
import Ingestion
import Ledger
import NewsModel
import Testing

/// Issue 10: a clean ingest with `--resend-after 5` re-sent 3,272 times for 3,786 articles, because the re-send clock
/// started when an article left the ingester and ran while it waited in the extractors' queues. It now starts when an
/// extractor takes the article; untaken articles have a clock of their own, and a window keeps queues short.
@Suite("Ingest ledger: taken reports, the send window, refusals")
struct CreditFlowTests {
    private func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ledger-credit-\(UUID().uuidString)")
    }

    private func articles(_ count: Int) -> [Article] {
        (0..<count).map { Article(title: "Report \($0)", text: "Officials in town number \($0) said roads were closed.") }
    }

    private let start = Date(timeIntervalSince1970: 2_000_000)

    @Test("the re-send clock of a taken article starts when it is taken, not when it was sent")
    func clockStartsWhenTaken() throws {
        let directory = folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let ledger = try IngestLedger(journal: Journal(directory: directory), resendAfter: 5, untakenAfter: 60)
        let id = try #require(try ledger.submit(articles(1)).first?.id)
        ledger.markSent(id, now: start)
        #expect(try ledger.due(now: start.addingTimeInterval(30)).isEmpty, "queued 30 s, untaken: not due before 60 s")
        #expect(ledger.markTaken([id], now: start.addingTimeInterval(30)) == 1)
        #expect(try ledger.due(now: start.addingTimeInterval(34)).isEmpty, "4 s after it was taken")
        let again = try ledger.due(now: start.addingTimeInterval(35))
        #expect(again.map(\.attempt) == [2], "5 s after it was taken")
        #expect(ledger.counters.taken == 1)
    }

    @Test("an article sent and never taken (lost with a dead extractor) is sent again after the untaken timeout")
    func untakenIsResent() throws {
        let directory = folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let ledger = try IngestLedger(journal: Journal(directory: directory), resendAfter: 2, untakenAfter: 30)
        let id = try #require(try ledger.submit(articles(1)).first?.id)
        ledger.markSent(id, now: start)
        #expect(try ledger.due(now: start.addingTimeInterval(29)).isEmpty)
        #expect(try ledger.due(now: start.addingTimeInterval(30)).map(\.article.id) == [id])
    }

    @Test("a re-send is untaken again: its clock waits for the next taken report")
    func resendResetsTaken() throws {
        let directory = folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let ledger = try IngestLedger(journal: Journal(directory: directory), resendAfter: 2, untakenAfter: 30)
        let id = try #require(try ledger.submit(articles(1)).first?.id)
        ledger.markSent(id, now: start)
        ledger.markTaken([id], now: start)
        ledger.markSent(id, now: start.addingTimeInterval(2))
        #expect(try ledger.due(now: start.addingTimeInterval(10)).isEmpty)
    }

    @Test("at most `window` articles are out untaken; each taken report makes room for one more")
    func window() throws {
        let directory = folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let ledger = try IngestLedger(journal: Journal(directory: directory), resendAfter: 5, untakenAfter: 30)
        let ids = try ledger.submit(articles(10)).compactMap(\.id)
        let first = try ledger.due(now: start, window: 4)
        #expect(first.map(\.article.id) == Array(ids.prefix(4)))
        for message in first { ledger.markSent(message.article.id, now: start) }
        #expect(try ledger.due(now: start, window: 4).isEmpty, "the window is full")
        #expect(ledger.outUntaken(now: start) == 4)
        ledger.markTaken([ids[0]], now: start)
        #expect(try ledger.due(now: start, window: 4).map(\.article.id) == [ids[4]])
        #expect(try ledger.due(now: start.addingTimeInterval(31), window: 4).count == 4,
                "past the untaken timeout the slots are free again (and those articles due)")
    }

    @Test("taken reports for ids not pending or never sent change nothing")
    func strayTaken() throws {
        let directory = folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let ledger = try IngestLedger(journal: Journal(directory: directory), resendAfter: 5)
        let id = try #require(try ledger.submit(articles(1)).first?.id)
        #expect(ledger.markTaken(["unknown", id], now: start) == 0, "not sent yet")
        #expect(ledger.counters.taken == 0)
    }

    @Test("an article given up on says how often it was taken: as often as sent means extraction crashed each time")
    func givenUpWithTakes() throws {
        let directory = folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let ledger = try IngestLedger(journal: Journal(directory: directory), resendAfter: 1, maxAttempts: 2, untakenAfter: 1)
        let id = try #require(try ledger.submit(articles(1)).first?.id)
        var now = start
        for _ in 0..<2 {
            _ = try ledger.due(now: now)
            ledger.markSent(id, now: now)
            ledger.markTaken([id], now: now)
            now = now.addingTimeInterval(2)
        }
        #expect(try ledger.due(now: now).isEmpty)
        let given = ledger.takeGivenUp()
        #expect(given.map(\.article.id) == [id])
        #expect(given.first?.takes == 2)
        #expect(given.first?.attempts == 2)
        #expect(ledger.takeGivenUp().isEmpty, "taken once")
    }

    @Test("a refused article is not sent again, also after a restart; re-submitting it is a duplicate")
    func refused() throws {
        let directory = folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let batch = articles(2)
        let ids: [String]
        do {
            let ledger = try IngestLedger(journal: Journal(directory: directory), resendAfter: 5)
            ids = try ledger.submit(batch).compactMap(\.id)
            #expect(try ledger.refuse([ids[0], "unknown", ids[0]]) == [ids[0]])
            #expect(ledger.counters.refused == 1)
            #expect(try ledger.due(now: start).map(\.article.id) == [ids[1]])
        }
        let reopened = try IngestLedger(journal: Journal(directory: directory), resendAfter: 5)
        #expect(try reopened.due(now: start).map(\.article.id) == [ids[1]])
        #expect(try reopened.submit([batch[0]]).first?.status == .duplicate)
    }
}
