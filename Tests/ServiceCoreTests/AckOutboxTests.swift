import Foundation
import NewsModel
import ServiceCore
import Testing

/// Issue 10: with the ingester away and about 1,000 acks owed, the store's retry loop blocked and answered nothing.
/// What the store owes now waits in a bounded outbox, which the loop offers without waiting.
@Suite("Store: the acknowledgement outbox")
struct AckOutboxTests {
    @Test("messages leave oldest first, each once the socket took it")
    func order() {
        var outbox = AckOutbox()
        outbox.add(.ack(["a", "b"]))
        outbox.add(.taken(["c"], extractor: "e1"))
        outbox.add(.nack([NackItem(id: "d", reason: "content id mismatch")]))
        #expect(outbox.next == .ack(["a", "b"]))
        #expect(outbox.next == .ack(["a", "b"]), "not sent: still first")
        outbox.sent()
        #expect(outbox.next == .taken(["c"], extractor: "e1"))
        outbox.sent()
        outbox.sent()
        #expect(outbox.isEmpty)
        #expect(outbox.waitingIDs == 0)
        outbox.sent()  // harmless on an empty outbox
        #expect(outbox.isEmpty)
    }

    @Test("an empty acknowledgement or refusal is not queued")
    func empties() {
        var outbox = AckOutbox()
        outbox.add(.ack([]))
        outbox.add(.nack([]))
        #expect(outbox.isEmpty)
    }

    @Test("past its message bound the outbox merges: one ack with every id once, refusals of acknowledged ids dropped")
    func merging() {
        var outbox = AckOutbox(maxMessages: 4, maxIDs: 100, maxIDsPerMessage: 100)
        outbox.add(.ack(["a"]))
        outbox.add(.nack([NackItem(id: "a", reason: "r"), NackItem(id: "x", reason: "bad")]))
        outbox.add(.taken(["t1", "b"], extractor: "e1"))
        outbox.add(.ack(["b", "a"]))
        #expect(outbox.count == 4 && outbox.merges == 0)
        outbox.add(.taken(["t2"], extractor: "e2"))
        #expect(outbox.merges == 1)
        var sent: [AckOutbox.Entry] = []
        while let next = outbox.next {
            sent.append(next)
            outbox.sent()
        }
        #expect(sent == [.ack(["a", "b"]), .nack([NackItem(id: "x", reason: "bad")]),
                         .taken(["t1"], extractor: "e1"), .taken(["t2"], extractor: "e2")])
    }

    @Test("a thousand acks owed to an ingester that is away stay a few messages, and all their ids are kept")
    func pileUp() {
        var outbox = AckOutbox(maxMessages: 16)
        for n in 0..<1000 { outbox.add(.ack(["id\(n)"])) }
        #expect(outbox.count <= outbox.maxMessages)
        #expect(outbox.merges > 0)
        var ids: [String] = []
        while case .ack(let some)? = outbox.next {
            ids += some
            outbox.sent()
        }
        #expect(ids == (0..<1000).map { "id\($0)" })
        #expect(outbox.dropped == 0)
    }

    @Test("a merged acknowledgement is split into messages the ingester takes (at most maxIDsPerMessage ids)")
    func mergedChunks() {
        var outbox = AckOutbox(maxMessages: 4, maxIDs: 30, maxIDsPerMessage: 10)
        for n in 0..<25 { outbox.add(.ack(["id\(n)"])) }
        #expect(outbox.merges > 0)
        var sizes: [Int] = []
        var ids: [String] = []
        while case .ack(let some)? = outbox.next {
            sizes.append(some.count)
            ids += some
            outbox.sent()
        }
        #expect(sizes.allSatisfy { $0 <= 10 })
        #expect(sizes.contains(10), "merged into full messages")
        #expect(ids == (0..<25).map { "id\($0)" })
    }

    @Test("past its id bound the oldest ids go, taken reports first, and are counted")
    func dropping() {
        var outbox = AckOutbox(maxMessages: 8, maxIDs: 10, maxIDsPerMessage: 10)
        outbox.add(.taken(["t1", "t2", "t3"], extractor: "e"))
        outbox.add(.ack((0..<8).map { "a\($0)" }))
        #expect(outbox.waitingIDs == 8, "the taken report went first")
        #expect(outbox.dropped == 3)
        outbox.add(.ack(["b0", "b1", "b2", "b3"]))
        #expect(outbox.waitingIDs == 10)
        #expect(outbox.dropped == 5)
        guard case .ack(let first)? = outbox.next else {
            Issue.record("an ack first")
            return
        }
        #expect(first == (2..<8).map { "a\($0)" }, "the two oldest acks dropped")
    }

    @Test("each entry encodes as its wire message")
    func encoding() throws {
        let nack = AckOutbox.Entry.nack([NackItem(id: "a", reason: "why")]).encoded
        #expect(try WireCodec.messageType(of: nack) == .nack)
        #expect(try WireCodec.decode(NackMessage.self, from: nack).items == [NackItem(id: "a", reason: "why")])
        let taken = AckOutbox.Entry.taken(["a"], extractor: "e").encoded
        #expect(try WireCodec.decode(TakenMessage.self, from: taken).extractor == "e")
        #expect(try WireCodec.decode(AckMessage.self, from: AckOutbox.Entry.ack(["z"]).encoded).ids == ["z"])
    }
}
