/// A web page read for its article: metadata, and the body's paragraphs found by `ArticleExtractor`.
public struct HTMLPage: Sendable {
    public var metadata: PageMetadata
    public var paragraphs: [String]

    /// The article text: paragraphs separated by blank lines.
    public var text: String { paragraphs.joined(separator: "\n\n") }

    public init(html: String, extractor: ArticleExtractor = ArticleExtractor()) {
        self.init(document: Parser.parse(html), extractor: extractor)
    }

    public init(document: Document, extractor: ArticleExtractor = ArticleExtractor()) {
        metadata = PageMetadata(document: document)
        paragraphs = extractor.paragraphs(of: document, title: metadata.title)
    }
}
