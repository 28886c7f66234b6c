import GRDB
import NewsModel

extension SQLiteStore {
    public func timeline(_ query: TimelineQuery) throws -> Timeline {
        let (counted, events) = try pool.read { db in try Self.timelineCounts(query, in: db) }
        var buckets: [String: TimelineBucket] = [:]
        for row in counted {
            let bucket: String = row["bucket"]
            buckets[bucket] = TimelineBucket(bucket: bucket, articles: row["articles"], mentions: row["mentions"],
                                             events: 0, fatalities: 0)
        }
        let entityTimeline = if case .entity = query.subject { true } else { false }
        for row in events {
            let bucket: String = row["bucket"]
            var entry = buckets[bucket]
                ?? TimelineBucket(bucket: bucket, articles: 0, mentions: entityTimeline ? 0 : nil, events: 0, fatalities: 0)
            entry.events = row["events"]
            entry.fatalities = row["fatalities"]
            if let articles: Int = row["articles"] { entry.articles = articles }
            buckets[bucket] = entry
        }
        return Timeline(by: query.by, buckets: buckets.values.sorted { $0.bucket < $1.bucket })
    }

    /// The bucket a `YYYY-MM-DD` day expression falls in: weeks start on Monday (ISO 8601).
    static func bucket(_ day: String, by: TimeBucket) -> String {
        switch by {
        case .day: day
        case .week: "date(\(day), 'weekday 0', '-6 days')"
        case .month: "substr(\(day), 1, 7)"
        }
    }

    /// `AND`-ed day bounds on a day expression, with their arguments.
    static func dayBounds(_ day: String, from: String?, to: String?) -> (sql: String, arguments: StatementArguments) {
        var sql = "\(day) IS NOT NULL"
        var arguments = StatementArguments()
        if let from {
            sql += " AND \(day) >= ?"
            arguments += [from]
        }
        if let to {
            sql += " AND \(day) <= ?"
            arguments += [to]
        }
        return (sql, arguments)
    }

    /// `(cameo >= '18' AND cameo < '18\u{10FFFF}') OR ...`: prefixes as key ranges, so `events_cameo` applies.
    static func cameoFilter(_ codes: [String], column: String = "e.cameo") -> (sql: String, arguments: StatementArguments) {
        var arguments = StatementArguments()
        let ranges = codes.map { code -> String in
            arguments += [code, code + "\u{10FFFF}"]
            return "(\(column) >= ? AND \(column) < ?)"
        }
        return ("(" + ranges.joined(separator: " OR ") + ")", arguments)
    }

    /// Rows of (bucket, articles, mentions) and of (bucket, events, fatalities[, articles]).
    private static func timelineCounts(_ query: TimelineQuery, in db: Database) throws -> ([Row], [Row]) {
        let eventBucket = bucket("ev.day", by: query.by)
        let eventBounds = dayBounds("ev.day", from: query.from, to: query.to)
        switch query.subject {
        case .entity(let id):
            // Plan: SEARCH entity_days USING PRIMARY KEY (entity=? AND day>? AND day<?): one row an entity's day
            // (kept at upsert time, v4-store7), not one an article or event.
            let bounds = dayBounds("day", from: query.from, to: query.to)
            let dayBucket = bucket("day", by: query.by)
            let articles = try Row.fetchAll(db, sql: """
                SELECT \(dayBucket) AS bucket, SUM(articles) AS articles, SUM(mentions) AS mentions
                FROM entity_days WHERE entity = ? AND articles > 0 AND \(bounds.sql) GROUP BY bucket
                """, arguments: [id] + bounds.arguments)
            let events = try Row.fetchAll(db, sql: """
                SELECT \(dayBucket) AS bucket, SUM(events) AS events, SUM(fatalities) AS fatalities
                FROM entity_days WHERE entity = ? AND events > 0 AND \(bounds.sql) GROUP BY bucket
                """, arguments: [id] + bounds.arguments)
            return (articles, events)
        case .cameo(let codes):
            // Plan: SEARCH e USING COVERING INDEX events_cameo (cameo>? AND cameo<?) per code (MULTI-INDEX OR):
            // the index holds the day, article and fatalities, so no row is read.
            let filter = cameoFilter(codes)
            let events = try Row.fetchAll(db, sql: """
                WITH ev AS (SELECT e.article, e.fatalities, e.event_day AS day FROM events e WHERE \(filter.sql))
                SELECT \(eventBucket) AS bucket, COUNT(*) AS events, COUNT(DISTINCT ev.article) AS articles,
                       COALESCE(SUM(ev.fatalities), 0) AS fatalities
                FROM ev WHERE \(eventBounds.sql) GROUP BY bucket
                """, arguments: filter.arguments + eventBounds.arguments)
            return ([], events)
        case .text(let text):
            guard let match = FTSQuery.matchExpression(for: text) else { return ([], []) }
            // Plan: the FTS hits, each article's day from the narrow `articles_day (docid, published)` rather than
            // its row (text and extraction JSON), its events from the covering `events_article (article, event_day,
            // fatalities)`.
            let articleDay = day("a.published")
            let bounds = dayBounds(articleDay, from: query.from, to: query.to)
            let articles = try Row.fetchAll(db, sql: """
                SELECT \(bucket(articleDay, by: query.by)) AS bucket, COUNT(*) AS articles, NULL AS mentions
                FROM articles_fts JOIN articles a INDEXED BY articles_day ON a.docid = articles_fts.rowid
                WHERE articles_fts MATCH ? AND \(bounds.sql) GROUP BY bucket
                """, arguments: [match] + bounds.arguments)
            let events = try Row.fetchAll(db, sql: """
                WITH hits AS (SELECT rowid AS docid FROM articles_fts WHERE articles_fts MATCH ?),
                ev AS (SELECT e.fatalities, e.event_day AS day FROM hits JOIN events e ON e.article = hits.docid)
                SELECT \(eventBucket) AS bucket, COUNT(*) AS events, COALESCE(SUM(ev.fatalities), 0) AS fatalities
                FROM ev WHERE \(eventBounds.sql) GROUP BY bucket
                """, arguments: [match] + eventBounds.arguments)
            return (articles, events)
        }
    }
}
