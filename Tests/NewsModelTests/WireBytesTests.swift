import Foundation
import NewsModel
import Testing

/// The exact bytes of every message type, fields set, as the services have sent them since protocol v1: any change
/// to how the envelope (`type`, `v`, `request_id`) or a body is written shows up here as a changed byte.
@Suite("Wire bytes")
struct WireBytesTests {
    static let article = Article(id: "a1", title: "T", text: "Body", published: "2022-08-10", url: "http://x/y", source: "x")

    static var samples: [(String, Data)] {
        var query = QueryRequest(query: .events, requestID: "r2", text: "w", id: "i", entityType: "PER", entity: "E",
                                 source: "s", from: "2017-01-01", to: "2017-02-01", limit: 5, offset: 10)
        query.by = "day"; query.cameo = "19"; query.kind = "k"; query.within = "sentence"; query.depth = 2
        query.minWeight = 3; query.top = 4; query.after = "c"; query.actor = "A"; query.target = "B"
        query.participant = "C"; query.place = "P"; query.country = "ML"; query.speaker = "S"; query.about = "X"
        query.publishedFrom = "2017-01-02"; query.publishedTo = "2017-01-03"; query.minFatalities = 7
        var reply = QueryReply(query: .search, requestID: "r3")
        reply.hits = [SearchHit(id: "a1", title: "T", published: nil, source: "x", url: nil, snippet: "[B]ody", score: -1.5)]
        reply.total = 1
        reply.entities = [EntitySummary(name: "Mali", type: .location, articles: 2, mentions: 3, aliases: ["Republic of Mali"])]
        let status = ServiceStatus(service: "store", instance: "s1", endpoint: "tcp://x:1", up: true, latencyMicroseconds: 9,
                                   counters: ["stored": 4], error: nil)
        return [
            ("article", WireCodec.encode(ArticleMessage(article: article, attempt: 2))),
            ("extraction", WireCodec.encode(ExtractionMessage(article: article, extraction: Extraction(article: article.metadata),
                                                              extractor: "e1", elapsedMicroseconds: 12))),
            ("ack", WireCodec.encode(AckMessage(ids: ["a1", "a2"]))),
            ("heartbeat", WireCodec.encode(HeartbeatMessage(service: "extractor", instance: "e1", processed: 3, failed: 1))),
            ("ingest", WireCodec.encode(IngestRequest(articles: [article], requestID: "r1"))),
            ("ingest no id", WireCodec.encode(IngestRequest(articles: []))),
            ("ingest_result", WireCodec.encode(IngestReply(results: [IngestOutcome(index: 0, id: "a1", status: .accepted),
                                                                    IngestOutcome(index: 1, id: nil, status: .rejected, error: "empty")],
                                                          requestID: "r1"))),
            ("query", WireCodec.encode(query)),
            ("result", WireCodec.encode(reply)),
            ("ping", WireCodec.encode(PingMessage(requestID: "p1"))),
            ("ping no id", WireCodec.encode(PingMessage())),
            ("pong", WireCodec.encode(PongMessage(status: status, workers: [ServiceStatus(service: "extractor", up: false)], requestID: "p1"))),
            ("error", WireCodec.encode(ErrorReply(code: .notFound, message: "no article a9", requestID: "r4"))),
        ]
    }

    /// Written by the message structs of protocol v1 before the envelope was factored out (commit 7c8f8dc).
    static let expected: [String: String] = [
        "article":
            #"{"article":{"id":"a1","published":"2022-08-10","source":"x","text":"Body","title":"T","url":"http://x/y"},"attempt":2,"type":"article","v":1}"#,
        "extraction":
            #"{"article":{"id":"a1","published":"2022-08-10","source":"x","text":"Body","title":"T","url":"http://x/y"},"elapsed_us":12,"extraction":{"article":{"id":"a1","published":"2022-08-10","source":"x","title":"T","url":"http://x/y"},"counts":[],"dates":[],"entities":[],"events":[],"quotes":[],"sentences":[]},"extractor":"e1","type":"extraction","v":1}"#,
        "ack":
            #"{"ids":["a1","a2"],"type":"ack","v":1}"#,
        "heartbeat":
            #"{"failed":1,"instance":"e1","processed":3,"service":"extractor","type":"heartbeat","v":1}"#,
        "ingest":
            #"{"articles":[{"id":"a1","published":"2022-08-10","source":"x","text":"Body","title":"T","url":"http://x/y"}],"request_id":"r1","type":"ingest","v":1}"#,
        "ingest no id":
            #"{"articles":[],"type":"ingest","v":1}"#,
        "ingest_result":
            #"{"request_id":"r1","results":[{"id":"a1","index":0,"status":"accepted"},{"error":"empty","index":1,"status":"rejected"}],"type":"ingest_result","v":1}"#,
        "query":
            #"{"about":"X","actor":"A","after":"c","by":"day","cameo":"19","country":"ML","depth":2,"entity":"E","entity_type":"PER","from":"2017-01-01","id":"i","kind":"k","limit":5,"min_fatalities":7,"min_weight":3,"offset":10,"participant":"C","place":"P","published_from":"2017-01-02","published_to":"2017-01-03","query":"events","request_id":"r2","source":"s","speaker":"S","target":"B","text":"w","to":"2017-02-01","top":4,"type":"query","v":1,"within":"sentence"}"#,
        "result":
            #"{"entities":[{"aliases":["Republic of Mali"],"articles":2,"mentions":3,"name":"Mali","type":"LOC"}],"hits":[{"id":"a1","score":-1.5,"snippet":"[B]ody","source":"x","title":"T"}],"query":"search","request_id":"r3","total":1,"type":"result","v":1}"#,
        "ping":
            #"{"request_id":"p1","type":"ping","v":1}"#,
        "ping no id":
            #"{"type":"ping","v":1}"#,
        "pong":
            #"{"request_id":"p1","status":{"counters":{"stored":4},"endpoint":"tcp://x:1","instance":"s1","latency_us":9,"service":"store","up":true},"type":"pong","v":1,"workers":[{"counters":{},"service":"extractor","up":false}]}"#,
        "error":
            #"{"code":"not_found","message":"no article a9","request_id":"r4","type":"error","v":1}"#,
    ]

    @Test("every message type is written byte for byte as protocol v1 has it")
    func bytes() {
        let samples = Self.samples
        #expect(Set(samples.map(\.0)) == Set(Self.expected.keys))
        for (name, data) in samples {
            #expect(String(decoding: data, as: UTF8.self) == Self.expected[name], "\(name)")
        }
    }

    @Test("what is written reads back as the same message")
    func readBack() throws {
        func same<M: WireMessage & Equatable>(_ message: M) throws -> Bool {
            try WireCodec.decode(M.self, from: WireCodec.encode(message)) == message
        }
        #expect(try same(ArticleMessage(article: Self.article, attempt: 3)))
        #expect(try same(IngestRequest(articles: [Self.article], requestID: "r1")))
        #expect(try same(PingMessage(requestID: "p")))
        #expect(try same(PingMessage()))
        #expect(try same(ErrorReply(code: .invalidParameter, message: "limit", requestID: "r")))
        var reply = QueryReply(query: .entities, requestID: "q")
        reply.total = 3
        #expect(try same(reply))
    }

    @Test("a body under another type's name is refused, naming both")
    func wrongType() throws {
        let ping = WireCodec.encode(PingMessage(requestID: "p"))
        #expect(throws: ErrorReply.self) { try WireCodec.decode(ErrorReply.self, from: ping) }
        do {
            _ = try WireCodec.decode(AckMessage.self, from: Data(#"{"type":"ping","v":1,"ids":[]}"#.utf8))
            Issue.record("decoded an ack from a ping")
        } catch {
            #expect(error.code == .malformedRequest)
            #expect(error.message.contains("'ping'") && error.message.contains("'ack'"))
        }
    }
}
