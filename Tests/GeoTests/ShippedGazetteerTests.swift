import Geo
import Testing

/// The gazetteer shipped in the package (built from GeoNames by `newswire gazetteer build`).
@Suite struct ShippedGazetteerTests {
    let gazetteer = PlaceGazetteer.bundled

    @Test func itLoadsAndIsWhole() throws {
        let gazetteer = try #require(gazetteer, "Sources/Geo/Resources/gazetteer-geonames.bin must load")
        #expect(gazetteer.count > 170_000)
        #expect(gazetteer.nameCount > 300_000)
        #expect(gazetteer.metadata["credit"]?.contains("GeoNames") == true)
    }

    @Test func famousAndAmbiguousNames() throws {
        let gazetteer = try #require(gazetteer)
        #expect(gazetteer.places(named: "Aleppo").contains { $0.country == "SY" && $0.kind == .city })
        #expect(gazetteer.places(named: "Tessit").first?.country == "ML")
        #expect(Set(gazetteer.places(named: "Paris").map(\.country)).isSuperset(of: ["FR", "US"]))
        let georgia = gazetteer.places(named: "Georgia")
        #expect(georgia.first?.kind == .country && georgia.first?.country == "GE")
        #expect(georgia.contains { $0.kind == .region && $0.country == "US" })
        #expect(gazetteer.places(named: "Helmand").first?.kind == .region)
        #expect(gazetteer.capital(of: "SY")?.geonameid == 170_654, "Damascus")
        #expect(gazetteer.country(ofDemonym: "Afghans") == "AF")
        #expect(gazetteer.places(named: "Zzyzxqq").isEmpty)
    }

    @Test func theCountryCodesAreISO() throws {
        let gazetteer = try #require(gazetteer)
        #expect(gazetteer.isCountryCode("sy") && gazetteer.isCountryCode("XK"))
        #expect(!gazetteer.isCountryCode("XX"))
        #expect(gazetteer.countryName(code: "CI") == "Ivory Coast")
    }
}
