import Foundation
import Testing

/// events, events --sum, quotes and filter-only search through the real CLI, gateway and store.
@Suite("Events and quotes end to end", .serialized)
struct EventQueryEndToEndTests {
    @Test("events, sums and quotes of the seed article through the gateway, as JSON, CSV and tables",
          .enabled(if: SharedData.hasSeed, SharedData.seedMissing))
    func eventsSumsAndQuotes() throws {
        let cluster = try Cluster()
        try cluster.startAll()
        let ingest = try cluster.cli(["ingest", SharedData.seed.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        var id = ""
        try cluster.waitUntil("the seed to be stored") {
            id = try cluster.searchIDs("Wagner").first ?? ""
            return !id.isEmpty
        }

        let (violent, violentJSON) = try cluster.cliJSON(["events", "--cameo", "18,19,20"])
        #expect(violent.status == 0, "\(violent.stderr)")
        let rows = violentJSON?["events"] as? [[String: Any]] ?? []
        #expect(rows.count == 1 && violentJSON?["total"] as? Int == 1, "\(violent.stdout)")
        let attack = try #require(rows.first)
        #expect(attack["fatalities"] as? Int == 42)
        #expect((attack["place"] as? [String: Any])?["name"] as? String == "Tessit")
        #expect(attack["article_id"] as? String == id)
        #expect((attack["sentence"] as? String)?.contains("Tessit") == true)
        #expect((attack["actors"] as? [[String: Any]])?.first?["name"] as? String == "Islamic State in the Greater Sahara")

        let (_, byActor) = try cluster.cliJSON(["events", "--actor", "assimi goita"])
        let actorRows = byActor?["events"] as? [[String: Any]] ?? []
        #expect(!actorRows.isEmpty && actorRows.allSatisfy { $0["cameo"] as? String == "04" }, "\(actorRows)")

        let csv = try cluster.cli(["events", "--csv", "--all"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(separator: "\n", omittingEmptySubsequences: true)
        #expect(lines.first == "event_id,date,date_precision,cameo,label,actor1,actor1_id,actor2,actor2_id,place,place_id,country,lat,lon,fatalities,injured,held,trigger,sentence,article_id,url,source,published,start,end")
        #expect(lines.count >= 6, "\(csv.stdout)")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(id + "-") }, "event ids start with the article id")

        let tsv = try cluster.cli(["events", "--tsv", "--place", "Tessit"])
        #expect(tsv.stdout.split(separator: "\n").count == 2)
        #expect(tsv.stdout.split(separator: "\n").last?.split(separator: "\t", omittingEmptySubsequences: false).count == 25)

        let table = try cluster.cli(["events", "--place", "tessit"])
        #expect(table.stdout.contains("Tessit") && table.stdout.contains("42") && table.stdout.contains("1-1 of 1 events"),
                "\(table.stdout)")

        let (sums, sumsJSON) = try cluster.cliJSON(["events", "--sum", "--by", "cameo"])
        #expect(sums.status == 0, "\(sums.stderr)")
        let groups = sumsJSON?["sums"] as? [[String: Any]] ?? []
        let assault = groups.first { $0["key"] as? String == "18" }
        #expect(assault?["fatalities"] as? Int == 42 && assault?["events"] as? Int == 1, "\(groups)")
        #expect(groups.reduce(0) { $0 + ($1["events"] as? Int ?? 0) } == lines.count - 1, "every event in one group")
        let sumCSV = try cluster.cli(["events", "--sum", "--by", "cameo", "--csv", "--all"])
        let sumLines = sumCSV.stdout.split(separator: "\n")
        #expect(sumLines.first == "cameo,label,events,articles,fatalities,injured,held")
        #expect(sumLines.count == groups.count + 1 && sumLines.contains("18,assault,1,1,42,0,0"), "\(sumCSV.stdout)")
        let sumTable = try cluster.cli(["events", "--sum", "--by", "cameo"])
        #expect(sumTable.stdout.contains("assault"), "\(sumTable.stdout)")

        let (quotes, quotesJSON) = try cluster.cliJSON(["quotes", "--speaker", "ASSIMI GOITA"])
        #expect(quotes.status == 0, "\(quotes.stderr)")
        let said = quotesJSON?["quotes"] as? [[String: Any]] ?? []
        #expect(said.count == 1 && (said.first?["quote"] as? String)?.hasPrefix("We spoke of") == true, "\(quotes.stdout)")
        #expect(said.first?["article_id"] as? String == id)
        let (_, words) = try cluster.cliJSON(["quotes", "--text", "mercenaries"])
        #expect((words?["quotes"] as? [[String: Any]])?.count == 1)
        let quoteCSV = try cluster.cli(["quotes", "--csv", "--speaker", "Sadio Camara"])
        #expect(quoteCSV.stdout.hasPrefix("speaker,quote,cue,date,article_id,url\n"), "\(quoteCSV.stdout)")

        let listing = try cluster.cli(["search", "--entity", "assimi goita"])
        #expect(listing.status == 0 && listing.stdout.contains(id), "filters alone list articles: \(listing.stdout)\(listing.stderr)")
        let phrase = try cluster.cli(["search", "--phrase", "private Russian army"])
        #expect(phrase.stdout.contains(id), "\(phrase.stdout)")

        let backwards = try cluster.cli(["events", "--from", "2022-08-10", "--to", "2022-08-01"])
        #expect(backwards.status != 0)
        #expect(backwards.stderr.contains("'to' (2022-08-01) is before 'from' (2022-08-10)"), "\(backwards.stderr)")
        let badBy = try cluster.cli(["events", "--sum", "--by", "year"])
        #expect(badBy.status != 0 && badBy.stderr.contains("'by'") && badBy.stderr.contains("year"), "\(badBy.stderr)")
        let badCode = try cluster.cli(["events", "--cameo", "99"])
        #expect(badCode.status != 0 && badCode.stderr.contains("'cameo'") && badCode.stderr.contains("99"), "\(badCode.stderr)")

        for name in ["gateway", "extractor", "ingester", "store"] {
            #expect(cluster.stop(name) == 0, "\(name) exits cleanly:\n\(cluster.log(name).suffix(2000))")
        }
    }
}
