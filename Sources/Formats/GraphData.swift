/// A graph as the graph writers take it: nodes and edges with typed attributes, declared once for the whole graph
/// (GEXF and GraphML both declare attributes before using them).
public struct GraphData: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case string, integer
    }

    /// An attribute every node (or edge) may carry.
    public struct Attribute: Sendable, Hashable {
        public var name: String
        public var kind: Kind

        public init(_ name: String, _ kind: Kind) {
            self.name = name
            self.kind = kind
        }
    }

    public enum Value: Sendable, Hashable {
        case string(String)
        case integer(Int)

        var text: String {
            switch self {
            case .string(let text): text
            case .integer(let number): String(number)
            }
        }
    }

    public struct Node: Sendable, Hashable {
        public var id: String
        public var label: String
        public var attributes: [String: Value]

        public init(id: String, label: String, attributes: [String: Value] = [:]) {
            self.id = id
            self.label = label
            self.attributes = attributes
        }
    }

    public struct Edge: Sendable, Hashable {
        public var source: String
        public var target: String
        public var weight: Double
        public var attributes: [String: Value]

        public init(source: String, target: String, weight: Double, attributes: [String: Value] = [:]) {
            self.source = source
            self.target = target
            self.weight = weight
            self.attributes = attributes
        }
    }

    public var name: String
    public var directed: Bool
    public var nodeAttributes: [Attribute]
    public var edgeAttributes: [Attribute]
    public var nodes: [Node]
    public var edges: [Edge]

    public init(name: String = "newswire", directed: Bool, nodeAttributes: [Attribute] = [], edgeAttributes: [Attribute] = [],
                nodes: [Node] = [], edges: [Edge] = []) {
        self.name = name
        self.directed = directed
        self.nodeAttributes = nodeAttributes
        self.edgeAttributes = edgeAttributes
        self.nodes = nodes
        self.edges = edges
    }
}

/// The graph file formats, by the name `--format` takes.
public enum GraphFormat: String, Sendable, Hashable, CaseIterable {
    case gexf, graphml, json, dot

    public func write(_ graph: GraphData) -> String {
        switch self {
        case .gexf: GEXFWriter.write(graph)
        case .graphml: GraphMLWriter.write(graph)
        case .json: GraphJSONWriter.write(graph)
        case .dot: DOTWriter.write(graph)
        }
    }
}

extension Double {
    /// "2" for 2.0, so integer weights read as integers; otherwise the shortest exact form.
    var compact: String {
        rounded() == self && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
