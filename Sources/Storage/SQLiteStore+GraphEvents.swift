import GRDB
import NewsModel

extension SQLiteStore {
    /// Actor -> target edges, weighted by events, with their fatalities. All filtered edges are summed in SQL
    /// (one row per pair), then the nodes are chosen in Swift: the strongest `top` (events on their edges), or the
    /// center and its strongest partners, out to `depth`.
    static func eventsGraph(_ query: GraphQuery, in db: Database) throws -> Graph {
        var conditions = ["a.entity <> t.entity", typeFilter(query.types, column: "sa.type"), typeFilter(query.types, column: "ta.type")]
        var arguments = StatementArguments()
        if query.from != nil || query.to != nil {
            let bounds = dayBounds("e.event_day", from: query.from, to: query.to)
            conditions.append(bounds.sql)
            arguments += bounds.arguments
        }
        if !query.cameo.isEmpty {
            let filter = cameoFilter(query.cameo)
            conditions.append(filter.sql)
            arguments += filter.arguments
        }
        // Without day or code bounds, the edges kept at upsert time (v4-store7): SCAN g, sa and ta by PRIMARY KEY.
        let unbounded = query.from == nil && query.to == nil && query.cameo.isEmpty
        // Else: SCAN a (event_actors), e by INTEGER PRIMARY KEY, t by PRIMARY KEY (event=?).
        let rows = unbounded ? try Row.fetchAll(db, sql: """
            SELECT g.source, g.target, g.events, g.fatalities FROM event_edges g
            JOIN entities sa ON sa.id = g.source JOIN entities ta ON ta.id = g.target
            WHERE \(typeFilter(query.types, column: "sa.type")) AND \(typeFilter(query.types, column: "ta.type"))
            """) : try Row.fetchAll(db, sql: """
            SELECT a.entity AS source, t.entity AS target, COUNT(*) AS events, COALESCE(SUM(e.fatalities), 0) AS fatalities
            FROM event_actors a
            JOIN events e ON e.id = a.event
            JOIN event_actors t ON t.event = a.event AND t.role = 'target'
            JOIN entities sa ON sa.id = a.entity
            JOIN entities ta ON ta.id = t.entity
            WHERE a.role = 'actor' AND \(conditions.joined(separator: " AND "))
            GROUP BY a.entity, t.entity
            """, arguments: arguments)
        let all = rows.map { GraphEdge(source: $0["source"], target: $0["target"], weight: $0["events"], fatalities: $0["fatalities"]) }
            .filter { $0.weight >= query.minWeight }
        var strength: [Int64: Int] = [:]
        for edge in all {
            strength[edge.source, default: 0] += edge.weight
            strength[edge.target, default: 0] += edge.weight
        }
        let nodes: [Int64]
        if let center = query.center {
            nodes = ego(center, edges: all, depth: query.depth, top: query.top)
        } else {
            nodes = strength.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(query.top).map(\.key)
        }
        let chosen = Set(nodes)
        let edges = all.filter { chosen.contains($0.source) && chosen.contains($0.target) }
            .sorted { ($0.weight, $1.source, $1.target) > ($1.weight, $0.source, $0.target) }
        return Graph(kind: .events, directed: true, nodes: try nodeRows(nodes, query: query, events: strength, in: db),
                     edges: edges)
    }

    /// The center, then its partners by the weight of the edges to what is already chosen, ring by ring.
    static func ego(_ center: Int64, edges: [GraphEdge], depth: Int, top: Int) -> [Int64] {
        var nodes = [center]
        var chosen: Set<Int64> = [center]
        var frontier: Set<Int64> = [center]
        for _ in 0..<depth where nodes.count < top && !frontier.isEmpty {
            var weight: [Int64: Int] = [:]
            for edge in edges {
                if frontier.contains(edge.source), !chosen.contains(edge.target) { weight[edge.target, default: 0] += edge.weight }
                if frontier.contains(edge.target), !chosen.contains(edge.source) { weight[edge.source, default: 0] += edge.weight }
            }
            let ring = weight.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(top - nodes.count).map(\.key)
            nodes += ring
            chosen.formUnion(ring)
            frontier = Set(ring)
        }
        return nodes
    }
}
