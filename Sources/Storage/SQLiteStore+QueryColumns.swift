import GRDB
import NewsModel

extension SQLiteStore {
    /// Fills the columns the corpus queries read (see `migrateV2Query`) for one article stored before them (the
    /// v2-query backfill): events and quotes are matched to the extraction's by insertion order. The upsert writes
    /// the same `FactColumns` with each row.
    ///
    /// `local` maps the extraction's entity ids to canonical ones; without it (backfilling old rows) the article's
    /// mentions give the map.
    static func writeQueryColumns(docid: Int64, articleID: String, text: String, published: String?,
                                  extraction: Extraction, local: [String: Int64]?, in db: Database) throws {
        let columns = FactColumns(articleID: articleID, text: Array(text.unicodeScalars), published: published,
                                  extraction: extraction)
        let eventRows = try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM events WHERE article = ? ORDER BY id"),
                                           arguments: [docid])
        if eventRows.count == extraction.events.count, !eventRows.isEmpty {
            let local = try local ?? localEntities(docid: docid, in: db)
            for ((rowID, event), column) in zip(zip(eventRows, extraction.events), columns.events) {
                try execute(db, """
                    UPDATE events SET event_key = ?, date_precision = ?, sort_date = ?, published = ?, injured = ?,
                        held = ?, start = ?, "end" = ?, sentence_text = ? WHERE id = ?
                    """, [column.key, column.precision, column.sortDate, column.published, event.injured,
                          event.count, event.start, event.end, column.sentence, rowID])
                // Reversed, so an entity named twice keeps its first place.
                for (role, ids) in [("actor", event.actors), ("target", event.targets)] {
                    for (position, localID) in ids.enumerated().reversed() {
                        guard let entity = local[localID] else { continue }
                        try execute(db, "UPDATE event_actors SET position = ? WHERE event = ? AND entity = ? AND role = ?",
                                    [position, rowID, entity, role])
                    }
                }
            }
        }

        let quoteRows = try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM quotes WHERE article = ? ORDER BY id"),
                                           arguments: [docid])
        if quoteRows.count == extraction.quotes.count {
            for (rowID, column) in zip(quoteRows, columns.quotes) {
                try execute(db, "UPDATE quotes SET sentence_start = ?, sentence_end = ?, published = ?, speaker_key = ? WHERE id = ?",
                            [column.sentenceStart, column.sentenceEnd, column.published, column.speakerKey, rowID])
            }
        }
    }

    /// The article's local entity ids ("E1") and the canonical entities their mentions point at.
    static func localEntities(docid: Int64, in db: Database) throws -> [String: Int64] {
        var map: [String: Int64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT DISTINCT local_id, entity FROM mentions WHERE article = ?",
                                    arguments: [docid]) {
            map[row["local_id"]] = row["entity"]
        }
        return map
    }
}

/// Dates of events as the queries compare them.
enum EventDate {
    /// `day`, `month` or `year` by how the value is written.
    static func precision(_ value: String?) -> String? {
        switch value?.count {
        case 10: "day"
        case 7: "month"
        case 4: "year"
        default: nil
        }
    }

    /// A calendar day for sorting and `from`/`to`: a month or a year counts as its first day.
    static func sortDate(_ value: String?) -> String? {
        guard let value else { return nil }
        switch value.count {
        case 10: return value
        case 7: return value + "-01"
        case 4: return value + "-01-01"
        default: return nil
        }
    }
}
