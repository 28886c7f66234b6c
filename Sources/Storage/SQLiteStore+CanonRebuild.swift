import GRDB
import NewsModel

extension SQLiteStore {
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
}
