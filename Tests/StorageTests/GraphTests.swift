import NewsModel
import Testing
@testable import Storage

@Suite struct GraphTests {
    private func names(_ graph: Graph) -> [Int64: String] {
        Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0.label) })
    }

    /// Edges as "A-B:weight" (co-occurrence, names sorted) or "A>B:weight" (events), sorted.
    private func edges(_ graph: Graph) -> [String] {
        let names = names(graph)
        return graph.edges.map { edge in
            let pair = [names[edge.source]!, names[edge.target]!]
            return graph.directed ? "\(pair[0])>\(pair[1]):\(edge.weight)" : pair.sorted().joined(separator: "-") + ":\(edge.weight)"
        }.sorted()
    }

    @Test func cooccurrenceOfTheMostNamedEntities() throws {
        try withStore { store, _ in
            try store.upsert(Fixture.corpus)
            let graph = try store.graph(GraphQuery(top: 3))
            #expect(graph.kind == .cooccurrence)
            #expect(!graph.directed)
            // Tessit and Mali tie (two articles each): their order is their entity ids', which are hashes of their names.
            #expect(graph.nodes.first?.label == "Assimi Goïta")
            #expect(Set(graph.nodes.map(\.label)) == ["Assimi Goïta", "Tessit", "Mali"])
            #expect(graph.nodes.map(\.articles) == [3, 2, 2])
            #expect(graph.nodes.first?.mentions == 4)
            #expect(edges(graph) == ["Assimi Goïta-Mali:2", "Assimi Goïta-Tessit:2", "Mali-Tessit:1"])
            #expect(graph.edges.first?.weight == 2, "heaviest first")
            let heavy = try store.graph(GraphQuery(minWeight: 2, top: 3))
            #expect(edges(heavy) == ["Assimi Goïta-Mali:2", "Assimi Goïta-Tessit:2"])
        }
    }

    @Test func withinASentence() throws {
        try withStore { store, _ in
            try store.upsert(Fixture.corpus)
            let graph = try store.graph(GraphQuery(within: .sentence, top: 3))
            // Goïta and Tessit never share a sentence; Goïta and Mali do once (the Paris article has no sentences).
            #expect(edges(graph) == ["Assimi Goïta-Mali:1"])
        }
    }

    @Test func typesAndDates() throws {
        try withStore { store, _ in
            try store.upsert(Fixture.corpus)
            let graph = try store.graph(GraphQuery(types: [.person, .organisation]))
            #expect(Set(graph.nodes.map(\.label)) == ["Assimi Goïta", "Wagner"])
            #expect(edges(graph) == ["Assimi Goïta-Wagner:1"])
            let september = try store.graph(GraphQuery(from: "2022-09-01", top: 2))
            #expect(september.nodes.map(\.label) == ["Assimi Goïta", "Mali"])
            #expect(september.nodes.map(\.articles) == [2, 2], "counts within the dates")
            #expect(edges(september) == ["Assimi Goïta-Mali:2"])
        }
    }

    @Test func egoNetwork() throws {
        try withStore { store, _ in
            try store.upsert(Fixture.corpus)
            let wagner = try #require(try store.entities(named: "Wagner", limit: 1).first).id
            let graph = try store.graph(GraphQuery(center: wagner, depth: 1))
            #expect(graph.nodes.first?.label == "Wagner")
            #expect(Set(graph.nodes.map(\.label)) == ["Wagner", "Tessit", "Assimi Goïta", "Mali"])
            // Edges among the neighbours count all their shared articles, not only Wagner's.
            #expect(edges(graph).contains("Assimi Goïta-Tessit:2"))
            #expect(edges(graph).contains("Mali-Wagner:1"))
            let wider = try store.graph(GraphQuery(center: wagner, depth: 2))
            #expect(Set(wider.nodes.map(\.label)) == ["Wagner", "Tessit", "Assimi Goïta", "Mali", "Bamako", "Russian", "Paris", "French"])
            let capped = try store.graph(GraphQuery(center: wagner, depth: 2, top: 2))
            #expect(capped.nodes.count == 2)
            #expect(capped.nodes.first?.label == "Wagner")
        }
    }

    @Test func eventsFromActorToTarget() throws {
        try withStore { store, _ in
            try store.upsert(Fixture.corpus)
            let graph = try store.graph(GraphQuery(kind: .events))
            #expect(graph.directed)
            #expect(edges(graph) == ["Assimi Goïta>Russian:1", "Assimi Goïta>Wagner:1"])
            #expect(graph.nodes.first?.label == "Assimi Goïta")
            #expect(graph.nodes.first?.events == 2)
            let condemn = try store.graph(GraphQuery(kind: .events, cameo: ["11"]))
            #expect(edges(condemn) == ["Assimi Goïta>Wagner:1"])
            let september = try store.graph(GraphQuery(kind: .events, from: "2022-09-01"))
            #expect(edges(september) == ["Assimi Goïta>Wagner:1"])
            let people = try store.graph(GraphQuery(kind: .events, types: [.person, .miscellaneous]))
            #expect(edges(people) == ["Assimi Goïta>Russian:1"])
            let wagner = try #require(try store.entities(named: "Wagner", limit: 1).first).id
            let ego = try store.graph(GraphQuery(kind: .events, center: wagner))
            #expect(ego.nodes.map(\.label) == ["Wagner", "Assimi Goïta"])
            #expect(edges(ego) == ["Assimi Goïta>Wagner:1"])
            #expect(try store.graph(GraphQuery(kind: .events, minWeight: 2)).edges.isEmpty)
        }
    }

    @Test func fatalitiesWeighEventEdges() throws {
        try withStore { store, _ in
            var wagner = Fixture.wagner
            wagner.extraction.events[0].targets = ["E2"]
            try store.upsert([wagner])
            let graph = try store.graph(GraphQuery(kind: .events))
            let attack = try #require(graph.edges.first { names(graph)[$0.source] == "Wagner" })
            #expect(names(graph)[attack.target] == "Tessit")
            #expect(attack.fatalities == 5)
        }
    }
}
