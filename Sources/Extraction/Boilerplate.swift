/// Marks page furniture so that no stage takes facts from it: trailing lines such as "Comments", "Share",
/// "Source: Al Jazeera and news agencies", and "READ MORE: ..." lines anywhere in the article.
struct BoilerplateStage: ExtractionStage {
    func run(_ document: inout Document) {
        guard !document.paragraphs.isEmpty else { return }
        var marked = Set<Int>()
        // trailing furniture, from the end up
        var p = document.paragraphs.count - 1
        while p >= 0 {
            let text = document.string(document.paragraphs[p].span)
            guard Boilerplate.isFurniture(text) || Boilerplate.isInlineFurniture(text) else { break }
            marked.insert(p)
            p -= 1
        }
        for (index, paragraph) in document.paragraphs.enumerated() where !marked.contains(index) {
            if Boilerplate.isInlineFurniture(document.string(paragraph.span)) { marked.insert(index) }
        }
        // never throw the whole article away
        if marked.count == document.paragraphs.count { marked.removeAll() }
        for index in marked { document.paragraphs[index].isBoilerplate = true }
        for index in document.sentences.indices where marked.contains(document.sentences[index].paragraph) {
            document.sentences[index].isBoilerplate = true
        }
    }
}

enum Boilerplate {
    static let lines: Set<String> = [
        "comments", "comment", "advertisement", "advertisements", "sponsored", "share", "share this", "share this article",
        "share this story", "share on facebook", "share on twitter", "tweet", "email", "print", "related",
        "related articles", "related stories", "related news", "related content", "recommended", "more on this story",
        "more stories", "top stories", "most read", "most popular", "trending", "trending now", "sign up", "subscribe",
        "newsletter", "follow us", "loading", "loading...", "skip to content", "back to top", "view comments",
        "show comments", "leave a comment", "add comment", "join the conversation", "also read", "see also",
        "continue reading", "watch", "listen", "video", "photos", "gallery", "topics", "tags",
    ]

    static let trailingPrefixes: [String] = [
        "source:", "sources:", "copyright", "©", "(c) ", "all rights reserved", "follow us", "sign up", "subscribe to",
        "click here", "photo:", "image:", "watch:", "listen:", "related:", "see also", "also read", "tags:", "topics:",
        "additional reporting by", "reporting by", "(reporting by", "editing by", "writing by", "this story has been",
        "this article was", "this article has been", "with agency inputs", "with inputs from", "(afp)", "(ap)",
    ]

    /// A whole line of page furniture (checked on the trailing lines of an article).
    static func isFurniture(_ line: String) -> Bool {
        let text = normalised(line)
        if text.isEmpty { return true }
        if lines.contains(text) { return true }
        return trailingPrefixes.contains { text.hasPrefix($0) }
    }

    /// A line of furniture wherever it stands ("READ MORE: ...").
    static func isInlineFurniture(_ line: String) -> Bool {
        let text = normalised(line)
        return text.hasPrefix("read more") || text.hasPrefix("also read:") || text.hasPrefix("recommended:")
            || text.hasPrefix("related:")
    }

    private static func normalised(_ line: String) -> String {
        var text = line.lowercased()
        while let last = text.unicodeScalars.last, last == " " || last == ":" || last == "\t" { text.unicodeScalars.removeLast() }
        while let first = text.unicodeScalars.first, first == " " || first == "\t" { text.unicodeScalars.removeFirst() }
        return text
    }
}
