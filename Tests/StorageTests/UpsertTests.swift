import Foundation
import NewsModel
import Testing
@testable import Storage

@Suite struct UpsertTests {
    @Test func upsertThenSearchFindsItWithSnippetBrackets() throws {
        try withStore { store, _ in
            let mali = Fixture.mali
            try store.upsert(article: mali.article, extraction: mali.extraction)
            let page = try store.search(SearchQuery(text: "Bamako"))
            #expect(page.total == 1)
            #expect(page.hits.map(\.id) == ["mali-1"])
            #expect(page.hits.first?.snippet.contains("[Bamako]") == true)
            #expect(page.hits.first?.title == "Mali junta turns to Russia")
            #expect(page.hits.first?.source == "Wire Agency")
        }
    }

    @Test func upsertTwiceIsIdempotent() throws {
        try withStore { store, _ in
            let mali = Fixture.mali
            try store.upsert(article: mali.article, extraction: mali.extraction)
            let once = try store.counters()
            try store.upsert(article: mali.article, extraction: mali.extraction)
            try store.upsert([mali, mali])
            #expect(try store.counters() == once)
            #expect(once == ["articles": 1, "entities": 4, "mentions": 5, "quotes": 1, "dates": 1, "counts": 1, "events": 2])
            #expect(try store.search(SearchQuery(text: "Bamako")).total == 1)
        }
    }

    @Test func replacingAnArticleReplacesItsRows() throws {
        try withStore { store, _ in
            let mali = Fixture.mali
            try store.upsert(article: mali.article, extraction: mali.extraction)
            var article = mali.article
            article.text = "Bamako was calm on Thursday."
            article.title = "Calm in Bamako"
            let extraction = Extraction(article: article.metadata, entities: [
                Entity(id: "E1", type: .location, name: "Bamako", mentions: [Span(start: 0, end: 6)]),
            ])
            try store.upsert(article: article, extraction: extraction)
            #expect(try store.counters() == ["articles": 1, "entities": 1, "mentions": 1, "quotes": 0, "dates": 0,
                                             "counts": 0, "events": 0])
            // The full-text index follows: old words are gone, new ones found.
            #expect(try store.search(SearchQuery(text: "Tessit")).total == 0)
            #expect(try store.search(SearchQuery(text: "calm")).hits.map(\.id) == ["mali-1"])
            #expect(try store.article(id: "mali-1")?.extraction == extraction)
            #expect(try store.entities(type: .person, namePrefix: nil, limit: 10, offset: 0).isEmpty)
        }
    }

    @Test func articleRoundTripsItsExtractionExactly() throws {
        try withStore { store, _ in
            let mali = Fixture.mali
            try store.upsert(article: mali.article, extraction: mali.extraction)
            let stored = try #require(try store.article(id: "mali-1"))
            #expect(stored.article == mali.article)
            #expect(stored.extraction == mali.extraction)
            #expect(try store.article(id: "nope") == nil)
        }
    }

    @Test func batchUpsertStoresAll() throws {
        try withStore { store, _ in
            try store.upsert([Fixture.mali, Fixture.paris])
            #expect(try store.counters()["articles"] == 2)
            #expect(try store.article(id: "paris-2")?.article.source == "Le Monde")
        }
    }

    @Test func unknownLocalIDsAreDroppedFromTablesButKeptInJSON() throws {
        try withStore { store, _ in
            let article = Article(id: "x", text: "Someone said hello.")
            let extraction = Extraction(article: article.metadata,
                                        quotes: [Quote(text: "hello", speaker: "E9", start: 13, end: 18)],
                                        events: [Event(cameo: "01", label: "statement", trigger: "said", actors: ["E9"], sentence: 0)])
            try store.upsert(article: article, extraction: extraction)
            #expect(try store.article(id: "x")?.extraction == extraction)
            #expect(try store.counters()["quotes"] == 1)
        }
    }
}
