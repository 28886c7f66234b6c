import Foundation
import GRDB
import NewsModel

extension SQLiteStore {
    public func upsert(_ items: [(article: Article, extraction: Extraction)]) throws {
        guard !items.isEmpty else { return }
        let storedAt = ISO8601DateFormatter().string(from: Date())
        try pool.write { db in
            for item in items {
                try Self.replace(item.article, item.extraction, storedAt: storedAt, in: db)
            }
        }
    }

    /// Deletes the article's old rows (cascading to its facts), inserts the new ones, then tidies the canonical
    /// entities both versions touched: names re-chosen, entities nothing refers to any more pruned.
    static func replace(_ article: Article, _ extraction: Extraction, storedAt: String, in db: Database) throws {
        let oldEntities = try entityIDs(ofArticle: article.id, in: db)
        try execute(db, "DELETE FROM articles WHERE id = ?", [article.id])
        try execute(db, """
            INSERT INTO articles (id, title, text, published, url, source, stored_at, extraction)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [article.id, article.title, article.text, article.published, article.url, article.source,
                  storedAt, try encodeExtraction(extraction)])
        let docid = db.lastInsertedRowID

        var local: [String: Int64] = [:]
        for entity in extraction.entities {
            let id = try resolveEntity(entity, in: db)
            local[entity.id] = id
            for mention in entity.mentions {
                try execute(db, "INSERT INTO mentions (article, entity, local_id, name, start, \"end\") VALUES (?, ?, ?, ?, ?, ?)",
                            [docid, id, entity.id, entity.name, mention.start, mention.end])
            }
            for role in entity.roles {
                try execute(db, "INSERT OR IGNORE INTO roles (entity, article, role) VALUES (?, ?, ?)", [id, docid, role])
            }
        }
        try insertFacts(extraction, docid: docid, local: local, in: db)
        try writeQueryColumns(docid: docid, articleID: article.id, text: article.text, published: article.published,
                              extraction: extraction, local: local, in: db)
        try tidyEntities(oldEntities.union(local.values), in: db)
    }

    static func insertFacts(_ extraction: Extraction, docid: Int64, local: [String: Int64], in db: Database) throws {
        func entity(_ localID: String?) -> Int64? { localID.flatMap { local[$0] } }
        for quote in extraction.quotes {
            try execute(db, """
                INSERT INTO quotes (article, text, speaker, speaker_name, cue, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [docid, quote.text, entity(quote.speaker), quote.speakerName, quote.cue, quote.start, quote.end])
        }
        for date in extraction.dates {
            try execute(db, "INSERT INTO dates (article, text, value, granularity, start, \"end\") VALUES (?, ?, ?, ?, ?, ?)",
                        [docid, date.text, date.value, date.granularity.rawValue, date.start, date.end])
        }
        for count in extraction.counts {
            try execute(db, """
                INSERT INTO counts (article, type, number, object, location, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [docid, count.type.rawValue, count.number, count.object, entity(count.location), count.start, count.end])
        }
        for event in extraction.events {
            try execute(db, """
                INSERT INTO events (article, cameo, label, "trigger", location, date, fatalities, sentence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [docid, event.cameo, event.label, event.trigger, entity(event.location), event.date,
                      event.fatalities, event.sentence])
            let eventID = db.lastInsertedRowID
            // An actor id the extraction does not define has no canonical entity to point at; it stays in the JSON.
            for (role, ids) in [("actor", event.actors), ("target", event.targets)] {
                for id in ids.compactMap(entity) {
                    try execute(db, "INSERT OR IGNORE INTO event_actors (event, entity, role) VALUES (?, ?, ?)",
                                [eventID, id, role])
                }
            }
        }
    }

    /// The canonical entity for a document's entity, created if none fits.
    ///
    /// Same type and same folded name is the same entity. Failing that, a short name ("Goita") joins the one
    /// entity that already knows it as an alias ("Assimi Goïta", alias "Goïta"), but only when exactly one does:
    /// "Camara" alone must not pick between two Camaras. Aliases of the new entity are not matched against
    /// aliases already known, or "Oumar Camara" (alias "Camara") would merge into "Sadio Camara" (alias "Camara").
    static func resolveEntity(_ entity: Entity, in db: Database) throws -> Int64 {
        let key = EntityKey.fold(entity.name)
        let type = entity.type.rawValue
        var found = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM entities WHERE type = ? AND key = ?"),
                                       arguments: [type, key])
        if found == nil, !key.isEmpty {
            let matches = try Int64.fetchAll(db.cachedStatement(sql: """
                SELECT DISTINCT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity
                WHERE a.key = ? AND e.type = ? LIMIT 2
                """), arguments: [key, type])
            if matches.count == 1 { found = matches[0] }
        }
        let id: Int64
        if let found {
            id = found
        } else {
            try execute(db, "INSERT INTO entities (type, key, name) VALUES (?, ?, ?)", [type, key, entity.name])
            id = db.lastInsertedRowID
        }
        for spelling in [entity.name] + entity.aliases where !EntityKey.fold(spelling).isEmpty {
            try execute(db, "INSERT OR IGNORE INTO entity_aliases (entity, alias, key) VALUES (?, ?, ?)",
                        [id, spelling, EntityKey.fold(spelling)])
        }
        try absorbEarlierAliases(of: entity, into: id, in: db)
        return id
    }

    /// The mirror of the alias lookup above, so arrival order does not matter: a "Trump" stored before any article
    /// said "Donald Trump" joins "Donald Trump" once an entity claims "Trump" as an alias, provided it is the only
    /// entity of that type to claim it (two "Camara"s leave a lone "Camara" where it is).
    static func absorbEarlierAliases(of entity: Entity, into id: Int64, in db: Database) throws {
        let type = entity.type.rawValue
        let ownKey = EntityKey.fold(entity.name)
        for alias in entity.aliases {
            let key = EntityKey.fold(alias)
            guard !key.isEmpty, key != ownKey else { continue }
            let claimants = try Int64.fetchAll(db.cachedStatement(sql: """
                SELECT DISTINCT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity
                WHERE a.key = ? AND e.type = ? AND e.key != ? LIMIT 2
                """), arguments: [key, type, key])
            guard claimants == [id],
                  let earlier = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM entities WHERE type = ? AND key = ? AND id != ?"),
                                                   arguments: [type, key, id])
            else { continue }
            try merge(earlier, into: id, in: db)
        }
    }

    /// Points every row that names entity `old` at `new`, keeps `old`'s spellings as aliases of `new`, drops `old`.
    static func merge(_ old: Int64, into new: Int64, in db: Database) throws {
        for (table, column) in [("mentions", "entity"), ("roles", "entity"), ("quotes", "speaker"), ("counts", "location"),
                                ("events", "location")] {
            try execute(db, "UPDATE \(table) SET \(column) = ? WHERE \(column) = ?", [new, old])
        }
        try execute(db, "UPDATE OR IGNORE event_actors SET entity = ? WHERE entity = ?", [new, old])
        try execute(db, "DELETE FROM event_actors WHERE entity = ?", [old])
        try execute(db, "INSERT OR IGNORE INTO entity_aliases (entity, alias, key) SELECT ?, alias, key FROM entity_aliases WHERE entity = ?",
                    [new, old])
        try execute(db, "DELETE FROM entity_aliases WHERE entity = ?", [old])
        try execute(db, "DELETE FROM entities WHERE id = ?", [old])
    }

    /// Every canonical entity an article's rows refer to (empty for an article not stored yet).
    static func entityIDs(ofArticle id: String, in db: Database) throws -> Set<Int64> {
        let ids = try Int64.fetchAll(db, sql: """
            WITH doc AS (SELECT docid FROM articles WHERE id = ?)
            SELECT entity FROM mentions WHERE article IN doc
            UNION SELECT entity FROM roles WHERE article IN doc
            UNION SELECT speaker FROM quotes WHERE article IN doc AND speaker IS NOT NULL
            UNION SELECT location FROM counts WHERE article IN doc AND location IS NOT NULL
            UNION SELECT location FROM events WHERE article IN doc AND location IS NOT NULL
            UNION SELECT ea.entity FROM event_actors ea JOIN events ev ON ev.id = ea.event WHERE ev.article IN doc
            """, arguments: [id])
        return Set(ids)
    }

    /// Re-picks each entity's display name (its most mentioned spelling) and deletes the ones no row refers to,
    /// so replacing or re-storing an article leaves the counters as if it had been stored once.
    static func tidyEntities(_ ids: Set<Int64>, in db: Database) throws {
        for id in ids {
            try execute(db, """
                DELETE FROM entities WHERE id = ?1
                AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity = ?1)
                AND NOT EXISTS (SELECT 1 FROM roles WHERE entity = ?1)
                AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker = ?1)
                AND NOT EXISTS (SELECT 1 FROM counts WHERE location = ?1)
                AND NOT EXISTS (SELECT 1 FROM events WHERE location = ?1)
                AND NOT EXISTS (SELECT 1 FROM event_actors WHERE entity = ?1)
                """, [id])
            try execute(db, """
                UPDATE entities SET name = COALESCE((
                    SELECT name FROM mentions WHERE entity = ?1 GROUP BY name ORDER BY COUNT(*) DESC, LENGTH(name) DESC, name LIMIT 1
                ), name) WHERE id = ?1
                """, [id])
        }
    }

    /// Runs one statement from the connection's cache: the same few inserts run for every row of a batch.
    static func execute(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws {
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
    }
}
