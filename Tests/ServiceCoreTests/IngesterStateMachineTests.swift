import Foundation
import Ingestion
import Ledger
import NewsModel
import ServiceCore
import Testing

@Suite("Ingester policy")
struct IngesterStateMachineTests {
    /// A machine over a ledger journaling into a fresh folder; re-sends after 60 s, at most 2 attempts.
    static func makeMachine() throws -> (IngesterStateMachine, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ingester-sm-\(UUID().uuidString)")
        let ledger = try IngestLedger(journal: Journal(directory: folder), resendAfter: 60, maxAttempts: 2)
        return (IngesterStateMachine(ledger: ledger, instance: "ing-test", endpoint: "inproc://requests"), folder)
    }

    static func ingest(_ texts: [String], id: String = "r1") -> Data {
        WireCodec.encode(IngestRequest(articles: texts.map { Article(text: $0) }, requestID: id))
    }

    let start = Date(timeIntervalSince1970: 1_000_000)

    @Test("accepted articles are offered at once after the request, sent once, and re-sent after the wait")
    func sendAndResend() throws {
        var (machine, folder) = try Self.makeMachine()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = machine.due(now: start)
        let (reply, report) = machine.request(Self.ingest(["First article body.", "Second article body."]))
        #expect(report == .ingested(articles: 2, accepted: 2, requestID: "r1"))
        #expect(try WireCodec.decode(IngestReply.self, from: reply).results.map(\.status) == [.accepted, .accepted])
        let first = machine.due(now: start).articles
        #expect(first.count == 2, "a request makes the next turn look at once, not after the idle interval")
        for message in first { #expect(machine.sent(message, now: start) == nil) }
        #expect(machine.due(now: start.addingTimeInterval(30)).articles.isEmpty, "not due again before 60 s")
        let again = machine.due(now: start.addingTimeInterval(61)).articles
        #expect(again.map(\.attempt) == [2, 2])
        #expect(machine.sent(again[0], now: start.addingTimeInterval(61)) == .resent(id: again[0].article.id, attempt: 2))
    }

    @Test("between requests the ledger is looked at every busy interval while articles are pending")
    func pacing() throws {
        var (machine, folder) = try Self.makeMachine()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = machine.request(Self.ingest(["One article."]))
        #expect(machine.due(now: start).articles.count == 1)  // not marked sent: the socket was full
        #expect(machine.due(now: start.addingTimeInterval(0.01)).articles.isEmpty, "too soon")
        #expect(machine.due(now: start.addingTimeInterval(0.05)).articles.count == 1, "offered again after 50 ms")
    }

    @Test("acknowledged articles are not sent again; a bad acknowledgement is reported, not fatal")
    func acknowledgements() throws {
        var (machine, folder) = try Self.makeMachine()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = machine.request(Self.ingest(["Acknowledged soon."]))
        let sent = machine.due(now: start).articles
        _ = machine.sent(sent[0], now: start)
        #expect(machine.acknowledgement(WireCodec.encode(AckMessage(ids: [sent[0].article.id]))) == nil)
        #expect(machine.due(now: start.addingTimeInterval(120)).articles.isEmpty)
        guard case .badAcknowledgement(let error)? = machine.acknowledgement(Data("not json".utf8)) else {
            Issue.record("a malformed acknowledgement was not reported")
            return
        }
        #expect(error.code == .malformedRequest)
    }

    @Test("after the last attempt an article is given up on, and that is reported")
    func abandon() throws {
        var (machine, folder) = try Self.makeMachine()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = machine.request(Self.ingest(["Never acknowledged."]))
        var now = start
        for _ in 0..<2 {
            for message in machine.due(now: now).articles { _ = machine.sent(message, now: now) }
            now.addTimeInterval(61)
        }
        let (articles, reports) = machine.due(now: now)
        #expect(articles.isEmpty)
        #expect(reports == [.abandoned(total: 1, maxAttempts: 2)])
    }

    @Test("a ping answers with the ledger's counters; a wrong type gets an error naming it")
    func pingAndBadType() throws {
        var (machine, folder) = try Self.makeMachine()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = machine.request(Self.ingest(["Counted."]))
        let pong = try WireCodec.decode(PongMessage.self, from: machine.request(WireCodec.encode(PingMessage(requestID: "p"))).reply)
        #expect(pong.status.counters["accepted"] == 1)
        #expect(pong.status.instance == "ing-test")
        #expect(pong.requestID == "p")
        let (reply, report) = machine.request(WireCodec.encode(AckMessage(ids: ["x"])))
        let error = try WireCodec.decode(ErrorReply.self, from: reply)
        #expect(error.code == .unknownType)
        #expect(error.message.contains("'ack'"))
        #expect(report == .badRequest(error))
    }
}

/// Issue 10: the acks socket also carries `taken` (relayed by the store) and `nack` (refused by the store).
@Suite("Ingester: taken reports and refusals on the acks socket")
struct IngesterFlowMessageTests {
    func machine() throws -> (IngesterStateMachine, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ingester-flow-\(UUID().uuidString)")
        let ledger = try IngestLedger(journal: Journal(directory: folder), resendAfter: 5, maxAttempts: 2, untakenAfter: 5)
        return (IngesterStateMachine(ledger: ledger, instance: "ing-test", endpoint: "inproc://requests"), folder)
    }

    func ingestOne(_ machine: inout IngesterStateMachine) throws -> String {
        let (reply, _) = machine.request(WireCodec.encode(IngestRequest(articles: [Article(title: "T", text: "A town flooded.")])))
        return try #require(try WireCodec.decode(IngestReply.self, from: reply).results.first?.id)
    }

    @Test("a nack stops the re-sends of a pending article and is reported once; a nack for an unknown id is ignored")
    func nack() throws {
        var (machine, folder) = try machine()
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try ingestOne(&machine)
        let now = Date()
        for message in machine.due(now: now).articles { _ = machine.sent(message, now: now) }
        let nack = WireCodec.encode(NackMessage(items: [NackItem(id: id, reason: "content id mismatch"),
                                                        NackItem(id: "stranger", reason: "x")]))
        #expect(machine.acknowledgement(nack, now: now) == .refused([NackItem(id: id, reason: "content id mismatch")]))
        #expect(machine.acknowledgement(nack, now: now) == nil, "nothing left to refuse")
        #expect(machine.ledger.pendingCount == 0)
        #expect(machine.due(now: now.addingTimeInterval(100)).articles.isEmpty)
        #expect(machine.ledger.counterDictionary["refused"] == 1)
    }

    @Test("an article taken and never stored as often as it was sent becomes a dead letter saying extraction failed")
    func crashedExtractionIsDeadLettered() throws {
        var (machine, folder) = try machine()
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try ingestOne(&machine)
        var now = Date(timeIntervalSince1970: 3_000_000)
        for _ in 0..<2 {
            for message in machine.due(now: now).articles { _ = machine.sent(message, now: now) }
            #expect(machine.acknowledgement(WireCodec.encode(TakenMessage(ids: [id], extractor: "e1")), now: now) == nil)
            now = now.addingTimeInterval(6)
        }
        let (due, reports) = machine.due(now: now)
        #expect(due.isEmpty)
        #expect(reports.contains(.abandoned(total: 1, maxAttempts: 2)))
        let letters = machine.takeDeadLetters()
        #expect(letters.map(\.articleID) == [id])
        #expect(letters.first?.service == "ingester")
        #expect(letters.first?.reason.contains("extraction crashed or failed") == true)
    }

    @Test("another message type on the acks socket is a bad acknowledgement naming the three it takes")
    func wrongType() throws {
        var (machine, folder) = try machine()
        defer { try? FileManager.default.removeItem(at: folder) }
        guard case .badAcknowledgement(let error)? = machine.acknowledgement(WireCodec.encode(PingMessage())) else {
            Issue.record("refused")
            return
        }
        #expect(error.code == .unknownType)
        #expect(error.message.contains("'nack'"))
    }
}
