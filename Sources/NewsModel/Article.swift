/// One news article as it travels the bus: the normalised text and the metadata kept beside it.
///
/// `id` is the ingester's stable content id (empty in a client's submission, which the ingester fills in).
/// `published` is an ISO 8601 calendar date (`2022-08-10`) or nil when the article does not say.
public struct Article: Codable, Sendable, Hashable {
    public var id: String
    public var title: String?
    public var text: String
    public var published: String?
    public var url: String?
    public var source: String?

    public init(id: String = "", title: String? = nil, text: String, published: String? = nil,
                url: String? = nil, source: String? = nil) {
        self.id = id
        self.title = title
        self.text = text
        self.published = published
        self.url = url
        self.source = source
    }

    /// `id` may be absent: a client's submission has none until the ingester assigns it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id) ?? ""
        title = try container.decodeIfPresent(String.self, forKey: .title)
        text = try container.decode(String.self, forKey: .text)
        published = try container.decodeIfPresent(String.self, forKey: .published)
        url = try container.decodeIfPresent(String.self, forKey: .url)
        source = try container.decodeIfPresent(String.self, forKey: .source)
    }

    /// The metadata without the text, as the Extraction JSON carries it.
    public var metadata: ArticleMetadata {
        ArticleMetadata(id: id, title: title, published: published, url: url, source: source)
    }
}

/// An article's metadata without its text: the `article` object of the Extraction JSON.
public struct ArticleMetadata: Codable, Sendable, Hashable {
    public var id: String
    public var title: String?
    public var published: String?
    public var url: String?
    public var source: String?

    public init(id: String, title: String? = nil, published: String? = nil, url: String? = nil, source: String? = nil) {
        self.id = id
        self.title = title
        self.published = published
        self.url = url
        self.source = source
    }
}
