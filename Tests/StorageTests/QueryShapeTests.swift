import GRDB
import NewsModel
import Testing
@testable import Storage

/// The faster shapes of session 5 (store7) give the answers of the shapes they replace.
@Suite struct QueryShapeTests {
    /// The page of events as the store chooses it, with the filter written indexed or for the walk of `events_sort`.
    private func page(_ store: SQLiteStore, _ query: EventQuery, indexed: Bool) throws -> [Int64] {
        let filter = try #require(SQLiteStore.eventFilter(query, indexed: indexed))
        return try store.pool.read { db in
            try Int64.fetchAll(db, sql: """
                SELECT e.id FROM events e \(filter.clause) ORDER BY e.sort_date DESC, e.id DESC LIMIT ? OFFSET ?
                """, arguments: filter.statementArguments + [query.limit, query.offset])
        }
    }

    @Test func eventsByWordsWalkedNewestFirstGiveTheSortedPage() throws {
        try Fixture.withEvents { store throws in
            for query in [EventQuery(text: "soldiers"), EventQuery(text: "jets OR soldiers OR army", limit: 2),
                          EventQuery(cameo: ["18", "19"], text: "soldiers OR jets"), EventQuery(text: "soldiers", limit: 1, offset: 1)] {
                let sorted = try page(store, query, indexed: true)
                #expect(try page(store, query, indexed: false) == sorted, "\(query)")
            }
            #expect(try page(store, EventQuery(text: "soldiers"), indexed: false).count == 2)
            let walk = try #require(SQLiteStore.eventFilter(EventQuery(text: "jets"), indexed: false))
            #expect(walk.clause.contains("+e.id IN"), "the words' test is no index lookup when walking")
        }
    }

    @Test func graphNodesCountFromKeptTotalsAndWithinDays() throws {
        try withStore { store, _ in
            try store.upsert(Fixture.corpus)
            for query in [GraphQuery(top: 10), GraphQuery(from: "2022-09-01", top: 10), GraphQuery(to: "2022-08-31", top: 10),
                          GraphQuery(kind: .events, top: 10)] {
                let graph = try store.graph(query)
                #expect(!graph.nodes.isEmpty || query.to != nil, "\(query)")
                let days = SQLiteStore.dayBounds("day", from: query.from, to: query.to)
                let bounded = query.from != nil || query.to != nil
                for node in graph.nodes {
                    let row = try store.pool.read { db in
                        try Row.fetchOne(db, sql: """
                            SELECT COUNT(*) AS articles, COALESCE(SUM(mentions), 0) AS mentions FROM entity_articles
                            WHERE entity = ? AND \(bounded ? days.sql : "1")
                            """, arguments: StatementArguments([node.id]) + (bounded ? days.arguments : []))
                    }
                    #expect(node.articles == row?["articles"], "\(node.label) in \(query)")
                    #expect(node.mentions == row?["mentions"], "\(node.label) in \(query)")
                }
            }
        }
    }
}
