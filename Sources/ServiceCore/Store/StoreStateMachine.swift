import Foundation
import NewsModel

/// The store's batch-and-ack policy, with no socket and no database: result messages and the time go in; what to
/// write, what to acknowledge and what was wrong come out.
///
/// - Results that arrive together are written in one transaction: up to `maxBatch`, so that queries waiting on
///   the other socket are not starved by a flood of results.
/// - A batch is acknowledged only after it is written. A batch that fails to write is not acknowledged, so the
///   ingester sends its articles again (delivery is at-least-once; the upsert by article id makes that harmless).
/// - Heartbeats never enter a batch: they update the extractors' liveness (`WorkerRegistry`).
public struct StoreStateMachine: Sendable {
    /// What one result message was.
    public enum Intake: Equatable, Sendable {
        /// An extraction, added to the batch being gathered.
        case batched
        /// An extractor's heartbeat, recorded.
        case heartbeat
        /// Not a result: the error names why; the message is dropped.
        case rejected(ErrorReply)
    }

    /// What to do once a batch's write has been tried.
    public enum Outcome: Equatable, Sendable {
        /// Send this acknowledgement to the ingester.
        case acknowledge(AckMessage)
        /// Nothing to acknowledge: the articles will come again.
        case unacknowledged(count: Int)
    }

    public let maxBatch: Int
    public private(set) var workers = WorkerRegistry()
    /// Articles written since the process started.
    public private(set) var stored = 0
    /// Result messages dropped as malformed since the process started.
    public private(set) var rejected = 0
    private var gathering: [(article: Article, extraction: Extraction)] = []
    private var writing: [String]?

    public init(maxBatch: Int = 64) {
        self.maxBatch = max(1, maxBatch)
    }

    /// Whether the batch being gathered has room for another result.
    public var wantsMore: Bool { gathering.count < maxBatch }

    /// One message from the results socket.
    public mutating func received(_ payload: Data, now: Date) -> Intake {
        do throws(ErrorReply) {
            switch try WireCodec.messageType(of: payload) {
            case .extraction:
                let message = try WireCodec.decode(ExtractionMessage.self, from: payload)
                gathering.append((message.article, message.extraction))
                return .batched
            case .heartbeat:
                workers.record(try WireCodec.decode(HeartbeatMessage.self, from: payload), at: now)
                return .heartbeat
            case let other:
                throw ErrorReply(code: .unknownType,
                                 message: "the store's results socket takes 'extraction' and 'heartbeat', not '\(other.rawValue)'")
            }
        } catch {
            rejected += 1
            return .rejected(error)
        }
    }

    /// The gathered results, to write in one transaction; nil when there are none. Call ``written(_:)`` or
    /// ``writeFailed()`` before the next batch.
    public mutating func takeBatch() -> [(article: Article, extraction: Extraction)]? {
        precondition(writing == nil, "the previous batch's write was not reported")
        guard !gathering.isEmpty else { return nil }
        defer { gathering.removeAll(keepingCapacity: true) }
        writing = gathering.map(\.article.id)
        return gathering
    }

    /// The batch is in the database: acknowledge its articles.
    public mutating func written() -> Outcome {
        guard let ids = writing else { return .unacknowledged(count: 0) }
        writing = nil
        stored += ids.count
        return .acknowledge(AckMessage(ids: ids))
    }

    /// The batch could not be written: acknowledge nothing.
    public mutating func writeFailed() -> Outcome {
        let count = writing?.count ?? 0
        writing = nil
        return .unacknowledged(count: count)
    }

    /// Counters this process adds to the database's own in `status`.
    public var counters: [String: Int] { ["stored_this_run": stored, "rejected_messages": rejected] }
}
