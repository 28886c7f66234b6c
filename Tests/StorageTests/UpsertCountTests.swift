import NewsModel
import Testing
@testable import Storage

/// Every distinct article id upserted stays stored, however the ids look and however the batches fall: the
/// session-2 benchmark build "lost" 464 of 8,000 articles (its copies' ids collided; the store replaced them, as it
/// must). A store that kept fewer rows than distinct ids would fail here.
@Suite struct UpsertCountTests {
    /// Article `n` of a corpus whose ids share everything but their last characters (as truncated hashes might).
    static func article(_ n: Int) -> (article: Article, extraction: Extraction) {
        var item = Fixture.corpus[n % Fixture.corpus.count]
        item.article.id = "0123456789abcdef/copy-\(n)"
        item.extraction.article = item.article.metadata
        return item
    }

    @Test func distinctIDsAcrossBatchesAreAllStored() throws {
        try withStore { store, _ in
            let items = (0..<150).map(Self.article)
            var index = 0
            for size in [64, 1, 63, 22] {
                try store.upsert(Array(items[index..<min(items.count, index + size)]))
                index += size
            }
            #expect(try store.counters()["articles"] == 150)
            for n in [0, 63, 64, 65, 127, 149] {
                #expect(try store.article(id: Self.article(n).article.id)?.article == Self.article(n).article)
            }
            #expect(try store.search(SearchQuery(text: "Bamako", limit: 1)).total == 50)
            #expect(try store.derivedTablesMatchMentions())
        }
    }

    @Test func aRepeatedIDReplacesAndTheCountSaysSo() throws {
        try withStore { store, _ in
            try store.upsert((0..<10).map(Self.article))
            var again = Self.article(3)
            again.article.text += " Again."
            try store.upsert([again, Self.article(10)])
            #expect(try store.counters()["articles"] == 11)
            #expect(try store.article(id: again.article.id)?.article.text.hasSuffix("Again.") == true)
        }
    }
}
