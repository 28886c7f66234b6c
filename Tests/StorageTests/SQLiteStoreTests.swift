import Foundation
import GRDB
import NewsModel
import Testing
@testable import Storage

@Suite struct SQLiteStoreTests {
    @Test func walModeIsOn() throws {
        try withStore { store, _ in
            let mode = try store.pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
            #expect(mode == "wal")
        }
    }

    @Test func foreignKeysAreOn() throws {
        try withStore { store, _ in
            let on = try store.pool.read { try Bool.fetchOne($0, sql: "PRAGMA foreign_keys") }
            #expect(on == true)
        }
    }

    @Test func aSecondStoreOnTheSameFileSeesTheFirstsWrites() throws {
        try withStore { first, path in
            let second = try SQLiteStore(path: path)
            try first.upsert(article: Fixture.mali.article, extraction: Fixture.mali.extraction)
            #expect(try second.search(SearchQuery(text: "Bamako")).total == 1)
            #expect(try second.counters() == first.counters())
            try second.upsert(article: Fixture.paris.article, extraction: Fixture.paris.extraction)
            #expect(try first.article(id: "paris-2") != nil)
        }
    }

    @Test func reopeningKeepsDataAndSchema() throws {
        try withStore { first, path in
            try first.upsert(article: Fixture.mali.article, extraction: Fixture.mali.extraction)
            let reopened = try SQLiteStore(path: path)
            #expect(try reopened.counters()["articles"] == 1)
        }
    }
}
