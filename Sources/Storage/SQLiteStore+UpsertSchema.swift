extension SQLiteStore {
    /// Migration v3-upsert: derived rows are written by the code that writes `mentions` (the upsert, a relink),
    /// from `DerivedRows`, proportional to the article, instead of by per-mention triggers (three upserts and four
    /// lookups for every mention, most of the upsert's time at 3,800 articles); and the tables the slow queries
    /// needed at 100,000 articles.
    /// - `article_sentences` only served the triggers: it goes.
    /// - `entity_forms` (entity, form, article) becomes `entity_form_counts` (entity, form): the profile's alias
    ///   counts read a few rows instead of one per article; an article's forms are subtracted before it is
    ///   replaced or relinked (computed from its mentions and text, see `forgetDerived`).
    /// - `quote_about` (quote, entity): the entities a quote's sentence(s) name, its speaker's attribution left out;
    ///   `quotes --about` reads `quote_about_entity` instead of testing every quote of every article naming the
    ///   entity against its mentions.
    /// - `events.event_day`: the day an event is counted on by timelines and profiles (its own date when that is a
    ///   day, else its article's), so they need not read `articles` rows (large: text and extraction JSON).
    /// - `events_sort` also holds `cameo`: newest-first with CAMEO codes walks the index without reading rows;
    ///   `events_cameo` also holds the day, article and fatalities: a CAMEO timeline is an index range.
    /// - `mentions_entity` goes: what read mentions by entity (entity listing, search by entity, quotes about) reads
    ///   `entity_articles` or `quote_about`; it was one random-order index insert per mention.
    /// - `articles_day` (docid, published) and `events_article` with the day and fatalities: a timeline of words
    ///   reads the days of the matching articles and their events from indexes, not from the (large) rows.
    static let schemaV3Upsert = """
    DROP TRIGGER profile_articles_insert;
    DROP TRIGGER profile_mentions_insert;
    DROP TRIGGER profile_mentions_delete;
    DROP TRIGGER profile_mentions_update;
    DROP TABLE article_sentences;

    CREATE TABLE entity_form_counts (
        entity INTEGER NOT NULL,
        form TEXT NOT NULL,
        mentions INTEGER NOT NULL,
        PRIMARY KEY (entity, form)
    ) WITHOUT ROWID;
    INSERT INTO entity_form_counts (entity, form, mentions)
    SELECT entity, form, SUM(mentions) FROM entity_forms GROUP BY entity, form HAVING SUM(mentions) > 0;
    DROP TABLE entity_forms;

    CREATE TABLE quote_about (
        quote INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
        entity INTEGER NOT NULL,
        published TEXT
    );
    INSERT INTO quote_about (quote, entity, published)
    SELECT DISTINCT q.id, m.entity, q.published FROM quotes q JOIN mentions m ON m.article = q.article
    WHERE m.start < COALESCE(q.sentence_end, q."end") AND m."end" > COALESCE(q.sentence_start, q.start)
      AND NOT (m.entity IS q.speaker AND (m."end" <= q.start OR m.start >= q."end"));
    CREATE INDEX quote_about_entity ON quote_about(entity, published, quote);
    CREATE INDEX quote_about_quote ON quote_about(quote);

    ALTER TABLE events ADD COLUMN event_day TEXT;
    UPDATE events SET event_day = (SELECT \(eventDay(event: "events", article: "a")) FROM articles a WHERE a.docid = events.article);
    DROP INDEX events_sort;
    CREATE INDEX events_sort ON events(sort_date, id, cameo);
    DROP INDEX events_cameo;
    CREATE INDEX events_cameo ON events(cameo, event_day, article, fatalities);

    DROP INDEX mentions_entity;
    CREATE INDEX articles_day ON articles(docid, published);
    DROP INDEX events_article;
    CREATE INDEX events_article ON events(article, event_day, fatalities);
    """

    /// Migration v3-mentions: `mentions` keyed by (article, seq), one B-tree appended in article order, and without
    /// the foreign key to `entities`: deleting an entity that lost its last article (a merge) scanned every mention
    /// for children once `mentions_entity` was gone (11 ms an entity at 4,000 articles, linear in the corpus). The
    /// upsert and relink keep `entity` right; the storage tests check that no mention points at a dead entity.
    static let schemaV3Mentions = """
    CREATE TABLE mentions_v3 (
        article INTEGER NOT NULL REFERENCES articles(docid) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        entity INTEGER NOT NULL,
        local_id TEXT NOT NULL,
        name TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        PRIMARY KEY (article, seq)
    ) WITHOUT ROWID;
    INSERT INTO mentions_v3 (article, seq, entity, local_id, name, start, "end")
    SELECT article, ROW_NUMBER() OVER (PARTITION BY article ORDER BY rowid) - 1, entity, local_id, name, start, "end"
    FROM mentions;
    DROP TABLE mentions;
    ALTER TABLE mentions_v3 RENAME TO mentions;
    """
}
