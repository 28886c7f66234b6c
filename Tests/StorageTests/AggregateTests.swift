import GRDB
import NewsModel
import Testing
@testable import Storage

/// The tables kept at upsert time for the corpus queries (v4-store7): equal to their recomputation from the rows
/// after every kind of write (new articles, entities becoming hot, changed and re-stored articles, a surname
/// joining its full name and moving stored rows), and the queries that read them answer as the rows do.
@Suite struct AggregateTests {
    typealias Doc = (article: Article, extraction: Extraction)

    /// An article on `day` whose sentences name entities `times` times each; each sentence's first entity acts
    /// against its last (an event of that sentence, with `fatalities`), the last is its place.
    static func doc(_ id: String, day: String, times: Int = 4, fatalities: Int? = 2, _ sentences: [[Canon.Named]]) -> Doc {
        var text = ""
        var locals: [String: Int] = [:]
        var entities: [Entity] = []
        var spans: [Span] = []
        var events: [Event] = []
        for (index, names) in sentences.enumerated() {
            let start = text.unicodeScalars.count
            for named in names {
                let local: Int
                if let known = locals[named.name] { local = known } else {
                    local = entities.count
                    locals[named.name] = local
                    entities.append(Entity(id: "E\(local + 1)", type: named.type, name: named.name, mentions: []))
                }
                for _ in 0..<times {
                    let at = text.unicodeScalars.count
                    text += named.name + " "
                    entities[local].mentions.append(Span(start: at, end: at + named.name.unicodeScalars.count))
                }
            }
            text += ". "
            spans.append(Span(start: start, end: text.unicodeScalars.count - 1))
            if let first = names.first.flatMap({ locals[$0.name] }), let last = names.last.flatMap({ locals[$0.name] }) {
                events.append(Event(cameo: index % 2 == 0 ? "190" : "04", label: "event", trigger: "met",
                                    actors: ["E\(first + 1)"], targets: ["E\(last + 1)"], location: "E\(last + 1)",
                                    date: index % 2 == 0 ? day : nil, fatalities: fatalities, sentence: index))
            }
        }
        let article = Article(id: id, text: text, published: day + "T08:00:00Z")
        var extraction = Extraction(article: article.metadata, entities: entities, sentences: spans)
        extraction.events = events
        return (article, extraction)
    }

    static let trump = Canon.per("Donald Trump"), putin = Canon.per("Vladimir Putin"), syria = Canon.loc("Syria")
    static let un = Canon.org("United Nations"), ankara = Canon.loc("Ankara"), bare = Canon.per("Trump")
    static let russian = Canon.Named(type: .miscellaneous, name: "Russian")

    /// More articles than `hot_mentions` (lowered to 20 by `withAggregates`): the kept pairs settle the frequent
    /// entities' partners.
    static var corpus: [Doc] {
        (0..<24).map { n in
            doc("a\(n)", day: "2024-03-\(n % 9 + 10)", [
                [trump, putin, syria],
                n % 2 == 0 ? [un, syria, russian] : [putin, un, russian],
                n == 3 ? [ankara, trump] : [trump],
            ])
        }
    }

    /// A fresh store whose entities are hot from 20 mentions (the shipped threshold is for corpora).
    func withAggregates<T>(_ body: (SQLiteStore) throws -> T) throws -> T {
        try withStore { store, _ in
            try store.pool.write { try $0.execute(sql: "UPDATE aggregate_settings SET hot_mentions = 20") }
            return try body(store)
        }
    }

    @Test func keptTablesEqualTheirRecomputationAfterEveryKindOfWrite() throws {
        try withAggregates { store in
            for doc in Self.corpus.prefix(6) { try store.upsert([doc]) }
            #expect(try store.derivedTablesMatchMentions())
            try store.upsert(Array(Self.corpus.dropFirst(6)))
            #expect(try store.derivedTablesMatchMentions())
            let hot = try store.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM entity_stats WHERE hot = 1") ?? 0 }
            #expect(hot >= 4, "the frequent entities became hot")
            let pairs = try store.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM entity_pairs") ?? 0 }
            #expect(pairs > 0)
            // A changed version replaces the stored one; an unchanged one is left alone.
            try store.upsert([Self.doc("a1", day: "2024-04-01", times: 2, fatalities: 7, [[Self.putin, Self.ankara]])])
            try store.upsert([Self.corpus[2]])
            #expect(try store.derivedTablesMatchMentions())
            // A bare surname, first on its own, then beside its full name: its stored rows move to Donald Trump.
            try store.upsert([Self.doc("bare-1", day: "2024-03-09", [[Self.bare, Self.syria]])])
            #expect(try store.derivedTablesMatchMentions())
            try store.upsert([Self.doc("bare-2", day: "2024-03-10", [[Self.bare, Self.un], [Self.trump]])])
            #expect(try store.derivedTablesMatchMentions())
            // Everything taken away again (re-stored as an article naming nobody) leaves no row.
            for doc in Self.corpus + [Self.doc("bare-1", day: "2024-03-09", []), Self.doc("bare-2", day: "2024-03-10", [])] {
                let empty = Self.doc(doc.article.id, day: "2024-05-01", [])
                try store.upsert([empty])
            }
            #expect(try store.derivedTablesMatchMentions())
            let left = try store.pool.read {
                try Int.fetchOne($0, sql: """
                    SELECT (SELECT COUNT(*) FROM entity_stats) + (SELECT COUNT(*) FROM entity_days)
                         + (SELECT COUNT(*) FROM entity_pairs) + (SELECT COUNT(*) FROM event_edges)
                    """)
            }
            #expect(left == 0)
        }
    }

    @Test func graphsFromKeptPairsEqualGraphsFromTheRows() throws {
        try withAggregates { store in
            try store.upsert(Array(Self.corpus.prefix(2)))
            try store.upsert(Array(Self.corpus.dropFirst(2)))
            try store.upsert([Self.doc("bare-2", day: "2024-03-10", [[Self.bare, Self.un], [Self.trump]])])
            let trump = try #require(try store.entities(named: "Donald Trump", limit: 1).first?.id)
            // Every article has a day, so the widest day bounds take the row path with the same answer.
            func both(_ query: GraphQuery) throws -> (Graph, Graph) {
                var bounded = query
                bounded.from = "0001-01-01"
                bounded.to = "9999-12-31"
                return (try store.graph(query), try store.graph(bounded))
            }
            for within in [GraphScope.article, .sentence] {
                for top in [2, 3, 10] {
                    let (kept, rows) = try both(GraphQuery(kind: .cooccurrence, within: within, top: top))
                    #expect(kept == rows, "\(within) top \(top)")
                    #expect(!kept.edges.isEmpty)
                }
                for minWeight in [1, 30] {
                    let (kept, rows) = try both(GraphQuery(kind: .cooccurrence, within: within, center: trump, minWeight: minWeight, top: 3))
                    #expect(kept == rows, "ego \(within) min weight \(minWeight)")
                }
            }
            #expect(try store.pool.read { try SQLiteStore.hotNeighbours(of: trump, room: 2, query: GraphQuery(), in: $0) } != nil,
                    "the kept pairs settle Donald Trump's two strongest partners")
            let (kept, rows) = try both(GraphQuery(kind: .events, top: 10))
            #expect(kept == rows)
            #expect(!kept.edges.isEmpty)
        }
    }

    @Test func coOccurringEntitiesFromKeptPairsEqualThoseFromTheRows() throws {
        try withAggregates { store in
            try store.upsert(Self.corpus)
            try store.pool.read { db in
                var settled = 0
                for entity in try Int64.fetchAll(db, sql: "SELECT entity FROM entity_stats WHERE hot = 1") {
                    for limit in [1, 2, 5] {
                        guard let kept = try SQLiteStore.cooccurringFromPairs(with: entity, limit: limit, in: db) else { continue }
                        settled += 1
                        #expect(kept == (try SQLiteStore.cooccurringFromRows(with: entity, limit: limit, in: db)))
                    }
                }
                #expect(settled > 0, "some profiles are answered from the kept pairs")
            }
        }
    }
}
