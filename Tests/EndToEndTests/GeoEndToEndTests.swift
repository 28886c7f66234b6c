import Foundation
import Testing

/// Geography through the real CLI, gateway, store and extractor: --country, places, events --geojson.
@Suite("Geography end to end", .serialized)
struct GeoEndToEndTests {
    @Test("the seed article's places, countries and events on the map through the gateway",
          .enabled(if: SharedData.hasSeed, SharedData.seedMissing))
    func placesCountriesAndGeoJSON() throws {
        let cluster = try Cluster()
        try cluster.startAll()
        let ingest = try cluster.cli(["ingest", SharedData.seed.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        var id = ""
        try cluster.waitUntil("the seed to be stored") {
            id = try cluster.searchIDs("Wagner").first ?? ""
            return !id.isEmpty
        }

        let (attack, attackJSON) = try cluster.cliJSON(["events", "--country", "ml", "--cameo", "18,19,20"])
        #expect(attack.status == 0, "\(attack.stderr)")
        let rows = attackJSON?["events"] as? [[String: Any]] ?? []
        let tessit = try #require(rows.first)
        #expect(tessit["country"] as? String == "ML" && tessit["geo_precision"] as? String == "city", "\(rows)")
        #expect(tessit["geo_source"] as? String == "place")
        #expect(abs((tessit["lat"] as? Double ?? 0) - 15.2) < 0.1 && abs((tessit["lon"] as? Double ?? 0) + 0.3) < 0.1)
        let (_, elsewhere) = try cluster.cliJSON(["events", "--country", "FR"])
        #expect(elsewhere?["total"] as? Int == 0)

        let csv = try cluster.cli(["events", "--csv", "--place", "Tessit"])
        let cells = csv.stdout.split(separator: "\n").last?.split(separator: ",", omittingEmptySubsequences: false) ?? []
        #expect(cells.count >= 14 && cells[11] == "ML" && cells[12].hasPrefix("15.2"), "country/lat/lon filled: \(csv.stdout)")

        let geojson = try cluster.cli(["events", "--geojson", "--all"])
        #expect(geojson.status == 0, "\(geojson.stderr)")
        let collection = try JSONSerialization.jsonObject(with: Data(geojson.stdout.utf8)) as? [String: Any]
        #expect(collection?["type"] as? String == "FeatureCollection")
        let features = collection?["features"] as? [[String: Any]] ?? []
        #expect(!features.isEmpty)
        #expect(features.allSatisfy { (($0["geometry"] as? [String: Any])?["coordinates"] as? [Double])?.count == 2 })
        #expect(features.contains { ($0["properties"] as? [String: Any])?["place"] as? String == "Tessit" })

        let (places, placesJSON) = try cluster.cliJSON(["places"])
        #expect(places.status == 0, "\(places.stderr)")
        let listed = placesJSON?["places"] as? [[String: Any]] ?? []
        #expect(listed.contains { $0["name"] as? String == "Tessit" && $0["country"] as? String == "ML" }, "\(listed)")
        #expect(listed.contains { $0["name"] as? String == "Abidjan" && $0["country"] as? String == "CI" })
        let table = try cluster.cli(["places", "--country", "ML"])
        #expect(table.stdout.contains("Bamako") && !table.stdout.contains("Abidjan"), "\(table.stdout)")

        let search = try cluster.cli(["search", "--country", "CI"])
        #expect(search.status == 0 && search.stdout.contains(id), "\(search.stdout)\(search.stderr)")
        let (_, entities) = try cluster.cliJSON(["entities", "--country", "ML"])
        let names = (entities?["entities"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(names.contains("Mali") && names.contains("Tessit") && names.contains("Malian") && !names.contains("Abidjan"), "\(names)")
        let (_, quotes) = try cluster.cliJSON(["quotes", "--country", "ML"])
        #expect((quotes?["total"] as? Int ?? 0) > 0)

        let bad = try cluster.cli(["quotes", "--country", "XX"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("'XX' is no country's code"), "\(bad.stderr)")
    }
}
