/// Scores paragraphs into the elements that hold them and picks the article's element and siblings.
struct CandidateScoring {
    let document: Document
    let stats: BlockStatistics
    let facts: NodeFacts
    let weighClasses: Bool
    /// Content score of each element that received any (nil for the rest).
    var scores: [Double?]
    /// Elements read as paragraphs, whether they are `<p>` or divs holding only inline content.
    var paragraphLike: [Bool]

    init(document: Document, stats: BlockStatistics, facts: NodeFacts, weighClasses: Bool) {
        self.document = document
        self.stats = stats
        self.facts = facts
        self.weighClasses = weighClasses
        scores = Array(repeating: nil, count: document.nodes.count)
        paragraphLike = Array(repeating: false, count: document.nodes.count)
    }

    /// The blocks whose text counts as a paragraph's.
    static let scoredTags: Set<String> = ["p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6"]
    static let divLike: Set<String> = ["div", "section", "article", "main", "body", "center", "font", "span"]

    mutating func scoreBlocks() {
        for index in 1..<document.nodes.count where !stats.excluded[index] && !document.nodes[index].isText {
            let name = document.nodes[index].name
            let tag = facts.tags[index]
            if tag.contains(.scored) && (name != "section" || !stats.hasBlockChild[index]) {
                paragraphLike[index] = true
                addParagraph(length: Int(stats.textLength[index]), commas: Int(stats.commas[index]),
                             from: document.nodes[index].parent)
            } else if tag.contains(.divLike), name != "span" || isBlockSpan(index) {
                if !stats.hasBlockChild[index] {
                    // A div of inline content only is a paragraph itself.
                    paragraphLike[index] = true
                    addParagraph(length: Int(stats.textLength[index]), commas: Int(stats.commas[index]),
                                 from: document.nodes[index].parent)
                } else {
                    scoreInlineRuns(of: index)
                }
            }
        }
    }

    /// A span acts as a block only when it holds blocks itself (some pages build everything of spans).
    func isBlockSpan(_ index: Int) -> Bool { stats.hasBlockChild[index] }

    /// Text and inline elements directly inside a container: each run between blocks (or a double `<br>`) is a
    /// paragraph of the container's own.
    mutating func scoreInlineRuns(of container: Int) {
        var length = 0
        var commas = 0
        var previousWasBreak = false
        for child in document.children(of: container) where !stats.excluded[child] {
            let node = document.nodes[child]
            let isBreak = node.name == "br"
            let isBlock = !node.isText && (facts.tags[child].contains(.blocksParagraph) || stats.hasBlockChild[child])
            if isBlock || (isBreak && previousWasBreak) {
                addParagraph(length: length, commas: commas, from: container)
                length = 0
                commas = 0
            } else {
                length += Int(stats.textLength[child])
                commas += Int(stats.commas[child])
            }
            if node.isText, stats.textLength[child] == 0 { continue } // whitespace between two <br>
            previousWasBreak = isBreak
        }
        addParagraph(length: length, commas: commas, from: container)
    }

    mutating func addParagraph(length: Int, commas: Int, from holder: Int) {
        guard length >= 25, holder > 0 else { return }
        let score = 1 + Double(commas) + Double(min(length / 100, 3))
        var ancestor = holder
        var level = 0
        while ancestor > 0, level < 5 {
            if scores[ancestor] == nil { scores[ancestor] = initialScore(ancestor) }
            let share = level == 0 ? 1 : (level == 1 ? 2 : Double(level) * 3)
            scores[ancestor]! += score / share
            ancestor = document.nodes[ancestor].parent
            level += 1
        }
    }

    func initialScore(_ index: Int) -> Double {
        var score: Double
        switch document.nodes[index].name {
        case "div", "article", "main": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        if weighClasses { score += facts.weights[index] }
        return score
    }

    func finalScore(_ index: Int) -> Double {
        (scores[index] ?? 0) * (1 - stats.linkDensity(index))
    }

    /// The article's elements in page order: the best candidate (or its siblings' parent, when several good
    /// candidates share one) and the siblings that belong with it.
    func selectContent() -> [Int] {
        var ranked: [(Int, Double)] = []
        for index in 1..<document.nodes.count where scores[index] != nil {
            ranked.append((index, finalScore(index)))
        }
        ranked.sort { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        guard var top = ranked.first?.0 else {
            let body = document.elements(named: "body").first ?? 0
            return [body]
        }
        var topScore = ranked[0].1
        // Several strong candidates under one ancestor: the story is split in parts; take the ancestor.
        let strong = ranked.dropFirst().prefix(4).filter { $0.1 >= topScore * 0.75 }.map(\.0)
        if strong.count >= 3 {
            var ancestor = document.nodes[top].parent
            while ancestor > 0 {
                let holds = strong.filter { isAncestor(ancestor, of: $0) }.count
                if holds >= 3 {
                    top = ancestor
                    break
                }
                ancestor = document.nodes[ancestor].parent
            }
        }
        // Climb while the parent scores better: the story's container beats one of its parts.
        var parent = document.nodes[top].parent
        var lastScore = finalScore(top)
        let floor = topScore / 3
        while parent > 0, document.nodes[parent].name != "body" {
            guard scores[parent] != nil else { parent = document.nodes[parent].parent; continue }
            let parentScore = finalScore(parent)
            if parentScore < floor { break }
            if parentScore > lastScore {
                top = parent
                break
            }
            lastScore = parentScore
            parent = document.nodes[parent].parent
        }
        // An only child says nothing its parent does not.
        while document.nodes[top].parent > 0, document.nodes[document.nodes[top].parent].name != "body",
              elementChildren(of: document.nodes[top].parent).count == 1 {
            top = document.nodes[top].parent
        }
        topScore = max(finalScore(top), topScore)
        return siblings(of: top, topScore: topScore)
    }

    func siblings(of top: Int, topScore: Double) -> [Int] {
        let parent = document.nodes[top].parent
        guard parent > 0 else { return [top] }
        let threshold = max(10, topScore * 0.2)
        let topClass = document.attribute("class", of: top) ?? ""
        var content: [Int] = []
        for sibling in elementChildren(of: parent) where !stats.excluded[sibling] {
            if sibling == top { content.append(sibling); continue }
            var bonus = 0.0
            if !topClass.isEmpty, document.attribute("class", of: sibling) == topClass { bonus = topScore * 0.2 }
            if scores[sibling] != nil, finalScore(sibling) + bonus >= threshold {
                content.append(sibling)
            } else if paragraphLike[sibling] || document.nodes[sibling].name == "p" {
                let length = stats.textLength[sibling]
                let density = stats.linkDensity(sibling)
                if length > 80, density < 0.25 {
                    content.append(sibling)
                } else if length > 0, length <= 80, density == 0, endsSentence(sibling) {
                    content.append(sibling)
                }
            }
        }
        return content
    }

    func endsSentence(_ index: Int) -> Bool {
        let text = document.textContent(of: index)
        return text.hasSuffix(".") || text.contains(". ")
    }

    func elementChildren(of index: Int) -> [Int] {
        document.children(of: index).filter { !document.nodes[$0].isText }
    }

    func isAncestor(_ ancestor: Int, of node: Int) -> Bool {
        var current = document.nodes[node].parent
        while current >= 0 {
            if current == ancestor { return true }
            current = document.nodes[current].parent
        }
        return false
    }
}
