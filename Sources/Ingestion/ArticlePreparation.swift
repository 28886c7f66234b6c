import NewsModel

/// Why an article cannot be taken: "empty text", "text over 2 MB", ... (``ArticleValidator``'s reasons).
public struct ArticleProblem: Error, CustomStringConvertible, Sendable, Equatable {
    public let reason: String
    public var description: String { reason }
}

extension ArticleNormalizer {
    /// What every article goes through before extraction, in one place, so the ingester, `newswire extract` and the
    /// gold evaluation see the same text under the same id: normalised (NFC, boilerplate, whitespace), checked,
    /// and given its content id.
    public static func prepare(_ article: Article) throws(ArticleProblem) -> Article {
        var prepared = normalize(article)
        if let problem = ArticleValidator.problem(withNormalized: prepared) { throw ArticleProblem(reason: problem) }
        prepared.id = ContentID.of(prepared)
        return prepared
    }
}
