import GRDB
import NewsModel

/// The canonical-entity statistics (`entity_keys`, `entity_spellings`, `entity_claims`) and `entities` by key, as
/// the upsert reads them: a write-through cache in front of the tables. Each read loads what it asks from SQL the
/// first time and every write goes to both, so within one connection the cache says what the tables say, and
/// resolving a batch costs dictionary lookups instead of about ten queries a distinct name (most of the upsert's
/// time before v4-store7). The store keeps one across batches (`SQLiteStore.canonCache`) and drops it when another
/// connection has written (`PRAGMA data_version`), when a transaction fails, or when it grows past `capacity`;
/// migrations use a fresh one.
final class CanonCache {
    struct KeyRow: Equatable {
        var words: Int
        var last: String?
        var votes: [Int]
        var articles: Int
        var uses: Int
        var root: String

        init(_ row: Row) {
            words = row["words"]
            last = row["last"]
            votes = [row["per"], row["org"], row["loc"], row["misc"]]
            articles = row["articles"]
            uses = row["uses"]
            root = row["root"]
        }
    }

    struct EntityRow: Equatable {
        var id: Int64
        var type: String
        var name: String
    }

    /// Cached rows by key; a nil value is a key known to have no row.
    private var keys: [String: KeyRow?] = [:]
    /// Keys by `last` and by `root`, for the lists loaded once.
    private var byLast: [String: Set<String>] = [:]
    private var byRoot: [String: Set<String>] = [:]
    private var spellings: [String: [String: EntityTally.SpellingCounts]] = [:]
    private var claimsByShort: [String: [String: Int]] = [:]
    private var claimsByLong: [String: Set<String>] = [:]
    private var entities: [String: EntityRow?] = [:]
    private var entityKeys: [Int64: String] = [:]
    private var loads = 0
    private var dataVersion: Int?

    /// Loads after which the cache starts again (each about a row or a short list): bounds its memory.
    static let capacity = 400_000

    func clear() {
        keys = [:]; byLast = [:]; byRoot = [:]; spellings = [:]; claimsByShort = [:]; claimsByLong = [:]
        entities = [:]; entityKeys = [:]; loads = 0; dataVersion = nil
    }

    /// At the start of a write transaction: forgets everything if another connection committed since the last one.
    func validate(in db: Database) throws {
        let version = try Int.fetchOne(db, sql: "PRAGMA data_version")
        if version != dataVersion || loads > Self.capacity { clear() }
        dataVersion = version
    }

    // MARK: reads

    func key(_ key: String, in db: Database) throws -> KeyRow? {
        if let cached = keys[key] { return cached }
        let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT words, last, per, org, loc, misc, articles, uses, root FROM entity_keys WHERE key = ?
            """), arguments: [key]).map(KeyRow.init)
        keys[key] = .some(row)
        loads += 1
        return row
    }

    /// Keys whose `last` (last word of a longer key) is `word`.
    func keys(endingIn word: String, in db: Database) throws -> Set<String> {
        if let cached = byLast[word] { return cached }
        let list = try loadKeys(where: "last = ?", word, in: db)
        byLast[word] = list
        return list
    }

    /// Keys whose canonical entity is `root`'s (itself included when it is a root).
    func keys(rootedAt root: String, in db: Database) throws -> Set<String> {
        if let cached = byRoot[root] { return cached }
        let list = try loadKeys(where: "root = ?", root, in: db)
        byRoot[root] = list
        return list
    }

    private func loadKeys(where condition: String, _ value: String, in db: Database) throws -> Set<String> {
        var list: Set<String> = []
        // The condition is one of the two fixed strings above, never input.
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT key, words, last, per, org, loc, misc, articles, uses, root FROM entity_keys WHERE \(condition)
            """), arguments: [value]) {
            let key: String = row["key"]
            list.insert(key)
            if keys[key] == nil { keys[key] = .some(KeyRow(row)) }
        }
        loads += 1 + list.count
        return list
    }

    func spellings(of key: String, in db: Database) throws -> [String: EntityTally.SpellingCounts] {
        if let cached = spellings[key] { return cached }
        var list: [String: EntityTally.SpellingCounts] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT spelling, mentions, uses FROM entity_spellings WHERE key = ?"),
                                    arguments: [key]) {
            list[row["spelling"]] = EntityTally.SpellingCounts(mentions: row["mentions"], uses: row["uses"])
        }
        spellings[key] = list
        loads += 1 + list.count
        return list
    }

    /// Longer keys `short` was claimed to be short for, with the articles that said so.
    func claims(of short: String, in db: Database) throws -> [String: Int] {
        if let cached = claimsByShort[short] { return cached }
        var list: [String: Int] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT long, articles FROM entity_claims WHERE short = ?"),
                                    arguments: [short]) {
            list[row["long"]] = row["articles"]
        }
        claimsByShort[short] = list
        loads += 1 + list.count
        return list
    }

    func shorts(claiming long: String, in db: Database) throws -> Set<String> {
        if let cached = claimsByLong[long] { return cached }
        let list = try Set(String.fetchAll(db.cachedStatement(sql: "SELECT short FROM entity_claims WHERE long = ?"),
                                           arguments: [long]))
        claimsByLong[long] = list
        loads += 1 + list.count
        return list
    }

    func entity(key: String, in db: Database) throws -> EntityRow? {
        if let cached = entities[key] { return cached }
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, type, name FROM entities WHERE key = ?"), arguments: [key])
            .map { EntityRow(id: $0["id"], type: $0["type"], name: $0["name"]) }
        entities[key] = .some(row)
        if let row { entityKeys[row.id] = key }
        loads += 1
        return row
    }

    // MARK: writes (to the tables and the cache)

    /// Adds counts to a key (created with itself as root); returns its row after, which went from the table when
    /// it has no use left (`uses <= 0`).
    func addToKey(_ key: String, counts: EntityTally.KeyCounts, in db: Database) throws -> KeyRow? {
        let words = EntityKey.tokens(key)
        let last = words.count > 1 ? String(words.last!) : nil
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            INSERT INTO entity_keys (key, words, last, per, org, loc, misc, articles, uses, root)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(key) DO UPDATE SET per = per + excluded.per, org = org + excluded.org, loc = loc + excluded.loc,
                misc = misc + excluded.misc, articles = articles + excluded.articles, uses = uses + excluded.uses
            RETURNING words, last, per, org, loc, misc, articles, uses, root
            """), arguments: [key, words.count, last, counts.votes[0], counts.votes[1], counts.votes[2], counts.votes[3],
                              counts.articles, counts.uses, key]).map(KeyRow.init) else { return nil }
        // A stored key has a use (it goes at zero), so a row with only this call's uses is new.
        if row.uses == counts.uses { index(key, row) }
        guard row.uses > 0 else {
            try SQLiteStore.execute(db, "DELETE FROM entity_keys WHERE key = ?", [key])
            keys[key] = .some(nil)
            unindex(key, row)
            return row
        }
        keys[key] = .some(row)
        return row
    }

    func setRoot(_ key: String, to root: String, in db: Database) throws {
        try SQLiteStore.execute(db, "UPDATE entity_keys SET root = ? WHERE key = ?", [root, key])
        guard case let .some(.some(row)) = keys[key] else { return }
        unindex(key, row)
        var moved = row
        moved.root = root
        keys[key] = .some(moved)
        index(key, moved)
    }

    private func index(_ key: String, _ row: KeyRow) {
        if let last = row.last { byLast[last]?.insert(key) }
        byRoot[row.root]?.insert(key)
    }

    private func unindex(_ key: String, _ row: KeyRow) {
        if let last = row.last { byLast[last]?.remove(key) }
        byRoot[row.root]?.remove(key)
    }

    /// Adds counts to a spelling; returns its uses after (the row goes at zero).
    func addToSpelling(_ spelling: EntityTally.Spelling, counts: EntityTally.SpellingCounts, in db: Database) throws -> Int {
        let row = try Row.fetchOne(db.cachedStatement(sql: """
            INSERT INTO entity_spellings (key, spelling, mentions, uses) VALUES (?, ?, ?, ?)
            ON CONFLICT(key, spelling) DO UPDATE SET mentions = mentions + excluded.mentions, uses = uses + excluded.uses
            RETURNING mentions, uses
            """), arguments: [spelling.key, spelling.text, counts.mentions, counts.uses])
        let after = EntityTally.SpellingCounts(mentions: row?["mentions"] ?? 0, uses: row?["uses"] ?? 0)
        if after.uses <= 0 {
            try SQLiteStore.execute(db, "DELETE FROM entity_spellings WHERE key = ? AND spelling = ?", [spelling.key, spelling.text])
            spellings[spelling.key]?[spelling.text] = nil
        } else {
            spellings[spelling.key]?[spelling.text] = after
        }
        return after.uses
    }

    /// Adds articles to a claim; the row goes at zero.
    func addToClaim(_ claim: EntityTally.Claim, articles: Int, in db: Database) throws {
        let after = try Int.fetchOne(db.cachedStatement(sql: """
            INSERT INTO entity_claims (short, long, articles) VALUES (?, ?, ?)
            ON CONFLICT(short, long) DO UPDATE SET articles = articles + excluded.articles
            RETURNING articles
            """), arguments: [claim.short, claim.long, articles]) ?? 0
        if after <= 0 {
            try SQLiteStore.execute(db, "DELETE FROM entity_claims WHERE short = ? AND long = ?", [claim.short, claim.long])
            claimsByShort[claim.short]?[claim.long] = nil
            claimsByLong[claim.long]?.remove(claim.short)
        } else {
            claimsByShort[claim.short]?[claim.long] = after
            claimsByLong[claim.long]?.insert(claim.short)
        }
    }

    func insertEntity(id: Int64, type: String, key: String, name: String, in db: Database) throws {
        try SQLiteStore.execute(db, "INSERT INTO entities (id, type, key, name) VALUES (?, ?, ?, ?)", [id, type, key, name])
        entities[key] = .some(EntityRow(id: id, type: type, name: name))
        entityKeys[id] = key
    }

    func updateEntity(_ id: Int64, key: String, type: String, name: String, in db: Database) throws {
        try SQLiteStore.execute(db, "UPDATE entities SET type = ?, name = ? WHERE id = ?", [type, name, id])
        entities[key] = .some(EntityRow(id: id, type: type, name: name))
    }

    func deleteEntity(_ id: Int64, in db: Database) throws {
        try SQLiteStore.execute(db, "DELETE FROM entities WHERE id = ?", [id])
        if let key = entityKeys.removeValue(forKey: id) { entities[key] = .some(nil) }
    }
}
