import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Formats

/// A small graph whose labels need every kind of escaping.
enum SampleGraph {
    static let nasty = "Tom & \"Jerry\" <Ltd> 'Côte' \\ end\nline\u{1}"
    /// What a conforming XML parser gives back for `nasty`: the control character cannot be carried, the rest is.
    static let nastyInXML = "Tom & \"Jerry\" <Ltd> 'Côte' \\ end\nline"

    static func make(directed: Bool) -> GraphData {
        GraphData(directed: directed,
                  nodeAttributes: [.init("type", .string), .init("articles", .integer)],
                  edgeAttributes: [.init("fatalities", .integer)],
                  nodes: [GraphData.Node(id: "12", label: "Assimi Goïta", attributes: ["type": .string("PER"), "articles": .integer(3)]),
                          GraphData.Node(id: "7", label: nasty, attributes: ["type": .string("ORG"), "articles": .integer(1)])],
                  edges: [GraphData.Edge(source: "12", target: "7", weight: 2, attributes: ["fatalities": .integer(42)])])
    }
}

/// Element names, attributes and text, as Foundation's XML parser reads a document.
final class XMLCollector: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var texts: [String: [String]] = [:]
    private var current = ""
    private var stack: [String] = []
    var error: Error?

    static func parse(_ text: String) -> XMLCollector {
        let collector = XMLCollector()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = collector
        parser.shouldProcessNamespaces = false
        if !parser.parse() { collector.error = parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        return collector
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append((name, attributes))
        stack.append(name)
        current = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
        texts[name, default: []].append(current)
        current = ""
    }

    func all(_ name: String) -> [[String: String]] {
        elements.filter { $0.name == name }.map(\.attributes)
    }
}

@Suite struct GraphWriterTests {
    @Test func xmlEscapingKeepsEveryCharacterXMLCanCarry() {
        #expect(XMLText.escape("a&b<c>\"d\"'e'") == "a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;")
        #expect(XMLText.escape("x\ny\tz\u{0}\u{1F}\u{FFFF}é") == "x&#10;y&#9;zé")
    }

    @Test func gexfIsWellFormedGEXF13WithLabelsAttributesAndWeights() throws {
        let text = GEXFWriter.write(SampleGraph.make(directed: false))
        let xml = XMLCollector.parse(text)
        #expect(xml.error == nil, "\(String(describing: xml.error))\n\(text)")
        let root = try #require(xml.elements.first)
        #expect(root.name == "gexf")
        #expect(root.attributes["version"] == "1.3")
        #expect(root.attributes["xmlns"] == "http://gexf.net/1.3")
        #expect(xml.all("graph").first?["defaultedgetype"] == "undirected")
        #expect(xml.all("node").map { $0["label"] } == ["Assimi Goïta", SampleGraph.nastyInXML])
        #expect(xml.all("attribute").map { $0["title"] } == ["type", "articles", "fatalities"])
        #expect(xml.all("attribute").map { $0["type"] } == ["string", "integer", "integer"])
        #expect(xml.all("attvalue").map { $0["value"] } == ["PER", "3", "ORG", "1", "42"])
        let edge = try #require(xml.all("edge").first)
        #expect(edge["source"] == "12")
        #expect(edge["target"] == "7")
        #expect(edge["weight"] == "2")
        #expect(GEXFWriter.write(SampleGraph.make(directed: true)).contains("defaultedgetype=\"directed\""))
    }

    @Test func graphMLIsWellFormedWithTypedKeys() throws {
        let text = GraphMLWriter.write(SampleGraph.make(directed: true))
        let xml = XMLCollector.parse(text)
        #expect(xml.error == nil, "\(String(describing: xml.error))\n\(text)")
        #expect(xml.elements.first?.name == "graphml")
        #expect(xml.all("graph").first?["edgedefault"] == "directed")
        #expect(xml.all("key").map { $0["attr.name"] } == ["label", "type", "articles", "weight", "fatalities"])
        #expect(xml.all("key").map { $0["attr.type"] } == ["string", "string", "long", "double", "long"])
        #expect(xml.all("node").map { $0["id"] } == ["12", "7"])
        #expect(xml.texts["data"] == ["Assimi Goïta", "PER", "3", SampleGraph.nastyInXML, "ORG", "1", "2", "42"])
    }

    @Test func dotQuotesEverything() {
        let text = DOTWriter.write(SampleGraph.make(directed: false))
        #expect(text.hasPrefix("graph \"newswire\" {\n"))
        #expect(text.contains("\"12\" -- \"7\" [\"weight\"=\"2\", \"fatalities\"=\"42\"];"))
        #expect(text.contains("\"label\"=\"Tom & \\\"Jerry\\\" <Ltd> 'Côte' \\\\ end\\nline\u{1}\""))
        #expect(DOTWriter.write(SampleGraph.make(directed: true)).contains("\"12\" -> \"7\""))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func jsonIsNodeLink() throws {
        let text = GraphJSONWriter.write(SampleGraph.make(directed: true))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["directed"] as? Bool == true)
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        #expect(nodes.map { $0["label"] as? String } == ["Assimi Goïta", SampleGraph.nasty])
        #expect(nodes.first?["articles"] as? Int == 3)
        let edge = try #require((object["edges"] as? [[String: Any]])?.first)
        #expect(edge["weight"] as? Int == 2)
        #expect(edge["fatalities"] as? Int == 42)
    }

    @Test func formatNamesPickTheirWriter() {
        let graph = SampleGraph.make(directed: false)
        #expect(GraphFormat(rawValue: "gexf")?.write(graph) == GEXFWriter.write(graph))
        #expect(GraphFormat(rawValue: "graphml")?.write(graph) == GraphMLWriter.write(graph))
        #expect(GraphFormat(rawValue: "dot")?.write(graph) == DOTWriter.write(graph))
        #expect(GraphFormat(rawValue: "json")?.write(graph) == GraphJSONWriter.write(graph))
        #expect(GraphFormat(rawValue: "png") == nil)
    }
}
