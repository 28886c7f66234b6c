import GRDB
import NewsModel

extension SQLiteStore {
    public func quotes(_ query: QuoteQuery) throws -> QuotePage {
        guard query.limit > 0, let filter = Self.quoteFilter(query) else { return QuotePage(quotes: [], total: 0) }
        return try pool.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM quotes q \(filter.clause)",
                                         arguments: filter.statementArguments) ?? 0
            guard total > query.offset else { return QuotePage(quotes: [], total: total) }
            let rows = try Row.fetchAll(db, sql: """
                SELECT q.text, q.cue, q.speaker, q.speaker_name, sp.name AS speaker_entity, a.published,
                       a.id AS article_id, a.url, a.source, q.start, q."end"
                FROM quotes q JOIN articles a ON a.docid = q.article LEFT JOIN entities sp ON sp.id = q.speaker
                \(filter.clause)
                ORDER BY q.published DESC, q.id DESC
                LIMIT ? OFFSET ?
                """, arguments: filter.statementArguments + [query.limit, query.offset])
            return QuotePage(quotes: rows.map { row in
                let speaker: Int64? = row["speaker"]
                return QuoteRow(speaker: row["speaker_entity"] ?? row["speaker_name"], speakerID: speaker,
                                quote: row["text"], cue: row["cue"], date: row["published"], articleID: row["article_id"],
                                url: row["url"], source: row["source"], start: row["start"], end: row["end"])
            }, total: total)
        }
    }

    /// The conditions on `quotes q`; nil when its text has no word, which matches nothing.
    static func quoteFilter(_ query: QuoteQuery) -> SQLFilter? {
        var filter = SQLFilter()
        if let speaker = query.speaker {
            // Either the speaker's entity by any of its names, or a speaker who is no entity, by the name given.
            let key = EntityKey.fold(speaker)
            filter.add("(q.speaker IN (\(SQLFilter.entitiesNamed)) OR (q.speaker IS NULL AND q.speaker_key = ?))", key, key)
        }
        if let text = query.text {
            guard let match = FTSQuery.matchExpression(for: text) else { return nil }
            filter.add("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)", match)
        }
        if let about = query.about {
            // A mention of the entity inside the quote's sentence(s); the speaker's own name outside the quote
            // marks is the attribution ("..., Putin said"), which does not make the quote about them.
            let key = EntityKey.fold(about)
            filter.add("""
                q.article IN (SELECT m.article FROM mentions m WHERE m.entity IN (\(SQLFilter.entitiesNamed)))
                AND EXISTS (SELECT 1 FROM mentions m
                            WHERE m.article = q.article AND m.entity IN (\(SQLFilter.entitiesNamed))
                            AND m.start < COALESCE(q.sentence_end, q."end") AND m."end" > COALESCE(q.sentence_start, q.start)
                            AND NOT (m.entity IS q.speaker AND (m."end" <= q.start OR m.start >= q."end")))
                """, key, key)
        }
        if let from = query.from { filter.add("q.published >= ?", from) }
        if let to = query.to { filter.add("q.published <= ?", to) }
        return filter
    }
}
