/// Which nodes never count as article text: code and styling, hidden elements, forms' controls, and (when
/// asked) the elements a page's own class, id or role names as furniture.
enum Exclusion {
    static func mark(_ document: Document, facts: NodeFacts, stripUnlikely: Bool) -> [Bool] {
        var excluded = Array(repeating: false, count: document.nodes.count)
        var insideTableOrCode = Array(repeating: false, count: document.nodes.count)
        for index in 1..<document.nodes.count {
            let node = document.nodes[index]
            let parent = node.parent
            if parent > 0, excluded[parent] { excluded[index] = true; continue }
            if node.isText { continue }
            if parent > 0 { insideTableOrCode[index] = insideTableOrCode[parent] }
            if facts.tags[index].contains(.excluded) || facts.hidden[index] {
                excluded[index] = true
                continue
            }
            let name = node.name
            if name == "table" || name == "code" { insideTableOrCode[index] = true }
            if stripUnlikely, facts.unlikely[index], !insideTableOrCode[index], name != "body", name != "a" {
                excluded[index] = true
            }
        }
        return excluded
    }

    static let alwaysExcluded: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "head", "title", "iframe", "object", "embed", "canvas",
        "button", "select", "input", "textarea", "option", "link", "meta", "nav", "audio", "video", "map", "dialog",
    ]
}
