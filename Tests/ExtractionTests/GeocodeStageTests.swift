import Geo
import NewsModel
import Testing
@testable import Extraction

/// The geocode stage on constructed sentences, through the shipped pipeline (entity model, parse, gazetteer).
@Suite struct GeocodeStageTests {
    let pipeline = ExtractionPipeline.standard()

    func extract(_ text: String, title: String? = nil) -> Extraction {
        pipeline.extract(Article(id: "t", title: title, text: text, published: "2022-08-10"))
    }

    func geo(_ name: String, in extraction: Extraction) -> PlaceGeo? {
        extraction.entities.first { $0.name == name }?.geo
    }

    @Test("a town placed by the country named after it: \"Tessit, in northeastern Mali\"")
    func containingCountry() {
        let e = extract("Gunmen attacked an army post in Tessit, in northeastern Mali, on Sunday.")
        #expect(geo("Tessit", in: e)?.country == "ML")
        #expect(geo("Tessit", in: e)?.precision == .city)
        #expect(geo("Tessit", in: e)?.geonameid == 10_343_856)
        #expect(geo("Mali", in: e)?.precision == .country)
    }

    @Test("the article's countries choose among towns of one name")
    func evidenceChooses() {
        let france = extract("The mayor of Paris met French ministers. France will host the summit in Paris.")
        #expect(geo("Paris", in: france)?.country == "FR")
        let texas = extract("Police in Paris, Texas, arrested a man. The Texas town has 25,000 people.")
        #expect(geo("Paris", in: texas)?.country == "US")
        #expect(geo("Paris", in: texas)?.admin1 == "Texas")
    }

    @Test("\"Helmand province\" is a region")
    func regionWord() {
        let e = extract("Taliban fighters attacked police checkpoints in Helmand province on Tuesday.")
        #expect(geo("Helmand", in: e)?.precision == .region)
        #expect(geo("Helmand", in: e)?.country == "AF")
    }

    @Test("a demonym carries its country")
    func demonym() {
        let e = extract("Malian soldiers patrolled the border on Monday.")
        let malian = e.entities.first { $0.name == "Malian" }
        #expect(malian?.type == .miscellaneous)
        #expect(malian?.geo?.country == "ML")
        #expect(malian?.geo?.precision == .country)
    }

    @Test("a list of places is no \"town, its country\"")
    func listIsNoContainer() {
        let e = extract("The envoy has been shuttling between Moscow, Riyadh and Ankara before the talks.")
        #expect(geo("Moscow", in: e)?.country == "RU")
        #expect(geo("Riyadh", in: e)?.country == "SA")
        #expect(geo("Ankara", in: e)?.country == "TR")
    }

    @Test("a world region has no country")
    func supranational() {
        let e = extract("Tensions are rising across the Middle East, officials in Cairo said.")
        #expect(e.entities.first { $0.name == "Middle East" }.map { $0.geo == nil } ?? true)
        #expect(geo("Cairo", in: e)?.country == "EG")
    }

    @Test("events take their place's geography, or the article's country flagged as such")
    func eventGeography() throws {
        let e = extract("""
            Gunmen killed 12 soldiers in Tessit, in northeastern Mali, on Sunday, the army said.
            The Malian government condemned the attack on Monday.
            """, title: "Mali: 12 soldiers killed")
        let attack = try #require(e.events.first { $0.cameo.hasPrefix("18") || $0.cameo.hasPrefix("19") })
        #expect(attack.country == "ML" && attack.geoSource == .place && attack.geoPrecision == .city)
        #expect(attack.lat != nil && attack.lon != nil)
        for event in e.events where event.location == nil {
            #expect(event.country == "ML" && event.geoSource == .article && event.geoPrecision == .country)
        }
    }

    @Test("\"Ancaster, Ontario, Toronto police\": no \"and\", so no list: Ontario contains Ancaster, as a region")
    func containerWithoutAList() {
        let e = extract("Baratov was arrested in Ancaster, Ontario, Toronto police said. Canada will extradite him.")
        #expect(geo("Ontario", in: e)?.country == "CA" && geo("Ontario", in: e)?.precision == .region)
        #expect(geo("Ancaster", in: e)?.country == "CA")
    }

    @Test("\"the Old City of Mosul\": inside the town named, not a namesake abroad")
    func insideTheNamedTown() {
        let e = extract("Civilians are trapped in the Old City of Mosul as Iraqi forces and US advisers advance.")
        #expect(geo("Old City", in: e)?.country == "IQ")
    }

    @Test("a small town of a country the article never names gives way to the article's country")
    func strayTown() {
        let e = extract("A man was stabbed in a house in Artane last night. Dublin police arrested a man. Ireland's police chief spoke.")
        #expect(geo("Artane", in: e)?.country == "IE")
    }

    @Test("a site is a place whatever its type: the town its name begins with, else the article's country")
    func sites() {
        let airport = extract("Malaysia's police chief said the women attacked him at Kuala Lumpur International Airport. North Korea denied it.")
        let named = airport.entities.first { $0.name == "Kuala Lumpur International Airport" }
        #expect(named?.geo?.country == "MY")
        let square = extract("Syrian troops closed routes into Abbasid Square in Damascus on Sunday as Syria's army fought rebels.")
        #expect(square.entities.first { $0.name == "Abbasid Square" }?.geo?.country == "SY")
    }

    @Test("an organisation named as a country is the country")
    func countryNamedOrganisation() {
        let e = extract("The US said on Monday that it would send more troops. Washington has 5,000 soldiers in Iraq.")
        #expect(e.entities.first { $0.name == "US" }?.geo?.country == "US")
    }

    @Test("the title's country is evidence")
    func titleEvidence() {
        let e = extract("Rebels shelled Hama again on Friday.", title: "Syria: rebels press on")
        #expect(geo("Hama", in: e)?.country == "SY")
    }
}

/// The choice itself, on constructed entries: no document, no gazetteer file.
@Suite struct PlaceResolverTests {
    static func place(_ kind: PlaceGazetteer.Kind, _ country: String, population: Int, names: Int = 5,
                      admin1: String? = nil, capital: Bool = false) -> PlaceGazetteer.Place {
        PlaceGazetteer.Place(index: 0, kind: kind, country: country, admin1: admin1, lat: 0, lon: 0, geonameid: 1,
                             population: population, isCapital: capital, nameCount: names)
    }

    @Test func largerAndBetterKnownWinsWithoutEvidence() {
        let big = Self.place(.city, "CH", population: 200_000, names: 150)
        let small = Self.place(.city, "US", population: 20_000, names: 4)
        #expect(PlaceResolver.choose([small, big], evidence: GeoEvidence(), context: MentionContext())?.country == "CH")
    }

    @Test func theArticlesFocusOutweighsPopulation() {
        let big = Self.place(.city, "FR", population: 2_000_000, names: 100)
        let small = Self.place(.city, "US", population: 25_000, names: 4)
        var evidence = GeoEvidence()
        evidence.vote("US", 5)
        let context = MentionContext(country: "US")
        #expect(PlaceResolver.choose([big, small], evidence: evidence, context: context)?.country == "US")
    }

    @Test func regionWordsAndContainersPreferRegions() {
        let town = Self.place(.city, "SY", population: 130_000, admin1: "Idlib")
        let region = Self.place(.region, "SY", population: 440_000, names: 0, admin1: "Idlib")
        #expect(PlaceResolver.choose([region, town], evidence: GeoEvidence(), context: MentionContext())?.kind == .city)
        #expect(PlaceResolver.choose([region, town], evidence: GeoEvidence(), context: MentionContext(isRegion: true))?.kind == .region)
        #expect(PlaceResolver.choose([region, town], evidence: GeoEvidence(), context: MentionContext(isContainer: true))?.kind == .region)
    }

    @Test func aSmallTownOfAnUnnamedCountryIsAStray() {
        var evidence = GeoEvidence()
        evidence.vote("IE", 3)
        #expect(PlaceResolver.isStray(Self.place(.city, "TR", population: 19_000), evidence: evidence))
        #expect(!PlaceResolver.isStray(Self.place(.city, "TR", population: 900_000), evidence: evidence))
        #expect(!PlaceResolver.isStray(Self.place(.city, "IE", population: 5_000), evidence: evidence))
        #expect(!PlaceResolver.isStray(Self.place(.city, "TR", population: 19_000), evidence: GeoEvidence()))
    }
}

extension Event {
    /// The event without what the geocode stage adds.
    var withoutGeography: Event {
        var event = self
        event.country = nil
        event.lat = nil
        event.lon = nil
        event.geoPrecision = nil
        event.geoSource = nil
        return event
    }
}
