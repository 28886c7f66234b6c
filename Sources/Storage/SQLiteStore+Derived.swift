import GRDB
import NewsModel

extension SQLiteStore {
    /// Writes one article's derived rows (`entity_articles`, `sentence_entities`, `quote_about`); its forms are the
    /// caller's to add to `entity_form_counts` (the upsert sums a whole batch's first, `addForms`). `quotes` are its
    /// quote rows as just inserted.
    static func writeDerived(_ rows: DerivedRows, quotes: [DerivedRows.QuoteSpan], published: String?,
                             mentions: [(entity: Int64, start: Int, end: Int)], docid: Int64, in db: Database) throws {
        let entity = try db.cachedStatement(sql: """
            INSERT INTO entity_articles (entity, article, day, mentions) VALUES (?, ?, ?, ?)
            """)
        for (id, count) in rows.entities {
            try entity.execute(arguments: [id, docid, rows.day, count])
        }
        let sentence = try db.cachedStatement(sql: """
            INSERT INTO sentence_entities (article, sentence, entity, day, mentions) VALUES (?, ?, ?, ?, ?)
            """)
        for (key, count) in rows.sentences {
            try sentence.execute(arguments: [docid, key.sentence, key.entity, rows.day, count])
        }
        let about = try db.cachedStatement(sql: "INSERT INTO quote_about (quote, entity, published) VALUES (?, ?, ?)")
        let day = published.map { String($0.prefix(10)) }
        for pair in DerivedRows.about(quotes, mentions: mentions) {
            try about.execute(arguments: [pair.quote, pair.entity, day])
        }
    }

    /// Adds (`sign` 1) or takes away (-1) an article's forms; a form no mention has any more goes.
    static func addForms(_ forms: [DerivedRows.Form: Int], sign: Int, in db: Database) throws {
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO entity_form_counts (entity, form, mentions) VALUES (?, ?, ?)
            ON CONFLICT (entity, form) DO UPDATE SET mentions = mentions + excluded.mentions
            RETURNING mentions
            """)
        for (key, count) in forms where count != 0 {
            if try Int.fetchOne(upsert, arguments: [key.entity, key.form, sign * count]) ?? 0 <= 0 {
                try execute(db, "DELETE FROM entity_form_counts WHERE entity = ? AND form = ?", [key.entity, key.form])
            }
        }
    }

    /// The derived rows of a stored article as its `mentions` say now.
    static func storedDerivedRows(_ docid: Int64, sentences: [Span], in db: Database)
        throws -> (rows: DerivedRows, mentions: [(entity: Int64, start: Int, end: Int)], published: String?)? {
        guard let article = try Row.fetchOne(db.cachedStatement(sql: "SELECT text, published FROM articles WHERE docid = ?"),
                                             arguments: [docid]) else { return nil }
        let mentions = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT entity, start, "end" FROM mentions WHERE article = ?
            """), arguments: [docid]).map { (entity: $0[0] as Int64, start: $0[1] as Int, end: $0[2] as Int) }
        let text: String = article["text"]
        let published: String? = article["published"]
        return (DerivedRows(mentions: mentions, text: Array(text.unicodeScalars), sentences: sentences, published: published),
                mentions, published)
    }

    /// Before a stored article's mentions change or it is deleted: its forms and aggregates leave the counts and
    /// its per-article derived rows go. Does nothing on a schema before v3-upsert (a migration relinking), whose triggers keep them.
    static func forgetDerived(_ docid: Int64, sentences: [Span], in db: Database) throws {
        guard try db.tableExists("entity_form_counts"),
              let stored = try storedDerivedRows(docid, sentences: sentences, in: db) else { return }
        try addForms(stored.rows.forms, sign: -1, in: db)
        try addStoredAggregates(docid, rows: stored.rows, sign: -1, in: db)
        try execute(db, "DELETE FROM entity_articles WHERE article = ?", [docid])
        try execute(db, "DELETE FROM sentence_entities WHERE article = ?", [docid])
        try execute(db, "DELETE FROM quote_about WHERE quote IN (SELECT id FROM quotes WHERE article = ?)", [docid])
    }

    /// After a relink: the article's derived rows again, from its mentions and quote speakers as they are now.
    static func rederive(_ docid: Int64, sentences: [Span], in db: Database) throws {
        guard try db.tableExists("entity_form_counts"),
              let stored = try storedDerivedRows(docid, sentences: sentences, in: db) else { return }
        let quotes = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, start, "end", sentence_start, sentence_end, speaker FROM quotes WHERE article = ?
            """), arguments: [docid]).map {
            DerivedRows.QuoteSpan(id: $0[0], start: $0[1], end: $0[2], sentenceStart: $0[3], sentenceEnd: $0[4], speaker: $0[5])
        }
        try writeDerived(stored.rows, quotes: quotes, published: stored.published, mentions: stored.mentions,
                         docid: docid, in: db)
        try addForms(stored.rows.forms, sign: 1, in: db)
    }
}
