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
        let encoded = try UpsertPhases.time("encode extraction JSON") { try batch.map { try Self.encodeExtraction($0.extraction) } }
        try UpsertPhases.time("transaction (all of replace + commit)") {
            try pool.write { db in
                try Self.replace(batch, encoded: encoded, storedAt: storedAt, in: db)
            }
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
                let stored = try decodeExtraction(old["extraction"])
                tally.add(stored, sign: -1)
                try forgetDerived(old["docid"], sentences: stored.sentences, in: db)
                try execute(db, "DELETE FROM articles WHERE docid = ?", [old["docid"] as Int64])
            }
            UpsertPhases.time("tally") { tally.add(item.extraction) }
            fresh.append(index)
        }
        guard !fresh.isEmpty else { return }
        let canon = try UpsertPhases.time("canon: applyCanon (incl. relink)") { try applyCanon(tally, in: db) }
        var forms: [DerivedRows.Form: Int] = [:]
        for index in fresh {
            try insert(batch[index].article, batch[index].extraction, encoded: encoded[index], storedAt: storedAt,
                       canon: canon, forms: &forms, in: db)
        }
        // Summed over the batch: a frequent entity's forms are one upsert each, not one an article.
        try UpsertPhases.time("derived rows") { try addForms(forms, sign: 1, in: db) }
        try UpsertPhases.time("canon: finishCanon") { try finishCanon(canon, in: db) }
    }

    /// `forms` collects the article's forms for `addForms` at the end of the batch.
    static func insert(_ article: Article, _ extraction: Extraction, encoded: String, storedAt: String,
                       canon: CanonUpdate, forms: inout [DerivedRows.Form: Int], in db: Database) throws {
        try UpsertPhases.time("insert article row (+ FTS)") {
            try execute(db, """
                INSERT INTO articles (id, title, text, published, url, source, stored_at, extraction)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [article.id, article.title, article.text, article.published, article.url, article.source,
                      storedAt, encoded])
        }
        let docid = db.lastInsertedRowID
        try addFingerprint(docid: docid, text: article.text, in: db)

        var local: [String: Int64] = [:]
        var spans: [(entity: Int64, start: Int, end: Int)] = []
        let link = try db.cachedStatement(sql: "INSERT OR IGNORE INTO entity_links (article, local_id, key) VALUES (?, ?, ?)")
        let mention = try db.cachedStatement(sql: """
            INSERT INTO mentions (article, seq, entity, local_id, name, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let role = try db.cachedStatement(sql: "INSERT OR IGNORE INTO roles (entity, article, role) VALUES (?, ?, ?)")
        try UpsertPhases.time("insert links, mentions, roles") {
        for entity in extraction.entities {
            let key = EntityKey.fold(entity.name)
            guard let id = canon.entityID(ofKey: key) else { continue }
            local[entity.id] = id
            try link.execute(arguments: [docid, entity.id, key])
            for span in entity.mentions {
                try mention.execute(arguments: [docid, spans.count, id, entity.id, entity.name, span.start, span.end])
                spans.append((id, span.start, span.end))
            }
            for name in entity.roles {
                try role.execute(arguments: [id, docid, name])
            }
        }
        }
        let text = Array(article.text.unicodeScalars)
        let columns = FactColumns(articleID: article.id, text: text, published: article.published, extraction: extraction)
        let quoteIDs = try UpsertPhases.time("insert quotes, dates, counts, events (+ FTS)") {
            try insertFacts(extraction, docid: docid, local: local, columns: columns, in: db)
        }
        let rows = DerivedRows(mentions: spans, text: text, sentences: extraction.sentences, published: article.published)
        forms.merge(rows.forms, uniquingKeysWith: +)
        try UpsertPhases.time("derived rows") {
            try writeDerived(rows, quotes: columns.quoteSpans(extraction.quotes, ids: quoteIDs, local: local),
                             published: article.published, mentions: spans, docid: docid, in: db)
        }
    }

    /// Quotes, dates, counts and events with every column the queries read, one INSERT a row.
    /// Returns the quotes' row ids, in the extraction's order.
    static func insertFacts(_ extraction: Extraction, docid: Int64, local: [String: Int64], columns: FactColumns,
                            in db: Database) throws -> [Int64] {
        func entity(_ localID: String?) -> Int64? { localID.flatMap { local[$0] } }
        let quote = try db.cachedStatement(sql: """
            INSERT INTO quotes (article, text, speaker, speaker_name, cue, start, "end", sentence_start, sentence_end,
                                published, speaker_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var quoteIDs: [Int64] = []
        for (item, column) in zip(extraction.quotes, columns.quotes) {
            try quote.execute(arguments: [docid, item.text, entity(item.speaker), item.speakerName, item.cue, item.start,
                                          item.end, column.sentenceStart, column.sentenceEnd, column.published,
                                          column.speakerKey])
            quoteIDs.append(db.lastInsertedRowID)
        }
        let date = try db.cachedStatement(sql: """
            INSERT INTO dates (article, text, value, granularity, start, "end") VALUES (?, ?, ?, ?, ?, ?)
            """)
        for item in extraction.dates {
            try date.execute(arguments: [docid, item.text, item.value, item.granularity.rawValue, item.start, item.end])
        }
        let count = try db.cachedStatement(sql: """
            INSERT INTO counts (article, type, number, object, location, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for item in extraction.counts {
            try count.execute(arguments: [docid, item.type.rawValue, item.number, item.object, entity(item.location),
                                          item.start, item.end])
        }
        let event = try db.cachedStatement(sql: """
            INSERT INTO events (article, cameo, label, "trigger", location, date, fatalities, sentence, event_key,
                                date_precision, sort_date, published, injured, held, start, "end", sentence_text,
                                event_day)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (item, column) in zip(extraction.events, columns.events) {
            try event.execute(arguments: [docid, item.cameo, item.label, item.trigger, entity(item.location), item.date,
                                          item.fatalities, item.sentence, column.key, column.precision, column.sortDate,
                                          column.published, item.injured, item.count, item.start, item.end,
                                          column.sentence, column.day])
            try insertEventActors(item, eventID: db.lastInsertedRowID, local: local, in: db)
        }
        return quoteIDs
    }

    /// Each side in the extraction's order, `position` its place there (an entity named twice keeps its first).
    static func insertEventActors(_ event: Event, eventID: Int64, local: [String: Int64], in db: Database) throws {
        // An actor id the extraction does not define has no canonical entity to point at; it stays in the JSON.
        let actor = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO event_actors (event, entity, role, position) VALUES (?, ?, ?, ?)
            """)
        for (role, ids) in [("actor", event.actors), ("target", event.targets)] {
            for (position, localID) in ids.enumerated() {
                guard let id = local[localID] else { continue }
                try actor.execute(arguments: [eventID, id, role, position])
            }
        }
    }

    /// Runs one statement from the connection's cache: the same few inserts run for every row of a batch.
    static func execute(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws {
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
    }
}
