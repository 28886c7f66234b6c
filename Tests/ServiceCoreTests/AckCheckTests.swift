import Foundation
import Ingestion
import Ledger
import NewsModel
import ServiceCore
import Testing

/// Issue 10: an ack id of 10 MB was journaled. Acks are now length- and charset-checked before the ledger sees them.
@Suite("What the ingester checks of an acknowledgement")
struct AckCheckTests {
    static let malformed: [String: [String]] = [
        "an id of 65 bytes": [String(repeating: "a", count: 65)], "an empty id": [""], "a space": ["abc def"],
        "a NUL": ["id\u{0}"], "a letter beyond ASCII": ["ïd"], "4097 ids": Array(repeating: "a", count: 4097),
        "a good id beside a 10 MB one": ["0123456789abcdef", String(repeating: "x", count: 10_000_000)],
    ]

    @Test("an ack with an id too long, empty, of other characters, or with too many ids is refused whole",
          arguments: malformed.keys.sorted())
    func refused(_ name: String) throws {
        let ids = try #require(Self.malformed[name])
        var (machine, folder) = try IngesterStateMachineTests.makeMachine()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = machine.request(IngesterStateMachineTests.ingest(["An article to acknowledge."]))
        let pending = machine.ledger.pendingCount
        let report = machine.acknowledgement(WireCodec.encode(AckMessage(ids: ids)))
        guard case .badAcknowledgement(let error) = report else {
            Issue.record("a malformed ack was taken: \(String(describing: report))")
            return
        }
        #expect(error.code == .invalidParameter)
        #expect(machine.ledger.pendingCount == pending)
        #expect(machine.ledger.counters.unknownAcknowledgements == 0, "refused before the ledger looked")
    }

    @Test("a well-formed ack for an id never sent changes nothing and is only counted")
    func unknownID() throws {
        var (machine, folder) = try IngesterStateMachineTests.makeMachine()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = machine.request(IngesterStateMachineTests.ingest(["An article to acknowledge."]))
        #expect(machine.acknowledgement(WireCodec.encode(AckMessage(ids: ["0123456789abcdef"]))) == nil)
        #expect(machine.ledger.pendingCount == 1)
        #expect(machine.ledger.counters.unknownAcknowledgements == 1)
        #expect(machine.ledger.counters.acknowledged == 0)
    }
}
