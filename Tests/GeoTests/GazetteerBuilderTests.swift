import Foundation
@testable import Geo
import ModelSupport
import Testing

/// The builder and the file on a handful of constructed GeoNames records.
@Suite struct GazetteerBuilderTests {
    static let sources = GeoNamesSources(
        cities: [
            GeoNamesCity(geonameid: 1, name: "Paris", alternateNames: ["Paname", "Parigi", "PAR", "Париж", "paris"],
                         lat: 48.85, lon: 2.35, country: "FR", population: 2_138_551, admin1Code: "11"),
            GeoNamesCity(geonameid: 2, name: "Paris", alternateNames: [], lat: 33.66, lon: -95.56, country: "US",
                         population: 24_782, admin1Code: "TX"),
            GeoNamesCity(geonameid: 3, name: "Lyon", alternateNames: ["Lyons"], lat: 45.75, lon: 4.85, country: "FR",
                         population: 472_317, admin1Code: "84"),
            GeoNamesCity(geonameid: 4, name: "Ménaka", alternateNames: [], lat: 15.92, lon: 2.40, country: "ML",
                         population: 14_085, admin1Code: "9"),
            GeoNamesCity(geonameid: 5, name: "Bamako", alternateNames: [], lat: 12.65, lon: -8.0, country: "ML",
                         population: 1_297_281, admin1Code: "8"),
        ],
        countries: [
            GeoNamesCountry(iso: "FR", name: "France", capital: "Paris", population: 66_987_244, geonameid: 3_017_382),
            GeoNamesCountry(iso: "US", name: "United States", capital: "Washington", population: 327_167_434, geonameid: 6_252_001),
            GeoNamesCountry(iso: "ML", name: "Mali", capital: "Bamako", population: 19_077_690, geonameid: 2_453_866),
        ],
        admin1Names: ["FR.11": "Ile-de-France", "US.TX": "Texas", "FR.84": "Auvergne-Rhone-Alpes", "ML.9": "Gao Region"],
        admin1Ids: ["US.TX": 4_736_286])

    let gazetteer = GazetteerBuilder.build(Self.sources)

    @Test func aNameMeansEveryPlaceOfItCountriesAndRegionsFirst() {
        let paris = gazetteer.places(named: "paris")
        #expect(paris.map(\.country) == ["FR", "US"])
        #expect(paris.allSatisfy { $0.kind == .city })
        #expect(paris[0].isCapital && !paris[1].isCapital)
        #expect(paris[0].admin1 == "Ile-de-France" && paris[1].admin1 == "Texas")
        #expect(gazetteer.places(named: "Texas").first?.kind == .region)
        #expect(gazetteer.places(named: "Texas").first?.geonameid == 4_736_286)
    }

    @Test func alternateNamesInLatinScriptWithCapitalsOnly() {
        #expect(gazetteer.places(named: "Parigi").first?.geonameid == 1)
        #expect(gazetteer.places(named: "Lyons").first?.geonameid == 3)
        #expect(gazetteer.places(named: "Париж").isEmpty, "not Latin script")
        #expect(gazetteer.places(named: "PAR").isEmpty, "a code in capitals, not a name")
        #expect(gazetteer.places(named: "Menaka").first?.geonameid == 4, "marks folded away")
    }

    @Test func regionsByNameWithAndWithoutTheirKind() {
        #expect(gazetteer.places(named: "Gao Region").first?.kind == .region)
        #expect(gazetteer.places(named: "Gao").first?.kind == .region)
        #expect(gazetteer.places(named: "Gao").first?.country == "ML")
    }

    @Test func countriesWithOtherNamesDemonymsAndCapitals() {
        #expect(gazetteer.places(named: "France").first?.kind == .country)
        #expect(gazetteer.places(named: "U.S.").first?.country == "US")
        #expect(gazetteer.places(named: "America").first?.country == "US")
        #expect(gazetteer.country(ofDemonym: "Malians") == "ML")
        #expect(gazetteer.country(ofDemonym: "French") == "FR")
        #expect(gazetteer.country(ofDemonym: "Paris") == nil)
        #expect(gazetteer.capital(of: "ml")?.geonameid == 5)
        let mali = gazetteer.country(code: "ML")
        #expect(mali?.lat == 12.65 && mali?.geonameid == 2_453_866, "a country sits at its capital")
        #expect(gazetteer.isSupranational("Middle East") && !gazetteer.isSupranational("Mali"))
    }

    @Test func theFileRoundTripsAndCreditsGeoNames() throws {
        let data = gazetteer.encoded()
        let read = try PlaceGazetteer(data: data)
        #expect(read.count == gazetteer.count && read.nameCount == gazetteer.nameCount)
        #expect(read.places(named: "Paris") == gazetteer.places(named: "Paris"))
        #expect(read.country(ofDemonym: "Malian") == "ML")
        let head = String(decoding: data.prefix(400), as: UTF8.self)
        #expect(head.contains("GeoNames") && head.contains("CC BY 4.0"))
        #expect(GazetteerBuilder.build(Self.sources).encoded() == data, "same data, same bytes")
    }

    @Test func aDamagedFileIsRefusedWithItsReason() throws {
        let data = gazetteer.encoded()
        #expect(throws: SectionFileError.badMagic(expected: "newswire gazetteer")) {
            try PlaceGazetteer(data: Data("not a gazetteer at all".utf8))
        }
        #expect(throws: SectionFileError.self) { try PlaceGazetteer(data: data.prefix(data.count / 2)) }
    }
}
