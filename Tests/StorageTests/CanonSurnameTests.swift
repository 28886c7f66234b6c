import GRDB
import NewsModel
import Testing
@testable import Storage

/// Surnames at store level: the rules of `CanonResolution` applied as articles arrive, in every order, with
/// every row of the stored articles following, and the same ids whatever the order or the database.
@Suite struct CanonSurnameTests {
    typealias Doc = (article: Article, extraction: Extraction)

    /// Entities, references and statistics after storing `batches` in turn into a fresh database.
    static func state(_ batches: [[Doc]]) throws -> [String] {
        try withStore { store, _ in
            for batch in batches { try store.upsert(batch) }
            return try Canon.entities(store).map(\.description) + Canon.references(store) + Canon.statistics(store)
        }
    }

    /// "Obama" tagged ORG ("the Obama administration") beside Barack Obama in most of its articles is him; the
    /// first stored full name ending in "Obama" (Michelle) does not get it.
    static let obama: [Doc] = [
        Canon.doc("michelle", [Canon.per("Michelle Obama"), Canon.loc("Chicago")]),
        Canon.doc("admin-1", [Canon.org("Obama", mentions: 2), Canon.per("Barack Obama")]),
        Canon.doc("admin-2", [Canon.org("Obama"), Canon.per("Barack Obama", mentions: 2)]),
        Canon.doc("barack", [Canon.per("Barack Obama")]),
    ]

    @Test func aSurnameOfAnotherTypeJoinsTheFullNameBesideItInAnyOrder() throws {
        var outcomes: Set<[String]> = []
        for order in Canon.permutations(Self.obama) {
            let state = try Self.state(order.map { [$0] })
            outcomes.insert(state)
            #expect(state.contains { $0.contains("PER barack obama 'Barack Obama' [\"Barack Obama\", \"Obama\"]") }, "\(order.map(\.article.id))")
            #expect(!state.contains { $0.contains(" ORG obama ") }, "no ORG Obama left")
            #expect(state.contains("admin-1/mention E1: barack obama"))
            #expect(state.contains("admin-1/quote: barack obama"))
            #expect(state.contains { $0.contains(" PER michelle obama 'Michelle Obama' [\"Michelle Obama\"]") })
        }
        #expect(outcomes.count == 1, "every order gives the same entities, ids and references")
        #expect(outcomes.first == (try Self.state([Self.obama])))
    }

    @Test func aSurnameOfSeveralWordsJoinsTheMostProminentFullNameInAnyOrder() throws {
        let docs: [Doc] = [
            Canon.doc("jean-marie", [Canon.per("Jean-Marie Le Pen", ["Le Pen"])]),
            Canon.doc("marine-1", [Canon.per("Marine Le Pen")]),
            Canon.doc("marine-2", [Canon.per("Marine Le Pen")]),
            Canon.doc("bare", [Canon.per("Le Pen", mentions: 2), Canon.loc("Paris")]),
        ]
        var outcomes: Set<[String]> = []
        for order in Canon.permutations(docs) {
            try withStore { store, _ in
                for doc in order { try store.upsert([doc]) }
                let marine = try #require(try Canon.entity(named: "marine le pen", in: store))
                #expect(marine.aliases == ["Le Pen", "Marine Le Pen"], "order \(order.map(\.article.id))")
                #expect(marine.id == EntityKey.stableID("marine le pen"))
                #expect(try Canon.entity(named: "jean marie le pen", in: store)?.aliases == ["Jean-Marie Le Pen"])
                #expect(try Canon.entity(named: "le pen", in: store) == nil)
                #expect(try Canon.references(store).contains("bare/event actor: marine le pen"))
                outcomes.insert(try Canon.entities(store).map(\.description) + Canon.references(store))
            }
        }
        #expect(outcomes.count == 1)
    }

    @Test func storingTheSameArticlesTwiceKeepsEveryID() throws {
        let docs = Self.obama + CanonStabilityTests.corpus
        try withStore { store, _ in
            try store.upsert(docs)
            let first = try Canon.entities(store)
            let references = try Canon.references(store)
            try store.upsert(docs)
            for doc in docs.reversed() { try store.upsert([doc]) }
            #expect(try Canon.entities(store) == first)
            #expect(try Canon.references(store) == references)
            // And a second database, fed in another order, gives every entity the same id.
            let other = try withStore { other, _ in
                for doc in docs.reversed() { try other.upsert([doc]) }
                return try Canon.entities(other)
            }
            #expect(other == first)
        }
    }

    /// A database whose statistics were kept by an older policy (no company claims, roots decided otherwise) is
    /// brought to what storing its articles now gives by recomputing them.
    @Test func recomputingTheStatisticsGivesWhatStoringNowGives() throws {
        let docs = Self.obama + CanonStabilityTests.corpus
        let expected = try Self.state([docs])
        try withStore { store, _ in
            try store.upsert(docs)
            try store.pool.write { db in
                // As the previous policy left it: Obama its own entity, no claim from company.
                try db.execute(sql: "DELETE FROM entity_claims WHERE short = 'obama'")
                try db.execute(sql: "UPDATE entity_keys SET root = key")
                try db.execute(sql: "INSERT INTO entities (id, type, key, name) VALUES (?, 'ORG', 'obama', 'Obama')",
                               arguments: [EntityKey.stableID("obama")])
                try db.execute(sql: "UPDATE mentions SET entity = ? WHERE name = 'Obama'", arguments: [EntityKey.stableID("obama")])
            }
            #expect(try Canon.entity(named: "obama", in: store) != nil)
            try store.pool.write { db in try SQLiteStore.recomputeCanonicalEntities(in: db) }
            #expect(try Canon.entities(store).map(\.description) + Canon.references(store) + Canon.statistics(store) == expected)
        }
    }
}
