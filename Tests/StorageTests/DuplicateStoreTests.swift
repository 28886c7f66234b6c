import Foundation
import NewsModel
import Testing
@testable import Storage

extension Fixture {
    /// The Syria article as another outlet ran it: the same wire text with one word changed (same length, so the
    /// fixture's offsets still hold), under its own id, title and source.
    static func syriaCopy(id: String, source: String, published: String = "2023-03-05T11:00:00Z",
                          edit: (String, String)? = ("Russian jets", "Russian Jets"))
        -> (article: Article, extraction: Extraction) {
        var (article, extraction) = syria
        let text = edit.map { syriaText.replacingOccurrences(of: $0.0, with: $0.1) } ?? syriaText
        article = Article(id: id, title: "Palmyra post attacked", text: text, published: published,
                          url: "https://\(source)/\(id)", source: source)
        extraction.article = article.metadata
        return (article, extraction)
    }

    /// A longer text that shares no story with the others.
    static var unrelated: (article: Article, extraction: Extraction) {
        let text = "The central bank raised interest rates by a quarter point on Thursday, its third rise this year, "
            + "and said inflation would stay above its target until the spring. Shares in lenders rose."
        let article = Article(id: "bank-1", title: "Rates rise again", text: text, published: "2023-03-06",
                              url: "https://example.org/bank", source: "business.example")
        return (article, Extraction(article: article.metadata, sentences: sentences(of: text)))
    }
}

@Suite struct DuplicateStoreTests {
    @Test func copiesAreFoundAtUpsertWithTheirOverlap() throws {
        try withStore { store, _ in
            try store.upsert([Fixture.syria, Fixture.unrelated, Fixture.mali])
            try store.upsert([Fixture.syriaCopy(id: "copy-1", source: "cnn.com")])
            let copies = try #require(try store.duplicates(ofArticle: "copy-1", minimum: 0.5))
            #expect(copies.map(\.id) == ["syria-3"])
            let overlap = try #require(copies.first?.overlap)
            #expect(overlap > 0.5 && overlap <= 1)
            // Symmetric: the first article knows its copy.
            #expect(try store.duplicates(ofArticle: "syria-3", minimum: 0.5)?.map(\.id) == ["copy-1"])
            #expect(try store.duplicates(ofArticle: "bank-1", minimum: 0.3) == [])
            #expect(try store.duplicates(ofArticle: "no-such-id", minimum: 0.5) == nil)
        }
    }

    @Test func clustersChainCopiesAndPage() throws {
        try withStore { store, _ in
            try store.upsert([Fixture.syria, Fixture.syriaCopy(id: "copy-1", source: "cnn.com"), Fixture.unrelated,
                              Fixture.syriaCopy(id: "copy-2", source: "bbc.co.uk", edit: ("12 soldiers", "12 Soldiers"))])
            let found = try store.duplicateClusters(minimum: 0.5, limit: 10, offset: 0)
            #expect(found.total == 1)
            #expect(found.clusters.first?.articles.map(\.id).sorted() == ["copy-1", "copy-2", "syria-3"])
            // Oldest first.
            #expect(found.clusters.first?.articles.first?.id == "syria-3")
            #expect(try store.duplicateClusters(minimum: 0.5, limit: 10, offset: 1).clusters.isEmpty)
        }
    }

    @Test func replacingAnArticleKeepsItsPairsRight() throws {
        try withStore { store, _ in
            try store.upsert([Fixture.syria, Fixture.syriaCopy(id: "copy-1", source: "cnn.com")])
            // The same id stored again with a text that is no copy any more.
            var changed = Fixture.unrelated
            changed.article.id = "copy-1"
            changed.extraction.article = changed.article.metadata
            try store.upsert([changed])
            #expect(try store.duplicates(ofArticle: "syria-3", minimum: 0.3) == [])
            try store.upsert([Fixture.syriaCopy(id: "copy-1", source: "cnn.com")])
            #expect(try store.duplicates(ofArticle: "syria-3", minimum: 0.5)?.map(\.id) == ["copy-1"])
            let fingerprints = try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article_fingerprints") }
            #expect(fingerprints == 2)
        }
    }

    @Test func collapsedSearchShowsOneHitPerCluster() throws {
        try withStore { store, _ in
            try store.upsert([Fixture.syria, Fixture.syriaCopy(id: "copy-1", source: "cnn.com"),
                              Fixture.syriaCopy(id: "copy-2", source: "bbc.co.uk", edit: nil), Fixture.mali])
            let plain = try store.search(SearchQuery(text: "soldiers"))
            #expect(plain.hits.count == 4)
            let collapsed = try store.collapsedSearch(SearchQuery(text: "soldiers"), minimum: 0.5)
            #expect(collapsed.hits.count == 2)
            #expect(collapsed.total == plain.total)
            let syriaHit = try #require(collapsed.hits.first { $0.copies != nil })
            #expect(Set([syriaHit.id] + (syriaHit.copies ?? [])) == ["syria-3", "copy-1", "copy-2"])
            #expect(collapsed.hits.contains { $0.id == "mali-1" && $0.copies == nil })
            // Paging counts collapsed hits.
            let second = try store.collapsedSearch(SearchQuery(text: "soldiers", limit: 1, offset: 1), minimum: 0.5)
            #expect(second.hits.map(\.id) == [collapsed.hits[1].id])
        }
    }

    @Test func theMigrationFingerprintsArticlesStoredBefore() throws {
        try withStore { store, path in
            try store.upsert([Fixture.syria, Fixture.syriaCopy(id: "copy-1", source: "cnn.com")])
            let before = try store.duplicates(ofArticle: "syria-3", minimum: 0.3)
            // Undo v4-dedup9 as an older build would have left the file, then open it again.
            try store.pool.write { db in
                try db.execute(sql: """
                    DROP TABLE near_duplicates; DROP TABLE fingerprint_bands; DROP TABLE article_fingerprints;
                    DELETE FROM grdb_migrations WHERE identifier LIKE 'v4-dedup9:%';
                    """)
            }
            let reopened = try SQLiteStore(path: path)
            #expect(try reopened.duplicates(ofArticle: "syria-3", minimum: 0.3) == before)
            #expect(before?.map(\.id) == ["copy-1"])
        }
    }
}
