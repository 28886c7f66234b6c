import GRDB
import NewsModel

extension SQLiteStore {
    /// Adds (`sign` 1) or takes away (-1) aggregates; rows that reach zero go.
    static func writeAggregates(_ aggregates: ArticleAggregates, sign: Int = 1, in db: Database) throws {
        let stats = try db.cachedStatement(sql: """
            INSERT INTO entity_stats (entity, articles, mentions) VALUES (?, ?, ?)
            ON CONFLICT (entity) DO UPDATE SET articles = articles + excluded.articles, mentions = mentions + excluded.mentions
            RETURNING articles
            """)
        for (entity, counts) in aggregates.entities where counts != ArticleAggregates.EntityCounts() {
            if try Int.fetchOne(stats, arguments: [entity, sign * counts.articles, sign * counts.mentions]) ?? 0 <= 0 {
                try execute(db, "DELETE FROM entity_stats WHERE entity = ?", [entity])
            }
        }
        let days = try db.cachedStatement(sql: """
            INSERT INTO entity_days (entity, day, articles, mentions, events, fatalities) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (entity, day) DO UPDATE SET articles = articles + excluded.articles,
                mentions = mentions + excluded.mentions, events = events + excluded.events,
                fatalities = fatalities + excluded.fatalities
            RETURNING articles, events
            """)
        for (key, counts) in aggregates.days where !counts.isZero {
            let row = try Row.fetchOne(days, arguments: [key.entity, key.day, sign * counts.articles, sign * counts.mentions,
                                                         sign * counts.events, sign * counts.fatalities])
            if (row?[0] as Int? ?? 0) <= 0, (row?[1] as Int? ?? 0) <= 0 {
                try execute(db, "DELETE FROM entity_days WHERE entity = ? AND day = ?", [key.entity, key.day])
            }
        }
        let pairs = try db.cachedStatement(sql: """
            INSERT INTO entity_pairs (a, b, articles, sentences) VALUES (?, ?, ?, ?)
            ON CONFLICT (a, b) DO UPDATE SET articles = articles + excluded.articles, sentences = sentences + excluded.sentences
            RETURNING articles
            """)
        for (pair, counts) in aggregates.pairs where counts != ArticleAggregates.PairCounts() {
            // Both directions: a profile or an ego network reads the partners of one entity as `a = ?`.
            for (a, b) in [(pair.low, pair.high), (pair.high, pair.low)] {
                if try Int.fetchOne(pairs, arguments: [a, b, sign * counts.articles, sign * counts.sentences]) ?? 0 <= 0 {
                    try execute(db, "DELETE FROM entity_pairs WHERE a = ? AND b = ?", [a, b])
                }
            }
        }
        let edges = try db.cachedStatement(sql: """
            INSERT INTO event_edges (source, target, events, fatalities) VALUES (?, ?, ?, ?)
            ON CONFLICT (source, target) DO UPDATE SET events = events + excluded.events,
                fatalities = fatalities + excluded.fatalities
            RETURNING events
            """)
        for (edge, counts) in aggregates.edges where counts != ArticleAggregates.EdgeCounts() {
            if try Int.fetchOne(edges, arguments: [edge.source, edge.target, sign * counts.events, sign * counts.fatalities]) ?? 0 <= 0 {
                try execute(db, "DELETE FROM event_edges WHERE source = ? AND target = ?", [edge.source, edge.target])
            }
        }
    }

    /// The mentions that make an entity hot in this database (`aggregate_settings`).
    static func hotMentions(in db: Database) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: "SELECT hot_mentions FROM aggregate_settings")) ?? ArticleAggregates.hotMentions
    }

    /// Whether the pairs of `entity` are kept now.
    static func isHot(_ entity: Int64, in db: Database) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT hot FROM entity_stats WHERE entity = ?"), arguments: [entity]) ?? false
    }

    /// Makes hot the entities that reached `hot_mentions` (found by the partial index
    /// `entity_stats_cold`), one at a time, each with its pairs to the entities already hot counted from the stored
    /// rows (so a pair of two new ones is counted once, by the second).
    static func promoteHotEntities(in db: Database) throws {
        let candidates = try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT entity FROM entity_stats INDEXED BY entity_stats_cold WHERE hot = 0 AND mentions >= ? ORDER BY entity
            """), arguments: [try hotMentions(in: db)])
        guard !candidates.isEmpty else { return }
        let pick = try db.cachedStatement(sql: "UPDATE entity_stats SET hot = 1 WHERE entity = ?")
        let articles = try db.cachedStatement(sql: """
            SELECT b.entity, COUNT(*) FROM entity_articles a
            JOIN entity_articles b ON b.article = a.article AND b.entity <> a.entity
            JOIN entity_stats s ON s.entity = b.entity AND s.hot = 1
            WHERE a.entity = ? GROUP BY b.entity
            """)
        let sentences = try db.cachedStatement(sql: """
            SELECT b.entity, COUNT(*) FROM sentence_entities a INDEXED BY sentence_entities_entity
            JOIN sentence_entities b ON b.article = a.article AND b.sentence = a.sentence AND b.entity <> a.entity
            JOIN entity_stats s ON s.entity = b.entity AND s.hot = 1
            WHERE a.entity = ? AND a.sentence >= 0 GROUP BY b.entity
            """)
        for entity in candidates {
            try pick.execute(arguments: [entity])
            var added = ArticleAggregates()
            for row in try Row.fetchAll(articles, arguments: [entity]) {
                added.pairs[Pair(entity, row[0]), default: ArticleAggregates.PairCounts()].articles += row[1] as Int
            }
            for row in try Row.fetchAll(sentences, arguments: [entity]) {
                added.pairs[Pair(entity, row[0]), default: ArticleAggregates.PairCounts()].sentences += row[1] as Int
            }
            try writeAggregates(added, in: db)
        }
    }

    /// A stored article's aggregates as its rows say now, added (`sign` 1) or taken away (-1); nothing on a schema
    /// before v4-store7 (an older migration relinking).
    static func addStoredAggregates(_ docid: Int64, rows: DerivedRows, sign: Int, in db: Database) throws {
        guard try keepsAggregates(db) else { return }
        try writeAggregates(try storedAggregates(docid, rows: rows, in: db), sign: sign, in: db)
    }

    /// A stored article's aggregates as its rows say now (before they change: subtracted; after a relink: added).
    static func storedAggregates(_ docid: Int64, rows: DerivedRows, in db: Database) throws -> ArticleAggregates {
        var events: [Int64: ArticleAggregates.EventFacts] = [:]
        var order: [Int64] = []
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, event_day, fatalities, location FROM events WHERE article = ? ORDER BY id
            """), arguments: [docid]) {
            let id: Int64 = row[0]
            order.append(id)
            events[id] = ArticleAggregates.EventFacts(day: row[1], fatalities: row[2], location: row[3], actors: [], targets: [])
        }
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT ea.event, ea.entity, ea.role FROM event_actors ea JOIN events e ON e.id = ea.event WHERE e.article = ?
            """), arguments: [docid]) {
            let id: Int64 = row[0]
            if row[2] == "actor" { events[id]?.actors.append(row[1]) } else { events[id]?.targets.append(row[1]) }
        }
        return try ArticleAggregates(rows: rows, events: order.compactMap { events[$0] }) { try isHot($0, in: db) }
    }

    /// Whether this schema keeps the aggregates (migration v4-store7 run): earlier migrations relink without them.
    static func keepsAggregates(_ db: Database) throws -> Bool {
        try db.tableExists("entity_stats")
    }
}

/// Hot flags looked up once a batch: no `entity_stats` row changes while the batch's articles are inserted (their
/// aggregates are written after).
struct HotEntities {
    private var known: [Int64: Bool] = [:]

    mutating func contains(_ entity: Int64, in db: Database) throws -> Bool {
        if let hot = known[entity] { return hot }
        let hot = try SQLiteStore.isHot(entity, in: db)
        known[entity] = hot
        return hot
    }
}
