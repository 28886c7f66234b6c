import Foundation
import GRDB
import NewsModel
import Testing
@testable import Storage

/// A database written before canonical entities (schema up to v2-query: one entity per type and name, ids in arrival order)
/// is brought by migration v2-canon to exactly what storing its articles now gives.
@Suite struct CanonMigrationTests {
    /// Stores articles the v1 way: one entity row per (type, lower-cased name), autoincrement ids.
    static func writeV1(_ docs: [(article: Article, extraction: Extraction)], at path: String) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try SQLiteStore.migrator.migrate(queue, upTo: "v2-query: event rows, quote sentences, full text over event sentences and quotes")
        try queue.write { db in
            for (article, extraction) in docs {
                try db.execute(sql: """
                    INSERT INTO articles (id, title, text, published, url, source, stored_at, extraction)
                    VALUES (?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z', ?)
                    """, arguments: [article.id, article.title, article.text, article.published, article.url, article.source,
                                     try SQLiteStore.encodeExtraction(extraction)])
                let docid = db.lastInsertedRowID
                var local: [String: Int64] = [:]
                for entity in extraction.entities {
                    let key = entity.name.lowercased()
                    try db.execute(sql: "INSERT OR IGNORE INTO entities (type, key, name) VALUES (?, ?, ?)",
                                   arguments: [entity.type.rawValue, key, entity.name])
                    let id = try Int64.fetchOne(db, sql: "SELECT id FROM entities WHERE type = ? AND key = ?",
                                                arguments: [entity.type.rawValue, key])!
                    local[entity.id] = id
                    try db.execute(sql: "INSERT OR IGNORE INTO entity_aliases (entity, alias, key) VALUES (?, ?, ?)",
                                   arguments: [id, entity.name, key])
                    for mention in entity.mentions {
                        try db.execute(sql: "INSERT INTO mentions (article, entity, local_id, name, start, \"end\") VALUES (?, ?, ?, ?, ?, ?)",
                                       arguments: [docid, id, entity.id, entity.name, mention.start, mention.end])
                    }
                }
                try LegacyWriter.insertFacts(extraction, docid: docid, local: local, in: db)
                try SQLiteStore.writeQueryColumns(docid: docid, articleID: article.id, text: article.text,
                                                  published: article.published, extraction: extraction, local: local, in: db)
            }
        }
    }

    @Test func av1DatabaseMigratesToWhatStoringNowGives() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("canon-migration-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("v1.sqlite").path
        try Self.writeV1(CanonStabilityTests.corpus, at: path)
        let events = try DatabaseQueue(path: path).read { try Int64.fetchAll($0, sql: "SELECT id FROM events ORDER BY id") }

        let migrated = try SQLiteStore(path: path)
        let expected = try withStore { store, _ in
            try store.upsert(CanonStabilityTests.corpus)
            return try Canon.entities(store).map(\.description) + Canon.references(store) + Canon.statistics(store)
        }
        #expect(try Canon.entities(migrated).map(\.description) + Canon.references(migrated) + Canon.statistics(migrated) == expected)
        #expect(try migrated.pool.read { try Int64.fetchAll($0, sql: "SELECT id FROM events ORDER BY id") } == events,
                "event ids survive the migration")
        // And it goes on like any other store.
        try migrated.upsert([Canon.doc("6", [Canon.per("Trump")])])
        #expect(try Canon.references(migrated).contains("6/mention E1: donald trump"))
    }
}
