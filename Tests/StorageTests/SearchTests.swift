import NewsModel
import Testing
@testable import Storage

@Suite struct SearchTests {
    /// Three articles on a common word, spread over dates and sources.
    private func seeded(_ body: (SQLiteStore) throws -> Void) throws {
        try withStore { store, _ in
            try store.upsert([
                Fixture.mali,
                Fixture.paris,
                Fixture.plain(id: "a", title: "Harvest report", text: "The harvest in Mali was good this year.",
                              published: "2022-07-01", source: "Farm News"),
                Fixture.plain(id: "b", title: "Undated note", text: "A note on Mali without a date.",
                              published: nil, source: "wire agency"),
            ])
            try body(store)
        }
    }

    @Test func dateFiltersAreInclusive() throws {
        try seeded { store throws in
            #expect(try store.search(SearchQuery(text: "Mali")).total == 4)
            let from = try store.search(SearchQuery(text: "Mali", from: "2022-08-10"))
            #expect(Set(from.hits.map(\.id)) == ["mali-1", "paris-2"])
            let to = try store.search(SearchQuery(text: "Mali", to: "2022-08-10"))
            #expect(Set(to.hits.map(\.id)) == ["mali-1", "a"])
            let day = try store.search(SearchQuery(text: "Mali", from: "2022-08-10", to: "2022-08-10"))
            #expect(day.hits.map(\.id) == ["mali-1"])
            #expect(day.total == 1)
            #expect(try store.search(SearchQuery(text: "Mali", from: "2023-01-01")).total == 0)
        }
    }

    @Test func sourceFilterMatchesAPartOfTheSourceIgnoringCase() throws {
        try seeded { store throws in
            let page = try store.search(SearchQuery(text: "Mali", source: "WIRE AGENCY"))
            #expect(Set(page.hits.map(\.id)) == ["mali-1", "b"])
            #expect(Set(try store.search(SearchQuery(text: "Mali", source: "wire")).hits.map(\.id)) == ["mali-1", "b"])
            #expect(try store.search(SearchQuery(text: "Mali", source: "monde")).hits.map(\.id) == ["paris-2"])
            #expect(try store.search(SearchQuery(text: "Mali", source: "%")).total == 0, "no LIKE wildcards")
            #expect(try store.search(SearchQuery(text: "Mali", source: "Reuters")).total == 0)
        }
    }

    @Test func entityFilterMatchesNameOrAliasIgnoringCaseAndDiacritics() throws {
        try seeded { store throws in
            for name in ["Assimi Goïta", "goita", "GOÏTA"] {
                let page = try store.search(SearchQuery(text: "Mali", entity: name))
                #expect(Set(page.hits.map(\.id)) == ["mali-1", "paris-2"], "entity \(name)")
            }
            #expect(try store.search(SearchQuery(text: "Mali", entity: "Tessit")).hits.map(\.id) == ["mali-1"])
            #expect(try store.search(SearchQuery(text: "Mali", entity: "Nobody")).total == 0)
        }
    }

    @Test func filtersCombine() throws {
        try seeded { store throws in
            let page = try store.search(SearchQuery(text: "Mali", from: "2022-09-01", source: "le monde", entity: "Goïta"))
            #expect(page.hits.map(\.id) == ["paris-2"])
            #expect(try store.search(SearchQuery(text: "Mali", to: "2022-08-31", source: "le monde")).total == 0)
        }
    }

    @Test func diacriticInsensitiveSearch() throws {
        try seeded { store throws in
            let page = try store.search(SearchQuery(text: "Goita"))
            #expect(Set(page.hits.map(\.id)) == ["mali-1", "paris-2"])
            #expect(page.hits.first { $0.id == "mali-1" }?.snippet.contains("[Goïta]") == true)
            #expect(try store.search(SearchQuery(text: "GOÏTA")).total == 2)
        }
    }

    @Test func titleMatchesRankHigher() throws {
        try withStore { store, _ in
            try store.upsert([
                Fixture.plain(id: "body", title: "Weather", text: "Rain fell. Later, rain fell on Timbuktu again.",
                              published: nil, source: nil),
                Fixture.plain(id: "title", title: "Timbuktu", text: "Rain fell. Later, rain fell again on the city.",
                              published: nil, source: nil),
            ])
            #expect(try store.search(SearchQuery(text: "Timbuktu")).hits.map(\.id) == ["title", "body"])
        }
    }

    @Test func pagingKeepsTheTotal() throws {
        try seeded { store throws in
            let first = try store.search(SearchQuery(text: "Mali", limit: 3))
            let second = try store.search(SearchQuery(text: "Mali", limit: 3, offset: 3))
            #expect(first.total == 4 && second.total == 4)
            #expect(first.hits.count == 3 && second.hits.count == 1)
            #expect(Set(first.hits.map(\.id) + second.hits.map(\.id)).count == 4)
        }
    }

    @Test func phrasesOrAndPrefix() throws {
        try seeded { store throws in
            #expect(try store.search(SearchQuery(text: "\"French troops\"")).hits.map(\.id) == ["paris-2"])
            #expect(try store.search(SearchQuery(text: "\"troops French\"")).total == 0)
            #expect(try store.search(SearchQuery(text: "harvest OR diplomats")).total == 2)
            #expect(try store.search(SearchQuery(text: "harvest diplomats")).total == 0)
            #expect(try store.search(SearchQuery(text: "harv*")).hits.map(\.id) == ["a"])
        }
    }

    @Test(arguments: ["\"unbalanced", "AND", "*", "-", ")(", "'; DROP TABLE articles;--", "NEAR(", "title:Mali",
                      "\"\"", "OR", "Mali OR", "^Mali", "Mali -Bamako", "a\"b\"c", "(((", "🙂", ""])
    func nastyInputsNeverThrow(input: String) throws {
        try seeded { store throws in
            _ = try store.search(SearchQuery(text: input))
            #expect(try store.counters()["articles"] == 4)
            #expect(try store.search(SearchQuery(text: "Mali")).total == 4)
        }
    }

    @Test func textWithoutWordsGivesAnEmptyPage() throws {
        try seeded { store throws in
            #expect(try store.search(SearchQuery(text: "*")) == .empty)
            #expect(try store.search(SearchQuery(text: "-- )(")) == .empty)
        }
    }
}
