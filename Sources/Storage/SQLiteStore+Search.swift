import GRDB
import NewsModel

extension SQLiteStore {
    /// Title matches weigh this many times a body match in bm25.
    static let titleWeight = 5.0

    public func search(_ query: SearchQuery) throws -> SearchPage {
        guard let match = FTSQuery.matchExpression(for: query.text), query.limit > 0 else { return .empty }
        var conditions = ["articles_fts MATCH ?"]
        var arguments: [(any DatabaseValueConvertible)?] = [match]
        // substr: a published value with a time part still compares as its calendar date.
        if let from = query.from {
            conditions.append("substr(a.published, 1, 10) >= ?")
            arguments.append(from)
        }
        if let to = query.to {
            conditions.append("substr(a.published, 1, 10) <= ?")
            arguments.append(to)
        }
        if let source = query.source {
            conditions.append("a.source = ? COLLATE NOCASE")
            arguments.append(source)
        }
        if let entity = query.entity {
            // entity_aliases holds every spelling, the canonical name included, so one lookup covers both.
            conditions.append("""
                a.docid IN (SELECT m.article FROM mentions m JOIN entity_aliases ea ON ea.entity = m.entity
                            WHERE ea.key = ?)
                """)
            arguments.append(EntityKey.fold(entity))
        }
        let from = "FROM articles_fts JOIN articles a ON a.docid = articles_fts.rowid WHERE "
            + conditions.joined(separator: " AND ")
        let filterArguments = StatementArguments(arguments)
        return try pool.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) \(from)", arguments: filterArguments) ?? 0
            guard total > query.offset else { return SearchPage(hits: [], total: total) }
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.id, a.title, a.published, a.source, a.url,
                       snippet(articles_fts, -1, '[', ']', '…', 16) AS snippet,
                       bm25(articles_fts, \(Self.titleWeight), 1.0) AS score
                \(from)
                ORDER BY score, a.published DESC, a.id
                LIMIT ? OFFSET ?
                """, arguments: filterArguments + [query.limit, max(0, query.offset)])
            let hits = rows.map { row in
                SearchHit(id: row["id"], title: row["title"], published: row["published"], source: row["source"],
                          url: row["url"], snippet: row["snippet"] ?? "", score: row["score"])
            }
            return SearchPage(hits: hits, total: total)
        }
    }
}
