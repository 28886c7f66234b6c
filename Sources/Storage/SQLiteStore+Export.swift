import GRDB
import NewsModel

extension SQLiteStore {
    /// Keyset pagination by `docid`: each page is one index range read (`SEARCH articles USING INTEGER PRIMARY KEY
    /// (rowid>?)`), so the 1000th page costs what the first does and the store never holds more than a page.
    /// An article re-stored during an export gets a new docid and comes again later: none is skipped.
    public func export(_ query: ExportQuery) throws -> ExportPage {
        guard query.limit > 0 else { return ExportPage(articles: [], next: nil) }
        var filter = SQLFilter()
        filter.add("docid > ?", query.after.flatMap { Int64($0) } ?? 0)
        if let from = query.from { filter.add("substr(published, 1, 10) >= ?", from) }
        if let to = query.to { filter.add("substr(published, 1, 10) <= ?", to) }
        let rows = try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT docid, id, title, text, published, url, source, extraction FROM articles
                \(filter.clause) ORDER BY docid LIMIT ?
                """, arguments: filter.statementArguments + [query.limit + 1])
        }
        let page = rows.prefix(query.limit)
        let articles = try page.map { row in
            StoredArticle(article: Article(id: row["id"], title: row["title"], text: row["text"], published: row["published"],
                                           url: row["url"], source: row["source"]),
                          extraction: try Self.decodeExtraction(row["extraction"]))
        }
        let next: String? = rows.count > query.limit ? page.last.map { String($0["docid"] as Int64) } : nil
        return ExportPage(articles: articles, next: next)
    }
}
