import GRDB
import NewsModel

extension SQLiteStore {
    /// The day an event is counted on: its own date when that is a calendar day, else its article's.
    /// `event` names the events row, `article` its article. Stored as `events.event_day` since v3-upsert
    /// (`FactColumns` computes it at upsert time); this SQL fills it for older rows.
    static func eventDay(event e: String = "e", article a: String = "a") -> String {
        """
        CASE WHEN \(e).date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(\(e).date, 1, 10)
             WHEN \(a).published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(\(a).published, 1, 10) END
        """
    }

    /// The events `id` is the actor (or target) of: how many, per CAMEO root, and the latest.
    static func eventSide(of id: Int64, role: String, limit: Int, in db: Database) throws -> EventSide {
        // Plan: SEARCH ea USING INDEX event_actors_entity (entity=?), then events by INTEGER PRIMARY KEY.
        let roots = try Row.fetchAll(db, sql: """
            SELECT substr(e.cameo, 1, 2) AS root,
                   COALESCE(MIN(CASE WHEN length(e.cameo) = 2 THEN e.label END), MIN(e.label)) AS label,
                   COUNT(*) AS events, COALESCE(SUM(e.fatalities), 0) AS fatalities
            FROM event_actors ea JOIN events e ON e.id = ea.event
            WHERE ea.entity = ? AND ea.role = ? GROUP BY root ORDER BY events DESC, root
            """, arguments: [id, role]).map {
            CAMEOCount(cameo: $0["root"], label: $0["label"], events: $0["events"], fatalities: $0["fatalities"])
        }
        let latest = try Int64.fetchAll(db, sql: """
            SELECT e.id FROM event_actors ea JOIN events e ON e.id = ea.event
            WHERE ea.entity = ? AND ea.role = ?
            ORDER BY e.event_day IS NULL, e.event_day DESC, e.id DESC LIMIT ?
            """, arguments: [id, role, limit])
        return EventSide(events: roots.reduce(0) { $0 + $1.events }, byCAMEO: roots,
                         latest: try latest.compactMap { try event(id: $0, in: db) })
    }

    /// One stored event with its participants and place as canonical entities.
    static func event(id: Int64, in db: Database) throws -> ProfileEvent? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT e.cameo, e.label, e."trigger", e.date, e.fatalities, e.location, a.id AS article, a.published
            FROM events e JOIN articles a ON a.docid = e.article WHERE e.id = ?
            """), arguments: [id])
        else { return nil }
        var actors: [EntityRef] = [], targets: [EntityRef] = []
        for side in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT ea.role, e.id, e.name, e.type FROM event_actors ea JOIN entities e ON e.id = ea.entity
            WHERE ea.event = ? ORDER BY e.name
            """), arguments: [id]) {
            let entity = entityRef(side, mentions: false)
            if side["role"] == "actor" { actors.append(entity) } else { targets.append(entity) }
        }
        let location: Int64? = row["location"]
        return ProfileEvent(cameo: row["cameo"], label: row["label"], trigger: row["trigger"], date: row["date"],
                            actors: actors, targets: targets, place: try location.flatMap { try entityRef(id: $0, in: db) },
                            fatalities: row["fatalities"], articleID: row["article"], published: row["published"])
    }
}
