import NewsModel

/// One article read from an input, normalised, with its content id set, and where it came from.
public struct ReadArticle: Sendable, Hashable {
    /// Where the article came from, in the same form as `InputError.origin` (`news.csv:42`).
    public var origin: String
    /// The normalised article; `id` is `ContentID.of(article)`.
    public var article: Article
    /// The input's own identifier for the record (a CSV `article_id` column, a JSON `id` field), if it had one.
    ///
    /// Kept apart from `article.id` because such ids ("1", "2", ...) are only unique inside one export:
    /// used as store keys, two files would overwrite each other's articles.
    public var recordID: String?

    public init(origin: String, article: Article, recordID: String? = nil) {
        self.origin = origin
        self.article = article
        self.recordID = recordID
    }
}
