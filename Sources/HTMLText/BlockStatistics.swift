/// Per-node totals the scoring reads, from one backward pass over the tree: how much text an element holds,
/// how much of it is link text, its commas, and counts of the elements conditional cleaning weighs.
///
/// Excluded nodes (scripts, hidden elements, furniture dropped before scoring) count for nothing, nor does
/// anything inside them.
struct BlockStatistics {
    /// Characters of text, whitespace runs counted as one (so a page's indentation adds nothing).
    var textLength: [Int32]
    var linkLength: [Int32]
    var commas: [Int32]
    var paragraphs: [Int32]
    var images: [Int32]
    var listItems: [Int32]
    var inputs: [Int32]
    var embeds: [Int32]
    var headingLength: [Int32]
    /// An element holds (at any depth) one of the blocks that stop a div from being read as a paragraph.
    var hasBlockChild: [Bool]
    var excluded: [Bool]

    init(document: Document, excluded: [Bool], facts: NodeFacts) {
        let count = document.nodes.count
        self.excluded = excluded
        textLength = Array(repeating: 0, count: count)
        linkLength = Array(repeating: 0, count: count)
        commas = Array(repeating: 0, count: count)
        paragraphs = Array(repeating: 0, count: count)
        images = Array(repeating: 0, count: count)
        listItems = Array(repeating: 0, count: count)
        inputs = Array(repeating: 0, count: count)
        embeds = Array(repeating: 0, count: count)
        headingLength = Array(repeating: 0, count: count)
        hasBlockChild = Array(repeating: false, count: count)
        document.textBytes.withUnsafeBufferPointer { text in
            var index = count - 1
            while index > 0 {
                defer { index -= 1 }
                if excluded[index] { continue }
                let node = document.nodes[index]
                if node.isText {
                    let (length, commaCount) = Self.measure(text, node.textRange)
                    textLength[index] = length
                    commas[index] = commaCount
                } else {
                    switch node.name {
                    case "a":
                        // Links to the same page ("#top") count less than links away from it.
                        let href = document.attribute("href", of: index) ?? ""
                        linkLength[index] = href.hasPrefix("#") ? textLength[index] * 3 / 10 : textLength[index]
                    case "p": paragraphs[index] += 1
                    case "img": images[index] += 1
                    case "li": listItems[index] += 1
                    case "input": inputs[index] += 1
                    case "embed", "object", "iframe", "video": embeds[index] += 1
                    case "h1", "h2", "h3", "h4", "h5", "h6": headingLength[index] = textLength[index]
                    default: break
                    }
                }
                let parent = node.parent
                guard parent >= 0 else { continue }
                textLength[parent] += textLength[index]
                linkLength[parent] += linkLength[index]
                commas[parent] += commas[index]
                paragraphs[parent] += paragraphs[index]
                images[parent] += images[index]
                listItems[parent] += listItems[index]
                inputs[parent] += inputs[index]
                embeds[parent] += embeds[index]
                headingLength[parent] += headingLength[index]
                if hasBlockChild[index] || facts.tags[index].contains(.blocksParagraph) { hasBlockChild[parent] = true }
            }
        }
    }

    func linkDensity(_ node: Int) -> Double {
        let length = textLength[node]
        return length == 0 ? 0 : min(1, Double(linkLength[node]) / Double(length))
    }

    /// Elements that, inside a div, mean the div is a container rather than a paragraph.
    static let blocksParagraph: Set<String> = [
        "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "article", "figure", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "footer", "aside", "nav", "form", "select", "main",
    ]

    /// Characters (whitespace runs as one, leading whitespace as none) and commas of a text node.
    static func measure(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (Int32, Int32) {
        var length: Int32 = 0
        var commas: Int32 = 0
        var inSpace = true
        for k in range {
            let byte = text[k]
            if byte == 32 || byte == 10 || byte == 9 || byte == 13 || byte == 12 {
                if !inSpace { length += 1; inSpace = true }
                continue
            }
            inSpace = false
            if byte & 0xC0 != 0x80 { length += 1 }
            if byte == UInt8(ascii: ",") { commas += 1 }
            // "，" (U+FF0C) and "、" (U+3001): commas of Chinese and Japanese text. Their last bytes.
            if (byte == 0x8C && k >= 2 && text[k - 1] == 0xBC && text[k - 2] == 0xEF)
                || (byte == 0x81 && k >= 2 && text[k - 1] == 0x80 && text[k - 2] == 0xE3) { commas += 1 }
        }
        return (length, commas)
    }
}
