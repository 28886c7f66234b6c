import Foundation
import GRDB
import Synchronization

/// Time per SQL statement of the writer, for the store benchmark (`newswire-store-bench build --profile`): which
/// statements of the upsert cost what. Not used by the services.
public struct StatementTime: Sendable {
    public var sql: String
    public var calls: Int
    public var seconds: Double
}

extension SQLiteStore {
    /// Runs `body` with SQLite's profile callback on the writer connection, then returns the time of each distinct
    /// statement (triggers' work counts in the statement that fired them), most expensive first.
    public func profilingWrites(_ body: () throws -> Void) throws -> [StatementTime] {
        let times = Mutex<[String: (calls: Int, seconds: Double)]>([:])
        pool.writeWithoutTransaction { db in
            db.trace(options: .profile) { event in
                guard case let .profile(statement, duration) = event else { return }
                let sql = statement.sql
                times.withLock { $0[sql, default: (0, 0)].calls += 1; $0[sql, default: (0, 0)].seconds += duration }
            }
        }
        defer { pool.writeWithoutTransaction { db in db.trace(options: .profile, nil) } }
        try body()
        return times.withLock { all in
            all.map { StatementTime(sql: $0.key, calls: $0.value.calls, seconds: $0.value.seconds) }
                .sorted { $0.seconds > $1.seconds }
        }
    }
}
