import Foundation
import Testing
@testable import Formats

/// networkx, if this machine's python3 has it (`pip install networkx`), reads what the writers write.
enum NetworkX {
    static let available: Bool = (try? python("import networkx"))?.status == 0

    static func python(_ script: String, input: String = "") throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// Reads a document from standard input with `reader` and prints nodes and edges as JSON.
    static func read(_ document: String, with reader: String) throws -> [String: Any] {
        let script = """
            import sys, json, io, networkx as nx
            text = sys.stdin.read()
            g = \(reader)
            print(json.dumps({"directed": g.is_directed(),
                              "nodes": {str(n): {k: v for k, v in d.items()} for n, d in g.nodes(data=True)},
                              "edges": [[str(a), str(b), {k: v for k, v in d.items()}] for a, b, d in g.edges(data=True)]}))
            """
        let (status, output) = try python(script, input: document)
        #expect(status == 0, "networkx could not read:\n\(document)")
        return (try? JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]) ?? [:]
    }
}

@Suite(.enabled(if: NetworkX.available, "python3 with networkx"))
struct NetworkXTests {
    private func check(_ graph: [String: Any], directed: Bool, labelKey: String) throws {
        #expect(graph["directed"] as? Bool == directed)
        let nodes = try #require(graph["nodes"] as? [String: [String: Any]])
        #expect(nodes["12"]?[labelKey] as? String == "Assimi Goïta")
        #expect(nodes["7"]?[labelKey] as? String == SampleGraph.nastyInXML)
        #expect(nodes["12"]?["type"] as? String == "PER")
        #expect(nodes["12"]?["articles"] as? Int == 3)
        let edges = try #require(graph["edges"] as? [[Any]])
        #expect(edges.count == 1)
        let data = try #require(edges.first?.last as? [String: Any])
        #expect((data["weight"] as? Double) == 2)
        #expect(data["fatalities"] as? Int == 42)
    }

    @Test func readsGraphML() throws {
        for directed in [false, true] {
            let document = GraphMLWriter.write(SampleGraph.make(directed: directed))
            try check(try NetworkX.read(document, with: "nx.read_graphml(io.BytesIO(text.encode()))"), directed: directed,
                      labelKey: "label")
        }
    }

    @Test func readsGEXF13() throws {
        for directed in [false, true] {
            let document = GEXFWriter.write(SampleGraph.make(directed: directed))
            try check(try NetworkX.read(document, with: "nx.read_gexf(io.BytesIO(text.encode()), version='1.3')"),
                      directed: directed, labelKey: "label")
        }
    }

    @Test func readsNodeLinkJSON() throws {
        let document = GraphJSONWriter.write(SampleGraph.make(directed: true))
        let graph = try NetworkX.read(document, with: "nx.node_link_graph(json.loads(text), edges='edges')")
        #expect(graph["directed"] as? Bool == true)
        let nodes = try #require(graph["nodes"] as? [String: [String: Any]])
        #expect(nodes["7"]?["label"] as? String == SampleGraph.nasty)
    }
}
