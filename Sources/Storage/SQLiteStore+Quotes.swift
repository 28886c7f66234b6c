import GRDB
import NewsModel

extension SQLiteStore {
    public func quotes(_ query: QuoteQuery) throws -> QuotePage {
        guard query.limit > 0, let filter = Self.quoteFilter(query) else { return QuotePage(quotes: [], total: 0) }
        return try pool.read { db in
            let total: Int
            let rows: [Row]
            if let about = Self.aboutOnly(query) {
                (total, rows) = try Self.quotesAbout(about, query: query, in: db)
            } else {
                total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM quotes q \(filter.clause)",
                                         arguments: filter.statementArguments) ?? 0
                guard total > query.offset else { return QuotePage(quotes: [], total: total) }
                // The page from `quotes` alone, then its rows joined to their articles (large rows: one read a
                // page row, not one a match).
                rows = try Row.fetchAll(db, sql: """
                    SELECT \(Self.quoteColumns)
                    FROM (SELECT q.id FROM quotes q \(filter.clause) ORDER BY q.published DESC, q.id DESC LIMIT ? OFFSET ?) p
                    JOIN quotes q ON q.id = p.id JOIN articles a ON a.docid = q.article LEFT JOIN entities sp ON sp.id = q.speaker
                    ORDER BY q.published DESC, q.id DESC
                    """, arguments: filter.statementArguments + [query.limit, query.offset])
            }
            return QuotePage(quotes: rows.map { row in
                let speaker: Int64? = row["speaker"]
                return QuoteRow(speaker: row["speaker_entity"] ?? row["speaker_name"], speakerID: speaker,
                                quote: row["text"], cue: row["cue"], date: row["published"], articleID: row["article_id"],
                                url: row["url"], source: row["source"], start: row["start"], end: row["end"])
            }, total: total)
        }
    }

    static let quoteColumns = """
        q.text, q.cue, q.speaker, q.speaker_name, sp.name AS speaker_entity, a.published,
        a.id AS article_id, a.url, a.source, q.start, q."end"
        """

    /// The folded name of a query that asks only `about` (and dates): it is answered from `quote_about` alone.
    static func aboutOnly(_ query: QuoteQuery) -> String? {
        guard let about = query.about, query.speaker == nil, query.text == nil else { return nil }
        return EntityKey.fold(about)
    }

    /// Plan: `SEARCH qa USING COVERING INDEX quote_about_entity (entity=? AND published>? AND published<?)` for
    /// the count and the page (newest first: in index order for one entity), then the page's quotes by primary key.
    static func quotesAbout(_ key: String, query: QuoteQuery, in db: Database) throws -> (total: Int, rows: [Row]) {
        var filter = SQLFilter()
        filter.add("qa.entity IN (\(SQLFilter.entitiesNamed))", key)
        if let from = query.from { filter.add("qa.published >= ?", from) }
        if let to = query.to { filter.add("qa.published <= ?", to) }
        let clause = filter.clause
        let arguments = filter.statementArguments
        // One quote about two entities of the name counts once.
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT qa.quote) FROM quote_about qa \(clause)",
                                     arguments: arguments) ?? 0
        guard total > query.offset else { return (total, []) }
        let rows = try Row.fetchAll(db, sql: """
            WITH page AS (SELECT DISTINCT qa.published, qa.quote FROM quote_about qa \(clause)
                          ORDER BY qa.published DESC, qa.quote DESC LIMIT ? OFFSET ?)
            SELECT \(quoteColumns)
            FROM page JOIN quotes q ON q.id = page.quote JOIN articles a ON a.docid = q.article
            LEFT JOIN entities sp ON sp.id = q.speaker
            ORDER BY page.published DESC, page.quote DESC
            """, arguments: arguments + [query.limit, query.offset])
        return (total, rows)
    }

    /// The conditions on `quotes q`; nil when its text has no word, which matches nothing.
    static func quoteFilter(_ query: QuoteQuery) -> SQLFilter? {
        var filter = SQLFilter()
        if let speaker = query.speaker {
            // Either the speaker's entity by any of its names, or a speaker who is no entity, by the name given.
            let key = EntityKey.fold(speaker)
            // As a union of two index lookups: written as an OR, the planner (after ANALYZE) served the second part
            // from `quotes_speaker (speaker IS NULL)`, every quote without a speaker entity, instead of the
            // partial index `quotes_speaker_key` (European Union at 20,000 articles: 77 ms, now 1).
            filter.add("""
                q.id IN (SELECT id FROM quotes WHERE speaker IN (\(SQLFilter.entitiesNamed))
                         UNION ALL SELECT id FROM quotes INDEXED BY quotes_speaker_key WHERE speaker IS NULL AND speaker_key = ?)
                """, key, key)
        }
        if let text = query.text {
            guard let match = FTSQuery.matchExpression(for: text) else { return nil }
            filter.add("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)", match)
        }
        if let about = query.about {
            // `quote_about` holds, per quote, the entities named in its sentence(s), leaving out the speaker's own
            // name outside the quote marks: the attribution ("..., Putin said") does not make a quote about them.
            filter.add("q.id IN (SELECT qa.quote FROM quote_about qa WHERE qa.entity IN (\(SQLFilter.entitiesNamed)))",
                       EntityKey.fold(about))
        }
        if let from = query.from { filter.add("q.published >= ?", from) }
        if let to = query.to { filter.add("q.published <= ?", to) }
        if let country = query.country { filter.add(articleInCountry("q.article"), country.uppercased()) }
        return filter
    }
}
