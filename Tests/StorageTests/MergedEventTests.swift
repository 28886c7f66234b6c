import Foundation
import NewsModel
import Testing
@testable import Storage

@Suite struct MergedEventTests {
    @Test func reportsOfTwoOutletsAreOneIncidentEach() throws {
        try withStore { store, _ in
            try store.upsert([Fixture.syria, Fixture.syriaCopy(id: "copy-1", source: "cnn.com"), Fixture.mali])
            let plain = try store.events(EventQuery(limit: 100))
            let merged = try store.mergedEvents(EventQuery(limit: 100))
            // Syria's three events twice, Mali's two once.
            #expect(plain.total == 8)
            #expect(merged.total == 5)
            let attack = try #require(merged.events.first { $0.cameo == "18" })
            #expect(attack.numArticles == 2)
            #expect(attack.numSources == 2)
            #expect(attack.fatalities == 12)
            #expect(Set(attack.mentions?.map(\.articleID) ?? []) == ["syria-3", "copy-1"])
            #expect(merged.events.filter { $0.numArticles == 1 }.count == 2)
        }
    }

    @Test func aFilterKeepsTheWholeIncident() throws {
        try withStore { store, _ in
            // The copy's attack names no actor: `--actor` matches one report, the incident keeps both.
            var copy = Fixture.syriaCopy(id: "copy-1", source: "cnn.com")
            copy.extraction.events[0].actors = []
            try store.upsert([Fixture.syria, copy])
            let merged = try store.mergedEvents(EventQuery(actor: "Islamic State", limit: 10))
            #expect(merged.total == 1)
            #expect(merged.events.first?.numArticles == 2)
        }
    }

    @Test func contradictingTollsStayApart() throws {
        try withStore { store, _ in
            var copy = Fixture.syriaCopy(id: "copy-1", source: "cnn.com")
            copy.extraction.events[0].fatalities = 90
            try store.upsert([Fixture.syria, copy])
            let merged = try store.mergedEvents(EventQuery(cameo: ["18"], limit: 10))
            #expect(merged.total == 2)
            #expect(Set(merged.events.compactMap(\.fatalities)) == [12, 90])
        }
    }

    @Test func pagesOfIncidentsNewestFirst() throws {
        try withStore { store, _ in
            try store.upsert([Fixture.syria, Fixture.syriaCopy(id: "copy-1", source: "cnn.com"), Fixture.mali])
            let all = try store.mergedEvents(EventQuery(limit: 100)).events
            #expect(all.count == 5)
            // Mali's incidents (2022) after Syria's (2023).
            #expect(all.suffix(2).allSatisfy { $0.articleID == "mali-1" })
            let second = try store.mergedEvents(EventQuery(limit: 2, offset: 2))
            #expect(second.events.map(\.eventID) == all.dropFirst(2).prefix(2).map(\.eventID))
        }
    }
}
