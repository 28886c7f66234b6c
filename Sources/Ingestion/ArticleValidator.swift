import NewsModel

/// Says whether an article is fit to go down the pipeline, and if not, why, in words for a person.
public enum ArticleValidator {
    /// The most text one article may carry: beyond it, it is a mis-read file (a whole dump as one
    /// article), not a story, and would stall an extractor.
    public static let maxTextBytes = 2 * 1024 * 1024
    /// The longest title accepted, for the same reason.
    public static let maxTitleCharacters = 1_000

    /// nil if the article is fine, else the reason: empty text after normalisation, text over 2 MB,
    /// a title over 1,000 characters. The article is judged as `ArticleNormalizer.normalize` would leave it.
    public static func problem(with article: Article) -> String? {
        problem(withNormalized: ArticleNormalizer.normalize(article))
    }

    static func problem(withNormalized article: Article) -> String? {
        if article.text.isEmpty { return "empty text" }
        let bytes = article.text.utf8.count
        if bytes > maxTextBytes {
            return "text is \(bytes) bytes, over the \(maxTextBytes / (1024 * 1024)) MB limit"
        }
        if let title = article.title, title.count > maxTitleCharacters {
            return "title is \(title.count) characters, over the \(maxTitleCharacters) limit"
        }
        return nil
    }
}
