import NewsModel
import Testing
@testable import Storage

@Suite struct EventSumTests {
    private func sums(_ store: SQLiteStore, _ by: EventGrouping, _ query: EventQuery = EventQuery()) throws -> [EventSum] {
        try store.eventSums(query, by: by).sums
    }

    @Test func byDayWeekAndMonthInCalendarOrder() throws {
        try Fixture.withEvents { store throws in
            // The arrest is dated "2023-03": it keeps its month rather than taking March 1st.
            #expect(try sums(store, .day) == [
                EventSum(key: "2022-08-10", events: 2, articles: 1, fatalities: 42),
                EventSum(key: "2023-03", events: 1, articles: 1, held: 30),
                EventSum(key: "2023-03-03", events: 1, articles: 1, fatalities: 12, injured: 4),
                EventSum(key: "2023-03-05", events: 1, articles: 1),
            ])
            // 2023-03-03 is a Friday, 03-05 a Sunday: one week from Monday 02-27.
            #expect(try sums(store, .week) == [
                EventSum(key: "2022-08-08", events: 2, articles: 1, fatalities: 42),
                EventSum(key: "2023-02-27", events: 2, articles: 1, fatalities: 12, injured: 4),
                EventSum(key: "2023-03", events: 1, articles: 1, held: 30),
            ])
            #expect(try sums(store, .month).map(\.key) == ["2022-08", "2023-03"])
            #expect(try sums(store, .month).map(\.events) == [2, 3])
        }
    }

    @Test func byCameoRootWithLabelsBiggestFirst() throws {
        try Fixture.withEvents { store throws in
            let groups = try sums(store, .cameo)
            // 19 holds "19" (killed, 42 dead) and "195" (struck): the root groups both.
            #expect(groups.first == EventSum(key: "19", label: "fight", events: 2, articles: 2, fatalities: 42))
            #expect(Set(groups.map(\.key)) == ["19", "18", "17", "04"])
            #expect(groups.first { $0.key == "18" }?.label == "assault")
        }
    }

    @Test func byActorPlaceAndCountryKeepTheEventsWithoutOne() throws {
        try Fixture.withEvents { store throws in
            let actors = try sums(store, .actor)
            #expect(actors.first == EventSum(key: nil, events: 2, articles: 2, fatalities: 42, held: 30),
                    "killed and detained have no actor")
            #expect(Set(actors.compactMap(\.label)) == ["Assimi Goïta", "Islamic State", "Russian"])
            #expect(actors.allSatisfy { $0.key == nil || Int($0.key!) != nil }, "keys are entity ids")
            let places = try sums(store, .place)
            #expect(places.count == 5 && places.allSatisfy { $0.events == 1 })
            #expect(places.first?.label == "Tessit", "most dead first among equals")
            #expect(try sums(store, .country) == [EventSum(key: nil, events: 5, articles: 2, fatalities: 54, injured: 4, held: 30)])
        }
    }

    @Test func filtersApplyAndGroupsPage() throws {
        try Fixture.withEvents { store throws in
            let violent = EventQuery(cameo: ["18", "19", "20"], from: "2023-03-01", to: "2023-03-31")
            #expect(try sums(store, .month, violent) == [EventSum(key: "2023-03", events: 2, articles: 1, fatalities: 12, injured: 4)])
            let page = try store.eventSums(EventQuery(limit: 2, offset: 1), by: .day)
            #expect(page.total == 4)
            #expect(page.sums.map(\.key) == ["2023-03", "2023-03-03"])
            #expect(try sums(store, .day, EventQuery(actor: "Nobody")).isEmpty)
        }
    }
}
