import GRDB
import NewsModel

extension SQLiteStore {
    /// Points the rows of stored articles whose document entities have one of `keys` at those keys' canonical
    /// entities now. Each article's stored extraction says which rows came from which document entity: mentions
    /// carry their local id, and quotes, counts and events were inserted in extraction order (rowid order), so
    /// the n-th row is the n-th item. Rows of other document entities are left as they are.
    static func relinkStoredArticles(withKeys keys: Set<String>, roots update: inout CanonUpdate,
                                     cache: CanonCache = CanonCache(), in db: Database) throws {
        guard !keys.isEmpty else { return }
        var articles: Set<Int64> = []
        for key in keys {
            try articles.formUnion(Int64.fetchAll(db.cachedStatement(sql: "SELECT article FROM entity_links WHERE key = ?"),
                                                  arguments: [key]))
        }
        for docid in articles.sorted() {
            guard let json = try String.fetchOne(db.cachedStatement(sql: "SELECT extraction FROM articles WHERE docid = ?"),
                                                 arguments: [docid]) else { continue }
            let extraction = try decodeExtraction(json)
            var all: [String: Int64] = [:]
            var moved: [String: Int64] = [:]
            for entity in extraction.entities {
                let key = EntityKey.fold(entity.name)
                guard let id = try currentEntityID(ofKey: key, cache: cache, in: db) else { continue }
                all[entity.id] = id
                if keys.contains(key) { moved[entity.id] = id }
            }
            try relink(docid, extraction, all: all, moved: moved, in: db)
        }
    }

    /// The canonical entity a key belongs to, as the tables say now.
    static func currentEntityID(ofKey key: String, cache: CanonCache = CanonCache(), in db: Database) throws -> Int64? {
        guard let root = try cache.key(key, in: db)?.root else { return nil }
        return try cache.entity(key: root, in: db)?.id
    }

    /// Rewrites one article's entity references: `moved` (local id to entity) are the document entities whose
    /// canonical entity changed, `all` every document entity's (roles are rebuilt from it).
    static func relink(_ docid: Int64, _ extraction: Extraction, all: [String: Int64], moved: [String: Int64],
                       in db: Database) throws {
        guard !moved.isEmpty else { return }
        try forgetDerived(docid, sentences: extraction.sentences, in: db)
        var previous: [String: Int64] = [:]
        for (local, id) in moved {
            previous[local] = try Int64.fetchOne(db.cachedStatement(sql: "SELECT entity FROM mentions WHERE article = ? AND local_id = ? LIMIT 1"),
                                                 arguments: [docid, local])
            try execute(db, "UPDATE mentions SET entity = ? WHERE article = ? AND local_id = ?", [id, docid, local])
        }
        try execute(db, "DELETE FROM roles WHERE article = ?", [docid])
        for entity in extraction.entities {
            guard let id = all[entity.id] else { continue }
            for role in entity.roles {
                try execute(db, "INSERT OR IGNORE INTO roles (entity, article, role) VALUES (?, ?, ?)", [id, docid, role])
            }
        }
        try relinkColumn(table: "quotes", key: "rowid", column: "speaker", docid: docid,
                         locals: extraction.quotes.map(\.speaker), moved: moved, previous: previous, in: db)
        try relinkColumn(table: "counts", key: "rowid", column: "location", docid: docid,
                         locals: extraction.counts.map(\.location), moved: moved, previous: previous, in: db)
        try relinkColumn(table: "events", key: "id", column: "location", docid: docid,
                         locals: extraction.events.map(\.location), moved: moved, previous: previous, in: db)

        try rederive(docid, sentences: extraction.sentences, in: db)
        let eventIDs = try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM events WHERE article = ? ORDER BY id"),
                                          arguments: [docid])
        if eventIDs.count == extraction.events.count {
            for (eventID, event) in zip(eventIDs, extraction.events)
            where (event.actors + event.targets).contains(where: { moved[$0] != nil }) {
                try execute(db, "DELETE FROM event_actors WHERE event = ?", [eventID])
                try insertEventActors(event, eventID: eventID, local: all, in: db)
                // The place on its side, as writeQueryColumns sets it (reversed: an entity named twice keeps its first).
                for (role, ids) in [("actor", event.actors), ("target", event.targets)] {
                    for (position, localID) in ids.enumerated().reversed() {
                        guard let entity = all[localID] else { continue }
                        try execute(db, "UPDATE event_actors SET position = ? WHERE event = ? AND entity = ? AND role = ?",
                                    [position, eventID, entity, role])
                    }
                }
            }
        } else {
            try relinkByPreviousID(moved: moved, previous: previous) { old, new in
                try execute(db, """
                    UPDATE OR IGNORE event_actors SET entity = ? WHERE entity = ? AND event IN (SELECT id FROM events WHERE article = ?)
                    """, [new, old, docid])
                try execute(db, "DELETE FROM event_actors WHERE entity = ? AND event IN (SELECT id FROM events WHERE article = ?)",
                            [old, docid])
            }
        }
        // Last: the aggregates read the article's event actors too.
        if try keepsAggregates(db), let stored = try storedDerivedRows(docid, sentences: extraction.sentences, in: db) {
            try addStoredAggregates(docid, rows: stored.rows, sign: 1, in: db)
        }
    }

    /// Sets `column` of the article's rows in `table` whose document entity moved, matching rows to items by order.
    /// Table and column names come from the fixed calls above, never from input.
    static func relinkColumn(table: String, key: String, column: String, docid: Int64, locals: [String?],
                             moved: [String: Int64], previous: [String: Int64], in db: Database) throws {
        guard locals.contains(where: { $0.flatMap { moved[$0] } != nil }) else { return }
        let rowIDs = try Int64.fetchAll(db.cachedStatement(sql: "SELECT \(key) FROM \(table) WHERE article = ? ORDER BY \(key)"),
                                        arguments: [docid])
        guard rowIDs.count == locals.count else {
            // Not the rows this code inserted: fall back to what pointed at the old entity.
            try relinkByPreviousID(moved: moved, previous: previous) { old, new in
                try execute(db, "UPDATE \(table) SET \(column) = ? WHERE article = ? AND \(column) = ?", [new, docid, old])
            }
            return
        }
        for (rowID, local) in zip(rowIDs, locals) {
            guard let id = local.flatMap({ moved[$0] }) else { continue }
            try execute(db, "UPDATE \(table) SET \(column) = ? WHERE \(key) = ?", [id, rowID])
        }
    }

    static func relinkByPreviousID(moved: [String: Int64], previous: [String: Int64],
                                   _ body: (_ old: Int64, _ new: Int64) throws -> Void) throws {
        for (local, new) in moved {
            guard let old = previous[local], old != new else { continue }
            try body(old, new)
        }
    }
}
