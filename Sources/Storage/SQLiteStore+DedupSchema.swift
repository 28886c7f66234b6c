import Dedup
import GRDB

extension SQLiteStore {
    /// Migration v4-dedup9: every article's MinHash fingerprint, its LSH band keys, and its near-duplicates.
    /// - `article_fingerprints`: the signature (126 x 32 bits, little-endian) and the count of distinct shingles.
    /// - `fingerprint_bands` (band key, article): a lookup is one index probe per band; the article index serves
    ///   the cascade when an article is replaced.
    /// - `near_duplicates`: each pair in both directions with its estimated resemblance, from `NearDuplicates.floor`
    ///   up; "the copies of X" is an index range, clusters are the components of the pairs above a threshold.
    /// Every row cascades from `articles`, so replacing an article drops its pairs and the upsert finds them anew.
    static func registerDedupMigration(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4-dedup9: article fingerprints, LSH bands, near-duplicate pairs") { db in
            try db.execute(sql: schemaV4Dedup)
            // Articles stored before: fingerprinted in storage order, as if each were upserted in turn.
            let rows = try Row.fetchCursor(db, sql: "SELECT docid, text FROM articles ORDER BY docid")
            while let row = try rows.next() {
                try addFingerprint(docid: row["docid"], text: row["text"], in: db)
            }
        }
    }

    static let schemaV4Dedup = """
    CREATE TABLE article_fingerprints (
        article INTEGER PRIMARY KEY REFERENCES articles(docid) ON DELETE CASCADE,
        shingles INTEGER NOT NULL,
        signature BLOB NOT NULL
    );
    CREATE TABLE fingerprint_bands (
        band_key INTEGER NOT NULL,
        article INTEGER NOT NULL REFERENCES articles(docid) ON DELETE CASCADE,
        PRIMARY KEY (band_key, article)
    ) WITHOUT ROWID;
    CREATE INDEX fingerprint_bands_article ON fingerprint_bands(article);
    CREATE TABLE near_duplicates (
        article INTEGER NOT NULL REFERENCES articles(docid) ON DELETE CASCADE,
        other INTEGER NOT NULL REFERENCES articles(docid) ON DELETE CASCADE,
        overlap REAL NOT NULL,
        PRIMARY KEY (article, other)
    ) WITHOUT ROWID;
    CREATE INDEX near_duplicates_other ON near_duplicates(other);
    CREATE INDEX near_duplicates_overlap ON near_duplicates(overlap, article, other);
    """
}
