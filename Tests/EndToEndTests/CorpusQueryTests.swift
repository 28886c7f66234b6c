import Foundation
import Testing

/// entity, timeline, graph and export through the real CLI, gateway and store, over the seed and the samples.
@Suite("Corpus queries end to end", .serialized)
struct CorpusQueryTests {
    /// A cluster holding the seed article and the four samples, all stored.
    private func loadedCluster() throws -> Cluster {
        let cluster = try Cluster()
        try cluster.startAll()
        let samples = SharedData.repository.appendingPathComponent("samples").path
        let ingest = try cluster.cli(["ingest", SharedData.seed.path, samples])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        try cluster.waitUntil("the five articles to be stored") {
            let (_, status) = try cluster.cliJSON(["status"])
            let services = status?["services"] as? [[String: Any]] ?? []
            let store = services.first { $0["service"] as? String == "store" }
            return (store?["counters"] as? [String: Any])?["articles"] as? Int == 5
        }
        return cluster
    }

    @Test("entity: a profile by name or id, candidates for a shared name, not_found naming an unknown one",
          .enabled(if: FileManager.default.fileExists(atPath: SharedData.seed.path)))
    func entityProfile() throws {
        let cluster = try loadedCluster()
        let (result, object) = try cluster.cliJSON(["entity", "goita"])
        #expect(result.status == 0, "\(result.stderr)")
        let profile = try #require(object?["profile"] as? [String: Any])
        let entity = try #require(profile["entity"] as? [String: Any])
        #expect(entity["name"] as? String == "Assimi Goïta")
        #expect(entity["type"] as? String == "PER")
        #expect(profile["mentions"] as? Int == 3)
        #expect(profile["articles"] as? Int == 1)
        let aliases = (profile["aliases"] as? [[String: Any]] ?? [])
        #expect(aliases.first?["alias"] as? String == "Assimi Goïta", "\(aliases)")
        #expect(aliases.compactMap { $0["mentions"] as? Int }.reduce(0, +) == 3, "spellings add up to the mentions")
        let roles = (profile["roles"] as? [[String: Any]] ?? []).compactMap { $0["role"] as? String }
        #expect(!roles.isEmpty)
        let places = (profile["cooccurring"] as? [String: Any])?["LOC"] as? [[String: Any]] ?? []
        #expect(!places.isEmpty)
        #expect(!(profile["quotes"] as? [Any] ?? []).isEmpty, "Goïta is quoted in the seed")
        // The seed has no publication date: no days to count, nothing seen first or last.
        #expect((profile["per_day"] as? [Any])?.isEmpty == true)
        #expect(profile["first_seen"] == nil)

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
}
