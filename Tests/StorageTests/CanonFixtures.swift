import GRDB
import NewsModel
@testable import Storage

/// Articles made of named entities only, for the canonical-entity rules, and a dump of what the store decided.
enum Canon {
    struct Named {
        var type: EntityType
        var name: String
        var aliases: [String] = []
        var mentions = 1
        var roles: [String] = []
    }

    static func per(_ name: String, _ aliases: [String] = [], mentions: Int = 1) -> Named {
        Named(type: .person, name: name, aliases: aliases, mentions: mentions)
    }

    static func org(_ name: String, _ aliases: [String] = [], mentions: Int = 1) -> Named {
        Named(type: .organisation, name: name, aliases: aliases, mentions: mentions)
    }

    static func loc(_ name: String, _ aliases: [String] = [], mentions: Int = 1) -> Named {
        Named(type: .location, name: name, aliases: aliases, mentions: mentions)
    }

    /// An article naming `entities` (E1, E2, ... in order); E1 says something, is the actor of an event against
    /// the last entity, and the last entity is the event's place and a count's place.
    static func doc(_ id: String, _ entities: [Named]) -> (article: Article, extraction: Extraction) {
        let article = Article(id: id, text: "Text of article \(id): " + entities.map(\.name).joined(separator: ", "))
        var extraction = Extraction(article: article.metadata)
        for (n, named) in entities.enumerated() {
            extraction.entities.append(Entity(id: "E\(n + 1)", type: named.type, name: named.name, aliases: named.aliases,
                                              roles: named.roles,
                                              mentions: (0..<named.mentions).map { Span(start: $0, end: $0 + 1) }))
        }
        let last = "E\(entities.count)"
        extraction.quotes = [Quote(text: "words", speaker: "E1", start: 0, end: 1)]
        extraction.events = [Event(cameo: "04", label: "consult", trigger: "met", actors: ["E1"], targets: [last],
                                   location: last, sentence: 0)]
        extraction.counts = [CountMention(type: .kill, number: 3, location: last, start: 0, end: 1)]
        return (article, extraction)
    }

    struct EntityRow: Hashable, CustomStringConvertible {
        var id: Int64
        var type: String
        var key: String
        var name: String
        var aliases: [String]
        var description: String { "\(id) \(type) \(key) '\(name)' \(aliases)" }
    }

    /// Every entity with its aliases, sorted by key.
    static func entities(_ store: SQLiteStore) throws -> [EntityRow] {
        try store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, type, key, name FROM entities ORDER BY key").map { row in
                EntityRow(id: row["id"], type: row["type"], key: row["key"], name: row["name"],
                          aliases: try String.fetchAll(db, sql: "SELECT alias FROM entity_aliases WHERE entity = ? ORDER BY alias",
                                                       arguments: [row["id"] as Int64]))
            }
        }
    }

    /// The canonical entity's key behind every reference of every article: mentions, roles, quote speakers,
    /// event actors and places, count places; as "article/table: key" lines, sorted.
    static func references(_ store: SQLiteStore) throws -> [String] {
        try store.pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT a.id || '/mention ' || m.local_id || ': ' || e.key FROM mentions m JOIN articles a ON a.docid = m.article JOIN entities e ON e.id = m.entity
                UNION ALL SELECT a.id || '/role ' || r.role || ': ' || e.key FROM roles r JOIN articles a ON a.docid = r.article JOIN entities e ON e.id = r.entity
                UNION ALL SELECT a.id || '/quote: ' || COALESCE(e.key, '-') FROM quotes q JOIN articles a ON a.docid = q.article LEFT JOIN entities e ON e.id = q.speaker
                UNION ALL SELECT a.id || '/count: ' || COALESCE(e.key, '-') FROM counts c JOIN articles a ON a.docid = c.article LEFT JOIN entities e ON e.id = c.location
                UNION ALL SELECT a.id || '/event place: ' || COALESCE(e.key, '-') FROM events v JOIN articles a ON a.docid = v.article LEFT JOIN entities e ON e.id = v.location
                UNION ALL SELECT a.id || '/event ' || x.role || ': ' || e.key FROM event_actors x JOIN events v ON v.id = x.event
                    JOIN articles a ON a.docid = v.article JOIN entities e ON e.id = x.entity
                ORDER BY 1
                """)
        }
    }

    /// The statistics tables, for checking that adding and removing an article leaves no trace.
    static func statistics(_ store: SQLiteStore) throws -> [String] {
        try store.pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT 'key ' || key || ' ' || per || ' ' || org || ' ' || loc || ' ' || misc || ' ' || articles || ' ' || uses || ' ' || root FROM entity_keys
                UNION ALL SELECT 'spelling ' || key || ' ' || spelling || ' ' || mentions || ' ' || uses FROM entity_spellings
                UNION ALL SELECT 'claim ' || short || ' ' || long || ' ' || articles FROM entity_claims
                ORDER BY 1
                """)
        }
    }

    static func entity(named key: String, in store: SQLiteStore) throws -> EntityRow? {
        try entities(store).first { $0.key == key }
    }

    /// All orders of a few items (for order-independence checks).
    static func permutations<T>(_ items: [T]) -> [[T]] {
        guard items.count > 1 else { return [items] }
        return items.indices.flatMap { i -> [[T]] in
            var rest = items
            let head = rest.remove(at: i)
            return permutations(rest).map { [head] + $0 }
        }
    }
}
