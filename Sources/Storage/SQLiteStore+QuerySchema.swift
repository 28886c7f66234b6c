import GRDB

extension SQLiteStore {
    /// What the corpus queries (events, event_sums, quotes) read, added to the v1 tables:
    /// - `events` gets the columns of an event row, denormalised so a filter or a sort needs no join: its stable
    ///   key, the sentence's text, date precision, injured and held, trigger offsets, the article's published day,
    ///   `sort_date` (the event's date, a month or year as its first day, else the published day: what `from`/`to`
    ///   and "newest first" use), and country/lat/lon for geocoding to fill.
    /// - `event_actors.position` keeps the extraction's order of actors (actor1 is the first).
    /// - `quotes` is rebuilt with an INTEGER PRIMARY KEY, because an FTS index is keyed by rowid and VACUUM may
    ///   renumber the implicit rowid of a table without one; it also gets the span of the sentence(s) it is in
    ///   and the published day, and the folded speaker name of a speaker who is no entity ("the Kremlin press office").
    /// - FTS5 over event sentences and quote texts, external content kept in sync by triggers like `articles_fts`.
    /// Rows stored before this migration are filled from their stored extraction JSON.
    static func migrateV2Query(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE events ADD COLUMN event_key TEXT;
            ALTER TABLE events ADD COLUMN date_precision TEXT;
            ALTER TABLE events ADD COLUMN sort_date TEXT;
            ALTER TABLE events ADD COLUMN published TEXT;
            ALTER TABLE events ADD COLUMN injured INTEGER;
            ALTER TABLE events ADD COLUMN held INTEGER;
            ALTER TABLE events ADD COLUMN start INTEGER;
            ALTER TABLE events ADD COLUMN "end" INTEGER;
            ALTER TABLE events ADD COLUMN sentence_text TEXT;
            ALTER TABLE events ADD COLUMN country TEXT;
            ALTER TABLE events ADD COLUMN lat REAL;
            ALTER TABLE events ADD COLUMN lon REAL;
            CREATE INDEX events_key ON events(event_key);
            CREATE INDEX events_sort ON events(sort_date, id);
            CREATE INDEX events_country ON events(country, sort_date);
            CREATE INDEX events_published ON events(published);

            ALTER TABLE event_actors ADD COLUMN position INTEGER;
            DROP INDEX event_actors_entity;
            CREATE INDEX event_actors_entity_role ON event_actors(entity, role, event);

            CREATE TABLE quotes_v2 (
                id INTEGER PRIMARY KEY,
                article INTEGER NOT NULL REFERENCES articles(docid) ON DELETE CASCADE,
                text TEXT NOT NULL,
                speaker INTEGER REFERENCES entities(id),
                speaker_name TEXT,
                cue TEXT,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                sentence_start INTEGER,
                sentence_end INTEGER,
                published TEXT,
                speaker_key TEXT
            );
            INSERT INTO quotes_v2 (article, text, speaker, speaker_name, cue, start, "end")
                SELECT article, text, speaker, speaker_name, cue, start, "end" FROM quotes ORDER BY rowid;
            DROP TABLE quotes;
            ALTER TABLE quotes_v2 RENAME TO quotes;
            CREATE INDEX quotes_article ON quotes(article);
            CREATE INDEX quotes_speaker ON quotes(speaker, published);
            CREATE INDEX quotes_published ON quotes(published);
            CREATE INDEX quotes_speaker_key ON quotes(speaker_key) WHERE speaker IS NULL;
            """)

        for docid in try Int64.fetchAll(db, sql: "SELECT docid FROM articles ORDER BY docid") {
            guard let row = try Row.fetchOne(db, sql: "SELECT id, text, published, extraction FROM articles WHERE docid = ?",
                                             arguments: [docid])
            else { continue }
            try writeQueryColumns(docid: docid, articleID: row["id"], text: row["text"], published: row["published"],
                                  extraction: try decodeExtraction(row["extraction"]), local: nil, in: db)
        }

        try db.execute(sql: """
            CREATE VIRTUAL TABLE events_fts USING fts5(
                sentence_text, content='events', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
            );
            INSERT INTO events_fts(events_fts) VALUES ('rebuild');
            CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
                INSERT INTO events_fts(rowid, sentence_text) VALUES (new.id, new.sentence_text);
            END;
            CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
                INSERT INTO events_fts(events_fts, rowid, sentence_text) VALUES ('delete', old.id, old.sentence_text);
            END;
            CREATE TRIGGER events_fts_update AFTER UPDATE OF sentence_text ON events BEGIN
                INSERT INTO events_fts(events_fts, rowid, sentence_text) VALUES ('delete', old.id, old.sentence_text);
                INSERT INTO events_fts(rowid, sentence_text) VALUES (new.id, new.sentence_text);
            END;

            CREATE VIRTUAL TABLE quotes_fts USING fts5(
                text, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
            );
            INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
            CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
                INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
            END;
            CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
                INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
            END;
            CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
                INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
                INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
            END;
            """)
    }
}
