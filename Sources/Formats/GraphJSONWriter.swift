import Foundation

/// Node-link JSON, as d3 and networkx (`node_link_graph(data, edges="edges")`) read it: `directed`, `multigraph`,
/// `graph`, `nodes` (`id`, `label`, attributes) and `edges` (`source`, `target`, `weight`, attributes).
public enum GraphJSONWriter {
    public static func write(_ graph: GraphData) -> String {
        func object(_ attributes: [String: GraphData.Value]) -> [String: Any] {
            attributes.mapValues { value -> Any in
                switch value {
                case .string(let text): text
                case .integer(let number): number
                }
            }
        }
        let nodes: [[String: Any]] = graph.nodes.map { node in
            object(node.attributes).merging(["id": node.id, "label": node.label]) { _, fixed in fixed }
        }
        let edges: [[String: Any]] = graph.edges.map { edge in
            let weight: Any = edge.weight.rounded() == edge.weight && abs(edge.weight) < 1e15 ? Int(edge.weight) : edge.weight
            return object(edge.attributes).merging(["source": edge.source, "target": edge.target, "weight": weight]) { _, fixed in fixed }
        }
        let document: [String: Any] = ["directed": graph.directed, "multigraph": false, "graph": ["name": graph.name],
                                       "nodes": nodes, "edges": edges]
        // Only strings, integers, doubles, booleans, arrays and dictionaries: serialisation cannot fail.
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .prettyPrinted,
                                                                                 .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
