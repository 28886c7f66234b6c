import GRDB

extension SQLiteStore {
    /// Versioned migrations: never edit a registered one, append a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles, full text, entities, facts") { db in
            try db.execute(sql: schemaV1)
        }
        registerProfileMigration(in: &migrator)
        migrator.registerMigration("v2-query: event rows, quote sentences, full text over event sentences and quotes") { db in
            try migrateV2Query(db)
        }
        migrator.registerMigration("v2-canon: corpus-wide entity keys, spellings, claims, links") { db in
            try db.execute(sql: schemaV2Canon)
            try rebuildCanonicalEntities(in: db)
        }
        migrator.registerMigration("v3-upsert: derived rows written with the mentions, not by triggers; tables for the slow queries") { db in
            try db.execute(sql: schemaV3Upsert)
        }
        migrator.registerMigration("v3-mentions: mentions keyed by article, no foreign key to entities") { db in
            try db.execute(sql: schemaV3Mentions)
        }
        // Last, after v3-upsert and v3-mentions: the recompute relinks rows with the code of that schema.
        registerCanonPolicyMigration(in: &migrator)
        registerDedupMigration(in: &migrator)
        return migrator
    }

    /// Notes on choices:
    /// - `articles.docid` is an INTEGER PRIMARY KEY because the FTS index is keyed by rowid, and SQLite may
    ///   renumber the implicit rowid of a table without one on VACUUM; `id` (the content id) is UNIQUE.
    /// - The FTS table uses external content (no second copy of the text), kept in sync by triggers so that any
    ///   write to `articles`, not just ours, updates it.
    /// - Every per-article table cascades from `articles`, so replacing an article is delete + insert.
    /// - `entities` are canonical across documents: one row per (type, key), key being the folded name.
    ///   Entity rows no article refers to any more are pruned by the upsert.
    /// - `entity_aliases` holds every distinct spelling seen (names and aliases, "Goïta" and "Goita" both), with the
    ///   folded `key` indexed for lookups.
    static let schemaV1 = """
    CREATE TABLE articles (
        docid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT,
        text TEXT NOT NULL,
        published TEXT,
        url TEXT,
        source TEXT,
        stored_at TEXT NOT NULL,
        extraction TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_source ON articles(source COLLATE NOCASE);

    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='docid',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.docid, new.title, new.text);
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.docid, old.title, old.text);
    END;
    CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.docid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.docid, new.title, new.text);
    END;

    CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        type TEXT NOT NULL CHECK (type IN ('PER', 'ORG', 'LOC', 'MISC')),
        key TEXT NOT NULL,
        name TEXT NOT NULL,
        UNIQUE (type, key)
    );
    CREATE INDEX entities_key ON entities(key);

    CREATE TABLE entity_aliases (
        entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        key TEXT NOT NULL,
        PRIMARY KEY (entity, alias)
    );
    CREATE INDEX entity_aliases_key ON entity_aliases(key);

    CREATE TABLE mentions (
        article INTEGER NOT NULL REFERENCES articles(docid) ON DELETE CASCADE,
        entity INTEGER NOT NULL REFERENCES entities(id),
        local_id TEXT NOT NULL,
        name TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL
    );
    CREATE INDEX mentions_article ON mentions(article);
    CREATE INDEX mentions_entity ON mentions(entity, article);

    CREATE TABLE roles (
        entity INTEGER NOT NULL REFERENCES entities(id),
        article INTEGER NOT NULL REFERENCES articles(docid) ON DELETE CASCADE,
        role TEXT NOT NULL,
        UNIQUE (entity, article, role)
    );
    CREATE INDEX roles_article ON roles(article);

    CREATE TABLE quotes (
        article INTEGER NOT NULL REFERENCES articles(docid) ON DELETE CASCADE,
        text TEXT NOT NULL,
        speaker INTEGER REFERENCES entities(id),
        speaker_name TEXT,
        cue TEXT,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL
    );
    CREATE INDEX quotes_article ON quotes(article);
    CREATE INDEX quotes_speaker ON quotes(speaker);

    CREATE TABLE dates (
        article INTEGER NOT NULL REFERENCES articles(docid) ON DELETE CASCADE,
        text TEXT NOT NULL,
        value TEXT NOT NULL,
        granularity TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL
    );
    CREATE INDEX dates_article ON dates(article);
    CREATE INDEX dates_value ON dates(value);

    CREATE TABLE counts (
        article INTEGER NOT NULL REFERENCES articles(docid) ON DELETE CASCADE,
        type TEXT NOT NULL,
        number INTEGER NOT NULL,
        object TEXT,
        location INTEGER REFERENCES entities(id),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL
    );
    CREATE INDEX counts_article ON counts(article);
    CREATE INDEX counts_location ON counts(location);

    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        article INTEGER NOT NULL REFERENCES articles(docid) ON DELETE CASCADE,
        cameo TEXT NOT NULL,
        label TEXT NOT NULL,
        "trigger" TEXT NOT NULL,
        location INTEGER REFERENCES entities(id),
        date TEXT,
        fatalities INTEGER,
        sentence INTEGER NOT NULL
    );
    CREATE INDEX events_article ON events(article);
    CREATE INDEX events_cameo ON events(cameo);
    CREATE INDEX events_location ON events(location);
    CREATE INDEX events_date ON events(date);

    CREATE TABLE event_actors (
        event INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        entity INTEGER NOT NULL REFERENCES entities(id),
        role TEXT NOT NULL CHECK (role IN ('actor', 'target')),
        PRIMARY KEY (event, entity, role)
    );
    CREATE INDEX event_actors_entity ON event_actors(entity);
    """
}
