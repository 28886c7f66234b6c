import GRDB
import NewsModel
import Testing
@testable import Storage

/// What "stable" means for entity ids: an entity's id is `EntityKey.stableID` of its key (the folded full name),
/// so the same articles stored in any order, into any database, any number of times, give the same ids; an id
/// changes only when the corpus changes which full name an entity is known by (then its old id is gone).
@Suite struct CanonStabilityTests {
    static let corpus: [(article: Article, extraction: Extraction)] = [
        Canon.doc("1", [Canon.per("Donald Trump", ["Trump"], mentions: 3), Canon.loc("United States", ["US"]), Canon.org("FBI")]),
        Canon.doc("2", [Canon.per("Trump"), Canon.org("Federal Bureau of Investigation", ["FBI"]), Canon.loc("US")]),
        Canon.doc("3", [Canon.per("Kim Jong-un", ["Kim"]), Canon.loc("North Korea"), Canon.per("Donald J. Trump")]),
        Canon.doc("4", [Canon.per("Kim"), Canon.loc("Trump", mentions: 1), Canon.org("TASS")]),
        Canon.doc("5", [Canon.loc("TASS"), Canon.per("Kim Jong Un", mentions: 2), Canon.loc("Pyongyang")]),
    ]

    @Test func idsAreAFunctionOfTheKey() throws {
        try withStore { store, _ in
            try store.upsert(Self.corpus)
            let entities = try Canon.entities(store)
            #expect(entities.count == 7, "\(entities)")
            for entity in entities {
                #expect(entity.id == EntityKey.stableID(entity.key))
            }
        }
    }

    @Test func anyOrderAnyBatchingAnyDatabaseGivesTheSameEntities() throws {
        func state(_ batches: [[(article: Article, extraction: Extraction)]]) throws -> [String] {
            try withStore { store, _ in
                for batch in batches { try store.upsert(batch) }
                return try Canon.entities(store).map(\.description) + Canon.references(store) + Canon.statistics(store)
            }
        }
        let reference = try state([Self.corpus])
        #expect(try state(Self.corpus.map { [$0] }) == reference)
        #expect(try state(Self.corpus.reversed().map { [$0] }) == reference)
        #expect(try state([Array(Self.corpus[2...]), Array(Self.corpus[..<2])]) == reference)
        #expect(try state([[Self.corpus[4], Self.corpus[1]], [Self.corpus[3], Self.corpus[0], Self.corpus[2]]]) == reference)
    }

    @Test func reingestKeepsIdsAndChangesNothing() throws {
        try withStore { store, _ in
            try store.upsert(Self.corpus)
            let before = try Canon.entities(store).map(\.description) + Canon.references(store) + Canon.statistics(store)
            let counters = try store.counters()
            try store.upsert(Self.corpus)
            for doc in Self.corpus.reversed() { try store.upsert([doc]) }
            #expect(try Canon.entities(store).map(\.description) + Canon.references(store) + Canon.statistics(store) == before)
            #expect(try store.counters() == counters)
        }
    }

    @Test func replacingAnArticleAndPuttingItBackRestoresEverything() throws {
        try withStore { store, _ in
            try store.upsert(Self.corpus)
            let before = try Canon.entities(store).map(\.description) + Canon.references(store) + Canon.statistics(store)
            // Article 1 loses its entities: Donald Trump drops to one article, FBI's one-word form has no claim left.
            try store.upsert([Canon.doc("1", [Canon.loc("Pyongyang")])])
            #expect(try Canon.entities(store).map(\.description) + Canon.references(store) != before)
            try store.upsert([Self.corpus[0]])
            #expect(try Canon.entities(store).map(\.description) + Canon.references(store) + Canon.statistics(store) == before)
        }
    }

    @Test func theLastVersionOfAnArticleInABatchWins() throws {
        try withStore { store, _ in
            try store.upsert([Canon.doc("1", [Canon.per("Ivanka Trump")]), Canon.doc("1", [Canon.per("Donald Trump")])])
            #expect(try Canon.entities(store).map(\.key) == ["donald trump"])
            #expect(try Canon.statistics(store).allSatisfy { !$0.contains("ivanka") })
        }
    }

    @Test func removingEveryArticleLeavesNoStatistics() throws {
        try withStore { store, _ in
            try store.upsert(Self.corpus)
            try store.upsert(Self.corpus.map { Canon.doc($0.article.id, [Canon.loc("Nowhere")]) })
            #expect(try Canon.entities(store).map(\.key) == ["nowhere"])
            #expect(try Canon.statistics(store) == ["key nowhere 0 0 5 0 5 5 nowhere", "spelling nowhere Nowhere 5 5"])
        }
    }
}
