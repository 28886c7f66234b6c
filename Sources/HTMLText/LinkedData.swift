import Foundation

/// The schema.org facts of a page's JSON-LD blocks: an article's headline, dates, author and publisher.
///
/// Pages nest them (`@graph`, arrays, `mainEntity`) and write the author as a string, an object or a list;
/// malformed JSON (a trailing comma, a comment) is skipped, as any block that names no article type.
struct LinkedData {
    var headline: String?
    var datePublished: String?
    var author: String?
    var publisher: String?
    var url: String?

    static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "blogposting", "webpage", "report", "analysisnewsarticle",
        "opinionnewsarticle", "backgroundnewsarticle", "liveblogposting", "scholarlyarticle", "socialmediaposting",
        "techarticle", "review",
    ]

    mutating func read(_ text: String) {
        guard let data = text.trimmingCharacters(in: .whitespacesAndNewlines).data(using: .utf8),
              let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return }
        visit(json, depth: 0)
    }

    mutating func visit(_ value: Any, depth: Int) {
        guard depth < 6 else { return }
        if let list = value as? [Any] {
            for item in list { visit(item, depth: depth + 1) }
            return
        }
        guard let object = value as? [String: Any] else { return }
        if let graph = object["@graph"] { visit(graph, depth: depth + 1) }
        let types = Self.strings(object["@type"]).map { $0.lowercased() }
        if types.contains(where: { Self.articleTypes.contains($0) }) {
            let isWebPage = types == ["webpage"]
            if headline == nil || !isWebPage, let value = Self.strings(object["headline"]).first ?? (isWebPage ? nil : Self.strings(object["name"]).first) {
                if headline == nil { headline = value }
            }
            if datePublished == nil { datePublished = Self.strings(object["datePublished"]).first ?? Self.strings(object["dateCreated"]).first }
            if author == nil { author = Self.names(object["author"]) }
            if publisher == nil { publisher = Self.names(object["publisher"]) }
            if url == nil { url = Self.strings(object["url"]).first }
        }
        if let main = object["mainEntity"] ?? object["mainEntityOfPage"], main is [String: Any] || main is [Any] {
            visit(main, depth: depth + 1)
        }
    }

    static func strings(_ value: Any?) -> [String] {
        if let string = value as? String { return string.isEmpty ? [] : [string] }
        if let list = value as? [Any] { return list.compactMap { $0 as? String } }
        return []
    }

    /// "A", {"name": "A"}, [{"name": "A"}, {"name": "B"}] are "A" and "A, B".
    static func names(_ value: Any?) -> String? {
        if let string = value as? String { return string.isEmpty ? nil : string }
        if let object = value as? [String: Any] { return strings(object["name"]).first }
        if let list = value as? [Any] {
            let all = list.compactMap { names($0) }
            return all.isEmpty ? nil : all.joined(separator: ", ")
        }
        return nil
    }
}
