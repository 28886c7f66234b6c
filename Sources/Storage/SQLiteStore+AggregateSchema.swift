import GRDB

extension SQLiteStore {
    /// Migration v4-store7: the tables of `ArticleAggregates`, kept up to date by every upsert and relink, and
    /// filled here from the rows of a stored database.
    /// - `entity_stats (entity, articles, mentions, hot)`: the profile's totals, entity listings' mentions, the
    ///   graph's top nodes (`entity_stats_articles`), without summing `entity_articles` (Donald Trump: ~20,000 rows
    ///   at 100,000 articles).
    /// - `entity_days (entity, day, articles, mentions, events, fatalities)`: timelines of an entity and the profile's
    ///   mentions per day; events counted once per entity named as actor, target or place.
    /// - `entity_pairs (a, b, articles, sentences)`: articles and sentences shared by two hot entities, both
    ///   directions (a profile reads `a = ?`).
    /// - `event_edges (source, target, events, fatalities)`: the events graph without filters.
    /// - `aggregate_settings (hot_mentions)`: the mentions that make an entity hot in this database (the flags are
    ///   relative to it, so it lives with them; tests lower it on a fresh store).
    static let schemaV4Aggregates = """
    CREATE TABLE aggregate_settings (hot_mentions INTEGER NOT NULL);
    INSERT INTO aggregate_settings (hot_mentions) VALUES (\(ArticleAggregates.hotMentions));

    CREATE TABLE entity_stats (
        entity INTEGER PRIMARY KEY,
        articles INTEGER NOT NULL,
        mentions INTEGER NOT NULL,
        hot INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX entity_stats_articles ON entity_stats(articles, entity);
    CREATE INDEX entity_stats_cold ON entity_stats(mentions) WHERE hot = 0;

    CREATE TABLE entity_days (
        entity INTEGER NOT NULL,
        day TEXT NOT NULL,
        articles INTEGER NOT NULL,
        mentions INTEGER NOT NULL,
        events INTEGER NOT NULL,
        fatalities INTEGER NOT NULL,
        PRIMARY KEY (entity, day)
    ) WITHOUT ROWID;

    CREATE TABLE entity_pairs (
        a INTEGER NOT NULL,
        b INTEGER NOT NULL,
        articles INTEGER NOT NULL,
        sentences INTEGER NOT NULL,
        PRIMARY KEY (a, b)
    ) WITHOUT ROWID;

    CREATE TABLE event_edges (
        source INTEGER NOT NULL,
        target INTEGER NOT NULL,
        events INTEGER NOT NULL,
        fatalities INTEGER NOT NULL,
        PRIMARY KEY (source, target)
    ) WITHOUT ROWID;
    """

    static func migrateV4Aggregates(_ db: Database) throws {
        try db.execute(sql: schemaV4Aggregates)
        try db.execute(sql: """
            INSERT INTO entity_stats (entity, articles, mentions, hot)
            SELECT entity, COUNT(*), SUM(mentions), SUM(mentions) >= (SELECT hot_mentions FROM aggregate_settings)
            FROM entity_articles GROUP BY entity
            """)
        for (table, select) in aggregateRecomputation {
            try db.execute(sql: "INSERT INTO \(table) \(select)")
        }
    }

    /// The contents of each aggregate table (but `entity_stats`, whose `hot` flags are history) computed from the
    /// rows, given the hot flags of `entity_stats`: what the migration fills them with, and what the tests compare
    /// the maintained tables against.
    static let aggregateRecomputation: [(table: String, select: String)] = [
        ("entity_days", """
            SELECT entity, day, SUM(articles), SUM(mentions), SUM(events), SUM(fatalities) FROM (
                SELECT entity, day, COUNT(*) AS articles, SUM(mentions) AS mentions, 0 AS events, 0 AS fatalities
                FROM entity_articles WHERE day IS NOT NULL GROUP BY entity, day
                UNION ALL
                SELECT n.entity, e.event_day, 0, 0, COUNT(*), COALESCE(SUM(e.fatalities), 0)
                FROM (SELECT event, entity FROM event_actors UNION SELECT id, location FROM events WHERE location IS NOT NULL) n
                JOIN events e ON e.id = n.event WHERE e.event_day IS NOT NULL GROUP BY n.entity, e.event_day
            ) GROUP BY entity, day
            """),
        ("entity_pairs", """
            SELECT a, b, SUM(articles), SUM(sentences) FROM (
                SELECT x.entity AS a, y.entity AS b, COUNT(*) AS articles, 0 AS sentences
                FROM entity_articles x JOIN entity_articles y ON y.article = x.article AND y.entity <> x.entity
                WHERE x.entity IN (SELECT entity FROM entity_stats WHERE hot = 1)
                  AND y.entity IN (SELECT entity FROM entity_stats WHERE hot = 1)
                GROUP BY x.entity, y.entity
                UNION ALL
                SELECT x.entity, y.entity, 0, COUNT(*)
                FROM sentence_entities x JOIN sentence_entities y
                  ON y.article = x.article AND y.sentence = x.sentence AND y.entity <> x.entity
                WHERE x.sentence >= 0 AND x.entity IN (SELECT entity FROM entity_stats WHERE hot = 1)
                  AND y.entity IN (SELECT entity FROM entity_stats WHERE hot = 1)
                GROUP BY x.entity, y.entity
            ) GROUP BY a, b
            """),
        ("event_edges", """
            SELECT a.entity, t.entity, COUNT(*), COALESCE(SUM(e.fatalities), 0)
            FROM event_actors a JOIN events e ON e.id = a.event
            JOIN event_actors t ON t.event = a.event AND t.role = 'target'
            WHERE a.role = 'actor' AND a.entity <> t.entity GROUP BY a.entity, t.entity
            """),
    ]
}
