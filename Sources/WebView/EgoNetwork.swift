import Foundation
import NewsModel

/// An entity and the entities named with it, as SVG: a force layout computed here, so the page needs no script.
///
/// Fruchterman-Reingold with a fixed start (nodes on a circle in the gateway's order) and a fixed number of steps:
/// the same graph always gets the same picture. The entity itself is pinned in the middle.
struct EgoNetwork {
    var graph: Graph
    var center: Int64
    var width = 640.0
    var height = 420.0
    var iterations = 150

    struct Placed: Hashable {
        var node: GraphNode
        var x: Double
        var y: Double
    }

    func layout() -> [Placed] {
        let nodes = graph.nodes
        guard !nodes.isEmpty else { return [] }
        let index = Dictionary(nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let edges = graph.edges.compactMap { edge -> (Int, Int, Double)? in
            guard let a = index[edge.source], let b = index[edge.target], a != b else { return nil }
            return (a, b, Double(edge.weight))
        }
        let margin = 40.0
        let area = (width - 2 * margin) * (height - 2 * margin)
        // twice the textbook spacing: ego networks are dense (often one article names them all), and labels need room
        let k = 2 * (area / Double(nodes.count)).squareRoot()
        var x = [Double](repeating: 0, count: nodes.count), y = x
        for i in nodes.indices {
            let angle = 2 * Double.pi * Double(i) / Double(nodes.count)
            x[i] = width / 2 + cos(angle) * (width / 3)
            y[i] = height / 2 + sin(angle) * (height / 3)
        }
        let pinned = index[center]
        if let pinned { x[pinned] = width / 2; y[pinned] = height / 2 }
        var temperature = width / 10
        for _ in 0..<iterations {
            var dx = [Double](repeating: 0, count: nodes.count), dy = dx
            for i in nodes.indices {
                for j in nodes.indices where j > i {
                    var ddx = x[i] - x[j], ddy = y[i] - y[j]
                    var distance = (ddx * ddx + ddy * ddy).squareRoot()
                    if distance < 0.01 { ddx = 0.01 * Double(i - j); ddy = 0.01; distance = 0.015 }
                    let force = k * k / distance
                    dx[i] += ddx / distance * force; dy[i] += ddy / distance * force
                    dx[j] -= ddx / distance * force; dy[j] -= ddy / distance * force
                }
            }
            for (a, b, weight) in edges {
                let ddx = x[a] - x[b], ddy = y[a] - y[b]
                let distance = max(0.01, (ddx * ddx + ddy * ddy).squareRoot())
                // heavier links pull harder, but only logarithmically: one strong tie should not collapse the picture
                let force = distance * distance / k * (1 + log(weight)) / 4
                dx[a] -= ddx / distance * force; dy[a] -= ddy / distance * force
                dx[b] += ddx / distance * force; dy[b] += ddy / distance * force
            }
            for i in nodes.indices where i != pinned {
                let length = max(0.01, (dx[i] * dx[i] + dy[i] * dy[i]).squareRoot())
                x[i] += dx[i] / length * min(length, temperature)
                y[i] += dy[i] / length * min(length, temperature)
                x[i] = min(width - margin, max(margin, x[i]))
                y[i] = min(height - margin, max(margin, y[i]))
            }
            temperature = max(1, temperature * 0.97)
        }
        return nodes.indices.map { Placed(node: nodes[$0], x: x[$0], y: y[$0]) }
    }

    func render() -> HTML {
        let placed = layout()
        guard placed.count > 1 else { return "<p class=\"empty-chart\">No entities named with this one yet.</p>" }
        let position = Dictionary(placed.map { ($0.node.id, $0) }, uniquingKeysWith: { first, _ in first })
        let heaviest = Double(max(1, graph.edges.map(\.weight).max() ?? 1))
        let lines = graph.edges.compactMap { edge -> HTML? in
            guard let a = position[edge.source], let b = position[edge.target], edge.source != edge.target else { return nil }
            let strokeWidth = 1 + 4 * Double(edge.weight) / heaviest
            return "<line class=\"edge\" x1=\"\(a.x)\" y1=\"\(a.y)\" x2=\"\(b.x)\" y2=\"\(b.y)\" stroke-width=\"\(strokeWidth)\"><title>\(a.node.label) – \(b.node.label): \(edge.weight)</title></line>"
        }
        let most = Double(max(1, placed.map(\.node.articles).max() ?? 1))
        let circles = placed.map { item -> HTML in
            let r = 5 + 9 * (Double(item.node.articles) / most).squareRoot()
            let kind = HTML(trusted: Fragment.typeClass(item.node.type.rawValue))
            let centre: HTML = item.node.id == center ? " center" : ""
            return """
                <a href="/entities/\(item.node.id)"><g class="node node-\(kind)\(centre)"><circle cx="\(item.x)" cy="\(item.y)" r="\(r)"><title>\(item.node.label) (\(item.node.type.rawValue)), \(item.node.articles) articles</title></circle><text x="\(item.x)" y="\(item.y - r - 3)" text-anchor="middle">\(item.node.label)</text></g></a>
                """
        }
        return """
            <svg class="network" viewBox="0 0 \(width) \(height)" role="img" aria-label="Entities named with this one" data-nodes="\(placed.count)" data-edges="\(lines.count)">
            <title>Ego network</title>
            <g class="edges">\(lines)</g>
            <g class="nodes">\(circles)</g>
            </svg>
            """
    }
}
