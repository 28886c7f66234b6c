import Foundation
import NewsModel

/// The store's queries between the client and the reader threads, with no socket and no thread: a query is
/// admitted (or refused when too many wait), handed to a reader as a ``Job``, and answered by whichever comes
/// first, the reader's reply or its deadline. A reply after the deadline is dropped: the client already has its
/// `timeout` error. So no query, however slow, holds up the socket that answers pings, or the writer.
public struct QueryDesk: Sendable {
    /// The routing frames of a client on the store's ROUTER, kept opaque.
    public typealias Client = [[UInt8]]

    /// A query for a reader thread.
    public struct Job: Sendable, Equatable {
        public let id: UInt64
        public let payload: Data
        /// When the desk answers `timeout` instead; a reader skips a job it picks up after this.
        public let deadline: Date
    }

    /// What to do with a query that came in.
    public enum Admission: Equatable, Sendable {
        /// Give it to a reader thread.
        case dispatch(Job)
        /// Answer the client at once with this (too many queries waiting).
        case refuse(Data)
    }

    /// Seconds a query may take (the store's `--query-timeout`).
    public let budget: TimeInterval
    /// Queries admitted and not yet answered, at most.
    public let capacity: Int
    private var waiting: [UInt64: (client: Client, deadline: Date, requestID: String?)] = [:]
    private var nextID: UInt64 = 1
    /// Queries answered with `timeout`, and replies dropped for coming too late, since the process started.
    public private(set) var timedOut = 0
    public private(set) var lateReplies = 0

    public init(budget: TimeInterval = 2, capacity: Int = 64) {
        self.budget = budget
        self.capacity = max(1, capacity)
    }

    /// Queries a reader has or will have, not yet answered.
    public var inFlight: Int { waiting.count }

    public mutating func admit(_ payload: Data, from client: Client, now: Date) -> Admission {
        let requestID = WireCodec.requestID(in: payload)
        guard waiting.count < capacity else {
            let error = ErrorReply(code: .serviceUnavailable,
                                   message: "the store is busy: \(waiting.count) queries are waiting; try again shortly",
                                   requestID: requestID)
            return .refuse(WireCodec.encode(error))
        }
        let id = nextID
        nextID += 1
        let deadline = now.addingTimeInterval(budget)
        waiting[id] = (client, deadline, requestID)
        return .dispatch(Job(id: id, payload: payload, deadline: deadline))
    }

    /// A reader's reply to job `id`: the client to send it to, or nil when it came too late (dropped).
    public mutating func answered(_ id: UInt64, reply: Data) -> (client: Client, reply: Data)? {
        guard let entry = waiting.removeValue(forKey: id) else {
            lateReplies += 1
            return nil
        }
        return (entry.client, reply)
    }

    /// The queries whose budget is spent, each with its `timeout` error, oldest first.
    public mutating func expire(now: Date) -> [(client: Client, reply: Data)] {
        let spent = waiting.filter { $0.value.deadline <= now }.sorted { $0.key < $1.key }
        var answers: [(client: Client, reply: Data)] = []
        for (id, entry) in spent {
            waiting[id] = nil
            timedOut += 1
            let error = ErrorReply(code: .timeout,
                                   message: "the query took longer than \(Self.format(budget)) s (the store's --query-timeout) and was stopped",
                                   requestID: entry.requestID)
            answers.append((entry.client, WireCodec.encode(error)))
        }
        return answers
    }

    /// "2" for two seconds, "0.5" for half of one.
    static func format(_ seconds: TimeInterval) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
