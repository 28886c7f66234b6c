import Foundation
import NewsModel

/// Puts articles from any input into one canonical shape, so that the same story read from a
/// web page, a CSV export or a text file yields the same text, the same metadata and the same id.
public enum ArticleNormalizer {
    /// The normalised article (its `id` is left as it was; `ContentID.of` computes one).
    ///
    /// Text: Unicode NFC; CRLF and CR become LF; non-breaking spaces become spaces; trailing spaces on each
    /// line and blank lines at either end are removed; three or more newlines become two; trailing page
    /// furniture is stripped (see `stripFurniture`).
    /// Title, url and source are trimmed (empty becomes nil); the title's whitespace is collapsed to single spaces.
    /// A missing source is taken from the url's host without "www." (`www.aljazeera.com` becomes `aljazeera.com`).
    /// `published` becomes `YYYY-MM-DD`, or nil when it is not a date `normalizeDate` understands.
    public static func normalize(_ article: Article) -> Article {
        var out = article
        out.text = normalizeText(article.text)
        out.title = article.title.map { collapseWhitespace(nfc($0)) }.flatMap(nonEmpty)
        out.url = article.url.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap(nonEmpty)
        out.source = article.source.map { collapseWhitespace(nfc($0)) }.flatMap(nonEmpty)
            ?? out.url.flatMap(sourceFromURL)
        out.published = article.published.flatMap(normalizeDate)
        return out
    }

    /// The text rules of `normalize`, for callers that hold only a text.
    public static func normalizeText(_ text: String) -> String {
        var bytes = UTF8Whitespace.normalizeLines(nfc(text))
        stripFurniture(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Removes web-page furniture at the end of a scraped article, repeatedly, because pages stack it
    /// ("READ MORE: ...", then "Source: Al Jazeera and news agencies", then "Comments").
    ///
    /// Stripped when they are the last non-blank line: exactly "Comments", "Share", "Advertisement"
    /// (also "Share this article", "Comments (12)"); lines starting "READ MORE:"; a short credit line
    /// "Source: ..." / "Sources: ..." (under 100 characters, no sentence inside), as news sites print them.
    /// Only the end is touched: the same words mid-article are the article's own.
    static func stripFurniture(_ bytes: inout [UInt8]) {
        // Lines are already trimmed and blank runs collapsed, so the last line starts after the last LF.
        while !bytes.isEmpty {
            let lineStart = (bytes.lastIndex(of: 0x0A) ?? -1) + 1
            // Furniture lines are short; a long last line is never decoded just to be checked.
            guard bytes.count - lineStart < 300,
                  isFurniture(String(decoding: bytes[lineStart...], as: UTF8.self)
                      .trimmingCharacters(in: .whitespaces)) else { return }
            bytes.removeSubrange(lineStart...)
            while bytes.last == 0x0A { bytes.removeLast() }
        }
    }

    static func isFurniture(_ line: String) -> Bool {
        let lower = line.lowercased()
        let exact: Set<String> = ["comments", "share", "advertisement", "share this article", "share this:",
                                  "comment", "advertisement:", "related", "read more"]
        if exact.contains(lower) { return true }
        if lower.hasPrefix("comments ("), lower.hasSuffix(")"), lower.count < 20 { return true }
        if lower.hasPrefix("read more:") { return true }
        if lower.hasPrefix("source:") || lower.hasPrefix("sources:") {
            // A credit names agencies; a sentence ("Source: the ministry said ... . It added ...") is text.
            let body = line.drop(while: { $0 != ":" }).dropFirst()
            return line.count < 100 && !body.isEmpty && !body.dropLast().contains(".")
        }
        return false
    }

    /// Unicode NFC. Foundation's conversion is slow (tens of MB/s), so it is skipped when every scalar is
    /// one NFC can never change: below U+0300 (ASCII, Latin-1, Latin Extended: no combining marks and no
    /// decompositions that recompose differently) or in the punctuation and currency blocks
    /// (U+2010-205F, U+20A0-20BF), where news text's curly quotes and dashes live.
    static func nfc(_ text: String) -> String {
        if isCertainlyNFC(text) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    static func isCertainlyNFC(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return true }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x300 || (0x2010...0x205F).contains(v) || (0x20A0...0x20BF).contains(v) { continue }
            return false
        }
        return true
    }

    /// Runs of whitespace (any kind, newlines included) become one space; the ends are trimmed.
    static func collapseWhitespace(_ text: String) -> String {
        UTF8Whitespace.collapse(text)
    }

    static func sourceFromURL(_ url: String) -> String? {
        guard var host = URLComponents(string: url)?.host?.lowercased(), !host.isEmpty else { return nil }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host.isEmpty ? nil : host
    }

    static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}
