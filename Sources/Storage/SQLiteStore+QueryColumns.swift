import GRDB
import NewsModel

extension SQLiteStore {
    /// Fills the columns the corpus queries read (see `migrateV2Query`) for one article whose rows `insertFacts`
    /// has just written: events and quotes are matched to the extraction's by insertion order.
    ///
    /// `local` maps the extraction's entity ids to canonical ones; without it (backfilling old rows) the article's
    /// mentions give the map.
    static func writeQueryColumns(docid: Int64, articleID: String, text: String, published: String?,
                                  extraction: Extraction, local: [String: Int64]?, in db: Database) throws {
        let day = published.map { String($0.prefix(10)) }
        let scalars = Array(text.unicodeScalars)
        func slice(_ start: Int, _ end: Int) -> String {
            let lower = max(0, min(start, scalars.count)), upper = max(lower, min(end, scalars.count))
            return String(String.UnicodeScalarView(scalars[lower..<upper]))
        }

        let eventRows = try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM events WHERE article = ? ORDER BY id"),
                                           arguments: [docid])
        if eventRows.count == extraction.events.count, !eventRows.isEmpty {
            let local = try local ?? localEntities(docid: docid, in: db)
            var keys: Set<String> = []
            for (rowID, event) in zip(eventRows, extraction.events) {
                let sentence = extraction.sentences.indices.contains(event.sentence)
                    ? slice(extraction.sentences[event.sentence].start, extraction.sentences[event.sentence].end) : nil
                let key = uniqueKey(articleID + "-" + (event.start.map(String.init) ?? "s\(event.sentence)"), in: &keys)
                try execute(db, """
                    UPDATE events SET event_key = ?, date_precision = ?, sort_date = ?, published = ?, injured = ?,
                        held = ?, start = ?, "end" = ?, sentence_text = ? WHERE id = ?
                    """, [key, EventDate.precision(event.date), EventDate.sortDate(event.date) ?? day, day, event.injured,
                          event.count, event.start, event.end, sentence, rowID])
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
            for (rowID, quote) in zip(quoteRows, extraction.quotes) {
                let span = sentenceSpan(covering: quote.start, quote.end, in: extraction.sentences)
                // A speaker who is an entity is found through the entity; the others by the name the text gives.
                let key = quote.speaker == nil ? quote.speakerName.map(EntityKey.fold) : nil
                try execute(db, "UPDATE quotes SET sentence_start = ?, sentence_end = ?, published = ?, speaker_key = ? WHERE id = ?",
                            [span.start, span.end, day, key, rowID])
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

    /// `base`, or `base-2`, `base-3`... when two events of one article share a trigger offset.
    static func uniqueKey(_ base: String, in keys: inout Set<String>) -> String {
        var key = base, n = 1
        while keys.contains(key) {
            n += 1
            key = "\(base)-\(n)"
        }
        keys.insert(key)
        return key
    }

    /// From the start of the sentence holding `start` to the end of the one holding the quote's last character;
    /// the quote's own span when no sentence holds it (a quote in the title).
    static func sentenceSpan(covering start: Int, _ end: Int, in sentences: [Span]) -> Span {
        let first = sentences.first { $0.start <= start && start < $0.end }
        let last = sentences.last { $0.start < end && max(start, end - 1) < $0.end }
        return Span(start: min(first?.start ?? start, start), end: max(last?.end ?? end, end))
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
