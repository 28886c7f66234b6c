import Dedup
import GRDB
import NewsModel

extension SQLiteStore {
    public func duplicates(ofArticle id: String, minimum: Double) throws -> [DuplicateArticle]? {
        try pool.read { db in
            guard let docid = try Int64.fetchOne(db, sql: "SELECT docid FROM articles WHERE id = ?", arguments: [id]) else {
                return nil
            }
            return try Row.fetchAll(db, sql: """
                SELECT a.id, a.title, a.source, a.published, n.overlap
                FROM near_duplicates n JOIN articles a ON a.docid = n.other
                WHERE n.article = ? AND n.overlap >= ?
                ORDER BY n.overlap DESC, a.published, a.id
                """, arguments: [docid, minimum]).map(Self.duplicateArticle)
        }
    }

    public func duplicateClusters(minimum: Double, limit: Int, offset: Int) throws -> (clusters: [DuplicateCluster], total: Int) {
        try pool.read { db in
            // Plan: a range of near_duplicates_overlap (it holds both ends): the pairs, not the articles, are read.
            var pairs: [(Int64, Int64, Double)] = []
            var best: [Int64: Double] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT article, other, overlap FROM near_duplicates WHERE overlap >= ? AND article < other
                """, arguments: [minimum])
            while let row = try rows.next() {
                let pair: (Int64, Int64, Double) = (row["article"], row["other"], row["overlap"])
                pairs.append(pair)
                best[pair.0] = max(best[pair.0] ?? 0, pair.2)
                best[pair.1] = max(best[pair.1] ?? 0, pair.2)
            }
            let all = DuplicateClusters(pairs: pairs, minimum: minimum).clusters
            var range: [Int64: (low: Double, high: Double)] = [:]
            let clusterOf = Dictionary(all.enumerated().flatMap { index, members in members.map { ($0, members[0]) } },
                                       uniquingKeysWith: { a, _ in a })
            for (a, _, overlap) in pairs {
                guard let root = clusterOf[a] else { continue }
                let now = range[root] ?? (overlap, overlap)
                range[root] = (min(now.low, overlap), max(now.high, overlap))
            }
            let page = all.dropFirst(offset).prefix(limit)
            let read = try db.cachedStatement(sql: "SELECT id, title, source, published FROM articles WHERE docid = ?")
            let clusters = try page.map { members -> DuplicateCluster in
                var articles = try members.compactMap { docid -> DuplicateArticle? in
                    guard let row = try Row.fetchOne(read, arguments: [docid]) else { return nil }
                    var article = Self.duplicateArticle(row)
                    article.overlap = best[docid]
                    return article
                }
                articles.sort { ($0.published ?? "\u{10FFFF}", $0.id) < ($1.published ?? "\u{10FFFF}", $1.id) }
                let span = range[members[0]] ?? (0, 0)
                return DuplicateCluster(articles: articles, minOverlap: span.low, maxOverlap: span.high)
            }
            return (clusters, all.count)
        }
    }

    /// The docids joined to `docid` by pairs at or above `minimum`, itself included; at most `cap` of them (a
    /// pathological chain stops there rather than walking the store).
    static func cluster(of docid: Int64, minimum: Double, cap: Int = 1_000, in db: Database) throws -> Set<Int64> {
        var members: Set<Int64> = [docid]
        var frontier = [docid]
        let next = try db.cachedStatement(sql: "SELECT other FROM near_duplicates WHERE article = ? AND overlap >= ?")
        while let current = frontier.popLast(), members.count < cap {
            for other in try Int64.fetchAll(next, arguments: [current, minimum]) where members.insert(other).inserted {
                frontier.append(other)
            }
        }
        return members
    }

    static func duplicateArticle(_ row: Row) -> DuplicateArticle {
        DuplicateArticle(id: row["id"], title: row["title"], source: row["source"], published: row["published"],
                         overlap: row["overlap"])
    }
}
