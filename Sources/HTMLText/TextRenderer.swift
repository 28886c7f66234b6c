/// The text of chosen elements as paragraphs: a block element starts a new one, inline elements run on, a
/// `<br>` breaks a line, whitespace is collapsed.
enum TextRenderer {
    static func paragraphs(document: Document, facts: NodeFacts, roots: [Int], skip: (Int) -> Bool) -> [String] {
        var paragraphs: [String] = []
        var current: [UInt8] = []
        func flush() {
            let text = TextCollapse.collapse(current)
            if !text.isEmpty { paragraphs.append(text) }
            current.removeAll(keepingCapacity: true)
        }
        for root in roots {
            flush()
            let end = document.subtreeEnd(of: root)
            var index = root
            while index <= end {
                let node = document.nodes[index]
                if skip(index) {
                    if facts.tags[index].contains(.outputBlock) { flush() }
                    index = document.subtreeEnd(of: index) + 1
                    continue
                }
                if node.isText {
                    current.append(contentsOf: document.textBytes[node.textRange])
                } else if node.name == "br" {
                    current.append(10)
                } else if facts.tags[index].contains(.outputBlock) {
                    flush()
                } else if node.name == "img" || node.name == "td" || node.name == "th" {
                    current.append(32)
                }
                // Leaving a block element (the next node hangs outside it) ends its paragraph.
                let next = index + 1
                if next <= end, closesBlock(document, facts: facts, before: next, after: index) { flush() }
                index = next
            }
        }
        flush()
        return paragraphs
    }

    /// Whether moving from `previous` to `next` leaves a block element (so the paragraph it held is over).
    static func closesBlock(_ document: Document, facts: NodeFacts, before next: Int, after previous: Int) -> Bool {
        guard next < document.nodes.count else { return false }
        let parent = document.nodes[next].parent
        var node = previous
        while node >= 0, node != parent {
            if facts.tags[node].contains(.outputBlock) { return true }
            node = document.nodes[node].parent
        }
        return false
    }

    static let blocks: Set<String> = [
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
        "header", "footer", "blockquote", "pre", "main", "aside", "figure", "figcaption", "dd", "dt", "dl", "hr",
        "address", "caption", "details", "summary", "form", "fieldset", "center", "hgroup", "nav",
    ]
}
