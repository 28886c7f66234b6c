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
    /// are inserted afterwards, with `CanonUpdate.entityID(ofKey:)`; then `finishCanon`). The tables are read
    /// through `cache` (a fresh one by default: migrations).
    static func applyCanon(_ tally: EntityTally, cache: CanonCache = CanonCache(), in db: Database) throws -> CanonUpdate {
        var update = CanonUpdate()
        var touchedRoots: Set<String> = []
        var toResolve: Set<String> = []

        for (key, counts) in tally.keys {
            guard let row = try cache.addToKey(key, counts: counts, in: db) else { continue }
            touchedRoots.insert(row.root)
            update.roots[key] = row.root
            if row.uses <= 0 {
                try execute(db, "DELETE FROM entity_aliases WHERE key = ?", [key])
                update.roots[key] = nil
            }
            if ShortForm.isJoinable(key) {
                toResolve.insert(key)
            } else {
                // A longer name's prominence or type changed: the keys that are or could be short for it.
                toResolve.formUnion(ShortForm.surnames(of: key))
                try toResolve.formUnion(cache.shorts(claiming: key, in: db))
                try toResolve.formUnion(cache.keys(rootedAt: key, in: db).subtracting([key]))
            }
        }

        for (spelling, counts) in tally.spellings where counts != EntityTally.SpellingCounts() {
            let uses = try cache.addToSpelling(spelling, counts: counts, in: db)
            if uses <= 0 {
                try execute(db, "DELETE FROM entity_aliases WHERE key = ? AND alias = ?", [spelling.key, spelling.text])
            } else if uses == counts.uses, let root = update.roots[spelling.key] {
                update.aliasRoots.insert(root)  // a new spelling
            }
        }

        for (claim, articles) in tally.claims where articles != 0 {
            try cache.addToClaim(claim, articles: articles, in: db)
            toResolve.insert(claim.short)
        }

        for word in toResolve {
            guard let (old, new) = try reresolve(word, cache: cache, in: db) else { continue }
            update.roots[word] = new
            touchedRoots.formUnion([old, new])
            if old != new {
                update.movedKeys.insert(word)
                update.aliasRoots.insert(new)
                try execute(db, "DELETE FROM entity_aliases WHERE key = ?", [word])
            }
        }

        for root in touchedRoots {
            try refreshEntity(root, into: &update, cache: cache, in: db)
        }
        try relinkStoredArticles(withKeys: update.movedKeys, roots: &update, cache: cache, in: db)
        return update
    }

    /// Re-decides a joinable key's root; nil when the key is not stored or not joinable.
    static func reresolve(_ word: String, cache: CanonCache, in db: Database) throws -> (old: String, new: String)? {
        guard ShortForm.isJoinable(word), let last = EntityKey.tokens(word).last,
              let row = try cache.key(word, in: db) else { return nil }
        func candidate(_ key: String, _ row: CanonCache.KeyRow) -> CanonCandidate {
            CanonCandidate(key: key, articles: row.articles, votes: row.votes)
        }
        var claims: [(candidate: CanonCandidate, articles: Int)] = []
        for (long, articles) in try cache.claims(of: word, in: db) {
            guard let longRow = try cache.key(long, in: db) else { continue }
            claims.append((candidate(long, longRow), articles))
        }
        var sameLastWord: [CanonCandidate] = []
        for key in try cache.keys(endingIn: String(last), in: db) {
            guard let keyRow = try cache.key(key, in: db), keyRow.articles > 0 else { continue }
            sameLastWord.append(candidate(key, keyRow))
        }
        let old = row.root
        let new = CanonResolution.root(CanonEvidence(short: candidate(word, row), claims: claims, sameLastWord: sameLastWord))
        if new != old {
            try cache.setRoot(word, to: new, in: db)
        }
        return (old, new)
    }

    /// The entity row of `root`: type by the vote of its keys' mentions (`CanonResolution.entityType`), name its
    /// most used full spelling (`bestSpelling`), created when it has articles, deleted (at `finishCanon`) when it
    /// has none.
    static func refreshEntity(_ root: String, into update: inout CanonUpdate, cache: CanonCache, in db: Database) throws {
        var rootVotes = [0, 0, 0, 0]
        var joinedVotes: [[Int]] = []
        var articles = 0
        let keys = try cache.keys(rootedAt: root, in: db)
        for key in keys {
            guard let row = try cache.key(key, in: db) else { continue }
            if key == root { rootVotes = row.votes } else { joinedVotes.append(row.votes) }
            articles += row.articles
        }
        let existing = try cache.entity(key: root, in: db)
        guard articles > 0 else {
            if let existing { update.deadEntities.append(existing.id) }
            return
        }
        let type = CanonResolution.entityType(root: rootVotes, joined: joinedVotes) ?? .miscellaneous
        // The full name's own spellings first: "Donald Trump" names the entity even where "Trump" is said more.
        var name = bestSpelling(try cache.spellings(of: root, in: db))
        if name == nil {
            var all: [String: EntityTally.SpellingCounts] = [:]
            for key in keys { all.merge(try cache.spellings(of: key, in: db)) { first, _ in first } }
            name = bestSpelling(all)
        }
        let chosen = name ?? root
        if let existing {
            update.ids[root] = existing.id
            if existing.type != type.rawValue || existing.name != chosen {
                try cache.updateEntity(existing.id, key: root, type: type.rawValue, name: chosen, in: db)
            }
            return
        }
        var probe = 0
        var id = EntityKey.stableID(root)
        while try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM entities WHERE id = ?"), arguments: [id]) == true {
            probe += 1
            id = EntityKey.stableID(root, probe: probe)
        }
        try cache.insertEntity(id: id, type: type.rawValue, key: root, name: chosen, in: db)
        update.ids[root] = id
        update.aliasRoots.insert(root)
    }

    /// The display name among spellings: most mentions, then most uses, then the longest (in characters), then the
    /// first in byte order, as `ORDER BY mentions DESC, uses DESC, LENGTH(spelling) DESC, spelling` said in SQL.
    static func bestSpelling(_ spellings: [String: EntityTally.SpellingCounts]) -> String? {
        spellings.min { a, b in
            if a.value.mentions != b.value.mentions { return a.value.mentions > b.value.mentions }
            if a.value.uses != b.value.uses { return a.value.uses > b.value.uses }
            let la = a.key.unicodeScalars.count, lb = b.key.unicodeScalars.count
            if la != lb { return la > lb }
            return a.key.utf8.lexicographicallyPrecedes(b.key.utf8)
        }?.key
    }

    /// Deletes entities left without articles and rebuilds the alias rows of entities whose spellings changed:
    /// every spelling of every key that belongs to the entity, and nothing else.
    static func finishCanon(_ update: CanonUpdate, cache: CanonCache = CanonCache(), in db: Database) throws {
        for id in update.deadEntities {
            try cache.deleteEntity(id, in: db)
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
