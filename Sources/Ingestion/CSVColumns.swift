/// Which CSV columns hold which part of an article, by header name (matched case-insensitively).
///
/// A nil role is found by the usual names: title|headline; text|body|content|article;
/// published|publish_date|date|pubdate; url|link|article_source_link; source|publisher; id|article_id.
public struct CSVColumns: Sendable, Hashable {
    public var title: String?
    public var text: String?
    public var published: String?
    public var url: String?
    public var source: String?
    public var id: String?

    public init(title: String? = nil, text: String? = nil, published: String? = nil,
                url: String? = nil, source: String? = nil, id: String? = nil) {
        self.title = title
        self.text = text
        self.published = published
        self.url = url
        self.source = source
        self.id = id
    }

    /// The command-line flag that sets the text column, named in the error for a CSV without one.
    public static let textFlag = "--text-column"
}
