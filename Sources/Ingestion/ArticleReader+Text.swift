import NewsModel

extension ArticleReader {
    /// Headlines are short; a longer first line is the story's opening paragraph.
    static let maxTitleLength = 200

    /// A text file is one article. Its first line is the title when it is short (under 200 characters),
    /// does not end like a sentence (".") and is followed by a blank line; the title is then not repeated
    /// in the text. Otherwise there is no title and the whole file is the text. A Markdown heading's
    /// leading "#"s are dropped from the title.
    func readText(_ text: String, origin: String) -> ReadBatch {
        var batch = ReadBatch()
        let normalized = ArticleNormalizer.normalizeText(text)
        var lines = normalized.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
        var title: String?
        if lines.count == 3, lines[1].isEmpty, Self.looksLikeTitle(lines[0]) {
            title = String(lines[0].drop(while: { $0 == "#" })).trimmingCharacters(in: .whitespaces)
            lines.removeFirst(2)
        }
        accept(Article(title: title, text: lines.joined(separator: "\n")), origin: origin, into: &batch)
        return batch
    }

    private static func looksLikeTitle(_ line: Substring) -> Bool {
        !line.isEmpty && line.count < maxTitleLength && !line.hasSuffix(".")
    }
}
