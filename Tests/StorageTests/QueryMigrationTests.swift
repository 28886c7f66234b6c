import Foundation
import GRDB
import NewsModel
import Testing
@testable import Storage

/// A database written before migration v2-query gets its event and quote columns and full text from the stored
/// extractions when a store opens it.
@Suite struct QueryMigrationTests {
    /// Writes articles the way the v1 store did: rows and facts, none of the v2 columns.
    private func writeV1(_ items: [(article: Article, extraction: Extraction)], at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try SQLiteStore.migrator.migrate(queue, upTo: "v1: articles, full text, entities, facts")
        try queue.write { db in
            for (article, extraction) in items {
                try db.execute(sql: """
                    INSERT INTO articles (id, title, text, published, url, source, stored_at, extraction)
                    VALUES (?, ?, ?, ?, ?, ?, '2026-01-01', ?)
                    """, arguments: [article.id, article.title, article.text, article.published, article.url,
                                     article.source, try SQLiteStore.encodeExtraction(extraction)])
                let docid = db.lastInsertedRowID
                var local: [String: Int64] = [:]
                for entity in extraction.entities {
                    // v1 kept one entity per type and name, numbered in arrival order.
                    try db.execute(sql: "INSERT OR IGNORE INTO entities (type, key, name) VALUES (?, ?, ?)",
                                   arguments: [entity.type.rawValue, entity.name.lowercased(), entity.name])
                    let id = try Int64.fetchOne(db, sql: "SELECT id FROM entities WHERE type = ? AND key = ?",
                                                arguments: [entity.type.rawValue, entity.name.lowercased()])!
                    local[entity.id] = id
                    for mention in entity.mentions {
                        try db.execute(sql: "INSERT INTO mentions (article, entity, local_id, name, start, \"end\") VALUES (?, ?, ?, ?, ?, ?)",
                                       arguments: [docid, id, entity.id, entity.name, mention.start, mention.end])
                    }
                }
                try LegacyWriter.insertFacts(extraction, docid: docid, local: local, in: db)
            }
        }
    }

    @Test func oldRowsAreFilledFromTheirExtraction() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("query-migration-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.sqlite").path
        try writeV1([Fixture.mali, Fixture.syria], at: path)

        let migrated = try SQLiteStore(path: path)
        let fresh = try withStore { store, _ in
            try store.upsert([Fixture.mali, Fixture.syria])
            return try store.events(EventQuery())
        }
        let events = try migrated.events(EventQuery())
        #expect(events.total == 5)
        // Entity ids may differ between the two stores; everything else is the same.
        func strip(_ rows: [EventRow]) -> [EventRow] {
            rows.map { row in
                var row = row
                row.actors = row.actors.map { EntityRef(id: 0, name: $0.name, type: $0.type) }
                row.targets = row.targets.map { EntityRef(id: 0, name: $0.name, type: $0.type) }
                row.place = row.place.map { EntityRef(id: 0, name: $0.name, type: $0.type) }
                return row
            }
        }
        #expect(strip(events.events) == strip(fresh.events))
        #expect(try migrated.events(EventQuery(text: "jets")).events.map(\.trigger) == ["struck"])
        #expect(try migrated.quotes(QuoteQuery(text: "respond")).total == 1)
        #expect(try migrated.quotes(QuoteQuery(about: "Palmyra")).total == 1, "sentence spans were filled")
        // And it goes on like a new store.
        try migrated.upsert([Fixture.syria])
        #expect(try migrated.events(EventQuery(text: "jets")).total == 1)
        #expect(try migrated.counters()["quotes"] == 2)
    }
}
