import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// entity, timeline, graph and export through the real CLI, gateway and store, over the seed and the samples.
@Suite("Corpus queries end to end", .serialized)
struct CorpusQueryTests {
    /// Three dated articles (the seed and the samples have no date), for timelines and date filters.
    static let dated = """
        {"title": "Gunmen attack Tessit", "published": "2022-08-08", "text": "Gunmen killed 12 soldiers in Tessit on Monday, the Malian army said. Assimi Goïta condemned the attack in Bamako."}
        {"title": "Goïta meets Putin", "published": "2022-08-16", "text": "Malian President Assimi Goïta met Russian President Vladimir Putin in Moscow on Tuesday."}
        {"title": "Mali to hold elections", "published": "2022-09-02", "text": "Assimi Goïta said Mali would hold elections in 2024. Goïta spoke in Bamako on Friday."}

        """

    /// A cluster holding the seed article, the four samples and the three dated articles, all stored.
    private func loadedCluster() throws -> Cluster {
        let cluster = try Cluster()
        try cluster.startAll()
        let samples = SharedData.repository.appendingPathComponent("samples").path
        let dated = cluster.folder.appendingPathComponent("dated.jsonl")
        try Data(Self.dated.utf8).write(to: dated)
        let ingest = try cluster.cli(["ingest", SharedData.seed.path, samples, dated.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        try cluster.waitUntil("the eight articles to be stored") {
            let (_, status) = try cluster.cliJSON(["status"])
            let services = status?["services"] as? [[String: Any]] ?? []
            let store = services.first { $0["service"] as? String == "store" }
            return (store?["counters"] as? [String: Any])?["articles"] as? Int == 8
        }
        return cluster
    }

    /// Every line of an export, decoded.
    private func lines(_ text: String) -> [[String: Any]] {
        text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    @Test("entity: a profile by name or id, candidates for a shared name, not_found naming an unknown one",
          .enabled(if: SharedData.hasSeed, SharedData.seedMissing))
    func entityProfile() throws {
        let cluster = try loadedCluster()
        let (result, object) = try cluster.cliJSON(["entity", "goita"])
        #expect(result.status == 0, "\(result.stderr)")
        let profile = try #require(object?["profile"] as? [String: Any])
        let entity = try #require(profile["entity"] as? [String: Any])
        #expect(entity["name"] as? String == "Assimi Goïta")
        #expect(entity["type"] as? String == "PER")
        #expect((profile["mentions"] as? Int ?? 0) >= 6)
        #expect(profile["articles"] as? Int == 4)
        let aliases = (profile["aliases"] as? [[String: Any]] ?? [])
        #expect(aliases.first?["alias"] as? String == "Assimi Goïta", "\(aliases)")
        #expect(aliases.contains { $0["alias"] as? String == "Goïta" }, "\(aliases)")
        #expect(aliases.compactMap { $0["mentions"] as? Int }.reduce(0, +) == profile["mentions"] as? Int,
                "spellings add up to the mentions")
        let roles = (profile["roles"] as? [[String: Any]] ?? []).compactMap { $0["role"] as? String }
        #expect(!roles.isEmpty)
        let places = (profile["cooccurring"] as? [String: Any])?["LOC"] as? [[String: Any]] ?? []
        #expect(!places.isEmpty)
        #expect(!(profile["quotes"] as? [Any] ?? []).isEmpty, "Goïta is quoted in the seed")
        // The seed has no publication date: only the three dated articles have days.
        #expect((profile["per_day"] as? [[String: Any]])?.compactMap { $0["day"] as? String }
                == ["2022-08-08", "2022-08-16", "2022-09-02"])
        #expect(profile["first_seen"] as? String == "2022-08-08")
        #expect(profile["last_seen"] as? String == "2022-09-02")

        // The same entity by its id, as a table for people.
        let id = try #require(entity["id"] as? Int)
        let table = try cluster.cli(["entity", "\(id)"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.hasPrefix("Assimi Goïta  (PER, id \(id))"), "\(table.stdout)")
        #expect(table.stdout.contains("WRITTEN AS"))
        #expect(table.stdout.contains("Latest quotes"))

        let unknown = try cluster.cli(["entity", "Nobody Atall"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("not_found"), "\(unknown.stderr)")
        #expect(unknown.stderr.contains("Nobody Atall"), "\(unknown.stderr)")
        #expect(cluster.stop("gateway") == 0)
    }

    @Test("timeline, graph and export agree with each other and with what the articles say",
          .enabled(if: FileManager.default.fileExists(atPath: SharedData.seed.path)))
    func timelineGraphAndExport() throws {
        let cluster = try loadedCluster()

        // export: every article once, the same through small pages as through one.
        let file = cluster.folder.appendingPathComponent("export.jsonl")
        let exported = try cluster.cli(["export", "--format", "jsonl", "-o", file.path])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stderr.contains("exported 8 articles"), "\(exported.stderr)")
        let records = lines(try String(contentsOf: file, encoding: .utf8))
        #expect(records.count == 8)
        let ids = records.compactMap { ($0["article"] as? [String: Any])?["id"] as? String }
        #expect(Set(ids).count == 8)
        #expect(records.allSatisfy { ($0["article"] as? [String: Any])?["text"] is String && $0["extraction"] is [String: Any] })
        let paged = try cluster.cli(["export", "--page-size", "3"])
        #expect(paged.status == 0, "\(paged.stderr)")
        #expect(lines(paged.stdout).compactMap { ($0["article"] as? [String: Any])?["id"] as? String } == ids)
        let august = try cluster.cli(["export", "--from", "2022-08-01", "--to", "2022-08-31"])
        #expect(lines(august.stdout).count == 2)

        // timeline of CAMEO codes: the events and deaths the exported extractions hold, on the documented days.
        var expected: [String: (events: Int, fatalities: Int)] = [:]
        for record in records {
            let published = (record["article"] as? [String: Any])?["published"] as? String
            for event in ((record["extraction"] as? [String: Any])?["events"] as? [[String: Any]]) ?? [] {
                guard let cameo = event["cameo"] as? String, ["18", "19", "20"].contains(where: cameo.hasPrefix) else { continue }
                let own = (event["date"] as? String).flatMap { $0.count == 10 ? $0 : nil }
                guard let day = own ?? published else { continue }
                expected[day, default: (0, 0)].events += 1
                expected[day, default: (0, 0)].fatalities += event["fatalities"] as? Int ?? 0
            }
        }
        #expect(!expected.isEmpty, "the Tessit attack is a violent event")
        let (timelineResult, timelineObject) = try cluster.cliJSON(["timeline", "--cameo", "18,19,20"])
        #expect(timelineResult.status == 0, "\(timelineResult.stderr)")
        let buckets = (timelineObject?["timeline"] as? [String: Any])?["buckets"] as? [[String: Any]] ?? []
        let found = Dictionary(uniqueKeysWithValues: buckets.compactMap { bucket -> (String, (Int, Int))? in
            guard let day = bucket["bucket"] as? String else { return nil }
            return (day, (bucket["events"] as? Int ?? -1, bucket["fatalities"] as? Int ?? -1))
        })
        #expect(found.mapValues { "\($0.0)/\($0.1)" } == expected.mapValues { "\($0.events)/\($0.fatalities)" })

        // timeline of an entity by month, as a table and as CSV.
        let monthly = try cluster.cli(["timeline", "--entity", "Goïta", "--by", "month", "--csv"])
        #expect(monthly.status == 0, "\(monthly.stderr)")
        let rows = monthly.stdout.split(separator: "\r\n").map(String.init)
        #expect(rows.first == "bucket,articles,mentions,events,fatalities")
        #expect(rows.dropFirst().map { $0.split(separator: ",").prefix(2).joined(separator: ",") } == ["2022-08,2", "2022-09,1"])
        let table = try cluster.cli(["timeline", "Tessit", "--by", "week"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("WEEK"))
        #expect(table.stdout.contains("2022-08-08"), "the Monday of the attack's week: \(table.stdout)")
        let both = try cluster.cli(["timeline", "Tessit", "--cameo", "19"])
        #expect(both.status != 0)

        // graph: an ego network as JSON, GraphML and GEXF files that XML parsers read, and an events graph.
        let (egoResult, egoObject) = try cluster.cliJSON(["graph", "--entity", "Assimi Goïta", "--depth", "1"])
        #expect(egoResult.status == 0, "\(egoResult.stderr)")
        let graph = try #require(egoObject?["graph"] as? [String: Any])
        let nodes = graph["nodes"] as? [[String: Any]] ?? []
        #expect(nodes.first?["label"] as? String == "Assimi Goïta")
        #expect(nodes.contains { $0["label"] as? String == "Bamako" }, "\(nodes)")
        let center = try #require(nodes.first?["id"] as? Int)
        let edges = graph["edges"] as? [[String: Any]] ?? []
        let bamako = try #require(nodes.first { $0["label"] as? String == "Bamako" }?["id"] as? Int)
        let link = edges.first { Set([$0["source"] as? Int, $0["target"] as? Int]) == Set([center, bamako]) }
        #expect(link?["weight"] as? Int == 3, "Goïta and Bamako share the seed and two dated articles: \(edges)")

        for format in ["graphml", "gexf"] {
            let path = cluster.folder.appendingPathComponent("ego.\(format)")
            let written = try cluster.cli(["graph", "--entity", "Assimi Goïta", "-o", path.path])
            #expect(written.status == 0, "\(written.stderr)")
            let parser = XMLParser(data: try Data(contentsOf: path))
            #expect(parser.parse(), "\(format) is well-formed XML: \(String(describing: parser.parserError))")
            let text = try String(contentsOf: path, encoding: .utf8)
            #expect(text.contains(format == "gexf" ? "<gexf xmlns=\"http://gexf.net/1.3\"" : "<graphml"))
            #expect(text.contains("Assimi Goïta"))
        }
        let events = try cluster.cli(["graph", "--kind", "events", "--format", "dot"])
        #expect(events.status == 0, "\(events.stderr)")
        #expect(events.stdout.hasPrefix("digraph "), "\(events.stdout)")
        let summary = try cluster.cli(["graph", "--type", "PER,LOC", "--top", "5"])
        #expect(summary.stdout.contains("5 nodes"), "\(summary.stdout)")
        #expect(!summary.stdout.contains(" ORG "))
        let bad = try cluster.cli(["graph", "--kind", "tree"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("'kind'"), "\(bad.stderr)")
        #expect(cluster.stop("gateway") == 0)
    }

    @Test("events, quotes and graph filters through the gateway, each checked against the rows it keeps",
          .enabled(if: FileManager.default.fileExists(atPath: SharedData.seed.path)))
    func filtersEndToEnd() throws {
        let cluster = try loadedCluster()
        func events(_ arguments: [String]) throws -> [[String: Any]] {
            let (result, object) = try cluster.cliJSON(["events"] + arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return object?["events"] as? [[String: Any]] ?? []
        }
        func names(_ row: [String: Any], _ side: String) -> [String] {
            (row[side] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        }
        let all = try events(["--limit", "100"])
        #expect(all.count >= 3, "the seed and the dated attack: \(all.count)")
        let deadly = try events(["--min-fatalities", "12"])
        #expect(!deadly.isEmpty && deadly.allSatisfy { ($0["fatalities"] as? Int ?? 0) >= 12 }, "\(deadly)")
        #expect(deadly.count == all.filter { ($0["fatalities"] as? Int ?? 0) >= 12 }.count)
        let acting = try events(["--actor", "Assimi Goïta"])
        let either = try events(["--participant", "Assimi Goïta"])
        #expect(!acting.isEmpty && acting.allSatisfy { names($0, "actors").contains("Assimi Goïta") })
        let eitherIDs = Set(either.compactMap { $0["event_id"] as? String })
        #expect(Set(acting.compactMap { $0["event_id"] as? String }).isSubset(of: eitherIDs))
        #expect(either.allSatisfy { names($0, "actors").contains("Assimi Goïta") || names($0, "targets").contains("Assimi Goïta") })
        let targeted = all.filter { !names($0, "targets").isEmpty }
        if let target = targeted.first.flatMap({ names($0, "targets").first }) {
            let rows = try events(["--target", target])
            #expect(!rows.isEmpty && rows.allSatisfy { names($0, "targets").contains(target) }, "\(target): \(rows)")
        }
        let worded = try events(["--text", "Tessit"])
        #expect(!worded.isEmpty && worded.allSatisfy { ($0["sentence"] as? String)?.contains("Tessit") == true })
        let august = try events(["--published-from", "2022-08-01", "--published-to", "2022-08-31"])
        #expect(!august.isEmpty && august.allSatisfy { ($0["published"] as? String ?? "").hasPrefix("2022-08") }, "\(august)")
        let page = try events(["--limit", "2"])
        let second = try events(["--limit", "1", "--offset", "1"])
        #expect(second.first?["event_id"] as? String == page.last?["event_id"] as? String)
        #expect(try events(["--country", "ML"]).allSatisfy { $0["country"] as? String == "ML" })

        // quotes about an entity, and in a date window.
        let (about, aboutObject) = try cluster.cliJSON(["quotes", "--about", "Wagner"])
        #expect(about.status == 0, "\(about.stderr)")
        let aboutRows = aboutObject?["quotes"] as? [[String: Any]] ?? []
        let (_, allQuotes) = try cluster.cliJSON(["quotes", "--limit", "100"])
        let quoteTexts = Set((allQuotes?["quotes"] as? [[String: Any]] ?? []).compactMap { $0["quote"] as? String })
        #expect(aboutRows.allSatisfy { quoteTexts.contains($0["quote"] as? String ?? "") })
        let (window, windowObject) = try cluster.cliJSON(["quotes", "--from", "2022-08-01", "--to", "2022-08-31"])
        #expect(window.status == 0, "\(window.stderr)")
        #expect((windowObject?["quotes"] as? [[String: Any]] ?? []).allSatisfy { ($0["date"] as? String ?? "").hasPrefix("2022-08") })

        // graphs: a sentence is within an article, so every pair sharing a sentence shares an article; a day
        // window keeps the dated articles' entities only.
        func edges(_ arguments: [String]) throws -> [Set<Int>: Int] {
            let (result, object) = try cluster.cliJSON(["graph"] + arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            let list = (object?["graph"] as? [String: Any])?["edges"] as? [[String: Any]] ?? []
            return Dictionary(list.map { (Set([$0["source"] as? Int ?? 0, $0["target"] as? Int ?? 0]), $0["weight"] as? Int ?? 0) },
                              uniquingKeysWith: +)
        }
        let byArticle = try edges(["--top", "50"])
        let bySentence = try edges(["--top", "50", "--within", "sentence"])
        #expect(!bySentence.isEmpty)
        #expect(bySentence.keys.allSatisfy { byArticle[$0] != nil }, "\(bySentence) vs \(byArticle)")
        let (windowed, windowedObject) = try cluster.cliJSON(["graph", "--from", "2022-08-01", "--to", "2022-08-31"])
        #expect(windowed.status == 0, "\(windowed.stderr)")
        let windowNodes = ((windowedObject?["graph"] as? [String: Any])?["nodes"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String }
        #expect(windowNodes.contains("Assimi Goïta") && !windowNodes.contains("Islamic State in the Greater Sahara"), "\(windowNodes)")
        #expect(cluster.stop("gateway") == 0)
    }
}
