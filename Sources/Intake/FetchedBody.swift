import Foundation

/// What fetched bytes are, by their Content-Type and, when that says little, by their first bytes: a feed,
/// an HTML page, or something else (an image, a PDF, JSON) that gets a clear error instead of an article.
public enum FetchedBody: Sendable, Equatable {
    case feed(String)
    case html(String)
    case other(String)

    public static func classify(_ body: [UInt8], contentType: String?) -> FetchedBody {
        let type = (contentType ?? "").lowercased()
        let mime = type.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard !body.isEmpty else { return .other("an empty body") }
        let text = decode(body, contentType: type)
        let head = text.prefix(1024).drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).lowercased()
        let looksLikeFeed = head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")
        let looksLikeHTML = head.hasPrefix("<!doctype html") || head.contains("<html") || head.contains("<head")
            || head.contains("<body") || head.contains("<p")
        if mime.contains("rss") || mime.contains("atom") || mime.contains("rdf") { return .feed(text) }
        if mime.contains("html") { return looksLikeFeed && !looksLikeHTML ? .feed(text) : .html(text) }
        if mime.contains("xml") { return looksLikeHTML && !looksLikeFeed ? .html(text) : .feed(text) }
        if mime.isEmpty || mime == "text/plain" || mime == "application/octet-stream" {
            if looksLikeFeed { return .feed(text) }
            if looksLikeHTML { return .html(text) }
        }
        return .other(mime.isEmpty ? "no Content-Type and neither a feed nor HTML" : "\(mime), not HTML or a feed")
    }

    /// UTF-8, unless the header or the document names Latin-1 or Windows-1252 (or the bytes are not UTF-8).
    static func decode(_ body: [UInt8], contentType: String) -> String {
        let declared = contentType.isEmpty ? sniffCharset(body) : (charset(in: contentType) ?? sniffCharset(body))
        if let declared, ["iso-8859-1", "latin1", "windows-1252", "cp1252", "us-ascii"].contains(declared) {
            return String(data: Data(body), encoding: .windowsCP1252) ?? String(decoding: body, as: UTF8.self)
        }
        if let text = String(validating: body, as: UTF8.self) { return text }
        return String(data: Data(body), encoding: .windowsCP1252) ?? String(decoding: body, as: UTF8.self)
    }

    static func charset(in contentType: String) -> String? {
        guard let range = contentType.range(of: "charset=") else { return nil }
        return contentType[range.upperBound...].split(separator: ";").first
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"'")).lowercased() }
    }

    /// `<meta charset=...>` or `<?xml ... encoding="...">` in the first kilobyte.
    static func sniffCharset(_ body: [UInt8]) -> String? {
        let head = String(decoding: body.prefix(1024), as: UTF8.self).lowercased()
        for marker in ["charset=", "encoding="] {
            guard let range = head.range(of: marker) else { continue }
            let rest = head[range.upperBound...].drop(while: { $0 == "\"" || $0 == "'" })
            let value = rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
            if !value.isEmpty { return String(value) }
        }
        return nil
    }
}
