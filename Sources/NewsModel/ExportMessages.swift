/// One stored article with its whole extraction: a line of `newswire export --format jsonl`.
public struct StoredArticle: Codable, Sendable, Hashable {
    public var article: Article
    public var extraction: Extraction

    public init(article: Article, extraction: Extraction) {
        self.article = article
        self.extraction = extraction
    }
}

/// One page of the `export` query: articles in storage order, and the cursor of the next page (nil after the last).
public struct ExportPage: Codable, Sendable, Hashable {
    public var articles: [StoredArticle]
    /// Pass as `after` to get the next page.
    public var next: String?

    public init(articles: [StoredArticle], next: String?) {
        self.articles = articles
        self.next = next
    }
}
