import Foundation
import Ingestion
import NewsModel
import ServiceCore
import Testing

@Suite("Store batch-and-ack policy")
struct StoreStateMachineTests {
    /// An article named `name` in the tests, with its real content id (the store refuses any other).
    static func article(_ name: String) -> Article {
        var article = Article(text: "Text of \(name).")
        article.id = ContentID.of(article)
        return article
    }

    static func id(_ name: String) -> String { article(name).id }

    static func result(_ name: String) -> Data {
        let article = article(name)
        return WireCodec.encode(ExtractionMessage(article: article, extraction: Extraction(article: article.metadata),
                                                  extractor: "e1", elapsedMicroseconds: 10))
    }

    let now = Date(timeIntervalSince1970: 1_000_000)

    @Test("results are gathered up to the batch size, then no more are asked for")
    func boundedBatch() throws {
        var machine = StoreStateMachine(maxBatch: 3)
        for id in ["a", "b", "c"] {
            #expect(machine.wantsMore)
            #expect(machine.received(Self.result(id), now: now) == .batched)
        }
        #expect(!machine.wantsMore, "a full batch leaves the rest for the next turn, so queries are not starved")
        let batch = machine.takeBatch()
        #expect(batch?.map(\.article.id) == ["a", "b", "c"].map(Self.id))
        #expect(machine.wantsMore)
    }

    @Test("a batch is acknowledged only once written, with exactly its ids")
    func ackAfterWrite() throws {
        var machine = StoreStateMachine()
        _ = machine.received(Self.result("a"), now: now)
        _ = machine.received(Self.result("b"), now: now)
        let batch = machine.takeBatch()
        #expect(batch?.count == 2)
        #expect(machine.stored == 0, "nothing counts as stored before the write is reported")
        #expect(machine.written() == .acknowledge(AckMessage(ids: ["a", "b"].map(Self.id))))
        #expect(machine.stored == 2)
        #expect(machine.takeBatch() == nil, "an empty turn writes nothing")
    }

    @Test("a batch that fails to write is not acknowledged, so the ingester sends it again")
    func failedWrite() throws {
        var machine = StoreStateMachine()
        _ = machine.received(Self.result("a"), now: now)
        let batch = machine.takeBatch()
        #expect(batch?.count == 1)
        #expect(machine.writeFailed() == .unacknowledged(count: 1))
        #expect(machine.stored == 0)
        // the re-sent article makes a batch of its own and is acknowledged then
        _ = machine.received(Self.result("a"), now: now)
        let again = machine.takeBatch()
        #expect(again?.count == 1)
        #expect(machine.written() == .acknowledge(AckMessage(ids: [Self.id("a")])))
    }

    @Test("heartbeats update liveness and never enter a batch")
    func heartbeats() {
        var machine = StoreStateMachine()
        let beat = WireCodec.encode(HeartbeatMessage(service: "extractor", instance: "e7", processed: 3, failed: 0))
        #expect(machine.received(beat, now: now) == .heartbeat)
        #expect(machine.takeBatch() == nil)
        #expect(machine.workers.statuses(now: now).map(\.instance) == ["e7"])
    }

    @Test("a malformed or misdirected message is rejected with a reason and counted")
    func rejects() throws {
        var machine = StoreStateMachine()
        guard case .rejected(let notJSON) = machine.received(Data("{".utf8), now: now) else {
            Issue.record("garbage was accepted")
            return
        }
        #expect(notJSON.code == .malformedRequest)
        guard case .rejected(let wrongType) = machine.received(WireCodec.encode(PingMessage()), now: now) else {
            Issue.record("a ping on the results socket was accepted")
            return
        }
        #expect(wrongType.code == .unknownType)
        #expect(wrongType.message.contains("'ping'"))
        #expect(machine.rejected == 2)
        #expect(machine.counters["rejected_messages"] == 2)
        #expect(machine.takeBatch() == nil)
    }
}
