import GRDB

extension SQLiteStore {
    /// Derived tables for the corpus queries (entity profile, timeline, graph), registered after v1.
    static func registerProfileMigration(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2-profile: entity_articles, sentence_entities, entity_forms, article_sentences") { db in
            try db.execute(sql: profileTables)
            try db.execute(sql: profileBackfill)
            try db.execute(sql: profileTriggers)
        }
    }

    /// Why tables kept by triggers rather than by the upsert code: they are functions of `mentions` (and the
    /// article's text, date and sentences), so every way a mention row can change (inserted by the upsert, moved
    /// to another canonical entity by a merge, deleted with its article) keeps them right without the upsert
    /// knowing they exist.
    ///
    /// - `article_sentences`: each article's sentence spans (from its extraction JSON), to place a mention.
    /// - `entity_articles`: one row per (entity, article) with the mentions and the article's day: the entity's
    ///   article and mention counts, mentions per day, first and last seen, and co-occurrence by article.
    /// - `sentence_entities`: one row per (article, sentence, entity): co-occurrence within a sentence.
    /// - `entity_forms`: how each mention is written (the text under its offsets), per entity and article: alias
    ///   counts. `substr` counts characters, which for TEXT is Unicode scalars: the unit of our offsets.
    ///
    /// Query plans relied on (EXPLAIN QUERY PLAN, SQLite 3.40):
    /// - profile counts, per day: `SEARCH entity_articles USING PRIMARY KEY (entity=?)`
    /// - co-occurring entities: that, then `SEARCH b USING COVERING INDEX entity_articles_article (article=?)`
    /// - alias counts: `SEARCH entity_forms USING PRIMARY KEY (entity=?)`
    /// - a mention's sentence: `SEARCH article_sentences USING PRIMARY KEY (article=? AND start<?)`
    /// - ego networks: `SEARCH entity_articles USING PRIMARY KEY (entity=?)`, `... entity_articles_article (article=?)`
    static let profileTables = """
    CREATE TABLE article_sentences (
        article INTEGER NOT NULL REFERENCES articles(docid) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        sentence INTEGER NOT NULL,
        PRIMARY KEY (article, start)
    ) WITHOUT ROWID;

    CREATE TABLE entity_articles (
        entity INTEGER NOT NULL,
        article INTEGER NOT NULL REFERENCES articles(docid) ON DELETE CASCADE,
        day TEXT,
        mentions INTEGER NOT NULL,
        PRIMARY KEY (entity, article)
    ) WITHOUT ROWID;
    CREATE INDEX entity_articles_article ON entity_articles(article);
    CREATE INDEX entity_articles_day ON entity_articles(day);

    CREATE TABLE sentence_entities (
        article INTEGER NOT NULL REFERENCES articles(docid) ON DELETE CASCADE,
        sentence INTEGER NOT NULL,
        entity INTEGER NOT NULL,
        day TEXT,
        mentions INTEGER NOT NULL,
        PRIMARY KEY (article, sentence, entity)
    ) WITHOUT ROWID;
    CREATE INDEX sentence_entities_entity ON sentence_entities(entity);

    CREATE TABLE entity_forms (
        entity INTEGER NOT NULL,
        form TEXT NOT NULL,
        article INTEGER NOT NULL REFERENCES articles(docid) ON DELETE CASCADE,
        mentions INTEGER NOT NULL,
        PRIMARY KEY (entity, form, article)
    ) WITHOUT ROWID;
    CREATE INDEX entity_forms_article ON entity_forms(article);
    """

    /// An article's calendar day, or NULL when `published` is not a date (the ingester normalises it, but the
    /// column takes anything).
    static func day(_ column: String) -> String {
        "CASE WHEN \(column) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(\(column), 1, 10) END"
    }

    /// The index of the sentence holding offset `start` of article `article` (-1 when the extraction has none).
    private static func sentence(article: String, start: String) -> String {
        """
        COALESCE((SELECT s.sentence FROM article_sentences s WHERE s.article = \(article) AND s.start <= \(start)
                  ORDER BY s.start DESC LIMIT 1), -1)
        """
    }

    /// Fills the tables from what a v1 database already holds.
    static let profileBackfill = """
    INSERT OR IGNORE INTO article_sentences (article, start, sentence)
    SELECT a.docid, json_extract(s.value, '$.start'), s.key FROM articles a, json_each(a.extraction, '$.sentences') s;

    INSERT INTO entity_articles (entity, article, day, mentions)
    SELECT m.entity, m.article, \(day("a.published")), COUNT(*)
    FROM mentions m JOIN articles a ON a.docid = m.article GROUP BY m.entity, m.article;

    INSERT INTO sentence_entities (article, sentence, entity, day, mentions)
    SELECT m.article, \(sentence(article: "m.article", start: "m.start")) AS sentence, m.entity, \(day("a.published")), COUNT(*)
    FROM mentions m JOIN articles a ON a.docid = m.article GROUP BY m.article, sentence, m.entity;

    INSERT INTO entity_forms (entity, form, article, mentions)
    SELECT m.entity, substr(a.text, m.start + 1, m."end" - m.start) AS form, m.article, COUNT(*)
    FROM mentions m JOIN articles a ON a.docid = m.article GROUP BY m.entity, form, m.article;
    """

    /// Adds one mention (`row` is `new`) to the derived tables, or takes one away (`old`).
    private static func mentionChange(_ row: String, adding: Bool) -> String {
        let article = "\(row).article", entity = "\(row).entity"
        let form = "(SELECT substr(text, \(row).start + 1, \(row).\"end\" - \(row).start) FROM articles WHERE docid = \(article))"
        if adding {
            let day = "(SELECT \(Self.day("published")) FROM articles WHERE docid = \(article))"
            return """
                INSERT INTO entity_articles (entity, article, day, mentions) VALUES (\(entity), \(article), \(day), 1)
                ON CONFLICT (entity, article) DO UPDATE SET mentions = mentions + 1;
                INSERT INTO sentence_entities (article, sentence, entity, day, mentions)
                VALUES (\(article), \(sentence(article: article, start: "\(row).start")), \(entity), \(day), 1)
                ON CONFLICT (article, sentence, entity) DO UPDATE SET mentions = mentions + 1;
                INSERT INTO entity_forms (entity, form, article, mentions) VALUES (\(entity), \(form), \(article), 1)
                ON CONFLICT (entity, form, article) DO UPDATE SET mentions = mentions + 1;
                """
        }
        return """
            UPDATE entity_articles SET mentions = mentions - 1 WHERE entity = \(entity) AND article = \(article);
            DELETE FROM entity_articles WHERE entity = \(entity) AND article = \(article) AND mentions <= 0;
            UPDATE sentence_entities SET mentions = mentions - 1
            WHERE article = \(article) AND entity = \(entity) AND sentence = \(sentence(article: article, start: "\(row).start"));
            DELETE FROM sentence_entities WHERE article = \(article) AND entity = \(entity) AND mentions <= 0;
            UPDATE entity_forms SET mentions = mentions - 1 WHERE entity = \(entity) AND article = \(article) AND form = \(form);
            DELETE FROM entity_forms WHERE entity = \(entity) AND article = \(article) AND mentions <= 0;
            """
    }

    /// A mention deleted with its article needs no bookkeeping: the article's derived rows cascade away with it
    /// (and the article row is already gone when the mention's trigger runs, which the WHEN tests).
    static let profileTriggers = """
    CREATE TRIGGER profile_articles_insert AFTER INSERT ON articles BEGIN
        INSERT OR IGNORE INTO article_sentences (article, start, sentence)
        SELECT new.docid, json_extract(value, '$.start'), key FROM json_each(new.extraction, '$.sentences');
    END;

    CREATE TRIGGER profile_mentions_insert AFTER INSERT ON mentions BEGIN
        \(mentionChange("new", adding: true))
    END;

    CREATE TRIGGER profile_mentions_delete AFTER DELETE ON mentions
    WHEN EXISTS (SELECT 1 FROM articles WHERE docid = old.article) BEGIN
        \(mentionChange("old", adding: false))
    END;

    CREATE TRIGGER profile_mentions_update AFTER UPDATE OF entity, article, start, "end" ON mentions BEGIN
        \(mentionChange("old", adding: false))
        \(mentionChange("new", adding: true))
    END;
    """
}
