/// Graphviz DOT: `graph` or `digraph`, every id and value a quoted string, attributes in brackets.
public enum DOTWriter {
    public static func write(_ graph: GraphData) -> String {
        var out = "\(graph.directed ? "digraph" : "graph") \(quote(graph.name)) {\n"
        for node in graph.nodes {
            let attributes = [("label", node.label)] + graph.nodeAttributes.compactMap { attribute in
                node.attributes[attribute.name].map { (attribute.name, $0.text) }
            }
            out += "  \(quote(node.id)) [\(list(attributes))];\n"
        }
        let arrow = graph.directed ? "->" : "--"
        for edge in graph.edges {
            let attributes = [("weight", edge.weight.compact)] + graph.edgeAttributes.compactMap { attribute in
                edge.attributes[attribute.name].map { (attribute.name, $0.text) }
            }
            out += "  \(quote(edge.source)) \(arrow) \(quote(edge.target)) [\(list(attributes))];\n"
        }
        return out + "}\n"
    }

    private static func list(_ attributes: [(String, String)]) -> String {
        attributes.map { "\(quote($0.0))=\(quote($0.1))" }.joined(separator: ", ")
    }

    /// A DOT double-quoted string: backslashes and quotes escaped, line breaks as `\n`.
    static func quote(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
