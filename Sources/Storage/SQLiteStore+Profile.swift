import GRDB
import NewsModel

extension SQLiteStore {
    public func entities(named name: String, limit: Int) throws -> [EntityRef] {
        let key = EntityKey.fold(name)
        guard !key.isEmpty, limit > 0 else { return [] }
        return try pool.read { db in
            // entity_aliases holds every spelling the extraction named (canonical names included): an index lookup.
            // Failing that, the words as whole words of a name ("Goïta" of "Assimi Goïta", which one article
            // may write both ways without listing an alias): a scan of entity_aliases, paid only by such names.
            for match in ["key = ?1", "instr(' ' || key || ' ', ' ' || ?1 || ' ') > 0"] {
                let rows = try Row.fetchAll(db, sql: """
                    SELECT e.id, e.name, e.type, COALESCE((SELECT mentions FROM entity_stats WHERE entity = e.id), 0) AS mentions
                    FROM entities e WHERE e.id IN (SELECT entity FROM entity_aliases WHERE \(match))
                    ORDER BY mentions DESC, e.id LIMIT ?2
                    """, arguments: [key, limit])
                if !rows.isEmpty { return rows.map { Self.entityRef($0, mentions: true) } }
            }
            return []
        }
    }

    public func entity(id: Int64) throws -> EntityRef? {
        try pool.read { db in try Self.entityRef(id: id, in: db) }
    }

    public func profile(ofEntity id: Int64, limit: Int) throws -> EntityProfile? {
        try pool.read { db in
            guard let entity = try Self.entityRef(id: id, in: db) else { return nil }
            // Plan (v4-store7): entity_stats by INTEGER PRIMARY KEY, entity_days by PRIMARY KEY (entity=?).
            let totals = try Row.fetchOne(db, sql: """
                SELECT COALESCE((SELECT articles FROM entity_stats WHERE entity = ?1), 0) AS articles,
                       COALESCE((SELECT mentions FROM entity_stats WHERE entity = ?1), 0) AS mentions,
                       (SELECT MIN(day) FROM entity_days WHERE entity = ?1 AND articles > 0) AS first,
                       (SELECT MAX(day) FROM entity_days WHERE entity = ?1 AND articles > 0) AS last
                """, arguments: [id])
            var profile = EntityProfile(entity: entity, mentions: totals?["mentions"] ?? 0, articles: totals?["articles"] ?? 0,
                                        firstSeen: totals?["first"], lastSeen: totals?["last"])
            profile.aliases = try Row.fetchAll(db, sql: """
                SELECT form, mentions FROM entity_form_counts WHERE entity = ? AND form <> ''
                ORDER BY mentions DESC, form LIMIT ?
                """, arguments: [id, limit]).map { AliasCount(alias: $0["form"], mentions: $0["mentions"]) }
            profile.roles = try Self.roles(of: id, limit: limit, in: db)
            profile.cooccurring = try Self.cooccurring(with: id, limit: limit, in: db)
            profile.quotes = try Row.fetchAll(db, sql: """
                WITH page AS (
                    SELECT q.id, d.published, q.article, q.start FROM quotes q
                    JOIN articles d INDEXED BY articles_day ON d.docid = q.article
                    WHERE q.speaker = ? ORDER BY d.published IS NULL, d.published DESC, q.article DESC, q.start LIMIT ?)
                SELECT q.text, q.cue, q.speaker_name, a.id, a.published FROM page JOIN quotes q ON q.id = page.id
                JOIN articles a ON a.docid = q.article
                ORDER BY page.published IS NULL, page.published DESC, page.article DESC, page.start
                """, arguments: [id, limit]).map {
                ProfileQuote(text: $0["text"], cue: $0["cue"], speakerName: $0["speaker_name"], articleID: $0["id"],
                             published: $0["published"])
            }
            profile.asActor = try Self.eventSide(of: id, role: "actor", limit: limit, in: db)
            profile.asTarget = try Self.eventSide(of: id, role: "target", limit: limit, in: db)
            profile.perDay = try Row.fetchAll(db, sql: """
                SELECT day, mentions, articles FROM entity_days WHERE entity = ? AND articles > 0 ORDER BY day
                """, arguments: [id]).map { DayCount(day: $0["day"], mentions: $0["mentions"], articles: $0["articles"]) }
            return profile
        }
    }

    static func entityRef(id: Int64, in db: Database) throws -> EntityRef? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT id, name, type FROM entities WHERE id = ?"), arguments: [id])
            .map { entityRef($0, mentions: false) }
    }

    static func entityRef(_ row: Row, mentions: Bool) -> EntityRef {
        EntityRef(id: row["id"], name: row["name"], type: EntityType(rawValue: row["type"]) ?? .miscellaneous,
                  mentions: mentions ? row["mentions"] : nil)
    }

    /// The entity's roles by articles, each with the organisation, place or people it is of when the role's words
    /// name an entity of the articles the role is held in ("Deputy Secretary General of the United Nations").
    static func roles(of id: Int64, limit: Int, in db: Database) throws -> [RoleCount] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT role, COUNT(*) AS articles FROM roles WHERE entity = ?
            GROUP BY role COLLATE NOCASE ORDER BY articles DESC, role LIMIT ?
            """, arguments: [id, limit])
        return try rows.map { row in
            let role: String = row["role"]
            let names = try Row.fetchAll(db, sql: """
                SELECT DISTINCT e.id, e.name, e.type, al.key
                FROM (SELECT article FROM roles WHERE entity = ? AND role = ? COLLATE NOCASE LIMIT 5) r
                JOIN entity_articles ea ON ea.article = r.article
                JOIN entities e ON e.id = ea.entity AND e.type IN ('ORG', 'LOC', 'MISC')
                JOIN entity_aliases al ON al.entity = e.id
                WHERE e.id <> ?
                """, arguments: [id, role, id])
            let words = RoleWords(role)
            var best: (entity: EntityRef, length: Int)?
            for name in names {
                let key: String = name["key"]
                guard let length = words.contains(key), length > (best?.length ?? 0) else { continue }
                best = (entityRef(name, mentions: false), length)
            }
            return RoleCount(role: role, articles: row["articles"], refersTo: best?.entity)
        }
    }

    /// Per type, the entities sharing the most articles with `id`: from the kept pairs when they settle it, else
    /// from the rows.
    static func cooccurring(with id: Int64, limit: Int, in db: Database) throws -> [String: [Cooccurrence]] {
        try cooccurringFromPairs(with: id, limit: limit, in: db) ?? cooccurringFromRows(with: id, limit: limit, in: db)
    }

    /// From the kept pairs (v4-store7) of a hot entity, when they settle every type: `limit` partners of each type,
    /// the weakest sharing at least as many articles as no entity that is not hot can share. Nil otherwise.
    static func cooccurringFromPairs(with id: Int64, limit: Int, in db: Database) throws -> [String: [Cooccurrence]]? {
        guard try isHot(id, in: db) else { return nil }
        // Plan: SEARCH p USING PRIMARY KEY (a=?), e by INTEGER PRIMARY KEY, a temp B-tree for the window.
        let out = cooccurrences(try Row.fetchAll(db, sql: """
            WITH ranked AS (
                SELECT e.id, e.name, e.type, p.articles,
                       ROW_NUMBER() OVER (PARTITION BY e.type ORDER BY p.articles DESC, e.name, e.id) AS rank
                FROM entity_pairs p JOIN entities e ON e.id = p.b WHERE p.a = ? AND p.articles > 0
            )
            SELECT id, name, type, articles FROM ranked WHERE rank <= ? ORDER BY type, rank
            """, arguments: [id, limit]))
        let bound = try hotMentions(in: db)
        let settled = EntityVote.order.allSatisfy { type in
            guard let list = out[type.rawValue], list.count == limit else { return false }
            return (list.last?.articles ?? 0) >= bound
        }
        return settled ? out : nil
    }

    /// From the rows: every article of the entity joined to the entities of that article.
    static func cooccurringFromRows(with id: Int64, limit: Int, in db: Database) throws -> [String: [Cooccurrence]] {
        let rows = try Row.fetchAll(db, sql: """
            WITH shared AS (
                SELECT b.entity, COUNT(*) AS articles FROM entity_articles a
                JOIN entity_articles b ON b.article = a.article AND b.entity <> a.entity
                WHERE a.entity = ? GROUP BY b.entity
            ), ranked AS (
                SELECT e.id, e.name, e.type, s.articles,
                       ROW_NUMBER() OVER (PARTITION BY e.type ORDER BY s.articles DESC, e.name, e.id) AS rank
                FROM shared s JOIN entities e ON e.id = s.entity
            )
            SELECT id, name, type, articles FROM ranked WHERE rank <= ? ORDER BY type, rank
            """, arguments: [id, limit])
        return cooccurrences(rows)
    }

    static func cooccurrences(_ rows: [Row]) -> [String: [Cooccurrence]] {
        var out: [String: [Cooccurrence]] = [:]
        for row in rows {
            let entity = entityRef(row, mentions: false)
            out[entity.type.rawValue, default: []].append(Cooccurrence(entity: entity, articles: row["articles"]))
        }
        return out
    }
}

/// A role's words, folded like entity keys, to find which entity names occur in it as whole words.
struct RoleWords {
    let padded: String

    init(_ role: String) {
        padded = " " + Self.words(EntityKey.fold(role)) + " "
    }

    /// The length of `key` when it occurs in the role as whole words, else nil.
    func contains(_ key: String) -> Int? {
        let words = Self.words(key)
        guard !words.isEmpty, padded.contains(" " + words + " ") else { return nil }
        return words.count
    }

    /// Letters and digits kept, every other run of characters one space.
    static func words(_ text: String) -> String {
        text.split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
    }
}
