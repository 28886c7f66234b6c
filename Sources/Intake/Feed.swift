/// A feed as read: its own title and link, and its items in the order the feed lists them.
public struct Feed: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case rss2 = "RSS 2.0", rss1 = "RSS 1.0", atom = "Atom"
    }

    public var kind: Kind
    public var title: String?
    public var link: String?
    public var items: [FeedItem]

    public init(kind: Kind, title: String? = nil, link: String? = nil, items: [FeedItem] = []) {
        self.kind = kind
        self.title = title
        self.link = link
        self.items = items
    }
}

/// One entry of a feed: what it says of the page it points to.
public struct FeedItem: Sendable, Hashable, Codable {
    /// The feed's own id for it (RSS `guid`, Atom `id`, RSS 1.0 `rdf:about`), if any.
    public var guid: String?
    public var title: String?
    /// The page's address, made absolute against the feed's.
    public var link: String?
    /// As written (RFC 822 in RSS, ISO 8601 in Atom); `ArticleNormalizer` reads both.
    public var published: String?
    public var author: String?
    /// The description or content as plain text (the HTML feeds put there read as a page would be).
    public var summary: String?

    public init(guid: String? = nil, title: String? = nil, link: String? = nil, published: String? = nil,
                author: String? = nil, summary: String? = nil) {
        self.guid = guid
        self.title = title
        self.link = link
        self.published = published
        self.author = author
        self.summary = summary
    }

    /// What marks the item as seen: its guid, else its link, else its title (an item with none is never new twice
    /// only if it has one of them).
    public var identity: String? { guid ?? link ?? title }
}
