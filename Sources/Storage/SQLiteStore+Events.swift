import GRDB
import NewsModel

extension SQLiteStore {
    public func events(_ query: EventQuery) throws -> EventPage {
        guard query.limit > 0, let filter = Self.eventFilter(query) else { return EventPage(events: [], total: 0) }
        return try pool.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events e \(filter.clause)",
                                         arguments: filter.statementArguments) ?? 0
            guard total > query.offset else { return EventPage(events: [], total: total) }
            // The page is chosen from `events` alone, then joined: joining each match to its (large) article row
            // before the sort cost a row read per match. Many matches: walking `events_sort` newest first (it holds the code) finds a page after about
            // limit x events / matches entries; few: the code's range of `events_cameo`, sorted, is cheaper.
            let page = total > Self.cameoWalkThreshold ? (Self.eventFilter(query, indexed: false) ?? filter) : filter
            let rows = try Row.fetchAll(db, sql: """
                SELECT e.id, e.event_key, e.date, e.date_precision, e.cameo, e.label, e.location, pl.name AS place_name,
                       pl.type AS place_type,
                       e.country, e.lat, e.lon, e.geo_precision, e.geo_source, e.fatalities, e.injured, e.held, e."trigger", e.sentence_text,
                       a.id AS article_id, a.url, a.source, a.published, e.start, e."end"
                FROM (SELECT e.id FROM events e \(page.clause) ORDER BY e.sort_date DESC, e.id DESC LIMIT ? OFFSET ?) p
                JOIN events e ON e.id = p.id JOIN articles a ON a.docid = e.article LEFT JOIN entities pl ON pl.id = e.location
                ORDER BY e.sort_date DESC, e.id DESC
                """, arguments: page.statementArguments + [query.limit, query.offset])
            let sides = try Self.actorsAndTargets(of: rows.map { $0["id"] }, in: db)
            return EventPage(events: rows.map { row in
                let id: Int64 = row["id"]
                let place: Int64? = row["location"]
                var event = EventRow(
                    eventID: row["event_key"] ?? "\(row["article_id"] as String)-\(id)", date: row["date"],
                    datePrecision: row["date_precision"], cameo: row["cameo"], label: row["label"],
                    actors: sides[id]?.actors ?? [], targets: sides[id]?.targets ?? [],
                    place: place.map { EntityRef(id: $0, name: row["place_name"] ?? "", type: Self.entityType(row["place_type"])) },
                    country: row["country"], lat: row["lat"], lon: row["lon"], fatalities: row["fatalities"],
                    injured: row["injured"], held: row["held"], trigger: row["trigger"], sentence: row["sentence_text"] ?? "",
                    articleID: row["article_id"], url: row["url"], source: row["source"], published: row["published"],
                    start: row["start"], end: row["end"])
                event.geoPrecision = (row["geo_precision"] as String?).flatMap(GeoPrecision.init(rawValue:))
                event.geoSource = (row["geo_source"] as String?).flatMap(GeoSource.init(rawValue:))
                return event
            }, total: total)
        }
    }

    public func eventSums(_ query: EventQuery, by grouping: EventGrouping) throws -> EventSumPage {
        guard query.limit > 0, let filter = Self.eventFilter(query) else { return EventSumPage(sums: [], total: 0) }
        let group = Self.group(grouping)
        let from = "FROM events e \(group.join) \(filter.clause) GROUP BY key"
        return try pool.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (SELECT \(group.key) AS key \(from))",
                                         arguments: filter.statementArguments) ?? 0
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(group.key) AS key, \(group.label) AS label, COUNT(DISTINCT e.id) AS events,
                       COUNT(DISTINCT e.article) AS articles, COALESCE(SUM(e.fatalities), 0) AS fatalities,
                       COALESCE(SUM(e.injured), 0) AS injured, COALESCE(SUM(e.held), 0) AS held
                \(from)
                ORDER BY \(group.order)
                LIMIT ? OFFSET ?
                """, arguments: filter.statementArguments + [query.limit, query.offset])
            let sums = rows.map { row in
                EventSum(key: row["key"], label: row["label"], events: row["events"], articles: row["articles"],
                         fatalities: row["fatalities"], injured: row["injured"], held: row["held"])
            }
            return EventSumPage(sums: sums, total: total)
        }
    }

    /// The SQL of one grouping: the key expression (text), its label, the joins it needs, the order of groups.
    /// Time buckets run in calendar order; the others biggest first. Fixed strings only: nothing from input.
    static func group(_ grouping: EventGrouping) -> (key: String, label: String, join: String, order: String) {
        let chronological = "key IS NULL, key"
        let biggest = "events DESC, fatalities DESC, key IS NULL, key"
        // An event dated only to a month or a year is keyed by that month ("2017-03") or year ("2017") rather than
        // piled on its first day or week; the keys still sort in calendar order ("2017" before "2017-01-02").
        func coarse(_ finer: String, month: Bool = true) -> String {
            "CASE e.date_precision WHEN 'year' THEN substr(e.sort_date, 1, 4)"
                + (month ? " WHEN 'month' THEN substr(e.sort_date, 1, 7)" : "") + " ELSE \(finer) END"
        }
        switch grouping {
        case .day:
            return (coarse("e.sort_date"), "NULL", "", chronological)
        case .week:
            // The Monday on or before the day: back six days, then forward to a Monday.
            return (coarse("date(e.sort_date, '-6 days', 'weekday 1')"), "NULL", "", chronological)
        case .month:
            return (coarse("substr(e.sort_date, 1, 7)", month: false), "NULL", "", chronological)
        case .cameo:
            return ("substr(e.cameo, 1, 2)", "COALESCE(MIN(CASE WHEN length(e.cameo) = 2 THEN e.label END), MIN(e.label))",
                    "", biggest)
        case .country:
            return ("e.country", "NULL", "", biggest)
        case .actor:
            return ("CAST(ea.entity AS TEXT)", "MIN(en.name)",
                    "LEFT JOIN event_actors ea ON ea.event = e.id AND ea.role = 'actor' LEFT JOIN entities en ON en.id = ea.entity",
                    biggest)
        case .place:
            return ("CAST(e.location AS TEXT)", "MIN(pl.name)", "LEFT JOIN entities pl ON pl.id = e.location", biggest)
        }
    }

    /// Above this many matching events, a page of events with CAMEO codes is found by walking newest first.
    static let cameoWalkThreshold = 2_000

    /// The conditions on `events e` for a query; nil when its text has no word, which matches nothing.
    /// `indexed: false` writes the code test as `+e.cameo` and the full-text test as `+e.id IN`, which no index
    /// serves, so that the planner walks `events_sort` for the order instead of sorting every event of the codes
    /// or of the words (a row read per hit for its date: a common word's thousands).
    static func eventFilter(_ query: EventQuery, indexed: Bool = true) -> SQLFilter? {
        var filter = SQLFilter()
        let codes = query.cameo.filter { !$0.isEmpty }
        if !codes.isEmpty {
            // Code ranges rather than LIKE: a prefix match that the cameo index serves.
            let column = indexed ? "e.cameo" : "+e.cameo"
            filter.add("(" + Array(repeating: "(\(column) >= ? AND \(column) < ?)", count: codes.count).joined(separator: " OR ") + ")",
                       values: codes.flatMap { [$0, $0 + "\u{10FFFF}"] })
        }
        for (name, role) in [(query.actor, "actor"), (query.target, "target")] {
            if let name {
                filter.add("e.id IN (SELECT ea.event FROM event_actors ea WHERE ea.role = '\(role)' AND ea.entity IN (\(SQLFilter.entitiesNamed)))",
                           EntityKey.fold(name))
            }
        }
        if let participant = query.participant {
            filter.add("e.id IN (SELECT ea.event FROM event_actors ea WHERE ea.entity IN (\(SQLFilter.entitiesNamed)))",
                       EntityKey.fold(participant))
        }
        if let place = query.place {
            filter.add("e.location IN (\(SQLFilter.entitiesNamed))", EntityKey.fold(place))
        }
        if let country = query.country { filter.add("e.country = ?", country.uppercased()) }
        if let from = query.from { filter.add("e.sort_date >= ?", from) }
        if let to = query.to { filter.add("e.sort_date <= ?", to) }
        if let from = query.publishedFrom { filter.add("e.published >= ?", from) }
        if let to = query.publishedTo { filter.add("e.published <= ?", to) }
        if let minimum = query.minFatalities { filter.add("e.fatalities >= ?", minimum) }
        if let text = query.text {
            guard let match = FTSQuery.matchExpression(for: text) else { return nil }
            filter.add("\(indexed ? "" : "+")e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)", match)
        }
        return filter
    }

    static func entityType(_ code: String?) -> EntityType {
        code.flatMap(EntityType.init(rawValue:)) ?? .miscellaneous
    }

    /// Actors and targets of these events, each side in the extraction's order.
    static func actorsAndTargets(of events: [Int64], in db: Database) throws -> [Int64: (actors: [EntityRef], targets: [EntityRef])] {
        guard !events.isEmpty else { return [:] }
        let marks = Array(repeating: "?", count: events.count).joined(separator: ", ")
        var out: [Int64: (actors: [EntityRef], targets: [EntityRef])] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT ea.event, ea.role, ea.entity, en.name, en.type FROM event_actors ea JOIN entities en ON en.id = ea.entity
            WHERE ea.event IN (\(marks))
            ORDER BY ea.event, ea.position IS NULL, ea.position, ea.entity
            """, arguments: StatementArguments(events)) {
            let event: Int64 = row["event"], entity: Int64 = row["entity"]
            let ref = EntityRef(id: entity, name: row["name"], type: Self.entityType(row["type"]))
            if row["role"] as String == "actor" {
                out[event, default: ([], [])].actors.append(ref)
            } else {
                out[event, default: ([], [])].targets.append(ref)
            }
        }
        return out
    }
}
