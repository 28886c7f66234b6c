/// GraphML (graphml.graphdrawing.org), which networkx, igraph, yEd and Gephi read: `label`, the declared
/// attributes and the edge `weight` as typed `data` keys.
public enum GraphMLWriter {
    public static func write(_ graph: GraphData) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        out += key("label", for: "node", name: "label", type: "string")
        for (index, attribute) in graph.nodeAttributes.enumerated() {
            out += key("n\(index)", for: "node", name: attribute.name, type: type(attribute.kind))
        }
        out += key("weight", for: "edge", name: "weight", type: "double")
        for (index, attribute) in graph.edgeAttributes.enumerated() {
            out += key("e\(index)", for: "edge", name: attribute.name, type: type(attribute.kind))
        }
        out += "  <graph id=\"\(XMLText.escape(graph.name))\" edgedefault=\"\(graph.directed ? "directed" : "undirected")\">\n"
        for node in graph.nodes {
            out += "    <node id=\"\(XMLText.escape(node.id))\">" + data("label", node.label)
            for (index, attribute) in graph.nodeAttributes.enumerated() {
                if let value = node.attributes[attribute.name] { out += data("n\(index)", value.text) }
            }
            out += "</node>\n"
        }
        for edge in graph.edges {
            out += "    <edge source=\"\(XMLText.escape(edge.source))\" target=\"\(XMLText.escape(edge.target))\">"
            out += data("weight", edge.weight.compact)
            for (index, attribute) in graph.edgeAttributes.enumerated() {
                if let value = edge.attributes[attribute.name] { out += data("e\(index)", value.text) }
            }
            out += "</edge>\n"
        }
        return out + "  </graph>\n</graphml>\n"
    }

    private static func type(_ kind: GraphData.Kind) -> String {
        kind == .integer ? "long" : "string"
    }

    private static func key(_ id: String, for kind: String, name: String, type: String) -> String {
        "  <key id=\"\(id)\" for=\"\(kind)\" attr.name=\"\(XMLText.escape(name))\" attr.type=\"\(type)\"/>\n"
    }

    private static func data(_ key: String, _ value: String) -> String {
        "<data key=\"\(key)\">\(XMLText.escape(value))</data>"
    }
}
