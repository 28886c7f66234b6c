import NewsModel

/// Stable article ids derived from content, so the same story submitted twice is stored once.
public enum ContentID {
    /// The first 16 hex digits (64 bits) of SHA-256 over `title + "\n\n" + text`, after `ArticleNormalizer`
    /// and with every run of whitespace collapsed to one space (case kept).
    ///
    /// Normalising first makes the id survive what changes between two copies of one story (CRLF,
    /// decomposed accents, re-wrapped lines, a trailing "Comments"); url, date and source are left out
    /// because the same story reaches us from several places. A missing title hashes as "".
    public static func of(_ article: Article) -> String {
        of(normalized: ArticleNormalizer.normalize(article))
    }

    /// `of` for an article that has already been through `ArticleNormalizer.normalize` (normalising is idempotent).
    static func of(normalized article: Article) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(article.text.utf8.count + 200)
        UTF8Whitespace.appendCollapsed(article.title ?? "", to: &key)
        key.append(contentsOf: [0x0A, 0x0A])
        UTF8Whitespace.appendCollapsed(article.text, to: &key)
        return SHA256.hex(SHA256.hash(key).prefix(8))
    }
}
