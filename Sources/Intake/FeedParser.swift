import Foundation
import HTMLText

/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom, as feeds are found in the wild: namespace prefixes as each feed
/// chooses them, CDATA or escaped HTML in descriptions, relative links (against `xml:base`, the feed's link or
/// its own address), items without dates or guids. Not a validating XML parser: a feed with a stray `&` or an
/// unclosed element is read as far as it makes sense, as feed readers do.
public enum FeedParser {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// The bytes are not XML at all (a page, JSON, an error message).
        case notXML(String)
        /// XML, but not a feed.
        case notAFeed(root: String)

        public var description: String {
            switch self {
            case .notXML(let what): return "not a feed: \(what)"
            case .notAFeed(let root): return "not a feed: XML whose root element is <\(root)>, not <rss>, <rdf:RDF> or <feed>"
            }
        }
    }

    /// The feed in `text`, fetched from `address` (relative links are resolved against it).
    public static func parse(_ text: String, address: String? = nil) throws(Failure) -> Feed {
        let start = text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        guard start.hasPrefix("<") else {
            throw .notXML(start.hasPrefix("{") || start.hasPrefix("[") ? "JSON, not XML" : "text, not XML")
        }
        let document = Parser.parse(text, mode: .xml)
        guard let root = document.children(of: 0).first(where: { !document.nodes[$0].isText }) else {
            throw .notXML("no element in it")
        }
        let rootName = local(document.nodes[root].name)
        let base = document.attribute("xml:base", of: root).flatMap { resolve($0, against: address) } ?? address
        switch rootName.lowercased() {
        case "rss":
            guard let channel = child(document, root, "channel") else { return Feed(kind: .rss2) }
            return rss(document, channel: channel, itemsUnder: channel, kind: .rss2, base: base)
        case "rdf":
            let channel = child(document, root, "channel") ?? root
            return rss(document, channel: channel, itemsUnder: root, kind: .rss1, base: base)
        case "feed":
            return atom(document, feed: root, base: base)
        case "html":
            throw .notXML("an HTML page")
        default:
            throw .notAFeed(root: document.nodes[root].name)
        }
    }

    static func rss(_ document: Document, channel: Int, itemsUnder: Int, kind: Feed.Kind, base: String?) -> Feed {
        let feedLink = text(document, child(document, channel, "link"))
        let itemBase = feedLink.flatMap { resolve($0, against: base) } ?? base
        var feed = Feed(kind: kind, title: text(document, child(document, channel, "title")),
                        link: feedLink.flatMap { resolve($0, against: base) })
        // RSS 2.0 has items inside the channel; RSS 1.0 beside it. Either way, a feed written the other way is read too.
        var containers = [itemsUnder]
        if itemsUnder != channel { containers.append(channel) }
        for container in containers {
            for item in document.children(of: container) where local(document.nodes[item].name).lowercased() == "item" {
                var entry = FeedItem()
                entry.title = text(document, child(document, item, "title")).map(htmlText)
                let link = text(document, child(document, item, "link"))
                let guidNode = child(document, item, "guid")
                let guid = text(document, guidNode) ?? document.attribute("rdf:about", of: item)
                entry.guid = guid
                // A guid that is a permalink is the item's address when it gives no link.
                let permalink = guidNode.map { (document.attribute("isPermaLink", of: $0) ?? "true").lowercased() != "false" } ?? false
                entry.link = (link ?? (permalink ? guid : nil)).flatMap { resolve($0, against: itemBase) }
                entry.published = text(document, child(document, item, "pubDate")) ?? text(document, child(document, item, "date"))
                    ?? text(document, child(document, item, "issued"))
                entry.author = text(document, child(document, item, "creator")) ?? text(document, child(document, item, "author"))
                entry.summary = (text(document, child(document, item, "encoded")) ?? text(document, child(document, item, "description")))
                    .map(htmlText).flatMap { $0.isEmpty ? nil : $0 }
                feed.items.append(entry)
            }
        }
        return feed
    }

    static func atom(_ document: Document, feed root: Int, base: String?) -> Feed {
        let feedLink = atomLink(document, root, base: base)
        var feed = Feed(kind: .atom, title: text(document, child(document, root, "title")).map(htmlText), link: feedLink)
        for entry in document.children(of: root) where local(document.nodes[entry].name) == "entry" {
            let entryBase = document.attribute("xml:base", of: entry).flatMap { resolve($0, against: base) } ?? base
            var item = FeedItem()
            item.guid = text(document, child(document, entry, "id"))
            item.title = atomText(document, child(document, entry, "title"))
            item.link = atomLink(document, entry, base: entryBase)
            item.published = text(document, child(document, entry, "published")) ?? text(document, child(document, entry, "updated"))
                ?? text(document, child(document, entry, "issued"))
            if let author = child(document, entry, "author") {
                item.author = text(document, child(document, author, "name")) ?? text(document, author)
            }
            item.summary = (atomText(document, child(document, entry, "content")) ?? atomText(document, child(document, entry, "summary")))
                .flatMap { $0.isEmpty ? nil : $0 }
            feed.items.append(item)
        }
        return feed
    }

    /// The `alternate` link (or the first link with no `rel`), absolute.
    static func atomLink(_ document: Document, _ parent: Int, base: String?) -> String? {
        var fallback: String?
        for link in document.children(of: parent) where local(document.nodes[link].name) == "link" {
            guard let href = document.attribute("href", of: link) else { continue }
            let rel = document.attribute("rel", of: link) ?? "alternate"
            if rel == "alternate" { return resolve(href, against: base) }
            if fallback == nil, rel != "self", rel != "enclosure", rel != "replies" { fallback = resolve(href, against: base) }
        }
        return fallback
    }

    /// Atom text constructs: `type="html"` is escaped HTML, `type="xhtml"` markup inline, else plain text.
    static func atomText(_ document: Document, _ node: Int?) -> String? {
        guard let node else { return nil }
        switch document.attribute("type", of: node) ?? "text" {
        case "xhtml": return document.textContent(of: node)
        case "html", "text/html": return text(document, node).map(htmlText)
        default: return text(document, node).map(htmlText)
        }
    }

    /// Text that may be HTML (descriptions nearly always are, escaped or in CDATA): its words, markup gone.
    static func htmlText(_ text: String) -> String {
        guard text.contains("<") || text.contains("&") else { return TextCollapse.collapse(text) }
        return Parser.parse(text).textContent(of: 0)
    }

    /// The first child element named `name` without a prefix, else the first whose local name (prefix dropped)
    /// is `name`: RSS's own `<link>` before an `<atom:link>` beside it.
    static func child(_ document: Document, _ parent: Int, _ name: String) -> Int? {
        var prefixed: Int?
        for node in document.children(of: parent) where !document.nodes[node].isText {
            let nodeName = document.nodes[node].name
            if nodeName == name { return node }
            if prefixed == nil, local(nodeName) == name { prefixed = node }
        }
        return prefixed
    }

    static func text(_ document: Document, _ node: Int?) -> String? {
        guard let node else { return nil }
        let value = document.textContent(of: node)
        return value.isEmpty ? nil : value
    }

    static func local(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    /// `link` made absolute against `base`; nil for what is not a web address (`javascript:`, `mailto:`).
    public static func resolve(_ link: String, against base: String?) -> String? {
        let trimmed = link.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        let absolute: URL?
        if let base, let baseURL = URL(string: base) {
            absolute = URL(string: trimmed, relativeTo: baseURL)?.absoluteURL
        } else {
            absolute = URL(string: trimmed)
        }
        guard let absolute, let scheme = absolute.scheme?.lowercased() else { return nil }
        guard scheme == "http" || scheme == "https" || scheme == "file" else { return nil }
        return absolute.absoluteString
    }
}
