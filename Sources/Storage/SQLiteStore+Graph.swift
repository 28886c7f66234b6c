import Foundation
import GRDB
import NewsModel

extension SQLiteStore {
    public func graph(_ query: GraphQuery) throws -> Graph {
        try pool.read { db in
            switch query.kind {
            case .cooccurrence: try Self.cooccurrenceGraph(query, in: db)
            case .events: try Self.eventsGraph(query, in: db)
            }
        }
    }

    /// Ids as a JSON array, for `IN (SELECT value FROM json_each(?))`: one parameter however many ids.
    static func jsonIDs<S: Sequence<Int64>>(_ ids: S) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }

    static func typeFilter(_ types: Set<EntityType>, column: String) -> String {
        // The values come from the enumeration, never from input.
        types.isEmpty ? "1" : "\(column) IN (" + types.map { "'\($0.rawValue)'" }.sorted().joined(separator: ",") + ")"
    }

    // MARK: co-occurrence

    /// Nodes: the `top` entities with the most articles (or the center and its strongest neighbours); edges: the
    /// articles (or sentences) each pair of them shares. Without day bounds both come from the tables kept at
    /// upsert time (`SQLiteStore+GraphPairs.swift`); with them, from one pass over the nodes' rows in the bounds.
    static func cooccurrenceGraph(_ query: GraphQuery, in db: Database) throws -> Graph {
        let bounded = query.from != nil || query.to != nil
        var nodes: [Int64]
        if let center = query.center {
            nodes = [center]
            var frontier = [center]
            for _ in 0..<query.depth where nodes.count < query.top && !frontier.isEmpty {
                let kept = bounded || frontier != [center] ? nil
                    : try hotNeighbours(of: center, room: query.top - nodes.count, query: query, in: db)
                let next = try kept ?? neighbours(of: frontier, excluding: nodes, query: query, in: db)
                nodes += next
                frontier = next
            }
        } else if !bounded {
            nodes = try topNodes(query, in: db)
        } else {
            // Plan: SEARCH ea USING INDEX entity_articles_day (day>? AND day<?), e by PK.
            let days = dayBounds("ea.day", from: query.from, to: query.to)
            nodes = try Int64.fetchAll(db, sql: """
                SELECT ea.entity FROM entity_articles ea JOIN entities e ON e.id = ea.entity
                WHERE \(days.sql) AND \(typeFilter(query.types, column: "e.type"))
                GROUP BY ea.entity ORDER BY COUNT(*) DESC, ea.entity LIMIT ?
                """, arguments: days.arguments + [query.top])
        }
        let pairs = bounded ? try boundedPairs(nodes, query: query, in: db)
            : try nodePairs(nodes, within: query.within, in: db)
        let edges = pairs.filter { $0.value >= query.minWeight }
            .map { GraphEdge(source: $0.key.low, target: $0.key.high, weight: $0.value) }
            .sorted { ($0.weight, $1.source, $1.target) > ($1.weight, $0.source, $0.target) }
        let graphNodes = try nodeRows(nodes, query: query, events: nil, in: db)
        return Graph(kind: .cooccurrence, directed: false, nodes: graphNodes, edges: edges)
    }

    /// Pair counts among `nodes` within the day bounds, from the rows of the articles of those days.
    static func boundedPairs(_ nodes: [Int64], query: GraphQuery, in db: Database) throws -> [Pair: Int] {
        let days = dayBounds("ea.day", from: query.from, to: query.to)
        let unitRows: [Row]
        switch query.within {
        case .article:
            // Plan: SEARCH ea USING INDEX entity_articles_day (day>? AND day<?): the days' rows, not every row of
            // every node.
            unitRows = try Row.fetchAll(db, sql: """
                SELECT ea.article, 0 AS sentence, ea.entity FROM entity_articles ea INDEXED BY entity_articles_day
                WHERE \(days.sql) AND ea.entity IN (SELECT value FROM json_each(?))
                ORDER BY ea.article
                """, arguments: days.arguments + [jsonIDs(nodes)])
        case .sentence:
            unitRows = try Row.fetchAll(db, sql: """
                SELECT se.article, se.sentence, se.entity FROM sentence_entities se
                WHERE se.article IN (SELECT ea.article FROM entity_articles ea INDEXED BY entity_articles_day
                                     WHERE \(days.sql))
                  AND se.entity IN (SELECT value FROM json_each(?)) AND se.sentence >= 0
                ORDER BY se.article, se.sentence
                """, arguments: days.arguments + [jsonIDs(nodes)])
        }
        return countPairs(unitRows)
    }

    /// The entities sharing the most articles (sentences) with any of `frontier`, strongest first, at most
    /// enough to fill `top`.
    private static func neighbours(of frontier: [Int64], excluding known: [Int64], query: GraphQuery,
                                   in db: Database) throws -> [Int64] {
        let room = query.top - known.count
        guard room > 0 else { return [] }
        let bounded = query.from != nil || query.to != nil
        let types = typeFilter(query.types, column: "e.type")
        let join: String, days: (sql: String, arguments: StatementArguments)
        switch query.within {
        case .article:
            join = """
                FROM entity_articles a JOIN entity_articles b ON b.article = a.article
                """
            days = dayBounds("a.day", from: query.from, to: query.to)
        case .sentence:
            join = """
                FROM sentence_entities a JOIN sentence_entities b ON b.article = a.article AND b.sentence = a.sentence
                """
            days = dayBounds("a.day", from: query.from, to: query.to)
        }
        let sentenceOnly = query.within == .sentence ? "AND a.sentence >= 0" : ""
        return try Int64.fetchAll(db, sql: """
            SELECT b.entity \(join) JOIN entities e ON e.id = b.entity
            WHERE a.entity IN (SELECT value FROM json_each(?1)) \(sentenceOnly)
              AND b.entity NOT IN (SELECT value FROM json_each(?2)) AND \(types) AND \(bounded ? days.sql : "1")
            GROUP BY b.entity HAVING COUNT(*) >= ? ORDER BY COUNT(*) DESC, b.entity LIMIT ?
            """, arguments: [jsonIDs(frontier), jsonIDs(known)] + (bounded ? days.arguments : []) + [query.minWeight, room])
    }

    /// Each node's label, type, and its articles and mentions within the day bounds, in the order given.
    static func nodeRows(_ ids: [Int64], query: GraphQuery, events: [Int64: Int]?, in db: Database) throws -> [GraphNode] {
        let bounded = query.from != nil || query.to != nil
        let days = dayBounds("ea.day", from: query.from, to: query.to)
        // Without day bounds the totals are kept (`entity_stats`): summing `entity_articles` read every article of
        // the 200 most named entities (most of the co-occurrence graph's time at 20,000 articles).
        let rows = bounded ? try boundedNodeRows(ids, days: days, in: db) : try Row.fetchAll(db, sql: """
            SELECT e.id, e.name, e.type, COALESCE(s.articles, 0) AS articles, COALESCE(s.mentions, 0) AS mentions
            FROM entities e LEFT JOIN entity_stats s ON s.entity = e.id WHERE e.id IN (SELECT value FROM json_each(?))
            """, arguments: [jsonIDs(ids)])
        var byID: [Int64: GraphNode] = [:]
        for row in rows {
            let id: Int64 = row["id"]
            byID[id] = GraphNode(id: id, label: row["name"], type: EntityType(rawValue: row["type"]) ?? .miscellaneous,
                                 articles: row["articles"], mentions: row["mentions"], events: events.map { $0[id] ?? 0 })
        }
        return ids.compactMap { byID[$0] }
    }

    /// Node rows with articles and mentions counted within the day bounds, from the days' rows (as the nodes were
    /// chosen): a subquery per node read every article of each of them.
    private static func boundedNodeRows(_ ids: [Int64], days: (sql: String, arguments: StatementArguments),
                                        in db: Database) throws -> [Row] {
        // Plan: SEARCH ea USING INDEX entity_articles_day (day>? AND day<?), e by INTEGER PRIMARY KEY.
        try Row.fetchAll(db, sql: """
            WITH counted AS (
                SELECT ea.entity, COUNT(*) AS articles, SUM(ea.mentions) AS mentions
                FROM entity_articles ea INDEXED BY entity_articles_day
                WHERE \(days.sql) AND ea.entity IN (SELECT value FROM json_each(?)) GROUP BY ea.entity
            )
            SELECT e.id, e.name, e.type, COALESCE(c.articles, 0) AS articles, COALESCE(c.mentions, 0) AS mentions
            FROM entities e LEFT JOIN counted c ON c.entity = e.id WHERE e.id IN (SELECT value FROM json_each(?))
            """, arguments: days.arguments + [jsonIDs(ids), jsonIDs(ids)])
    }
}

/// An unordered pair of entity ids.
struct Pair: Hashable {
    let low: Int64
    let high: Int64

    init(_ a: Int64, _ b: Int64) {
        low = min(a, b)
        high = max(a, b)
    }
}
