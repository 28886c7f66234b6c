import Foundation
import Testing

/// Near-duplicates and merged incidents through the real CLI, gateway, ingester, extractor and store: the sample
/// article as two outlets ran it (the second with a credit line added, so a different article).
@Suite("Near-duplicates and merged incidents end to end", .serialized)
struct DuplicateEndToEndTests {
    static func twoOutlets() throws -> URL {
        let text = try String(contentsOf: SharedData.sample, encoding: .utf8)
        let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        let title = String(lines[0]), body = String(lines.count > 1 ? lines[1] : "")
        let articles: [[String: String]] = [
            ["title": title, "text": body, "published": "2023-06-03", "source": "wire.example", "url": "https://wire.example/lagos"],
            ["title": title, "text": body + "\nReporting by the Lagos bureau; editing by the night desk.",
             "published": "2023-06-04", "source": "daily.example", "url": "https://daily.example/lagos"],
        ]
        let lineData = try articles.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("two-outlets-\(UUID().uuidString).jsonl")
        try lineData.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test("duplicates, article copies, search --collapse and events --merged through the gateway")
    func copiesAndIncidents() throws {
        let file = try Self.twoOutlets()
        defer { try? FileManager.default.removeItem(at: file) }
        let cluster = try Cluster()
        try cluster.startAll()
        let ingest = try cluster.cli(["ingest", file.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        var ids: [String] = []
        try cluster.waitUntil("both copies to be stored") {
            ids = try cluster.searchIDs("Hundeyin")
            return ids.count == 2
        }

        let (listed, clusters) = try cluster.cliJSON(["duplicates", "--min-overlap", "0.8"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let first = (clusters?["clusters"] as? [[String: Any]])?.first
        let members = (first?["articles"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        #expect(Set(members) == Set(ids), "\(listed.stdout)")
        #expect(clusters?["total"] as? Int == 1)
        #expect((first?["articles"] as? [[String: Any]])?.first?["source"] as? String == "wire.example", "oldest first")
        let table = try cluster.cli(["duplicates"])
        #expect(table.stdout.contains("2 articles") && table.stdout.contains("1-1 of 1 clusters"), "\(table.stdout)")

        let (_, article) = try cluster.cliJSON(["article", ids[0]])
        let copies = (article?["duplicates"] as? [[String: Any]]) ?? []
        #expect(copies.compactMap { $0["id"] as? String } == [ids[1]], "\(String(describing: article?["duplicates"]))")
        #expect((copies.first?["overlap"] as? Double ?? 0) > 0.8)
        let articleTable = try cluster.cli(["article", ids[1]])
        #expect(articleTable.stdout.contains("Near-duplicates (1") && articleTable.stdout.contains(ids[0]), "\(articleTable.stdout)")

        let (_, plain) = try cluster.cliJSON(["search", "Hundeyin"])
        let (_, collapsed) = try cluster.cliJSON(["search", "--collapse", "Hundeyin"])
        #expect((plain?["hits"] as? [[String: Any]])?.count == 2)
        let hits = (collapsed?["hits"] as? [[String: Any]]) ?? []
        #expect(hits.count == 1, "\(String(describing: collapsed))")
        let shown = hits.first?["id"] as? String ?? ""
        #expect((hits.first?["copies"] as? [String]) == ids.filter { $0 != shown })

        let (_, events) = try cluster.cliJSON(["events", "--all"])
        let (mergedRun, merged) = try cluster.cliJSON(["events", "--merged", "--all"])
        #expect(mergedRun.status == 0, "\(mergedRun.stderr)")
        let perArticle = (events?["events"] as? [[String: Any]]) ?? []
        let incidents = (merged?["events"] as? [[String: Any]]) ?? []
        #expect(!incidents.isEmpty)
        #expect(perArticle.count == 2 * incidents.count, "\(perArticle.count) reports, \(incidents.count) incidents")
        #expect(incidents.allSatisfy { $0["num_articles"] as? Int == 2 && $0["num_sources"] as? Int == 2 }, "\(incidents)")
        #expect(incidents.allSatisfy { ($0["mentions"] as? [[String: Any]])?.count == 2 })
        let csv = try cluster.cli(["events", "--merged", "--csv", "--all"])
        let header = csv.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.hasSuffix(",start,end,num_articles,num_sources"), "\(header)")
        #expect(header.split(separator: ",").count == 27)
        #expect(csv.stdout.split(separator: "\n").dropFirst().allSatisfy { $0.hasSuffix(",2,2") }, "\(csv.stdout)")

        let low = try cluster.cli(["duplicates", "--min-overlap", "0.1"])
        #expect(low.status != 0 && low.stderr.contains("--min-overlap must be between 0.3 and 1"), "\(low.stderr)")
    }
}
