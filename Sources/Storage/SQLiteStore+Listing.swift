import GRDB
import NewsModel

extension SearchQuery {
    /// Whether anything but the words narrows the search.
    public var hasFilters: Bool { from != nil || to != nil || source != nil || entity != nil || country != nil }
}

extension SQLiteStore {
    /// How much of the text a listed article shows in place of a snippet, in characters.
    static let leadLength = 160

    /// A search with filters and no words: the matching articles, newest first, each with the start of its text.
    func listing(_ query: SearchQuery) throws -> SearchPage {
        var filter = SQLFilter()
        Self.addArticleFilters(query, to: &filter)
        return try pool.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM articles a \(filter.clause)",
                                         arguments: filter.statementArguments) ?? 0
            guard total > query.offset else { return SearchPage(hits: [], total: total) }
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.id, a.title, a.published, a.source, a.url, substr(a.text, 1, ?) AS lead, length(a.text) AS length
                FROM articles a \(filter.clause)
                ORDER BY a.published DESC, a.docid DESC
                LIMIT ? OFFSET ?
                """, arguments: [Self.leadLength] + filter.statementArguments + [query.limit, max(0, query.offset)])
            let hits = rows.map { row in
                let lead: String = row["lead"] ?? "", length: Int = row["length"] ?? 0
                return SearchHit(id: row["id"], title: row["title"], published: row["published"], source: row["source"],
                                 url: row["url"], snippet: length > Self.leadLength ? lead + "…" : lead, score: 0)
            }
            return SearchPage(hits: hits, total: total)
        }
    }

    /// The filters search and listing share, on `articles a`.
    static func addArticleFilters(_ query: SearchQuery, to filter: inout SQLFilter) {
        // substr: a published value with a time part still compares as its calendar date.
        if let from = query.from { filter.add("substr(a.published, 1, 10) >= ?", from) }
        if let to = query.to { filter.add("substr(a.published, 1, 10) <= ?", to) }
        if let source = query.source {
            // A part of the source, case-insensitive: "aljazeera" finds "aljazeera.com". instr needs no escaping
            // of LIKE's wildcards.
            filter.add("instr(lower(a.source), ?) > 0", source.lowercased())
        }
        if let country = query.country { filter.add(articleInCountry("a.docid"), country.uppercased()) }
        if let entity = query.entity {
            // entity_aliases holds every spelling, the canonical name included, so one lookup covers both.
            filter.add("a.docid IN (SELECT ea.article FROM entity_articles ea WHERE ea.entity IN (\(SQLFilter.entitiesNamed)))",
                       EntityKey.fold(entity))
        }
    }
}
