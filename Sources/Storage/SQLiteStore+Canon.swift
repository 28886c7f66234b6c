import GRDB
import NewsModel

/// Keeping canonical entities right as articles come and go: the upsert adds the batch's statistics
/// (`EntityTally`), re-decides the canonical entity of every key whose answer could have changed
/// (`CanonResolution`), refreshes those entities' rows (type by vote, display name, aliases), and moves the rows of
/// already stored articles whose keys now belong elsewhere ("Trump" stored before any "Donald Trump").
/// The result depends only on the statistics, so any ingest order gives the same entities with the same ids.
struct CanonUpdate {
    /// The root (canonical entity key) of every key the batch touched.
    var roots: [String: String] = [:]
    /// Entity id of every live canonical entity the batch touched, by root key.
    var ids: [String: Int64] = [:]
    /// Keys whose canonical entity changed: stored articles with them are relinked.
    var movedKeys: Set<String> = []
    var deadEntities: [Int64] = []
    var aliasRoots: Set<String> = []

    func entityID(ofKey key: String) -> Int64? {
        roots[key].flatMap { ids[$0] }
    }
}

extension SQLiteStore {
    /// Applies `tally` and brings the canonical entities it touches up to date (rows of the batch's own articles
    /// are inserted afterwards, with `CanonUpdate.entityID(ofKey:)`; then `finishCanon`).
    static func applyCanon(_ tally: EntityTally, in db: Database) throws -> CanonUpdate {
        var update = CanonUpdate()
        var touchedRoots: Set<String> = []
        var toResolve: Set<String> = []

        let upsertKey = try db.cachedStatement(sql: """
            INSERT INTO entity_keys (key, words, last, per, org, loc, misc, articles, uses, root)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(key) DO UPDATE SET per = per + excluded.per, org = org + excluded.org, loc = loc + excluded.loc,
                misc = misc + excluded.misc, articles = articles + excluded.articles, uses = uses + excluded.uses
            RETURNING uses, root
            """)
        for (key, counts) in tally.keys {
            let words = EntityKey.tokens(key)
            let last = words.count > 1 ? String(words.last!) : nil
            guard let row = try Row.fetchOne(upsertKey, arguments: [
                key, words.count, last, counts.votes[0], counts.votes[1], counts.votes[2], counts.votes[3],
                counts.articles, counts.uses, key,
            ]) else { continue }
            let uses: Int = row[0]
            let root: String = row[1]
            touchedRoots.insert(root)
            update.roots[key] = root
            if uses <= 0 {
                try execute(db, "DELETE FROM entity_keys WHERE key = ?", [key])
                try execute(db, "DELETE FROM entity_aliases WHERE key = ?", [key])
                update.roots[key] = nil
            }
            if ShortForm.isJoinable(key) {
                toResolve.insert(key)
            } else {
                // A longer name's prominence or type changed: the keys that are or could be short for it.
                toResolve.formUnion(ShortForm.surnames(of: key))
                try toResolve.formUnion(String.fetchAll(db.cachedStatement(sql: "SELECT short FROM entity_claims WHERE long = ?"),
                                                        arguments: [key]))
                try toResolve.formUnion(String.fetchAll(db.cachedStatement(sql: "SELECT key FROM entity_keys WHERE root = ? AND key <> root"),
                                                        arguments: [key]))
            }
        }

        let upsertSpelling = try db.cachedStatement(sql: """
            INSERT INTO entity_spellings (key, spelling, mentions, uses) VALUES (?, ?, ?, ?)
            ON CONFLICT(key, spelling) DO UPDATE SET mentions = mentions + excluded.mentions, uses = uses + excluded.uses
            RETURNING uses
            """)
        for (spelling, counts) in tally.spellings where counts != EntityTally.SpellingCounts() {
            let uses = try Int.fetchOne(upsertSpelling, arguments: [spelling.key, spelling.text, counts.mentions, counts.uses]) ?? 0
            if uses <= 0 {
                try execute(db, "DELETE FROM entity_spellings WHERE key = ? AND spelling = ?", [spelling.key, spelling.text])
                try execute(db, "DELETE FROM entity_aliases WHERE key = ? AND alias = ?", [spelling.key, spelling.text])
            } else if uses == counts.uses, let root = update.roots[spelling.key] {
                update.aliasRoots.insert(root)  // a new spelling
            }
        }

        let upsertClaim = try db.cachedStatement(sql: """
            INSERT INTO entity_claims (short, long, articles) VALUES (?, ?, ?)
            ON CONFLICT(short, long) DO UPDATE SET articles = articles + excluded.articles
            RETURNING articles
            """)
        for (claim, articles) in tally.claims where articles != 0 {
            if try Int.fetchOne(upsertClaim, arguments: [claim.short, claim.long, articles]) ?? 0 <= 0 {
                try execute(db, "DELETE FROM entity_claims WHERE short = ? AND long = ?", [claim.short, claim.long])
            }
            toResolve.insert(claim.short)
        }

        for word in toResolve {
            guard let (old, new) = try reresolve(word, in: db) else { continue }
            update.roots[word] = new
            touchedRoots.formUnion([old, new])
            if old != new {
                update.movedKeys.insert(word)
                update.aliasRoots.insert(new)
                try execute(db, "DELETE FROM entity_aliases WHERE key = ?", [word])
            }
        }

        for root in touchedRoots {
            try refreshEntity(root, into: &update, in: db)
        }
        try relinkStoredArticles(withKeys: update.movedKeys, roots: &update, in: db)
        return update
    }

    /// Re-decides a joinable key's root; nil when the key is not stored or not joinable.
    static func reresolve(_ word: String, in db: Database) throws -> (old: String, new: String)? {
        guard ShortForm.isJoinable(word), let last = EntityKey.tokens(word).last,
              let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT key, root, articles, per, org, loc, misc FROM entity_keys WHERE key = ?
            """), arguments: [word]) else { return nil }
        func candidate(_ row: Row) -> CanonCandidate {
            CanonCandidate(key: row["key"], articles: row["articles"], votes: [row["per"], row["org"], row["loc"], row["misc"]])
        }
        let claims = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT k.key, k.articles, k.per, k.org, k.loc, k.misc, c.articles AS claims
            FROM entity_claims c JOIN entity_keys k ON k.key = c.long WHERE c.short = ?
            """), arguments: [word]).map { (candidate: candidate($0), articles: $0["claims"] as Int) }
        let sameLastWord = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT key, articles, per, org, loc, misc FROM entity_keys WHERE last = ? AND articles > 0
            """), arguments: [String(last)]).map(candidate)
        let old: String = row["root"]
        let new = CanonResolution.root(CanonEvidence(short: candidate(row), claims: claims, sameLastWord: sameLastWord))
        if new != old {
            try execute(db, "UPDATE entity_keys SET root = ? WHERE key = ?", [new, word])
        }
        return (old, new)
    }

    /// The entity row of `root`: type by the vote of its keys' mentions (`CanonResolution.entityType`), name its
    /// most used full spelling,
    /// created when it has articles, deleted (at `finishCanon`) when it has none.
    static func refreshEntity(_ root: String, into update: inout CanonUpdate, in db: Database) throws {
        var rootVotes = [0, 0, 0, 0]
        var joinedVotes: [[Int]] = []
        var articles = 0
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT key, per, org, loc, misc, articles FROM entity_keys WHERE root = ?
            """), arguments: [root]) {
            let votes: [Int] = [row["per"], row["org"], row["loc"], row["misc"]]
            if row["key"] as String == root { rootVotes = votes } else { joinedVotes.append(votes) }
            articles += row["articles"] as Int
        }
        let existing = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, type, name FROM entities WHERE key = ?"),
                                        arguments: [root])
        guard articles > 0 else {
            if let existing { update.deadEntities.append(existing["id"]) }
            return
        }
        let type = CanonResolution.entityType(root: rootVotes, joined: joinedVotes) ?? .miscellaneous
        // The full name's own spellings first: "Donald Trump" names the entity even where "Trump" is said more.
        let name = try String.fetchOne(db.cachedStatement(sql: """
            SELECT spelling FROM entity_spellings WHERE key = ?
            ORDER BY mentions DESC, uses DESC, LENGTH(spelling) DESC, spelling LIMIT 1
            """), arguments: [root]) ?? String.fetchOne(db.cachedStatement(sql: """
            SELECT s.spelling FROM entity_spellings s JOIN entity_keys k ON k.key = s.key WHERE k.root = ?
            ORDER BY s.mentions DESC, s.uses DESC, LENGTH(s.spelling) DESC, s.spelling LIMIT 1
            """), arguments: [root]) ?? root
        if let existing {
            let id: Int64 = existing["id"]
            update.ids[root] = id
            if existing["type"] != type.rawValue || existing["name"] != name {
                try execute(db, "UPDATE entities SET type = ?, name = ? WHERE id = ?", [type.rawValue, name, id])
            }
            return
        }
        var probe = 0
        var id = EntityKey.stableID(root)
        while try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM entities WHERE id = ?"), arguments: [id]) == true {
            probe += 1
            id = EntityKey.stableID(root, probe: probe)
        }
        try execute(db, "INSERT INTO entities (id, type, key, name) VALUES (?, ?, ?, ?)", [id, type.rawValue, root, name])
        update.ids[root] = id
        update.aliasRoots.insert(root)
    }

    /// Deletes entities left without articles and rebuilds the alias rows of entities whose spellings changed:
    /// every spelling of every key that belongs to the entity, and nothing else.
    static func finishCanon(_ update: CanonUpdate, in db: Database) throws {
        for id in update.deadEntities {
            try execute(db, "DELETE FROM entities WHERE id = ?", [id])
        }
        for root in update.aliasRoots {
            guard let id = update.ids[root] else { continue }
            try execute(db, "DELETE FROM entity_aliases WHERE entity = ?", [id])
            try execute(db, """
                INSERT OR IGNORE INTO entity_aliases (entity, alias, key)
                SELECT ?, s.spelling, s.key FROM entity_keys k JOIN entity_spellings s ON s.key = k.key WHERE k.root = ?
                """, [id, root])
        }
    }
}
