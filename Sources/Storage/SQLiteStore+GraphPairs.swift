import GRDB
import NewsModel

/// The co-occurrence graph and ego networks from the kept pair counts (`entity_pairs`, migration v4-store7), for
/// queries without day bounds: reading the nodes' rows instead (every article of the 200 most named entities) grew
/// with the corpus. Pairs are kept between hot entities only; what involves another entity is counted from its rows,
/// which are few (fewer than `hot_mentions` mentions each).
extension SQLiteStore {
    /// The `top` entities with the most articles, as `GROUP BY entity ORDER BY COUNT(*) DESC` over `entity_articles`.
    static func topNodes(_ query: GraphQuery, in db: Database) throws -> [Int64] {
        // Plan: SCAN s USING INDEX entity_stats_articles (backwards), e by INTEGER PRIMARY KEY.
        try Int64.fetchAll(db, sql: """
            SELECT s.entity FROM entity_stats s JOIN entities e ON e.id = s.entity
            WHERE \(typeFilter(query.types, column: "e.type")) ORDER BY s.articles DESC, s.entity LIMIT ?
            """, arguments: [query.top])
    }

    /// The column of `entity_pairs` that weighs an edge of `within`.
    static func pairWeight(_ within: GraphScope) -> String {
        within == .sentence ? "p.sentences" : "p.articles"
    }

    /// The strongest partners of a hot `center`, as `neighbours(of: [center], ...)` gives them, when the kept pairs
    /// settle it: the page is full and its weakest weight is one no entity that is not hot can reach (or the minimum
    /// weight excludes them all). Nil when they do not (the caller reads the rows).
    static func hotNeighbours(of center: Int64, room: Int, query: GraphQuery, in db: Database) throws -> [Int64]? {
        guard room > 0, try isHot(center, in: db) else { return nil }
        let weight = pairWeight(query.within)
        let rows = try Row.fetchAll(db, sql: """
            SELECT p.b, \(weight) AS weight FROM entity_pairs p JOIN entities e ON e.id = p.b
            WHERE p.a = ? AND \(weight) >= ? AND \(typeFilter(query.types, column: "e.type"))
            ORDER BY weight DESC, p.b LIMIT ?
            """, arguments: [center, max(1, query.minWeight), room])
        let bound = try hotMentions(in: db)
        let settled = query.minWeight >= bound || (rows.count == room && (rows.last?["weight"] as Int? ?? 0) >= bound)
        return settled ? rows.map { $0["b"] } : nil
    }

    /// Pair counts among `nodes`: kept pairs between hot ones, and the rows of the articles of the others.
    static func nodePairs(_ nodes: [Int64], within: GraphScope, in db: Database) throws -> [Pair: Int] {
        let hot = try Set(Int64.fetchAll(db, sql: """
            SELECT entity FROM entity_stats WHERE entity IN (SELECT value FROM json_each(?)) AND hot = 1
            """, arguments: [jsonIDs(nodes)]))
        var pairs: [Pair: Int] = [:]
        let hotIDs = jsonIDs(hot.sorted())
        // Plan: SEARCH p USING PRIMARY KEY (a=? AND b=?), both from the lists.
        for row in try Row.fetchAll(db, sql: """
            SELECT p.a, p.b, \(pairWeight(within)) AS weight FROM entity_pairs p
            WHERE p.a IN (SELECT value FROM json_each(?1)) AND p.b IN (SELECT value FROM json_each(?1)) AND p.a < p.b
            """, arguments: [hotIDs]) where row["weight"] as Int > 0 {
            pairs[Pair(row["a"], row["b"])] = row["weight"]
        }
        let cold = nodes.filter { !hot.contains($0) }
        guard !cold.isEmpty else { return pairs }
        let units: [Row]
        switch within {
        case .article:
            units = try Row.fetchAll(db, sql: """
                SELECT ea.article, 0 AS sentence, ea.entity FROM entity_articles ea
                WHERE ea.article IN (SELECT article FROM entity_articles WHERE entity IN (SELECT value FROM json_each(?1)))
                  AND ea.entity IN (SELECT value FROM json_each(?2))
                ORDER BY ea.article
                """, arguments: [jsonIDs(cold), jsonIDs(nodes)])
        case .sentence:
            units = try Row.fetchAll(db, sql: """
                SELECT se.article, se.sentence, se.entity FROM sentence_entities se
                WHERE se.article IN (SELECT article FROM entity_articles WHERE entity IN (SELECT value FROM json_each(?1)))
                  AND se.entity IN (SELECT value FROM json_each(?2)) AND se.sentence >= 0
                ORDER BY se.article, se.sentence
                """, arguments: [jsonIDs(cold), jsonIDs(nodes)])
        }
        let coldSet = Set(cold)
        countPairs(units) { a, b in coldSet.contains(a) || coldSet.contains(b) }
            .forEach { pairs[$0.key, default: 0] += $0.value }
        return pairs
    }

    /// Pairs of entities sharing a unit (article, sentence) of `rows` (ordered by unit), counted once a unit,
    /// those `counts` accepts.
    static func countPairs(_ rows: [Row], counts: (Int64, Int64) -> Bool = { _, _ in true }) -> [Pair: Int] {
        var pairs: [Pair: Int] = [:]
        var unit: (Int64, Int64)?
        var members: [Int64] = []
        func flush() {
            for i in members.indices {
                for j in members.indices where j > i && counts(members[i], members[j]) {
                    pairs[Pair(members[i], members[j]), default: 0] += 1
                }
            }
            members.removeAll(keepingCapacity: true)
        }
        for row in rows {
            let key: (Int64, Int64) = (row["article"], row["sentence"])
            if unit.map({ $0 != key }) ?? true {
                flush()
                unit = key
            }
            let entity: Int64 = row["entity"]
            if !members.contains(entity) { members.append(entity) }
        }
        flush()
        return pairs
    }
}
