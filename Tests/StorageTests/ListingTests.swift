import NewsModel
import Testing
@testable import Storage

/// search with filters and no words: the matching articles, newest first.
@Suite struct ListingTests {
    @Test func filtersAloneListNewestFirst() throws {
        try Fixture.withEvents { store throws in
            let all = try store.search(SearchQuery(text: "", from: "2000-01-01"))
            #expect(all.hits.map(\.id) == ["syria-3", "paris-2", "mali-1"])
            #expect(all.total == 3)
            #expect(all.hits.first?.snippet.hasPrefix("Islamic State fighters") == true)
            #expect(all.hits.first?.snippet.hasSuffix("…") == true, "a long text is cut")
            #expect(try store.search(SearchQuery(text: "", source: "ALJAZEERA")).hits.map(\.id) == ["syria-3"])
            #expect(try store.search(SearchQuery(text: "", entity: "goita")).hits.map(\.id) == ["paris-2", "mali-1"])
            #expect(try store.search(SearchQuery(text: "  ", to: "2022-08-31")).hits.map(\.id) == ["mali-1"])
            let page = try store.search(SearchQuery(text: "", from: "2000-01-01", limit: 1, offset: 1))
            #expect(page.hits.map(\.id) == ["paris-2"] && page.total == 3)
        }
    }

    @Test func noWordsAndNoFiltersIsStillEmpty() throws {
        try Fixture.withEvents { store throws in
            #expect(try store.search(SearchQuery(text: "")) == .empty)
            #expect(try store.search(SearchQuery(text: "*")) == .empty)
        }
    }

    @Test func entityFilterTakesAnyNameOfTheCanonicalEntity() throws {
        try Fixture.withEvents { store throws in
            // "army" is an alias of Syrian Army: the article mentioning it is found by either name.
            #expect(try store.search(SearchQuery(text: "Palmyra", entity: "army")).hits.map(\.id) == ["syria-3"])
            #expect(try store.search(SearchQuery(text: "Palmyra", entity: "syrian army")).hits.map(\.id) == ["syria-3"])
        }
    }
}
