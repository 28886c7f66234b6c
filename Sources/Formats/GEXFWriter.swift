/// GEXF 1.3 (gexf.net), Gephi's own format: labels on nodes, declared attributes as `attvalues`, `weight` on edges.
public enum GEXFWriter {
    public static func write(_ graph: GraphData) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta><creator>newswire</creator><description>\(XMLText.escape(graph.name))</description></meta>
              <graph mode="static" defaultedgetype="\(graph.directed ? "directed" : "undirected")">

            """
        out += attributes(graph.nodeAttributes, class: "node")
        out += attributes(graph.edgeAttributes, class: "edge")
        out += "    <nodes>\n"
        for node in graph.nodes {
            out += "      <node id=\"\(XMLText.escape(node.id))\" label=\"\(XMLText.escape(node.label))\">"
            out += values(node.attributes, declared: graph.nodeAttributes, class: "node")
            out += "</node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (index, edge) in graph.edges.enumerated() {
            out += "      <edge id=\"\(index)\" source=\"\(XMLText.escape(edge.source))\" target=\"\(XMLText.escape(edge.target))\""
            out += " weight=\"\(edge.weight.compact)\">"
            out += values(edge.attributes, declared: graph.edgeAttributes, class: "edge")
            out += "</edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    private static func attributes(_ declared: [GraphData.Attribute], class kind: String) -> String {
        guard !declared.isEmpty else { return "" }
        var out = "    <attributes class=\"\(kind)\">\n"
        for (index, attribute) in declared.enumerated() {
            let type = attribute.kind == .integer ? "integer" : "string"
            out += "      <attribute id=\"\(kind)\(index)\" title=\"\(XMLText.escape(attribute.name))\" type=\"\(type)\"/>\n"
        }
        return out + "    </attributes>\n"
    }

    private static func values(_ values: [String: GraphData.Value], declared: [GraphData.Attribute],
                               class kind: String) -> String {
        let present = declared.enumerated().compactMap { index, attribute in values[attribute.name].map { (index, $0) } }
        guard !present.isEmpty else { return "" }
        return "<attvalues>" + present.map { index, value in
            "<attvalue for=\"\(kind)\(index)\" value=\"\(XMLText.escape(value.text))\"/>"
        }.joined() + "</attvalues>"
    }
}
