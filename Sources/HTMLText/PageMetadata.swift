import Foundation

/// What a page says about itself: title, publication date, author, canonical URL and site name, from (in
/// order of trust) JSON-LD, Open Graph and other `<meta>` tags, `<link rel=canonical>`, `<time>`, and the
/// page's `<title>` and first `<h1>`.
public struct PageMetadata: Sendable, Hashable {
    public var title: String?
    /// As the page wrote it (ISO 8601 in nearly every page); normalising is the caller's business.
    public var published: String?
    public var author: String?
    public var canonicalURL: String?
    public var siteName: String?
    public var description: String?

    public init(title: String? = nil, published: String? = nil, author: String? = nil, canonicalURL: String? = nil,
                siteName: String? = nil, description: String? = nil) {
        self.title = title
        self.published = published
        self.author = author
        self.canonicalURL = canonicalURL
        self.siteName = siteName
        self.description = description
    }

    public init(document: Document) {
        var meta: [String: String] = [:]
        var canonical: String?
        var documentTitle: String?
        var firstHeading: String?
        var timeElement: String?
        var authorLink: String?
        var linkedData = LinkedData()
        for index in 1..<document.nodes.count {
            let node = document.nodes[index]
            switch node.name {
            case "meta":
                let key = (document.attribute("property", of: index) ?? document.attribute("name", of: index)
                    ?? document.attribute("itemprop", of: index))?.lowercased()
                if let key, let content = document.attribute("content", of: index), meta[key] == nil {
                    let clean = TextCollapse.collapse(content)
                    if !clean.isEmpty { meta[key] = clean }
                }
            case "link":
                let rel = (document.attribute("rel", of: index) ?? "").lowercased()
                if rel.split(separator: " ").contains("canonical"), canonical == nil { canonical = document.attribute("href", of: index) }
            case "title":
                if documentTitle == nil { documentTitle = document.textContent(of: index) }
            case "h1":
                if firstHeading == nil { firstHeading = document.textContent(of: index) }
            case "time":
                if timeElement == nil, let value = document.attribute("datetime", of: index), !value.isEmpty,
                   document.attribute("pubdate", of: index) != nil || (document.attribute("itemprop", of: index) ?? "").contains("datePublished")
                    || timeElement == nil {
                    timeElement = value
                }
            case "a":
                if authorLink == nil, (document.attribute("rel", of: index) ?? "").lowercased() == "author" {
                    authorLink = document.textContent(of: index)
                }
            case "script":
                if (document.attribute("type", of: index) ?? "").lowercased().contains("ld+json"),
                   let text = document.nodes[index].firstChild >= 0 ? document.text(ofTextNode: document.nodes[index].firstChild) : nil {
                    linkedData.read(text)
                }
            default:
                continue
            }
        }
        func first(_ keys: String...) -> String? {
            for key in keys { if let value = meta[key], !value.isEmpty { return value } }
            return nil
        }
        siteName = linkedData.publisher ?? first("og:site_name", "application-name", "twitter:site")
        let rawTitle = linkedData.headline ?? first("og:title", "twitter:title", "dc.title", "title", "sailthru.title")
            ?? documentTitle.map { Self.strippingSite(from: $0, siteName: siteName) } ?? firstHeading
        title = rawTitle.map { Entities.decodeAll($0) }.flatMap { $0.isEmpty ? nil : $0 }
        published = linkedData.datePublished
            ?? first("article:published_time", "datepublished", "article.published", "published_time", "pubdate",
                     "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
                     "parsely-pub-date", "og:published_time", "cxenseparse:recs:publishtime", "article:published")
            ?? timeElement
        author = linkedData.author ?? first("author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author")
            .flatMap { $0.hasPrefix("http") ? nil : $0 } ?? authorLink
        canonicalURL = canonical ?? first("og:url", "twitter:url") ?? linkedData.url
        description = first("description", "og:description", "twitter:description")
    }

    /// "Story headline | The Daily Paper" is "Story headline": the part naming the site goes, when one part
    /// is the site's name or the title has a separator and the part before it is long enough to stand alone.
    static func strippingSite(from title: String, siteName: String?) -> String {
        let clean = TextCollapse.collapse(title)
        for separator in [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / "] {
            guard let range = clean.range(of: separator, options: .backwards) else { continue }
            let head = String(clean[..<range.lowerBound])
            let tail = String(clean[range.upperBound...])
            if let siteName, !siteName.isEmpty {
                if tail.lowercased() == siteName.lowercased() { return head }
                if head.lowercased() == siteName.lowercased() { return tail }
            }
            if head.split(separator: " ").count >= 3 { return head }
        }
        return clean
    }
}
