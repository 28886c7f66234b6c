import Foundation
import NewsModel
import Testing

/// The real service loops, in process over inproc://: fast checks of how they work together.
@Suite("Service loops in process", .serialized)
struct InProcessPipelineTests {
    static func search(_ text: String) -> Data {
        var request = QueryRequest(query: .search, requestID: "q-\(text)")
        request.text = text
        return WireCodec.encode(request)
    }

    @Test("an article ingested through the gateway is extracted, stored, acknowledged and found by search")
    func ingestToSearch() throws {
        let cluster = try InProcessCluster()
        defer { cluster.shutDown() }
        let article = Article(text: "Officials in Bamako met the delegation from Moscow on Tuesday to discuss security.")
        let reply = try #require(try cluster.request(WireCodec.encode(IngestRequest(articles: [article], requestID: "i1"))))
        let ingest = try WireCodec.decode(IngestReply.self, from: reply)
        #expect(ingest.results.map(\.status) == [.accepted])
        #expect(ingest.requestID == "i1")

        var hits: [SearchHit] = []
        for _ in 0..<100 where hits.isEmpty {
            if let answer = try cluster.request(Self.search("Bamako")) {
                hits = (try? WireCodec.decode(QueryReply.self, from: answer))?.hits ?? []
            }
            if hits.isEmpty { usleep(20_000) }
        }
        #expect(hits.map(\.id) == [ingest.results[0].id])

        // the store acknowledged it: the ingester's status shows nothing pending
        var pending: Int?
        for _ in 0..<100 where pending != 0 {
            let status = try #require(try cluster.request(WireCodec.encode(QueryRequest(query: .status, requestID: "s"))))
            let services = try WireCodec.decode(QueryReply.self, from: status).services ?? []
            pending = services.first { $0.service == "ingester" }?.counters["pending"]
            if pending != 0 { usleep(20_000) }
        }
        #expect(pending == 0)
        #expect(cluster.loopFailures.isEmpty, "\(cluster.loopFailures)")
    }

    @Test("status lists every service and the extractor by its heartbeat")
    func status() throws {
        let cluster = try InProcessCluster()
        defer { cluster.shutDown() }
        var names: Set<String> = []
        for _ in 0..<150 where !names.contains("extractor") {
            let reply = try #require(try cluster.request(WireCodec.encode(QueryRequest(query: .status, requestID: "s"))))
            let status = try WireCodec.decode(QueryReply.self, from: reply)
            #expect(status.requestID == "s")
            names = Set((status.services ?? []).filter(\.up).map(\.service))
            if !names.contains("extractor") { usleep(20_000) }
        }
        #expect(names == ["gateway", "ingester", "store", "extractor"])
    }

    @Test("with no store, a query fails with service_unavailable naming the store, and ingest still works")
    func missingStore() throws {
        let cluster = try InProcessCluster(gatewayTimeout: .seconds(1), startStore: false)
        defer { cluster.shutDown() }
        let reply = try #require(try cluster.request(Self.search("anything")))
        let error = try WireCodec.decode(ErrorReply.self, from: reply)
        #expect(error.code == .serviceUnavailable)
        #expect(error.message.contains("store"))
        #expect(error.requestID == "q-anything")
        let ingest = try #require(try cluster.request(WireCodec.encode(IngestRequest(articles: [Article(text: "Still accepted here.")]))))
        #expect(try WireCodec.decode(IngestReply.self, from: ingest).results.map(\.status) == [.accepted])
    }
}
