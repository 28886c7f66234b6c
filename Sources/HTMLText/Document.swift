/// A parsed page or feed: a tree of elements and text, stored flat for speed.
///
/// Nodes are numbered in document order (a parent before its children, children in order), which lets a pass
/// over the array backwards total anything from the leaves up without recursion. Node 0 is the root, the
/// document itself. Text is kept in one byte buffer, entities already decoded; comments are not kept.
public struct Document: Sendable {
    public struct Node: Sendable {
        /// Lowercased tag name for HTML (as written for XML, prefix included: `dc:date`); "" for text, "#root" for node 0.
        public var name: String
        public var parent: Int
        public var firstChild = -1
        public var lastChild = -1
        public var nextSibling = -1
        /// This node's attributes: `attributes[attributeRange]`.
        public var attributeRange: Range<Int> = 0..<0
        /// A text node's bytes: `textBytes[textRange]`.
        public var textRange: Range<Int> = 0..<0

        public var isText: Bool { name.isEmpty }
    }

    public struct Attribute: Sendable, Hashable {
        /// Lowercased in HTML.
        public var name: String
        /// Entities decoded.
        public var value: String
    }

    public internal(set) var nodes: [Node]
    public internal(set) var attributes: [Attribute] = []
    public internal(set) var textBytes: [UInt8] = []

    init() {
        nodes = [Node(name: "#root", parent: -1)]
    }

    public var root: Int { 0 }

    /// The value of an attribute of element `node`, nil when it has none of that name.
    public func attribute(_ name: String, of node: Int) -> String? {
        for index in nodes[node].attributeRange where attributes[index].name == name { return attributes[index].value }
        return nil
    }

    /// The children of `node`, in order.
    public func children(of node: Int) -> ChildSequence { ChildSequence(document: self, next: nodes[node].firstChild) }

    /// The raw text of a text node, entities decoded, whitespace as written.
    public func text(ofTextNode node: Int) -> String {
        String(decoding: textBytes[nodes[node].textRange], as: UTF8.self)
    }

    /// All the text under `node`, whitespace collapsed to single spaces.
    public func textContent(of node: Int) -> String {
        var bytes: [UInt8] = []
        appendText(of: node, to: &bytes)
        return TextCollapse.collapse(bytes)
    }

    /// The last index inside `node`'s subtree (node itself when it has no children): its descendants are
    /// exactly `node+1 ... end`.
    public func subtreeEnd(of node: Int) -> Int {
        var current = node
        while nodes[current].lastChild >= 0 { current = nodes[current].lastChild }
        return current
    }

    /// Elements named `name` anywhere under `node` (or the whole document), in document order.
    public func elements(named name: String, under node: Int = 0) -> [Int] {
        let end = subtreeEnd(of: node)
        guard end > node else { return [] }
        return (node + 1...end).filter { nodes[$0].name == name }
    }

    func appendText(of node: Int, to bytes: inout [UInt8]) {
        let end = subtreeEnd(of: node)
        var index = node
        while index <= end {
            if nodes[index].isText {
                bytes.append(contentsOf: textBytes[nodes[index].textRange])
            } else if index != node, bytes.last.map({ $0 != 32 }) ?? false, Self.separatesWords(nodes[index].name) {
                bytes.append(32)
            }
            index += 1
        }
    }

    /// Elements after whose start a space must come even when the page wrote none ("<td>a</td><td>b</td>").
    static func separatesWords(_ name: String) -> Bool {
        switch name {
        case "br", "p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "section",
             "article", "blockquote", "pre", "figcaption", "header", "footer", "ul", "ol", "table", "hr", "img", "option":
            return true
        default:
            return name.contains(":") // XML elements: <title>a</title><link>b</link>
        }
    }

    public struct ChildSequence: Sequence, IteratorProtocol {
        let document: Document
        var upcoming: Int
        init(document: Document, next: Int) {
            self.document = document
            upcoming = next
        }
        public mutating func next() -> Int? {
            guard upcoming >= 0 else { return nil }
            defer { upcoming = document.nodes[upcoming].nextSibling }
            return upcoming
        }
    }

    // MARK: Building

    mutating func append(_ node: Node) -> Int {
        let index = nodes.count
        nodes.append(node)
        let parent = node.parent
        if nodes[parent].lastChild >= 0 {
            nodes[nodes[parent].lastChild].nextSibling = index
        } else {
            nodes[parent].firstChild = index
        }
        nodes[parent].lastChild = index
        return index
    }
}
