extension SQLiteStore {
    /// The statistics canonical entities are decided from, kept up to date by every upsert (see
    /// `SQLiteStore+Canon.swift`). Read-side tables keep their v1 shapes: `entities` has one row per canonical
    /// entity, whose `key` is the key of its full name and whose `id` is `EntityKey.stableID(key)`.
    /// - `entity_keys`: one row per folded name seen as a document entity's name or alias: the type vote (mentions
    ///   per type), articles naming it, uses, and `root`, the key of the canonical entity it belongs to (itself,
    ///   or for a one-word key, the most prominent longer name it is short for). `last` is a longer key's last word,
    ///   for surname lookups.
    /// - `entity_spellings`: every spelling of a key with its mentions (display names) and uses (aliases).
    /// - `entity_claims`: (short, long) pairs of keys one document entity used for itself, with how many articles did.
    /// - `entity_links`: which key each document entity of each stored article has, so the articles of a key whose
    ///   canonical entity changes can be found and relinked.
    static let schemaV2Canon = """
    CREATE TABLE entity_keys (
        key TEXT PRIMARY KEY,
        words INTEGER NOT NULL,
        last TEXT,
        per INTEGER NOT NULL DEFAULT 0,
        org INTEGER NOT NULL DEFAULT 0,
        loc INTEGER NOT NULL DEFAULT 0,
        misc INTEGER NOT NULL DEFAULT 0,
        articles INTEGER NOT NULL DEFAULT 0,
        uses INTEGER NOT NULL DEFAULT 0,
        root TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX entity_keys_last ON entity_keys(last) WHERE last IS NOT NULL;
    CREATE INDEX entity_keys_root ON entity_keys(root);

    CREATE TABLE entity_spellings (
        key TEXT NOT NULL,
        spelling TEXT NOT NULL,
        mentions INTEGER NOT NULL DEFAULT 0,
        uses INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (key, spelling)
    ) WITHOUT ROWID;

    CREATE TABLE entity_claims (
        short TEXT NOT NULL,
        long TEXT NOT NULL,
        articles INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (short, long)
    ) WITHOUT ROWID;
    CREATE INDEX entity_claims_long ON entity_claims(long);

    CREATE TABLE entity_links (
        article INTEGER NOT NULL REFERENCES articles(docid) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        key TEXT NOT NULL,
        PRIMARY KEY (article, local_id)
    );
    CREATE INDEX entity_links_key ON entity_links(key);
    """
}
