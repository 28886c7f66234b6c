import GRDB
import NewsModel

extension SQLiteStore {
    /// Migration v3-canon: the statistics and canonical entities again, under the resolution policy of session 3
    /// (surnames of several words, surnames by company, entity types without the votes of keys joined by company).
    static func registerCanonPolicyMigration(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3-canon: entities recomputed under the session-3 resolution policy") { db in
            try recomputeCanonicalEntities(in: db)
        }
    }

    /// Brings a database stored before canonical entities (migration v2-canon) to what storing its articles now
    /// would give: statistics from every stored extraction, entities with stable ids, every row relinked.
    /// Articles, their text, and event ids stay as they are.
    static func rebuildCanonicalEntities(in db: Database) throws {
        let stored = try Row.fetchAll(db, sql: "SELECT docid, extraction FROM articles ORDER BY docid")
        guard !stored.isEmpty else { return }
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        // Old rows step aside (their keys were folded differently) and go once nothing points at them.
        try db.execute(sql: "DELETE FROM entity_aliases")
        try db.execute(sql: "UPDATE entities SET key = 'v1 ' || id")
        var tally = EntityTally()
        var extractions: [(docid: Int64, extraction: Extraction)] = []
        for row in stored {
            let extraction = try decodeExtraction(row["extraction"])
            tally.add(extraction)
            extractions.append((row["docid"], extraction))
        }
        let canon = try applyCanon(tally, in: db)
        for (docid, extraction) in extractions {
            var all: [String: Int64] = [:]
            for entity in extraction.entities {
                let key = EntityKey.fold(entity.name)
                guard let id = try currentEntityID(ofKey: key, in: db) else { continue }
                all[entity.id] = id
                try execute(db, "INSERT OR IGNORE INTO entity_links (article, local_id, key) VALUES (?, ?, ?)",
                            [docid, entity.id, key])
            }
            try relink(docid, extraction, all: all, moved: all, in: db)
        }
        try db.execute(sql: "DELETE FROM entities WHERE key LIKE 'v1 %'")
        try finishCanon(canon, in: db)
    }

    /// Recomputes the statistics and every canonical entity from the stored extractions, for a database whose
    /// statistics an older resolution policy kept (migration v3-canon): what storing its articles now would give.
    /// Entity ids stay those of their keys; rows of keys whose canonical entity changed are relinked.
    static func recomputeCanonicalEntities(in db: Database) throws {
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        var oldRoots: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, root FROM entity_keys") {
            oldRoots[row["key"]] = row["root"]
        }
        try db.execute(sql: "DELETE FROM entity_keys; DELETE FROM entity_spellings; DELETE FROM entity_claims")
        var tally = EntityTally()
        for json in try String.fetchAll(db, sql: "SELECT extraction FROM articles ORDER BY docid") {
            tally.add(try decodeExtraction(json))
        }
        var canon = try applyCanon(tally, in: db)
        var moved: Set<String> = []
        for row in try Row.fetchAll(db, sql: "SELECT key, root FROM entity_keys") {
            let key: String = row["key"]
            if oldRoots[key] != row["root"], !canon.movedKeys.contains(key) { moved.insert(key) }
        }
        try relinkStoredArticles(withKeys: moved, roots: &canon, in: db)
        // Entities no key leads to any more (the old roots of moved keys).
        for id in try Int64.fetchAll(db, sql: "SELECT id FROM entities WHERE key NOT IN (SELECT root FROM entity_keys)") {
            canon.deadEntities.append(id)
        }
        try finishCanon(canon, in: db)
    }
}
