import Foundation
import NewsModel
import Testing
@testable import Storage

/// place_geo, the events' geography, the `country` filters and the `places` query (SQLiteStore+Geo.swift).
@Suite struct GeoStoreTests {
    /// The Syria fixture with its places geocoded as the geocode stage would, and its events placed.
    static var geocodedSyria: (article: Article, extraction: Extraction) {
        var (article, extraction) = Fixture.syria
        let geo: [String: PlaceGeo] = [
            "Palmyra": PlaceGeo(country: "SY", admin1: "Homs", lat: 34.56, lon: 38.28, geonameid: 163_345, precision: .city),
            "Idlib": PlaceGeo(country: "SY", admin1: "Idlib", lat: 35.87, lon: 36.61, precision: .region),
            "Damascus": PlaceGeo(country: "SY", admin1: "Dimashq", lat: 33.51, lon: 36.29, geonameid: 170_654, precision: .city),
            "Russian": PlaceGeo(country: "RU", lat: 55.75, lon: 37.62, geonameid: 2_017_370, precision: .country),
        ]
        for k in extraction.entities.indices { extraction.entities[k].geo = geo[extraction.entities[k].name] }
        let byID = Dictionary(uniqueKeysWithValues: extraction.entities.map { ($0.id, $0) })
        for k in extraction.events.indices {
            guard let id = extraction.events[k].location, let place = byID[id]?.geo else { continue }
            extraction.events[k].country = place.country
            extraction.events[k].lat = place.lat
            extraction.events[k].lon = place.lon
            extraction.events[k].geoPrecision = place.precision
            extraction.events[k].geoSource = .place
        }
        return (article, extraction)
    }

    /// Another article, in Mali, whose one place is Damascus too (a second article for the counts).
    static var mali: (article: Article, extraction: Extraction) {
        let text = "Officials in Bamako and Damascus spoke on Monday."
        let article = Article(id: "mali-geo", title: "Talks", text: text, published: "2023-03-06")
        let extraction = Extraction(article: article.metadata, entities: [
            Entity(id: "E1", type: .location, name: "Bamako", mentions: [Fixture.span("Bamako", in: text)],
                   geo: PlaceGeo(country: "ML", lat: 12.65, lon: -8.0, geonameid: 2_460_596, precision: .city)),
            Entity(id: "E2", type: .location, name: "Damascus", mentions: [Fixture.span("Damascus", in: text)],
                   geo: PlaceGeo(country: "SY", lat: 33.51, lon: 36.29, geonameid: 170_654, precision: .city)),
        ], sentences: Fixture.sentences(of: text))
        return (article, extraction)
    }

    func withGeoStore<T>(_ body: (SQLiteStore) throws -> T) throws -> T {
        try withStore { store, _ in
            try store.upsert([Self.geocodedSyria, Self.mali, Fixture.mali])
            return try body(store)
        }
    }

    @Test func eventsCarryTheirPlacesGeography() throws {
        try withGeoStore { store in
            let page = try store.events(EventQuery(country: "SY"))
            #expect(page.total == 3)
            let attack = try #require(page.events.first { $0.cameo == "18" })
            #expect(attack.lat == 34.56 && attack.lon == 38.28 && attack.geoPrecision == .city && attack.geoSource == .place)
            let strike = try #require(page.events.first { $0.cameo == "195" })
            #expect(strike.geoPrecision == .region)
            #expect(try store.events(EventQuery(country: "ML")).total == 0, "the other fixtures' events are not geocoded")
        }
    }

    @Test func searchQuotesAndEntitiesByCountry() throws {
        try withGeoStore { store in
            var search = SearchQuery(text: "")
            search.country = "SY"
            #expect(Set(try store.search(search).hits.map(\.id)) == ["syria-3", "mali-geo"])
            search.country = "ML"
            #expect(try store.search(search).hits.map(\.id) == ["mali-geo"])
            search.country = "FR"
            #expect(try store.search(search).total == 0)
            var quotes = QuoteQuery()
            quotes.country = "SY"
            #expect(try store.quotes(quotes).total == 1)
            quotes.country = "ML"
            #expect(try store.quotes(quotes).total == 0)
            let syrian = try store.entities(type: nil, namePrefix: nil, country: "SY", limit: 20, offset: 0).map(\.name)
            #expect(Set(syrian) == ["Palmyra", "Idlib", "Damascus"])
            let russian = try store.entities(type: nil, namePrefix: nil, country: "RU", limit: 20, offset: 0).map(\.name)
            #expect(russian == ["Russian"], "a demonym is placed in its country")
        }
    }

    @Test func placesMostMentionedFirst() throws {
        try withGeoStore { store in
            let page = try store.places(PlaceQuery())
            #expect(page.total == 4, "Palmyra, Idlib, Damascus, Bamako: demonyms are no places")
            let first = try #require(page.places.first)
            #expect(first.name == "Damascus" && first.articles == 2 && first.geonameid == 170_654 && first.country == "SY")
            #expect(try store.places(PlaceQuery(country: "ML")).places.map(\.name) == ["Bamako"])
            #expect(try store.places(PlaceQuery(precision: .region)).places.map(\.name) == ["Idlib"])
        }
    }

    @Test func storingAnArticleAgainReplacesItsPlaces() throws {
        try withGeoStore { store in
            var (article, extraction) = Self.mali
            extraction.entities.removeLast()
            try store.upsert(article: article, extraction: extraction)
            #expect(try store.places(PlaceQuery()).places.first { $0.name == "Damascus" }?.articles == 1)
        }
    }

    @Test func theQueryHandlerChecksCountryCodes() throws {
        try withGeoStore { store in
            let handler = QueryHandler(store: store)
            for kind in [QueryName.search, .quotes, .entities, .events, .places] {
                let bad = error(handler, request(kind) { $0.country = "XX" })
                #expect(bad?.code == .invalidParameter && bad?.message.contains("'XX' is no country's code") == true, "\(kind)")
                #expect(error(handler, request(kind) { $0.country = "Syria" })?.message.contains("ISO 3166-1 alpha-2") == true)
            }
            guard case .success(let reply) = handler.handle(request(.places) { $0.country = "sy" }) else {
                Issue.record("places with a country")
                return
            }
            #expect(reply.places?.map(\.name).contains("Palmyra") == true && reply.total == 3)
            guard case .success(let listed) = handler.handle(request(.search) { $0.country = "ML" }) else {
                Issue.record("search with a country alone")
                return
            }
            #expect(listed.hits?.map(\.id) == ["mali-geo"])
            #expect(error(handler, request(.places) { $0.kind = "village" })?.message.contains("city, region or country") == true)
        }
    }
}
