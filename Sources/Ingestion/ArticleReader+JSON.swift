import Foundation
import NewsModel

extension ArticleReader {
    /// A `.json` file: one article object, an array of them, or an object whose `articles` array holds them.
    /// Array items are named `file.json[0]`, `file.json[1]`, ... in messages.
    func readJSON(_ text: String, origin: String) -> ReadBatch {
        var batch = ReadBatch()
        guard let value = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else {
            return .failure(origin, "not valid JSON")
        }
        var items: [Any]?
        if let array = value as? [Any] {
            items = array
        } else if let object = value as? [String: Any], Self.field(in: object, Self.textKeys) == nil,
                  let array = Self.field(in: object, ["articles", "items", "data"]) as? [Any] {
            items = array
        }
        guard let items else {
            addArticle(from: value, origin: origin, into: &batch)
            return batch
        }
        for (index, item) in items.enumerated() {
            addArticle(from: item, origin: "\(origin)[\(index)]", into: &batch)
        }
        return batch
    }

    /// A `.jsonl` file: one article object per line (blank lines skipped); a bad line is an error
    /// naming the line, and the other lines still go in.
    func readJSONLines(_ text: String, origin: String) -> ReadBatch {
        var batch = ReadBatch()
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            let lineOrigin = "\(origin):\(lineNumber)"
            guard let value = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8), options: [.fragmentsAllowed]) else {
                batch.errors.append(InputError(origin: lineOrigin, reason: "not valid JSON"))
                continue
            }
            addArticle(from: value, origin: lineOrigin, into: &batch)
        }
        return batch
    }

    static let textKeys = ["text", "body", "content"]

    private func addArticle(from value: Any, origin: String, into batch: inout ReadBatch) {
        guard let object = value as? [String: Any] else {
            batch.errors.append(InputError(origin: origin, reason: "not a JSON object"))
            return
        }
        guard let rawText = Self.field(in: object, Self.textKeys), !(rawText is NSNull) else {
            batch.errors.append(InputError(origin: origin, reason: "missing field 'text'"))
            return
        }
        guard let text = rawText as? String else {
            batch.errors.append(InputError(origin: origin, reason: "field 'text' is not a string"))
            return
        }
        let article = Article(
            title: Self.string(Self.field(in: object, ["title", "headline"])),
            text: text,
            published: Self.date(Self.field(in: object, ["published", "date", "publish_date", "pubdate", "published_at", "publishedAt"])),
            url: Self.string(Self.field(in: object, ["url", "link"])),
            source: Self.source(Self.field(in: object, ["source", "publisher"])))
        accept(article, origin: origin, recordID: Self.string(Self.field(in: object, ["id", "article_id"])), into: &batch)
    }

    /// The first of `keys` present, matched case-insensitively because exports disagree on case.
    private static func field(in object: [String: Any], _ keys: [String]) -> Any? {
        for key in keys {
            if let value = object[key] { return value }
        }
        let lowered = Set(keys.map { $0.lowercased() })
        return object.first(where: { lowered.contains($0.key.lowercased()) })?.value
    }

    private static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String: return text
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }

    /// A date string, or a Unix time in seconds (milliseconds when it is too large to be seconds).
    private static func date(_ value: Any?) -> String? {
        if let text = value as? String { return text }
        if let number = value as? NSNumber {
            var seconds = number.doubleValue
            if seconds > 1e11 { seconds /= 1000 }
            return ArticleNormalizer.isoDay(Date(timeIntervalSince1970: seconds))
        }
        return nil
    }

    /// A source name, or the name inside a `{"id": ..., "name": ...}` object as news APIs give it.
    private static func source(_ value: Any?) -> String? {
        if let object = value as? [String: Any] { return string(object["name"]) }
        return string(value)
    }
}
