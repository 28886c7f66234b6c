import Foundation
import GRDB
import NewsModel
import Testing
@testable import Storage

/// Migration v3-upsert: a database whose derived tables per-mention triggers kept opens with the triggers gone,
/// its rows as they were, and answers as a store written by today's upsert does.
@Suite struct UpsertMigrationTests {
    @Test func triggerKeptTablesMigrateAndAnswerAsFreshOnes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("upsert-migration-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("v2.sqlite").path
        try CanonMigrationTests.writeV1(Fixture.corpus, at: path)
        let before = try DatabaseQueue(path: path).read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM entity_articles") ?? 0
        }
        #expect(before > 0, "the old triggers filled the derived tables")

        let migrated = try SQLiteStore(path: path)
        let triggers = try migrated.pool.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'profile_%'")
        }
        #expect(triggers.isEmpty)
        #expect(try migrated.derivedTablesMatchMentions())

        try withStore { fresh, _ in
            try fresh.upsert(Fixture.corpus)
            for name in ["Goïta", "Wagner", "Tessit", "Bamako"] {
                let id = try #require(try fresh.entities(named: name, limit: 1).first?.id)
                #expect(try migrated.profile(ofEntity: id, limit: 10) == fresh.profile(ofEntity: id, limit: 10), "\(name)")
                #expect(try migrated.timeline(TimelineQuery(subject: .entity(id), by: .day))
                        == fresh.timeline(TimelineQuery(subject: .entity(id), by: .day)))
            }
            let graph = GraphQuery(kind: .cooccurrence, within: .sentence)
            #expect(try migrated.graph(graph) == fresh.graph(graph))
        }
        // And it goes on like a new store: a replaced article's rows follow.
        var wagner = Fixture.wagner
        wagner.extraction.entities.removeLast()
        try migrated.upsert([wagner])
        #expect(try migrated.derivedTablesMatchMentions())
    }
}
