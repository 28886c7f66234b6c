/// Builds the tree from tags and text, closing what HTML closes without saying so.
struct TreeBuilder {
    enum RawText { case raw, escapable }

    let mode: Parser.Mode
    var document = Document()
    /// The open elements, innermost last; node 0 (the root) is always at the bottom.
    var stack: [Int] = [0]
    var stackNames: [String] = ["#root"]
    var sawBody = false

    init(mode: Parser.Mode) {
        self.mode = mode
    }

    var current: Int { stack[stack.count - 1] }

    mutating func text(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        let start = document.textBytes.count
        document.textBytes.append(contentsOf: bytes)
        let range = start..<document.textBytes.count
        // Adjacent text (split by a comment or an ignored tag) stays one node.
        let parent = current
        let last = document.nodes[parent].lastChild
        if last >= 0, document.nodes[last].isText, document.nodes[last].textRange.upperBound == start {
            document.nodes[last].textRange = document.nodes[last].textRange.lowerBound..<range.upperBound
            return
        }
        _ = document.append(Document.Node(name: "", parent: parent, textRange: range))
    }

    mutating func startTag(_ name: String, attributes: [Document.Attribute], selfClosing: Bool) {
        if mode == .html {
            switch name {
            case "html", "body", "head":
                // The page's own html/head/body: the first of each is an element, repeats are dropped (their
                // content goes where it would have anyway).
                if name == "body" { if sawBody { return }; sawBody = true }
                if stackNames.contains(name) || (name != "body" && document.nodes.count > 1 && name == "html") { return }
                if name == "body" { closeTo("head") }
            default:
                closeImplied(before: name)
            }
        }
        let start = document.attributes.count
        document.attributes.append(contentsOf: attributes)
        var node = Document.Node(name: name, parent: current)
        node.attributeRange = start..<document.attributes.count
        let index = document.append(node)
        let empty = mode == .xml ? selfClosing : (Self.void.contains(name) || (selfClosing && !Self.known.contains(name)))
        if !empty {
            stack.append(index)
            stackNames.append(name)
        }
    }

    mutating func endTag(_ name: String) {
        if mode == .html {
            switch name {
            case "body", "html":
                return // content after </body> still belongs to the body, as browsers read it
            case "br":
                startTag("br", attributes: [], selfClosing: true) // "</br>" is a line break in every browser
                return
            case "p":
                if !inScope("p", boundaries: Self.buttonScope) { return }
            case "li":
                if !inScope("li", boundaries: Self.listScope) { return }
            default:
                break
            }
        }
        // Close back to the innermost open element of this name; an end tag for nothing open is ignored.
        var k = stackNames.count - 1
        while k > 0 {
            if stackNames[k] == name {
                stack.removeSubrange(k...)
                stackNames.removeSubrange(k...)
                return
            }
            // An end tag does not reach out of a table cell or the like for an element opened outside it.
            if mode == .html, Self.hardBoundaries.contains(stackNames[k]) { return }
            k -= 1
        }
    }

    mutating func finish() {
        stack = [0]
        stackNames = ["#root"]
    }

    /// The ends HTML implies when `name` starts: a new block closes an open paragraph, an item closes the
    /// item before it, a cell the cell before it, a heading a heading still open.
    mutating func closeImplied(before name: String) {
        if Self.closesParagraph.contains(name), inScope("p", boundaries: Self.buttonScope) { closeTo("p") }
        switch name {
        case "li":
            if inScope("li", boundaries: Self.listScope) { closeTo("li") }
        case "dd", "dt":
            if let k = innermost(of: ["dd", "dt"], boundaries: Self.listScope) { truncate(to: k) }
        case "h1", "h2", "h3", "h4", "h5", "h6":
            if Self.headings.contains(stackNames[stackNames.count - 1]) { truncate(to: stackNames.count - 1) }
        case "option":
            if stackNames[stackNames.count - 1] == "option" { truncate(to: stackNames.count - 1) }
        case "tr":
            if let k = innermost(of: ["tr"], boundaries: Self.tableScope) { truncate(to: k) }
        case "td", "th":
            if let k = innermost(of: ["td", "th"], boundaries: ["tr", "table"]) { truncate(to: k) }
        case "thead", "tbody", "tfoot":
            if let k = innermost(of: ["thead", "tbody", "tfoot"], boundaries: ["table"]) { truncate(to: k) }
        case "a":
            // Links do not nest: a new one ends the one open.
            if let k = innermost(of: ["a"], boundaries: Self.hardBoundaries) { truncate(to: k) }
        default:
            break
        }
    }

    func inScope(_ name: String, boundaries: Set<String>) -> Bool {
        innermost(of: [name], boundaries: boundaries) != nil
    }

    func innermost(of names: Set<String>, boundaries: Set<String>) -> Int? {
        var k = stackNames.count - 1
        while k > 0 {
            if names.contains(stackNames[k]) { return k }
            if boundaries.contains(stackNames[k]) { return nil }
            k -= 1
        }
        return nil
    }

    mutating func closeTo(_ name: String) {
        if let k = innermost(of: [name], boundaries: []) { truncate(to: k) }
    }

    mutating func truncate(to k: Int) {
        stack.removeSubrange(k...)
        stackNames.removeSubrange(k...)
    }

    static func rawText(_ name: String) -> RawText? {
        switch name {
        case "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript": return .raw
        case "title", "textarea": return .escapable
        default: return nil
        }
    }

    static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "basefont", "bgsound", "frame", "command",
    ]
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main",
        "menu", "nav", "ol", "p", "pre", "section", "table", "ul", "li", "dd", "dt", "listing", "plaintext", "summary",
    ]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    static let hardBoundaries: Set<String> = ["td", "th", "table", "caption", "marquee", "object", "applet", "template", "svg", "math"]
    static let buttonScope: Set<String> = hardBoundaries.union(["button", "html"])
    static let listScope: Set<String> = hardBoundaries.union(["ul", "ol", "html"])
    static let tableScope: Set<String> = ["table", "html", "template"]
    /// HTML elements for which `/>` means nothing (so `<div/>` opens a div, as browsers read it).
    static let known: Set<String> = [
        "a", "abbr", "address", "article", "aside", "audio", "b", "bdi", "bdo", "blockquote", "body", "button", "canvas",
        "caption", "center", "cite", "code", "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog", "div",
        "dl", "dt", "em", "fieldset", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "header", "hgroup", "html", "i", "iframe", "ins", "kbd", "label", "legend", "li", "main", "map", "mark",
        "menu", "meter", "nav", "noscript", "object", "ol", "optgroup", "option", "output", "p", "picture", "pre",
        "progress", "q", "rp", "rt", "ruby", "s", "samp", "script", "section", "select", "small", "span", "strong", "style",
        "sub", "summary", "sup", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title",
        "tr", "u", "ul", "var", "video",
    ]
}
