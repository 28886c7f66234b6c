import NewsModel
import Testing
@testable import Storage

@Suite struct ExportTests {
    @Test func pagesCoverEveryArticleOnceInStorageOrder() throws {
        try withStore { store, _ in
            try store.upsert(Fixture.corpus)
            var seen: [StoredArticle] = []
            var after: String?
            var pages = 0
            repeat {
                let page = try store.export(ExportQuery(after: after, limit: 2))
                #expect(page.articles.count <= 2)
                seen += page.articles
                after = page.next
                pages += 1
            } while after != nil && pages < 10
            #expect(pages == 2)
            #expect(seen.map(\.article) == Fixture.corpus.map(\.article))
            #expect(seen.map(\.extraction) == Fixture.corpus.map(\.extraction))
        }
    }

    @Test func anExactPageHasNoNextAndDatesBound() throws {
        try withStore { store, _ in
            try store.upsert(Fixture.corpus)
            let all = try store.export(ExportQuery(limit: 3))
            #expect(all.articles.count == 3)
            #expect(all.next == nil)
            let september = try store.export(ExportQuery(limit: 10, from: "2022-09-01"))
            #expect(september.articles.map(\.article.id) == ["paris-2", "wagner-3"])
            let august = try store.export(ExportQuery(limit: 10, to: "2022-08-31"))
            #expect(august.articles.map(\.article.id) == ["mali-1"])
            #expect(try store.export(ExportQuery(after: "999999", limit: 10)).articles.isEmpty)
        }
    }

    @Test func anArticleStoredAgainDuringAnExportIsNotSkipped() throws {
        try withStore { store, _ in
            try store.upsert(Fixture.corpus)
            let first = try store.export(ExportQuery(limit: 1))
            #expect(first.articles.map(\.article.id) == ["mali-1"])
            // A changed version (the same one again is left alone by the store, and has nothing new to export).
            var changed = Fixture.mali
            changed.article.title = "Mali junta turns to Russia (updated)"
            try store.upsert([changed])
            let rest = try store.export(ExportQuery(after: first.next, limit: 10))
            #expect(rest.articles.map(\.article.id) == ["paris-2", "wagner-3", "mali-1"])
        }
    }
}
