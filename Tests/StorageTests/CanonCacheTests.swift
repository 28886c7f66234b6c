import GRDB
import NewsModel
import Testing
@testable import Storage

/// The upsert's write-through cache of the canonical-entity tables (`CanonCache`) says what the tables say: the
/// same entities, references and statistics as before it existed, also when another store writes the same file
/// between two batches (its `PRAGMA data_version` check) and after a batch that failed.
@Suite struct CanonCacheTests {
    typealias Doc = (article: Article, extraction: Extraction)

    static var docs: [Doc] { CanonSurnameTests.obama + CanonStabilityTests.corpus }

    static func state(_ store: SQLiteStore) throws -> [String] {
        try Canon.entities(store).map(\.description) + Canon.references(store) + Canon.statistics(store)
    }

    @Test func twoStoresTakingTurnsOnOneFileGiveWhatOneStoreGives() throws {
        let alone = try withStore { store, _ in
            for doc in Self.docs { try store.upsert([doc]) }
            return try Self.state(store)
        }
        try withStore { first, path in
            let second = try SQLiteStore(path: path)
            for (n, doc) in Self.docs.enumerated() {
                try (n % 2 == 0 ? first : second).upsert([doc])
            }
            #expect(try Self.state(first) == alone)
            #expect(try Self.state(second) == alone)
            #expect(try first.derivedTablesMatchMentions())
        }
    }

    @Test func aFailedBatchLeavesTheCacheAsTheTables() throws {
        let alone = try withStore { store, _ in
            for doc in Self.docs { try store.upsert([doc]) }
            return try Self.state(store)
        }
        try withStore { store, _ in
            let half = Self.docs.count / 2
            for doc in Self.docs.prefix(half) { try store.upsert([doc]) }
            // A trigger that refuses the next article makes its transaction roll back after canon has run.
            try store.pool.write {
                try $0.execute(sql: """
                    CREATE TEMP TRIGGER refuse BEFORE INSERT ON articles BEGIN SELECT RAISE(ABORT, 'refused'); END
                    """)
            }
            #expect(throws: (any Error).self) { try store.upsert([Self.docs[half]]) }
            try store.pool.write { try $0.execute(sql: "DROP TRIGGER temp.refuse") }
            for doc in Self.docs.dropFirst(half) { try store.upsert([doc]) }
            #expect(try Self.state(store) == alone)
        }
    }
}
