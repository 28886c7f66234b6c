import Foundation
import GRDB
import NewsModel
import Synchronization

/// The embedded store: one SQLite file in WAL mode (a GRDB `DatabasePool`), so readers never wait for the writer
/// and several `SQLiteStore`s, in one process or many, can open the same file.
public final class SQLiteStore: Store {
    let pool: DatabasePool
    /// The time limit of this instance's reads, if it has one (the store service's reader threads).
    public let budget: QueryBudget?
    /// The canonical-entity tables as the upsert reads them (`CanonCache`), held for the whole write transaction.
    let canonCache = Mutex(CanonCache())

    /// Opens (creating if needed) the database at `path`, with its folder, and brings the schema up to date.
    /// With a `budget`, every connection of this instance stops a statement once the budget is spent.
    public init(path: String, budget: QueryBudget? = nil) throws {
        self.budget = budget
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Another store process may hold the write lock briefly; wait rather than fail with SQLITE_BUSY.
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // A 100,000-article store is gigabytes: reads through a memory map instead of a pread per page, and a
            // page cache that holds the upsert's working set of index pages (the default 2 MB made a third of its
            // time page reads and writes).
            let cache = db.configuration.readonly ? Self.readerCacheKiB : Self.writerCacheKiB
            try db.execute(sql: "PRAGMA mmap_size = \(Self.mapSize); PRAGMA cache_size = -\(cache)")
            budget?.install(on: db)
        }
        pool = try DatabasePool(path: path, configuration: configuration)
        try Self.migrator.migrate(pool)
    }

    /// Bytes of the database file mapped into memory (virtual: the OS pages it in and out).
    static let mapSize = 8 << 30
    /// The page cache of the writer and of each reader, in KiB.
    static let writerCacheKiB = 65_536
    static let readerCacheKiB = 16_384

    public func counters() throws -> [String: Int] {
        let tables = ["articles", "entities", "mentions", "quotes", "dates", "counts", "events"]
        return try pool.read { db in
            var out: [String: Int] = [:]
            for table in tables {
                // Table names come from the fixed list above, never from input.
                out[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            return out
        }
    }
}

extension SQLiteStore {
    /// The encoder of the stored extraction JSON: sorted keys so the bytes are stable.
    static func encodeExtraction(_ extraction: Extraction) throws -> String {
        let data = try WireCodec.makeEncoder().encode(extraction)
        return String(decoding: data, as: UTF8.self)
    }

    static func decodeExtraction(_ json: String) throws -> Extraction {
        try WireCodec.makeDecoder().decode(Extraction.self, from: Data(json.utf8))
    }
}
