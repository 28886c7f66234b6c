/// The kinds of input `ArticleReader` understands.
public enum InputFormat: String, Sendable, CaseIterable {
    /// Plain text (`.txt`, `.text`, `.md`, or no extension): the whole file is one article.
    case text
    /// One JSON object, or an array of them (`.json`).
    case json
    /// JSON Lines: one object per line (`.jsonl`, `.ndjson`).
    case jsonl
    /// Comma-separated values with a header row (`.csv`).
    case csv
    /// A web page (`.html`, `.htm`, `.xhtml`).
    case html

    /// The format a file extension names (case-insensitive, with or without the dot); nil when it names none.
    ///
    /// An empty extension (a file without one) is text, as README-style files usually are.
    public init?(pathExtension: String) {
        var ext = pathExtension.lowercased()
        if ext.hasPrefix(".") { ext.removeFirst() }
        switch ext {
        case "", "txt", "text", "md", "markdown": self = .text
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonl
        case "csv": self = .csv
        case "html", "htm", "xhtml": self = .html
        default: return nil
        }
    }
}
