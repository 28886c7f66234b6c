import Foundation
import NewsModel
import Testing

/// Issue 10, point 5, with real processes: a refused extraction is listed by `newswire deadletters`, counted by
/// `status`, and the store goes on.
@Suite("Dead letters end to end", .serialized)
struct DeadLetterEndToEndTests {
    @Test("an extraction missing a field, pushed to the store, is listed by newswire deadletters with its reason and article")
    func listed() throws {
        let cluster = try Cluster()
        try cluster.startAll()
        try cluster.waitUntil("the gateway answers status") { try cluster.cliJSON(["status"]).0.status == 0 }
        let probe = try BusProbe()
        defer { probe.close() }
        try probe.push("tcp://127.0.0.1:\(cluster.ports["storeResults"]!)",
                       #"{"type":"extraction","v":1,"article":{"id":"broken1","text":"t"},"extractor":"x","elapsed_us":1}"#)
        var letters: [[String: Any]] = []
        try cluster.waitUntil("the dead letter is listed") {
            let (_, object) = try cluster.cliJSON(["deadletters"])
            letters = object?["letters"] as? [[String: Any]] ?? []
            return !letters.isEmpty
        }
        #expect(letters.first?["article_id"] as? String == "broken1")
        #expect(letters.first?["service"] as? String == "store")
        #expect((letters.first?["reason"] as? String)?.contains("missing field 'extraction'") == true)
        let (_, object) = try cluster.cliJSON(["deadletters"])
        let services = object?["services"] as? [[String: Any]] ?? []
        #expect(Set(services.compactMap { $0["service"] as? String }) == ["ingester", "store"])
        #expect(services.allSatisfy { $0["up"] as? Bool == true })

        let table = try cluster.cli(["deadletters"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("broken1"))
        let (_, status) = try cluster.cliJSON(["status"])
        let store = (status?["services"] as? [[String: Any]])?.first { $0["service"] as? String == "store" }
        #expect((store?["counters"] as? [String: Any])?["dead_letters"] as? Int == 1)
    }
}
