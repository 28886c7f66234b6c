import Foundation
import Ingestion
import NewsModel

/// The store's batch-and-ack policy, with no socket and no database: result messages and the time go in; what to
/// write, what to acknowledge and what was wrong come out.
///
/// - Results that arrive together are written in one transaction: up to `maxBatch`, so that queries waiting on
///   the other socket are not starved by a flood of results.
/// - A batch is acknowledged only after it is written. A batch that fails to write is not acknowledged, so the
///   ingester sends its articles again (delivery is at-least-once; the upsert by article id makes that harmless).
/// - One bad article does not cost its batch: a batch of several that fails is written again one article at a time,
///   so the good ones are stored and acknowledged, and only the one the database refuses is not.
/// - Nothing is dropped without a trace: a malformed or misdirected message, and an article the database refuses
///   on its own, become a ``DeadLetter`` (take them with ``takeDeadLetters()``) and are counted.
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
        /// The batch failed as a whole: its articles are each a batch of their own now (take them next).
        case retryingAlone(count: Int)
    }

    public let maxBatch: Int
    public private(set) var workers = WorkerRegistry()
    /// Articles written since the process started.
    public private(set) var stored = 0
    /// Result messages dropped as malformed since the process started.
    public private(set) var rejected = 0
    /// Dead letters made since the process started (malformed messages and articles the database refused).
    public private(set) var deadLettered = 0
    private var gathering: [(article: Article, extraction: Extraction)] = []
    /// Articles of a failed batch, to be written one at a time.
    private var alone: [(article: Article, extraction: Extraction)] = []
    private var writing: [(article: Article, extraction: Extraction)]?
    private var deadLetters: [DeadLetter] = []
    private var clock = Date(timeIntervalSince1970: 0)

    public init(maxBatch: Int = 64) {
        self.maxBatch = max(1, maxBatch)
    }

    /// Whether the batch being gathered has room for another result.
    public var wantsMore: Bool { gathering.count < maxBatch }

    /// One message from the results socket.
    public mutating func received(_ payload: Data, now: Date) -> Intake {
        clock = now
        do throws(ErrorReply) {
            switch try WireCodec.messageType(of: payload) {
            case .extraction:
                let message = try WireCodec.decode(ExtractionMessage.self, from: payload)
                try ResultCheck.check(message)
                gathering.append((message.article, message.extraction))
                return .batched
            case .heartbeat:
                let beat = try WireCodec.decode(HeartbeatMessage.self, from: payload)
                try Self.check(beat)
                workers.forget(before: now.addingTimeInterval(-WorkerRegistry.forgetAfter))
                workers.record(beat, at: now)
                return .heartbeat
            case let other:
                throw ErrorReply(code: .unknownType,
                                 message: "the store's results socket takes 'extraction' and 'heartbeat', not '\(other.rawValue)'")
            }
        } catch {
            rejected += 1
            deadLetter(DeadLetter(time: now, service: "store", reason: error.message, payload: payload))
            return .rejected(error)
        }
    }

    /// The longest `instance` name a heartbeat may carry, in UTF-8 bytes.
    public static let maxNameBytes = HeartbeatRules.maxInstanceBytes

    /// A heartbeat's names are shown by every `status`: bounded, printable ASCII, only extractors beat, and the counts
    /// not negative, so that one bad heartbeat cannot make every status reply megabytes long or pass for another service.
    static func check(_ beat: HeartbeatMessage) throws(ErrorReply) {
        guard beat.service == HeartbeatRules.service else {
            throw ErrorReply(code: .invalidParameter,
                             message: "heartbeat 'service' must be '\(HeartbeatRules.service)', not '\(beat.service.prefix(64))'")
        }
        if let problem = HeartbeatRules.problem(instance: beat.instance) {
            throw ErrorReply(code: .invalidParameter, message: problem)
        }
        guard beat.processed >= 0, beat.failed >= 0 else {
            throw ErrorReply(code: .invalidParameter, message: "heartbeat counts must not be negative")
        }
    }

    /// The next results to write in one transaction: an article of a failed batch on its own if any is waiting,
    /// else the gathered results; nil when there are none. Call ``written()`` or ``writeFailed(reason:)`` before the
    /// next batch.
    public mutating func takeBatch() -> [(article: Article, extraction: Extraction)]? {
        precondition(writing == nil, "the previous batch's write was not reported")
        if !alone.isEmpty {
            let one = [alone.removeFirst()]
            writing = one
            return one
        }
        guard !gathering.isEmpty else { return nil }
        defer { gathering.removeAll(keepingCapacity: true) }
        writing = gathering
        return gathering
    }

    /// The batch is in the database: acknowledge its articles.
    public mutating func written() -> Outcome {
        guard let batch = writing else { return .unacknowledged(count: 0) }
        writing = nil
        stored += batch.count
        return .acknowledge(AckMessage(ids: batch.map(\.article.id)))
    }

    /// The batch could not be written. Several articles: each is tried again alone (``takeBatch()`` gives them one
    /// by one), so one bad article costs only itself. One article: it is not acknowledged (the ingester sends it
    /// again, and gives it up after its attempts) and becomes a dead letter naming `reason`.
    public mutating func writeFailed(reason: String = "the database refused the write") -> Outcome {
        guard let batch = writing else { return .unacknowledged(count: 0) }
        writing = nil
        if batch.count > 1 {
            alone.append(contentsOf: batch)
            return .retryingAlone(count: batch.count)
        }
        for item in batch {
            deadLetter(DeadLetter(time: clock, service: "store", reason: "not stored: \(reason)", articleID: item.article.id,
                                  payload: WireCodec.encode(ExtractionMessage(article: item.article, extraction: item.extraction,
                                                                              extractor: "", elapsedMicroseconds: 0))))
        }
        return .unacknowledged(count: batch.count)
    }

    /// The dead letters made since the last call, oldest first, for the service to record.
    public mutating func takeDeadLetters() -> [DeadLetter] {
        defer { deadLetters.removeAll() }
        return deadLetters
    }

    private mutating func deadLetter(_ letter: DeadLetter) {
        deadLettered += 1
        // bounded: if nobody takes them, the oldest go (the count stays right)
        if deadLetters.count >= 1024 { deadLetters.removeFirst() }
        deadLetters.append(letter)
    }

    /// Counters this process adds to the database's own in `status`.
    public var counters: [String: Int] {
        ["stored_this_run": stored, "rejected_messages": rejected, "dead_letters": deadLettered]
    }
}
