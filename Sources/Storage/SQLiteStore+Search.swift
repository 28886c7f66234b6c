import GRDB
import NewsModel

extension SQLiteStore {
    /// Title matches weigh this many times a body match in bm25.
    static let titleWeight = 5.0

    public func search(_ query: SearchQuery) throws -> SearchPage {
        guard query.limit > 0 else { return .empty }
        guard let match = FTSQuery.matchExpression(for: query.text) else {
            return query.hasFilters ? try listing(query) : .empty
        }
        var filter = SQLFilter()
        filter.add("articles_fts MATCH ?", match)
        Self.addArticleFilters(query, to: &filter)
        let from = "FROM articles_fts JOIN articles a ON a.docid = articles_fts.rowid \(filter.clause)"
        let filterArguments = filter.statementArguments
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
