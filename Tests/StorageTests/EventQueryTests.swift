import NewsModel
import Testing
@testable import Storage

@Suite struct EventQueryTests {
    private func keys(_ store: SQLiteStore, _ query: EventQuery) throws -> [String] {
        try store.events(query).events.map(\.trigger)
    }

    @Test func everyEventNewestFirstWithItsRow() throws {
        try Fixture.withEvents { store throws in
            let page = try store.events(EventQuery())
            #expect(page.total == 5)
            // struck has no date of its own: it counts as of its article's day (2023-03-05); detained is March 2023.
            #expect(page.events.map(\.trigger) == ["struck", "attacked", "detained", "killed", "met"])
            let attack = try #require(page.events.first { $0.trigger == "attacked" })
            let text = Fixture.syriaText
            #expect(attack.eventID == "syria-3-\(Fixture.span("attacked", in: text).start)")
            #expect(attack.date == "2023-03-03" && attack.datePrecision == "day")
            #expect(attack.cameo == "18" && attack.label == "assault")
            #expect(attack.actors.map(\.name) == ["Islamic State"])
            #expect(attack.targets.map(\.name) == ["Syrian Army"])
            #expect(attack.place?.name == "Palmyra")
            #expect(attack.fatalities == 12 && attack.injured == 4 && attack.held == nil)
            #expect(attack.sentence == "Islamic State fighters attacked an army post near Palmyra on March 3, killing 12 soldiers and wounding 4.")
            #expect(attack.articleID == "syria-3" && attack.url == "https://aljazeera.com/syria")
            #expect(attack.source == "aljazeera.com" && attack.published == "2023-03-05T08:00:00Z")
            #expect(attack.start == Fixture.span("attacked", in: text).start)
            #expect(attack.country == nil && attack.lat == nil)
            let struck = try #require(page.events.first { $0.trigger == "struck" })
            #expect(struck.date == nil && struck.datePrecision == nil)
            let detained = try #require(page.events.first { $0.trigger == "detained" })
            #expect(detained.date == "2023-03" && detained.datePrecision == "month" && detained.held == 30)
            #expect(detained.actors.isEmpty && detained.targets.isEmpty)
        }
    }

    @Test func eventIDsAreStableAcrossReingest() throws {
        try Fixture.withEvents { store throws in
            let before = try store.events(EventQuery()).events.map(\.eventID)
            try store.upsert([Fixture.syria, Fixture.mali])
            let after = try store.events(EventQuery()).events.map(\.eventID)
            #expect(before == after)
            #expect(Set(after).count == 5)
            #expect(try store.events(EventQuery(text: "Palmyra")).total == 1, "the re-stored sentence is indexed once")
        }
    }

    @Test func cameoTakesRootsAndPrefixes() throws {
        try Fixture.withEvents { store throws in
            #expect(try keys(store, EventQuery(cameo: ["18", "19"])) == ["struck", "attacked", "killed"])
            #expect(try keys(store, EventQuery(cameo: ["19"])) == ["struck", "killed"])
            #expect(try keys(store, EventQuery(cameo: ["195"])) == ["struck"])
            #expect(try keys(store, EventQuery(cameo: ["1951"])) == [])
            #expect(try keys(store, EventQuery(cameo: ["04"])) == ["met"])
        }
    }

    @Test func namesMatchAnySpellingOfTheCanonicalEntity() throws {
        try Fixture.withEvents { store throws in
            for name in ["Assimi Goïta", "goita", "GOÏTA"] {
                #expect(try keys(store, EventQuery(actor: name)) == ["met"], "\(name)")
            }
            #expect(try keys(store, EventQuery(actor: "russian")) == ["struck"])
            #expect(try keys(store, EventQuery(target: "Russian")) == ["met"])
            #expect(try keys(store, EventQuery(participant: "Russian")) == ["struck", "met"])
            #expect(try keys(store, EventQuery(target: "ARMY")) == ["attacked"], "an alias")
            #expect(try keys(store, EventQuery(actor: "Syrian Army")) == [])
            #expect(try keys(store, EventQuery(place: "palmyra")) == ["attacked"])
            #expect(try keys(store, EventQuery(place: "Nowhere")) == [])
        }
    }

    @Test func datesBoundTheEventsDayAndPublishedTheArticles() throws {
        try Fixture.withEvents { store throws in
            #expect(try keys(store, EventQuery(from: "2023-01-01")) == ["struck", "attacked", "detained"])
            #expect(try keys(store, EventQuery(from: "2023-03-03", to: "2023-03-03")) == ["attacked"])
            #expect(try keys(store, EventQuery(to: "2022-12-31")) == ["killed", "met"])
            #expect(try keys(store, EventQuery(from: "2023-03-02", to: "2023-03-31")) == ["struck", "attacked"],
                    "a month-precision date counts as its first day")
            #expect(try keys(store, EventQuery(publishedFrom: "2023-03-05", publishedTo: "2023-03-05")).count == 3)
            #expect(try keys(store, EventQuery(publishedTo: "2022-08-10")) == ["killed", "met"])
        }
    }

    @Test func fatalitiesTextAndCountryFilter() throws {
        try Fixture.withEvents { store throws in
            #expect(try keys(store, EventQuery(minFatalities: 12)) == ["attacked", "killed"])
            #expect(try keys(store, EventQuery(minFatalities: 13)) == ["killed"])
            #expect(try keys(store, EventQuery(minFatalities: 0)) == ["attacked", "killed"], "unknown tolls never match")
            #expect(try keys(store, EventQuery(text: "jets")) == ["struck"])
            #expect(try keys(store, EventQuery(text: "\"army post\"")) == ["attacked"])
            #expect(try keys(store, EventQuery(text: "soldiers")) == ["attacked", "killed"])
            #expect(try keys(store, EventQuery(text: "*")) == [], "no words match nothing")
            #expect(try keys(store, EventQuery(country: "SY")) == [], "not geocoded yet")
        }
    }

    @Test func filtersCombineAndPage() throws {
        try Fixture.withEvents { store throws in
            #expect(try keys(store, EventQuery(cameo: ["18", "19"], from: "2023-01-01", minFatalities: 1)) == ["attacked"])
            #expect(try keys(store, EventQuery(participant: "Russian", text: "jets")) == ["struck"])
            let first = try store.events(EventQuery(limit: 2)), second = try store.events(EventQuery(limit: 2, offset: 2))
            #expect(first.total == 5 && second.total == 5)
            #expect(first.events.map(\.trigger) + second.events.map(\.trigger) == ["struck", "attacked", "detained", "killed"])
            #expect(try store.events(EventQuery(offset: 9)).events.isEmpty)
        }
    }

    @Test(arguments: ["'; DROP TABLE events;--", "\"", "x' OR '1'='1", "%", "_"])
    func namesAreArgumentsNeverSQL(name: String) throws {
        try Fixture.withEvents { store throws in
            #expect(try store.events(EventQuery(actor: name, place: name)).total == 0)
            #expect(try store.events(EventQuery(text: name)).total == 0)
            #expect(try store.events(EventQuery()).total == 5)
        }
    }

    @Test func deletingAnArticleRemovesItsEventsFromTheIndex() throws {
        try Fixture.withEvents { store throws in
            let replaced = Fixture.plain(id: "syria-3", title: "Corrected", text: "Nothing happened.", published: "2023-03-06",
                                         source: nil)
            try store.upsert([replaced])
            #expect(try store.events(EventQuery(text: "jets")).total == 0)
            #expect(try store.events(EventQuery()).total == 2)
        }
    }

    @Test func csvCellsFollowTheColumns() throws {
        try Fixture.withEvents { store throws in
            let attack = try #require(try store.events(EventQuery(cameo: ["18"])).events.first)
            let cells = attack.cells
            #expect(cells.count == EventRow.columns.count)
            func cell(_ name: String) -> String? { cells[EventRow.columns.firstIndex(of: name)!] }
            #expect(cell("actor1") == "Islamic State" && cell("actor2") == "Syrian Army")
            #expect(cell("actor1_id") == attack.actors.first.map { String($0.id) } && cell("place_id") == attack.place.map { String($0.id) })
            #expect(cell("fatalities") == "12" && cell("held") == nil && cell("country") == nil)
            #expect(cell("end") == "\(attack.end!)" && cell("published") == "2023-03-05T08:00:00Z")
        }
    }
}
