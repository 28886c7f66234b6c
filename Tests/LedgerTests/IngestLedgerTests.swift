import Foundation
import Ingestion
import Ledger
import NewsModel
import Testing

@Suite("Ingest ledger and journal")
struct IngestLedgerTests {
    private func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ledger-tests-\(UUID().uuidString)")
    }

    private let flood = Article(title: "Flood", text: "Floods hit Dhaka on Monday, officials said.")
    private let strike = Article(title: "Strike", text: "Dockworkers in Rotterdam went on strike.")

    @Test("new articles are accepted, repeats are duplicates, empty ones are rejected with a reason")
    func outcomes() throws {
        let directory = folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let ledger = try IngestLedger(journal: Journal(directory: directory), resendAfter: 30)
        var respaced = flood
        respaced.text = "Floods  hit Dhaka on Monday,\r\nofficials said.  "
        let outcomes = try ledger.submit([flood, Article(text: "  \n "), respaced, strike])
        #expect(outcomes.map(\.status) == [.accepted, .rejected, .duplicate, .accepted])
        #expect(outcomes[1].error?.isEmpty == false)
        #expect(outcomes[2].id == outcomes[0].id, "the same content, differently spaced, is one article")
        #expect(outcomes.map(\.index) == [0, 1, 2, 3])
        let again = try ledger.submit([strike])
        #expect(again[0].status == .duplicate)
        #expect(ledger.counters.accepted == 2)
        #expect(ledger.counters.duplicates == 2)
        #expect(ledger.counters.rejected == 1)
    }

    @Test("an article is due until sent, then again after resendAfter, until acknowledged")
    func resendUntilAcknowledged() throws {
        let directory = folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let ledger = try IngestLedger(journal: Journal(directory: directory), resendAfter: 30)
        let id = try #require(try ledger.submit([flood]).first?.id)
        let start = Date(timeIntervalSince1970: 1_000_000)
        #expect(try ledger.due(now: start).map(\.article.id) == [id])
        #expect(try ledger.due(now: start).first?.attempt == 1)
        ledger.markSent(id, now: start)
        #expect(try ledger.due(now: start.addingTimeInterval(29)).isEmpty)
        let resend = try ledger.due(now: start.addingTimeInterval(31))
        #expect(resend.map(\.article.id) == [id])
        #expect(resend.first?.attempt == 2)
        ledger.markSent(id, now: start.addingTimeInterval(31))
        #expect(ledger.counters.resent == 1)
        #expect(try ledger.acknowledge([id]) == 1)
        #expect(try ledger.acknowledge([id]) == 0, "a repeated acknowledgement changes nothing")
        #expect(try ledger.due(now: start.addingTimeInterval(1000)).isEmpty)
        #expect(ledger.pendingCount == 0)
        #expect(try ledger.submit([flood]).first?.status == .duplicate, "stored content stays a duplicate")
    }

    @Test("an article that is never acknowledged is given up on after maxAttempts sends, also across a restart")
    func poisonArticle() throws {
        let directory = folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let ledger = try IngestLedger(journal: Journal(directory: directory), resendAfter: 10, maxAttempts: 3)
        let id = try #require(try ledger.submit([flood]).first?.id)
        var now = Date(timeIntervalSince1970: 0)
        for attempt in 1...3 {
            let due = try ledger.due(now: now)
            #expect(due.map(\.attempt) == [attempt])
            ledger.markSent(id, now: now)
            now = now.addingTimeInterval(11)
        }
        #expect(try ledger.due(now: now).isEmpty)
        #expect(ledger.counters.abandoned == 1)
        #expect(ledger.pendingCount == 0)
        let reopened = try IngestLedger(journal: Journal(directory: directory), resendAfter: 10, maxAttempts: 3)
        #expect(reopened.pendingCount == 0, "an abandoned article stays abandoned")
        #expect(reopened.counters.abandoned == 1)
        #expect(try reopened.submit([flood]).first?.status == .duplicate)
    }

    @Test("after a restart, accepted but unacknowledged articles are sent again; acknowledged ones are not")
    func recovery() throws {
        let directory = folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let ids: [String]
        do {
            let ledger = try IngestLedger(journal: Journal(directory: directory), resendAfter: 30)
            ids = try ledger.submit([flood, strike]).compactMap(\.id)
            try ledger.acknowledge([ids[0]])
        }
        let reopened = try IngestLedger(journal: Journal(directory: directory), resendAfter: 30)
        #expect(reopened.counters.recovered == 1)
        #expect(try reopened.due(now: Date()).map(\.article.id) == [ids[1]])
        #expect(try reopened.submit([flood]).first?.status == .duplicate)
    }

    @Test("a journal line cut short by a crash is skipped and counted, the rest recovered")
    func damagedJournal() throws {
        let directory = folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let journal = try Journal(directory: directory)
        let ledger = try IngestLedger(journal: journal, resendAfter: 30)
        _ = try ledger.submit([flood])
        let handle = try FileHandle(forWritingTo: journal.articlesURL)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"id":"abc","text":"cut sho"#.utf8))
        try handle.close()
        let reopened = try IngestLedger(journal: Journal(directory: directory), resendAfter: 30)
        #expect(reopened.counters.damagedJournalLines == 1)
        #expect(reopened.pendingCount == 1)
        _ = try reopened.submit([strike])
        let again = try IngestLedger(journal: Journal(directory: directory), resendAfter: 30)
        #expect(again.pendingCount == 2, "the article written after the damaged line is intact")
        #expect(again.counters.damagedJournalLines == 1)
    }
}

/// Issue 10: a forged ack for an article's id made the ingester call that article a duplicate forever, and a 10 MB
/// ack id was journaled.
@Suite("Acknowledgements the ingester never asked for")
struct UnknownAcknowledgementTests {
    @Test("an ack for an id never accepted is ignored: not journaled, counted, and the content can still come in")
    func unknownIDs() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let article = Article(title: "Flood", text: "The river rose in the night.")
        let id = ContentID.of(article)
        let huge = String(repeating: "f", count: 1_000_000)
        do {
            let ledger = try IngestLedger(journal: Journal(directory: directory), resendAfter: 30)
            #expect(try ledger.acknowledge([id, huge, id]) == 0)
            #expect(ledger.counters.unknownAcknowledgements == 2)
            #expect(ledger.counterDictionary["unknown_acknowledgements"] == 2)
        }
        let journalBytes = try FileManager.default.contentsOfDirectory(atPath: directory.path).reduce(0) { total, name in
            total + ((try? FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(name).path)[.size] as? Int) ?? 0)
        }
        #expect(journalBytes < 1_000, "nothing of the huge id was journaled")
        let reopened = try IngestLedger(journal: Journal(directory: directory), resendAfter: 30)
        #expect(try reopened.submit([article]).first?.status == .accepted, "the forged ack made it no duplicate")
        #expect(try reopened.acknowledge([id]) == 1, "once accepted, its ack counts")
    }
}
