import GRDB
import NewsModel

extension SQLiteStore {
    public func article(id: String) throws -> (article: Article, extraction: Extraction)? {
        let row = try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT id, title, text, published, url, source, extraction FROM articles WHERE id = ?",
                             arguments: [id])
        }
        guard let row else { return nil }
        let article = Article(id: row["id"], title: row["title"], text: row["text"], published: row["published"],
                              url: row["url"], source: row["source"])
        return (article, try Self.decodeExtraction(row["extraction"]))
    }

    public func entities(type: EntityType?, namePrefix: String?, limit: Int, offset: Int) throws -> [EntitySummary] {
        try entities(type: type, namePrefix: namePrefix, country: nil, limit: limit, offset: offset)
    }

    /// With `country` (ISO alpha-2), only the entities placed in it: places, demonyms, country-named organisations.
    public func entities(type: EntityType?, namePrefix: String?, country: String?, limit: Int, offset: Int) throws -> [EntitySummary] {
        guard limit > 0 else { return [] }
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let country {
            conditions.append(Self.entityInCountry("e.id"))
            arguments.append(country.uppercased())
        }
        if let type {
            conditions.append("e.type = ?")
            arguments.append(type.rawValue)
        }
        if let namePrefix, !EntityKey.fold(namePrefix).isEmpty {
            // Key ranges rather than LIKE: no wildcard escaping, and the key indexes apply.
            let range = EntityKey.prefixRange(namePrefix)
            conditions.append("""
                (e.key >= ? AND e.key < ?
                 OR e.id IN (SELECT entity FROM entity_aliases WHERE key >= ? AND key < ?))
                """)
            arguments += [range.lower, range.upper, range.lower, range.upper]
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        arguments += [limit, max(0, offset)]
        return try pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT e.id, e.name, e.type, COALESCE(SUM(ea.mentions), 0) AS mentions, COUNT(ea.article) AS articles
                FROM entities e LEFT JOIN entity_articles ea ON ea.entity = e.id
                \(filter)
                GROUP BY e.id
                ORDER BY mentions DESC, e.name COLLATE NOCASE, e.id
                LIMIT ? OFFSET ?
                """, arguments: StatementArguments(arguments))
            return try rows.map { row in
                let id: Int64 = row["id"]
                let name: String = row["name"]
                let aliases = try String.fetchAll(db, sql: """
                    SELECT alias FROM entity_aliases WHERE entity = ? AND alias <> ? ORDER BY alias
                    """, arguments: [id, name])
                return EntitySummary(name: name, type: EntityType(rawValue: row["type"]) ?? .miscellaneous,
                                     articles: row["articles"], mentions: row["mentions"], aliases: aliases)
            }
        }
    }
}
