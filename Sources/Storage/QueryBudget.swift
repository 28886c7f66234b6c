import Foundation
import GRDB
import GRDBSQLite
import Synchronization

/// A time limit for the reads of one `SQLiteStore`, enforced inside SQLite: every few thousand virtual-machine steps
/// SQLite asks whether to go on (its progress handler), and once the deadline has passed, or the budget was
/// cancelled, the statement stops with `SQLITE_INTERRUPT` (see ``QueryBudget/isInterruption(_:)``).
///
/// One budget per store instance, one query at a time: the store service gives each of its reader threads a store
/// of its own, so a budget never interrupts another thread's query or the writer.
///
/// Some work runs inside one step and cannot be stopped this way (FTS5 merging the lists of many repeated terms):
/// the service answers such a query with a timeout when its budget is spent and drops the late result.
public final class QueryBudget: Sendable {
    /// Uptime nanoseconds after which statements stop; 0 for no limit.
    private let deadline = Atomic<UInt64>(0)
    private let cancelled = Atomic<Bool>(false)

    public init() {}

    /// Limits the statements run from now until ``end()`` to `seconds`.
    public func start(seconds: Double) {
        let now = DispatchTime.now().uptimeNanoseconds
        deadline.store(now + UInt64(max(0, seconds) * 1e9), ordering: .releasing)
    }

    /// No limit any more (the query is done).
    public func end() {
        deadline.store(0, ordering: .releasing)
    }

    /// Stops every statement from now on, for good: the service is shutting down.
    public func cancel() {
        cancelled.store(true, ordering: .releasing)
    }

    /// Whether SQLite should stop the running statement.
    public var isSpent: Bool {
        if cancelled.load(ordering: .acquiring) { return true }
        let limit = deadline.load(ordering: .acquiring)
        return limit != 0 && DispatchTime.now().uptimeNanoseconds >= limit
    }

    /// Whether `error` is a statement stopped by a budget (or any other interruption).
    public static func isInterruption(_ error: any Error) -> Bool {
        (error as? DatabaseError)?.resultCode == .SQLITE_INTERRUPT
    }

    /// SQLite calls the handler every this many virtual-machine instructions (a few microseconds' work).
    static let stepsPerCheck: Int32 = 2000

    /// Installs the budget on one connection; the budget must outlive it (the store holds it).
    func install(on db: Database) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        sqlite3_progress_handler(db.sqliteConnection, Self.stepsPerCheck, { context in
            guard let context else { return 0 }
            return Unmanaged<QueryBudget>.fromOpaque(context).takeUnretainedValue().isSpent ? 1 : 0
        }, context)
    }
}
