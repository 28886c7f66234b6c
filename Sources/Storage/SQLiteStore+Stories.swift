import Dedup
import GRDB
import NewsModel

extension SQLiteStore {
    static let storyPolicy = StoryMergePolicy()

    /// Computed at query time, not kept at upsert: the matching events, then every event of their CAMEO families
    /// within the merge window of their days (a report outside the filter may belong to a matching incident: a
    /// `--actor` filter must not split an incident whose other reports do not name the actor), merged by
    /// `StoryMergePolicy`; the incidents holding a matching event, newest first.
    public func mergedEvents(_ query: EventQuery) throws -> EventPage {
        guard query.limit > 0, let filter = Self.eventFilter(query) else { return EventPage(events: [], total: 0) }
        return try pool.read { db in
            let matching = try Row.fetchAll(db, sql: "SELECT e.id, e.event_day, e.cameo FROM events e \(filter.clause)",
                                            arguments: filter.statementArguments)
            guard !matching.isEmpty else { return EventPage(events: [], total: 0) }
            let ids = Set(matching.map { $0["id"] as Int64 })
            let days = matching.compactMap { $0["event_day"] as String? }.sorted()
            let families = Set(matching.map { StoryReport(eventID: "", article: "", cameo: $0["cameo"], day: nil).family })
            let undated = matching.filter { ($0["event_day"] as String?) == nil }.map { $0["id"] as Int64 }
            let scope = try Self.storyReports(families: families, days: days.first.map { ($0, days.last!) },
                                              alsoIDs: undated, in: db)
            let copies = try Self.articleCopies(among: Set(scope.reports.values.map(\.article)), in: db)
            let stories = Self.storyPolicy.stories(Array(scope.reports.values), copies: copies)
                .filter { $0.reports.contains { ids.contains(scope.rowID[$0.eventID] ?? -1) } }
                .sorted { a, b in
                    let da = a.day ?? "", db = b.day ?? ""
                    return da != db ? da > db : a.lead.eventID > b.lead.eventID
                }
            let page = Array(stories.dropFirst(query.offset).prefix(query.limit))
            let leads = page.compactMap { scope.rowID[$0.lead.eventID] }
            let rows = try Self.eventRows(ids: leads, in: db)
            return EventPage(events: page.compactMap { story in
                guard let id = scope.rowID[story.lead.eventID], var row = rows[id] else { return nil }
                row.fatalities = story.fatalities
                row.injured = story.injured
                row.held = story.held
                row.numArticles = story.numArticles
                row.numSources = story.numSources
                row.mentions = story.reports.map {
                    EventMention(eventID: $0.eventID, articleID: $0.article, sentence: $0.sentence, source: $0.source,
                                 published: $0.published, fatalities: $0.fatalities)
                }
                return row
            }, total: stories.count)
        }
    }

    /// The events of these families with a day in `days` widened by the merge window, and the events `alsoIDs`,
    /// as reports keyed by event key, with the row id of each key.
    static func storyReports(families: Set<String>, days: (String, String)?, alsoIDs: [Int64],
                             in db: Database) throws -> (reports: [String: StoryReport], rowID: [String: Int64]) {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let (first, last) = days {
            let codes = families.sorted().flatMap { family -> [String] in
                switch family {
                case "18": ["18", "19", "20"]
                case "06": ["06", "07"]
                default: [family]
                }
            }
            let cameo = cameoFilter(codes)
            let window = "'-\(storyPolicy.maxDays) days'", after = "'+\(storyPolicy.maxDays) days'"
            conditions.append("(\(cameo.sql) AND e.event_day >= date(?, \(window)) AND e.event_day <= date(?, \(after)))")
            arguments += cameo.arguments
            arguments += [first, last]
        }
        if !alsoIDs.isEmpty {
            conditions.append("e.id IN (\(Array(repeating: "?", count: alsoIDs.count).joined(separator: ", ")))")
            arguments += StatementArguments(alsoIDs)
        }
        guard !conditions.isEmpty else { return ([:], [:]) }
        let scope = "SELECT e.id FROM events e WHERE " + conditions.joined(separator: " OR ")
        var sides: [Int64: (actors: Set<Int64>, targets: Set<Int64>)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT event, entity, role FROM event_actors WHERE event IN (\(scope))",
                                    arguments: arguments) {
            let event: Int64 = row["event"], entity: Int64 = row["entity"]
            if row["role"] as String == "actor" {
                sides[event, default: ([], [])].actors.insert(entity)
            } else {
                sides[event, default: ([], [])].targets.insert(entity)
            }
        }
        var reports: [String: StoryReport] = [:]
        var rowID: [String: Int64] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT e.id, e.event_key, a.id AS article_id, a.source, e.sentence, e.cameo, e.event_day, e.location,
                   pl.key AS place_key, e.country, e.lat, e.lon, e.fatalities, e.injured, e.held, a.published,
                   e."trigger", e.geo_precision, e.geo_source,
                   (SELECT g.admin1 FROM mentions m JOIN place_geo g ON g.article = m.article AND g.local_id = m.local_id
                    WHERE m.article = e.article AND m.entity = e.location AND g.admin1 IS NOT NULL LIMIT 1) AS admin1
            FROM events e JOIN articles a ON a.docid = e.article LEFT JOIN entities pl ON pl.id = e.location
            WHERE e.id IN (\(scope))
            """, arguments: arguments) {
            let id: Int64 = row["id"]
            let key: String = row["event_key"] ?? "\(row["article_id"] as String)-\(id)"
            let location: Int64? = row["location"]
            let lat: Double? = row["lat"], country: String? = row["country"]
            // The geocoder's precision and region (v4-geo9): a region merges with the places in it, a country (or
            // the article's focus country standing in for a missing place) is no place to merge on.
            let precision = (row["geo_precision"] as String?).flatMap(StoryPlace.Precision.init(rawValue:))
            let focus = (row["geo_source"] as String?) == "article"
            let place = location != nil || lat != nil
                ? StoryPlace(entity: focus ? nil : location, key: focus ? nil : row["place_key"], country: country,
                             admin1: row["admin1"], lat: lat, lon: row["lon"], precision: focus ? .country : precision)
                : nil
            reports[key] = StoryReport(eventID: key, article: row["article_id"], source: row["source"],
                                       sentence: row["sentence"], cameo: row["cameo"], day: row["event_day"], place: place,
                                       actors: sides[id]?.actors ?? [], targets: sides[id]?.targets ?? [],
                                       fatalities: row["fatalities"], injured: row["injured"], held: row["held"],
                                       published: row["published"], trigger: row["trigger"])
            rowID[key] = id
        }
        return (reports, rowID)
    }

    /// The near-duplicate pairs (at the default overlap) among these articles, by article id. Reads every kept pair:
    /// there are few (36 at 0.3 in the whole CSV), far fewer than events.
    static func articleCopies(among articles: Set<String>, in db: Database) throws -> ArticleCopies {
        var copies = ArticleCopies()
        for row in try Row.fetchAll(db, sql: """
            SELECT x.id AS a, y.id AS b FROM near_duplicates n
            JOIN articles x ON x.docid = n.article JOIN articles y ON y.docid = n.other
            WHERE n.overlap >= ? AND n.article < n.other
            """, arguments: [NearDuplicates.defaultMinimum]) {
            let a: String = row["a"], b: String = row["b"]
            if articles.contains(a), articles.contains(b) { copies.insert(a, b) }
        }
        return copies
    }

    /// Event rows by id, with their sides and place, as `events` answers them.
    static func eventRows(ids: [Int64], in db: Database) throws -> [Int64: EventRow] {
        guard !ids.isEmpty else { return [:] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        let sides = try actorsAndTargets(of: ids, in: db)
        var out: [Int64: EventRow] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT e.id, e.event_key, e.date, e.date_precision, e.cameo, e.label, e.location, pl.name AS place_name,
                   pl.type AS place_type, e.country, e.lat, e.lon, e.fatalities, e.injured, e.held, e."trigger",
                   e.sentence_text, a.id AS article_id, a.url, a.source, a.published, e.start, e."end"
            FROM events e JOIN articles a ON a.docid = e.article LEFT JOIN entities pl ON pl.id = e.location
            WHERE e.id IN (\(marks))
            """, arguments: StatementArguments(ids)) {
            let id: Int64 = row["id"]
            let place: Int64? = row["location"]
            out[id] = EventRow(
                eventID: row["event_key"] ?? "\(row["article_id"] as String)-\(id)", date: row["date"],
                datePrecision: row["date_precision"], cameo: row["cameo"], label: row["label"],
                actors: sides[id]?.actors ?? [], targets: sides[id]?.targets ?? [],
                place: place.map { EntityRef(id: $0, name: row["place_name"] ?? "", type: entityType(row["place_type"])) },
                country: row["country"], lat: row["lat"], lon: row["lon"], fatalities: row["fatalities"],
                injured: row["injured"], held: row["held"], trigger: row["trigger"], sentence: row["sentence_text"] ?? "",
                articleID: row["article_id"], url: row["url"], source: row["source"], published: row["published"],
                start: row["start"], end: row["end"])
        }
        return out
    }
}
