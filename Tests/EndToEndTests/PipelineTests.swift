import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The four real executables on real ZeroMQ sockets with a real SQLite file, driven through the real CLI.
@Suite("End to end", .serialized)
struct PipelineTests {
    @Test("the seed article goes in through the CLI and comes back out of search, article, entities and status",
          .enabled(if: SharedData.hasSeed, SharedData.seedMissing))
    func seedRoundTrip() throws {
        let cluster = try Cluster()
        try cluster.startAll()

        let ingest = try cluster.cli(["ingest", SharedData.seed.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("1 accepted"), "\(ingest.stdout)")

        var ids: [String] = []
        try cluster.waitUntil("the seed to be searchable") {
            ids = try cluster.searchIDs("Wagner")
            return !ids.isEmpty
        }
        #expect(ids.count == 1)
        let id = try #require(ids.first)

        let table = try cluster.cli(["search", "Wagner"])
        #expect(table.status == 0)
        #expect(table.stdout.contains(id))
        #expect(table.stdout.contains("[Wagner]"), "the snippet marks the match: \(table.stdout)")

        let (article, object) = try cluster.cliJSON(["article", id])
        #expect(article.status == 0, "\(article.stderr)")
        let extraction = try #require(object?["extraction"] as? [String: Any])
        let names = (extraction["entities"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(names.contains { $0.contains("Goïta") }, "entities: \(names)")
        let text = try #require((object?["article"] as? [String: Any])?["text"] as? String)
        #expect(!text.hasSuffix("Comments"), "page furniture is stripped")
        #expect(text.contains("Tessit"))

        let people = try cluster.cli(["entities", "--type", "PER"])
        #expect(people.status == 0)
        #expect(people.stdout.contains("Goïta"))
        #expect(!people.stdout.contains(" LOC "))

        // The same content again is one article.
        let again = try cluster.cli(["ingest", SharedData.seed.path])
        #expect(again.stdout.contains("1 duplicates"), "\(again.stdout)")

        let (status, statusObject) = try cluster.cliJSON(["status"])
        #expect(status.status == 0, "\(status.stdout)\(status.stderr)")
        let services = statusObject?["services"] as? [[String: Any]] ?? []
        let up = Set(services.filter { $0["up"] as? Bool == true }.compactMap { $0["service"] as? String })
        #expect(up == ["gateway", "ingester", "store", "extractor"])
        let store = services.first { $0["service"] as? String == "store" }
        #expect((store?["counters"] as? [String: Any])?["articles"] as? Int == 1)

        for name in ["gateway", "extractor", "ingester", "store"] {
            #expect(cluster.stop(name) == 0, "\(name) exits cleanly on SIGTERM:\n\(cluster.log(name).suffix(2000))")
        }
    }

    @Test("bad files get errors naming them, and the good ones still go in")
    func badInput() throws {
        let cluster = try Cluster()
        try cluster.startAll()
        let inbox = cluster.folder.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        try Data().write(to: inbox.appendingPathComponent("empty.txt"))
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00]).write(to: inbox.appendingPathComponent("binary.txt"))
        try Data([0x48, 0x69, 0x20, 0xC3, 0x28, 0x21]).write(to: inbox.appendingPathComponent("latin.txt"))
        try Data("""
            {"title": "Flood in Dhaka", "text": "Flooding in Dhaka displaced thousands of residents on Monday."}
            {"title": "broken", "text": 
            {"title": "Port strike", "text": "Dockworkers in Rotterdam went on strike over pay."}

            """.utf8).write(to: inbox.appendingPathComponent("feed.jsonl"))
        try Data("Zanzibar ferry operators cancelled crossings as the storm approached.".utf8)
            .write(to: inbox.appendingPathComponent("good.txt"))

        let ingest = try cluster.cli(["ingest", inbox.path])
        #expect(ingest.status != 0, "a partial failure is not a success")
        #expect(ingest.stderr.contains("empty.txt"), "\(ingest.stderr)")
        #expect(ingest.stderr.contains("binary.txt"))
        #expect(ingest.stderr.contains("latin.txt"))
        #expect(ingest.stderr.contains("feed.jsonl:2"), "the malformed line is named: \(ingest.stderr)")
        #expect(ingest.stdout.contains("3 accepted"), "\(ingest.stdout)")

        try cluster.waitUntil("the good articles to be stored") {
            try !cluster.searchIDs("Zanzibar").isEmpty && !cluster.searchIDs("Rotterdam").isEmpty
                && !cluster.searchIDs("Dhaka").isEmpty
        }

        let missing = try cluster.cli(["article", "0000000000000000"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("not_found"), "\(missing.stderr)")
        #expect(missing.stderr.contains("0000000000000000"))

        let badType = try cluster.cli(["entities", "--type", "PLANET"])
        #expect(badType.status != 0)
        #expect(badType.stderr.contains("PLANET"), "\(badType.stderr)")

        let fromStdin = try cluster.cli(["ingest", "-"], stdin: Data("Typhoon warnings were raised in Okinawa.".utf8))
        #expect(fromStdin.status == 0, "\(fromStdin.stderr)")
        #expect(fromStdin.stdout.contains("1 accepted"))

        for name in ["gateway", "ingester", "store", "extractor"] {
            #expect(cluster.isRunning(name), "\(name) survived the bad input")
        }
    }

    @Test("unknown and malformed messages on the bus get errors, and every service keeps running")
    func badMessages() throws {
        let cluster = try Cluster()
        try cluster.startAll()
        let probe = try BusProbe()
        defer { probe.close() }

        let unknown = try probe.request(cluster.gateway, #"{"type":"bogus","v":1,"request_id":"x1"}"#)
        #expect(unknown["type"] as? String == "error")
        #expect(unknown["code"] as? String == "unknown_type")
        #expect((unknown["message"] as? String)?.contains("bogus") == true)
        #expect(unknown["request_id"] as? String == "x1")

        let garbage = try probe.request(cluster.gateway, "this is not json")
        #expect(garbage["code"] as? String == "malformed_request")

        let badQuery = try probe.request(cluster.gateway, #"{"type":"query","v":1,"query":"levitate"}"#)
        #expect(badQuery["code"] as? String == "unknown_query")

        let badIngest = try probe.request(cluster.gateway, #"{"type":"ingest","v":1,"articles":[{"title":"no text"}]}"#)
        #expect(badIngest["code"] as? String == "malformed_request")
        #expect((badIngest["message"] as? String)?.contains("text") == true, "\(badIngest)")

        // Straight onto the internal sockets, bypassing the gateway.
        try probe.push("tcp://127.0.0.1:\(cluster.ports["storeResults"]!)", "{\"type\":\"nonsense\",\"v\":1}")
        try probe.push("tcp://127.0.0.1:\(cluster.ports["storeResults"]!)", "\u{1}\u{2} binary")
        try probe.push("tcp://127.0.0.1:\(cluster.ports["ingesterAcks"]!)", #"{"type":"ack","v":1,"ids":"oops"}"#)
        let direct = try probe.request("tcp://127.0.0.1:\(cluster.ports["storeQueries"]!)", #"{"type":"article","v":1}"#)
        #expect(direct["code"] as? String == "unknown_type")

        let ingest = try cluster.cli(["ingest", SharedData.sample.path])
        #expect(ingest.status == 0)
        try cluster.waitUntil("the sample to be searchable after the bad messages") { try !cluster.searchIDs("Hundeyin").isEmpty }
        #expect(cluster.log("store").contains("bad result dropped"))
        for name in ["gateway", "ingester", "store", "extractor"] {
            #expect(cluster.isRunning(name), "\(name) survived")
        }
    }

    @Test("accepted articles survive a crashed ingester and an absent store: at-least-once delivery")
    func deliveryAfterCrash() throws {
        let cluster = try Cluster()
        try cluster.start(.ingester)
        try cluster.start(.gateway)
        let ingest = try cluster.cli(["ingest", SharedData.sample.path])
        #expect(ingest.stdout.contains("1 accepted"), "\(ingest.stdout)\(ingest.stderr)")

        // The store is not there: queries fail with a clear error. One attempt, so the answer is the gateway's
        // service_unavailable rather than the CLI's retry budget running out first on a loaded machine.
        let search = try cluster.cli(["search", "Hundeyin", "--retry-for", "0"])
        #expect(search.status != 0)
        #expect(search.stderr.contains("service_unavailable"), "\(search.stderr)")

        // Crash the ingester before anything was delivered, bring everything up: the journal sends it.
        #expect(cluster.stop("ingester", signal: SIGKILL) != 0)
        try cluster.start(.ingester)
        try cluster.start(.store)
        try cluster.start(.extractor)
        try cluster.waitUntil("the journaled article to arrive") { try !cluster.searchIDs("Hundeyin").isEmpty }
        let (_, status) = try cluster.cliJSON(["status"])
        let ingester = (status?["services"] as? [[String: Any]])?.first { $0["service"] as? String == "ingester" }
        let counters = ingester?["counters"] as? [String: Int] ?? [:]
        #expect(counters["recovered"] == 1, "\(counters)")
        try cluster.waitUntil("the acknowledgement to reach the ingester") {
            let (_, status) = try cluster.cliJSON(["status"])
            let ingester = (status?["services"] as? [[String: Any]])?.first { $0["service"] as? String == "ingester" }
            return (ingester?["counters"] as? [String: Int])?["pending"] == 0
        }
    }

    @Test("a backend that never answers gives service_unavailable after the gateway's timeout")
    func gatewayTimeout() throws {
        let cluster = try Cluster()
        cluster.gatewayTimeout = 1
        let silent = try BusProbe()
        defer { silent.close() }
        try silent.bindSilentRouter("tcp://127.0.0.1:\(cluster.ports["storeQueries"]!)")
        try cluster.start(.gateway)
        let search = try cluster.cli(["search", "anything"])
        #expect(search.status != 0)
        #expect(search.stderr.contains("service_unavailable"), "\(search.stderr)")
        #expect(search.stderr.contains("did not answer within 1"), "\(search.stderr)")
        #expect(cluster.isRunning("gateway"))
    }

    @Test("several extractors share the work")
    func extractorsShareWork() throws {
        let cluster = try Cluster()
        try cluster.startAll(extractors: 2)
        try cluster.waitUntil("both extractors to report") {
            let (_, status) = try cluster.cliJSON(["status"])
            return (status?["services"] as? [[String: Any]] ?? []).filter { $0["service"] as? String == "extractor" }.count == 2
        }
        let lines = (1...40).map { index in
            #"{"title": "Bulletin \#(index)", "text": "Harbour bulletin number \#(index): ships from Lagos and Mombasa were delayed by the storm."}"#
        }
        let ingest = try cluster.cli(["ingest", "--format", "jsonl", "-"], stdin: Data(lines.joined(separator: "\n").utf8))
        #expect(ingest.stdout.contains("40 accepted"), "\(ingest.stdout)\(ingest.stderr)")
        var processed: [Int] = []
        try cluster.waitUntil("all 40 to be stored") {
            let (_, status) = try cluster.cliJSON(["status", "--timeout", "5"])
            let services = status?["services"] as? [[String: Any]] ?? []
            let stored = services.first { $0["service"] as? String == "store" }.flatMap { $0["counters"] as? [String: Int] }?["articles"]
            processed = services.filter { $0["service"] as? String == "extractor" }
                .compactMap { ($0["counters"] as? [String: Int])?["processed"] }
            return stored == 40 && processed.reduce(0, +) >= 40
        }
        #expect(processed.count == 2)
        #expect(processed.allSatisfy { $0 > 0 }, "each extractor took some: \(processed)")
    }
}
