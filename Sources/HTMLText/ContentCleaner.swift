/// What to drop from the chosen article elements: the boxes inside a story that are not story (share bars,
/// link lists, image galleries, forms, a heading that repeats the title), judged by their own statistics.
struct ContentCleaner {
    let document: Document
    let stats: BlockStatistics
    let facts: NodeFacts
    let scores: [Double?]
    let weighClasses: Bool
    let cleanConditionally: Bool
    let title: String?

    static let alwaysDropped: Set<String> = ["form", "fieldset", "footer", "aside", "h1", "figure"]
    static let conditional: Set<String> = ["table", "ul", "ol", "div", "section", "dl", "header"]

    mutating func dropped(in roots: [Int]) -> Set<Int> {
        var dropped = Set<Int>()
        let normalizedTitle = title.map(Self.comparable) ?? ""
        for root in roots {
            let end = document.subtreeEnd(of: root)
            var index = root
            while index <= end {
                defer { index += 1 }
                let node = document.nodes[index]
                if node.isText || stats.excluded[index] { continue }
                if shouldDrop(index, name: node.name, isRoot: index == root, title: normalizedTitle) {
                    dropped.insert(index)
                    index = document.subtreeEnd(of: index) // skip its subtree (the defer steps past it)
                }
            }
        }
        return dropped
    }

    func shouldDrop(_ index: Int, name: String, isRoot: Bool, title: String) -> Bool {
        let tag = facts.tags[index]
        if !isRoot, tag.contains(.dropped) {
            // A figure is dropped only for its caption furniture; one holding the story's text stays.
            if name == "figure" { return stats.textLength[index] < 200 }
            if name == "h1" { return true }
            if name == "form" { return stats.textLength[index] < 500 || stats.linkDensity(index) > 0.3 }
            return true
        }
        if name == "h2" || name == "h3" {
            if weighClasses, weight(index) < 0 { return true }
            if !title.isEmpty, Self.comparable(document.textContent(of: index)) == title { return true }
        }
        if facts.share[index], stats.textLength[index] < 500 {
            return true
        }
        guard cleanConditionally, !isRoot, tag.contains(.conditional) else { return false }
        return looksLikeFurniture(index, name: name)
    }

    func weight(_ index: Int) -> Double {
        weighClasses ? facts.weights[index] : 0
    }

    /// A box in the story that reads as furniture by its own statistics.
    func looksLikeFurniture(_ index: Int, name: String) -> Bool {
        if name == "table", isDataTable(index) { return false }
        let weight = self.weight(index)
        let score = scores[index] ?? 0
        if weight + score < 0 { return true }
        if stats.commas[index] >= 10 { return false }
        let length = Int(stats.textLength[index])
        let paragraphs = Double(stats.paragraphs[index])
        let images = Double(stats.images[index])
        let items = Double(stats.listItems[index]) - 100
        let inputs = Double(stats.inputs[index])
        let embeds = Int(stats.embeds[index])
        let density = stats.linkDensity(index)
        let headingDensity = length == 0 ? 0 : Double(stats.headingLength[index]) / Double(length)
        var isList = name == "ul" || name == "ol"
        if !isList, length > 0 {
            var listLength = 0
            for child in document.children(of: index) where document.nodes[child].name == "ul" || document.nodes[child].name == "ol" {
                listLength += Int(stats.textLength[child])
            }
            isList = Double(listLength) / Double(length) > 0.9
        }
        if images > 1, paragraphs / images < 0.5 { return true }
        if !isList, items > paragraphs { return true }
        if inputs > (paragraphs / 3).rounded(.down) { return true }
        if !isList, headingDensity < 0.9, length < 25, images == 0 || images > 2, density > 0 { return true }
        if !isList, weight < 25, density > 0.2 { return true }
        if weight >= 25, density > 0.5 { return true }
        // A list that is mostly links is a list of other stories, not part of this one.
        if isList, weight < 25, density > 0.8 { return true }
        if (embeds == 1 && length < 75) || embeds > 1 { return true }
        return false
    }

    /// A table of data (headers, a caption, a summary) rather than one used for layout.
    func isDataTable(_ index: Int) -> Bool {
        if document.attribute("role", of: index) == "presentation" { return false }
        if document.attribute("summary", of: index) != nil { return true }
        let end = document.subtreeEnd(of: index)
        guard end > index else { return false }
        for inner in (index + 1)...end {
            switch document.nodes[inner].name {
            case "caption", "th", "thead", "tfoot", "colgroup": return true
            case "table": return false // nested tables are layout
            default: continue
            }
        }
        return false
    }

    /// Lowercase letters and digits only: how a heading and a title are compared.
    static func comparable(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
    }
}
