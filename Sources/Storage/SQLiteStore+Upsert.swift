import Foundation
import GRDB
import NewsModel

extension SQLiteStore {
    /// One transaction per call. Within a batch the last version of an article id wins, as if stored in turn;
    /// an article stored again unchanged (same fields, same extraction) is left alone.
    public func upsert(_ items: [(article: Article, extraction: Extraction)]) throws {
        guard !items.isEmpty else { return }
        let storedAt = ISO8601DateFormatter().string(from: Date())
        var last: [String: Int] = [:]
        for (index, item) in items.enumerated() { last[item.article.id] = index }
        let batch = items.indices.filter { last[items[$0].article.id] == $0 }.map { items[$0] }
        let encoded = try batch.map { try Self.encodeExtraction($0.extraction) }
        try pool.write { db in
            try Self.replace(batch, encoded: encoded, storedAt: storedAt, in: db)
        }
    }

    /// Old versions out (their statistics subtracted), canonical entities updated for the whole batch at once,
    /// new versions in.
    static func replace(_ batch: [(article: Article, extraction: Extraction)], encoded: [String], storedAt: String,
                        in db: Database) throws {
        // Rows are inserted before the entity rows they will point at are final (dead ones go at the end).
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        var tally = EntityTally()
        var fresh: [Int] = []
        for (index, item) in batch.enumerated() {
            if let old = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT docid, title, text, published, url, source, extraction FROM articles WHERE id = ?
                """), arguments: [item.article.id]) {
                if old["extraction"] as String == encoded[index], old["text"] as String == item.article.text,
                   old["title"] as String? == item.article.title, old["published"] as String? == item.article.published,
                   old["url"] as String? == item.article.url, old["source"] as String? == item.article.source {
                    continue
                }
                tally.add(try decodeExtraction(old["extraction"]), sign: -1)
                try execute(db, "DELETE FROM articles WHERE docid = ?", [old["docid"] as Int64])
            }
            tally.add(item.extraction)
            fresh.append(index)
        }
        guard !fresh.isEmpty else { return }
        let canon = try applyCanon(tally, in: db)
        for index in fresh {
            try insert(batch[index].article, batch[index].extraction, encoded: encoded[index], storedAt: storedAt,
                       canon: canon, in: db)
        }
        try finishCanon(canon, in: db)
    }

    static func insert(_ article: Article, _ extraction: Extraction, encoded: String, storedAt: String,
                       canon: CanonUpdate, in db: Database) throws {
        try execute(db, """
            INSERT INTO articles (id, title, text, published, url, source, stored_at, extraction)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [article.id, article.title, article.text, article.published, article.url, article.source,
                  storedAt, encoded])
        let docid = db.lastInsertedRowID

        var local: [String: Int64] = [:]
        for entity in extraction.entities {
            let key = EntityKey.fold(entity.name)
            guard let id = canon.entityID(ofKey: key) else { continue }
            local[entity.id] = id
            try execute(db, "INSERT OR IGNORE INTO entity_links (article, local_id, key) VALUES (?, ?, ?)",
                        [docid, entity.id, key])
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
            try insertEventActors(event, eventID: db.lastInsertedRowID, local: local, in: db)
        }
    }

    static func insertEventActors(_ event: Event, eventID: Int64, local: [String: Int64], in db: Database) throws {
        // An actor id the extraction does not define has no canonical entity to point at; it stays in the JSON.
        // An actor id the extraction does not define has no canonical entity to point at; it stays in the JSON.
        for (role, ids) in [("actor", event.actors), ("target", event.targets)] {
            for id in ids.compactMap({ local[$0] }) {
                try execute(db, "INSERT OR IGNORE INTO event_actors (event, entity, role) VALUES (?, ?, ?)",
                            [eventID, id, role])
            }
        }
    }

    /// Runs one statement from the connection's cache: the same few inserts run for every row of a batch.
    static func execute(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws {
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
    }
}
