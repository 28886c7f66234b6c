import GatewayAccess
import ArgumentParser
import Foundation
import Formats
import NewsModel

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "A network of entities for Gephi, networkx or Graphviz: co-mentions, or who acted on whom.",
        discussion: """
            cooccurrence: an edge for entities named in the same article (or --within sentence), weighted by how \
            many. events: an edge from each event's actor to its target, weighted by events, with their deaths. \
            Nodes are the --top most named (most events), or an ego network around --entity. Files: \
            --format gexf|graphml|json|dot, or -o FILE (the format follows its extension). Without either, a table.
            """)

    @Option(help: "cooccurrence or events.")
    var kind = "cooccurrence"

    @Option(help: "article or sentence (co-occurrence only).")
    var within: String?

    @Option(help: "Only these entity types, comma-separated: PER,ORG,LOC,MISC.")
    var type: String?

    @Option(help: "The center of an ego network: a name, alias or id.")
    var entity: String?

    @Option(help: "Steps out from --entity (1 or 2).")
    var depth: Int?

    @Option(help: "Only articles (events) on or after this date (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Only articles (events) on or before this date (YYYY-MM-DD).")
    var to: String?

    @Option(help: "Events graphs: only these CAMEO codes, comma-separated.")
    var cameo: String?

    @Option(help: "Leave out edges lighter than this.")
    var minWeight: Int?

    @Option(help: "At most this many nodes.")
    var top: Int?

    @Option(help: "gexf, graphml, json or dot.")
    var format: String?

    @Option(name: .shortAndLong, help: "Write the graph to this file.")
    var output: String?

    @OptionGroup var client: ClientOptions

    func validate() throws {
        if let format, GraphFormat(rawValue: format.lowercased()) == nil {
            throw ValidationError("--format must be gexf, graphml, json or dot, not '\(format)'")
        }
    }

    func run() throws {
        var request = QueryRequest(query: .graph, entityType: type, from: from, to: to)
        if let entity {
            if entity.allSatisfy(\.isNumber) { request.id = entity } else { request.entity = entity }
        }
        request.kind = kind
        request.within = within
        request.depth = depth
        request.cameo = cameo
        request.minWeight = minWeight
        request.top = top
        let reply = try client.connect().query(request)
        if client.json { return try printJSON(reply) }
        guard let graph = reply.graph else { throw ClientError.unexpected("a graph answer without a graph") }
        let chosen = format.flatMap { GraphFormat(rawValue: $0.lowercased()) }
            ?? output.flatMap { GraphFormat(fileExtension: URL(fileURLWithPath: $0).pathExtension) }
        guard let chosen else { return print(GraphSummary(graph: graph).render()) }
        let document = chosen.write(GraphData(graph))
        if let output {
            try Data(document.utf8).write(to: URL(fileURLWithPath: output))
            printError("wrote \(graph.nodes.count) nodes and \(graph.edges.count) edges to \(output) (\(chosen.rawValue))")
        } else {
            print(document, terminator: "")
        }
    }
}

extension GraphFormat {
    /// The format a file name's extension says; GEXF for any other.
    init(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "graphml", "xml": self = .graphml
        case "json": self = .json
        case "dot", "gv": self = .dot
        default: self = .gexf
        }
    }
}

extension GraphData {
    /// The wire graph as the writers take it: entity ids as node ids, label, type and counts as node attributes.
    init(_ graph: Graph) {
        let events = graph.kind == .events
        var nodeAttributes: [Attribute] = [.init("type", .string), .init("articles", .integer), .init("mentions", .integer)]
        if events { nodeAttributes.append(.init("events", .integer)) }
        let nodes = graph.nodes.map { node in
            var attributes: [String: Value] = ["type": .string(node.type.rawValue), "articles": .integer(node.articles),
                                               "mentions": .integer(node.mentions)]
            if let count = node.events { attributes["events"] = .integer(count) }
            return Node(id: String(node.id), label: node.label, attributes: attributes)
        }
        let edges = graph.edges.map { edge in
            Edge(source: String(edge.source), target: String(edge.target), weight: Double(edge.weight),
                 attributes: edge.fatalities.map { ["fatalities": .integer($0)] } ?? [:])
        }
        self.init(name: "newswire \(graph.kind.rawValue)", directed: graph.directed, nodeAttributes: nodeAttributes,
                  edgeAttributes: events ? [.init("fatalities", .integer)] : [], nodes: nodes, edges: edges)
    }
}

/// The graph as text for people: the nodes, then the heaviest edges.
struct GraphSummary {
    let graph: Graph
    var edgeLimit = 25

    func render() -> String {
        guard !graph.nodes.isEmpty else { return "no entities match" }
        let names = Dictionary(graph.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        var nodes = Table("ID", "TYPE", "NAME", "ARTICLES", "MENTIONS")
        if graph.kind == .events { nodes.headers.append("EVENTS") }
        nodes.maxWidth = [2: 40]
        for node in graph.nodes {
            var cells = ["\(node.id)", node.type.rawValue, node.label, "\(node.articles)", "\(node.mentions)"]
            if let events = node.events { cells.append("\(events)") }
            nodes.rows.append(cells)
        }
        var edges = Table(graph.directed ? "ACTOR" : "ENTITY", graph.directed ? "TARGET" : "ENTITY",
                          graph.directed ? "EVENTS" : "SHARED")
        if graph.directed { edges.headers.append("KILLED") }
        edges.maxWidth = [0: 40, 1: 40]
        for edge in graph.edges.prefix(edgeLimit) {
            var cells = [names[edge.source] ?? "\(edge.source)", names[edge.target] ?? "\(edge.target)", "\(edge.weight)"]
            if graph.directed { cells.append("\(edge.fatalities ?? 0)") }
            edges.rows.append(cells)
        }
        let shown = min(edgeLimit, graph.edges.count)
        return "\(graph.nodes.count) nodes, \(graph.edges.count) edges (\(graph.kind.rawValue))\n\n\(nodes.render())\n\n"
            + "Heaviest \(shown) edges\n\(edges.render())"
    }
}
