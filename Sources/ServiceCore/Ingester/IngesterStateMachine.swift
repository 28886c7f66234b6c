import Foundation
import Ingestion
import Ledger
import NewsModel

/// The ingester's policy around its `IngestLedger`, with no socket: requests, acknowledgements and the time go
/// in; replies, articles to send and things worth logging come out.
///
/// Articles are offered to the extractors when they are due: at once after a request (new articles wait for no
/// timer), every `busyInterval` while some are pending (re-sends come due), and every `idleInterval` otherwise.
///
/// Not thread-safe, as the ledger is not: one loop owns it.
public struct IngesterStateMachine {
    /// Something worth a log line.
    public enum Report: Equatable, Sendable {
        case ingested(articles: Int, accepted: Int, requestID: String?)
        case badRequest(ErrorReply)
        case badAcknowledgement(ErrorReply)
        case journalFailed(String)
        case abandoned(total: Int, maxAttempts: Int)
        case resent(id: String, attempt: Int)
        /// The store refused these articles (a nack); they are not sent again.
        case refused([NackItem])
    }

    public let ledger: IngestLedger
    public let instance: String
    /// The request endpoint, shown by `status`.
    public let endpoint: String
    public var busyInterval: TimeInterval = 0.05
    public var idleInterval: TimeInterval = 1
    /// How many articles one turn offers at most.
    public var sendLimit = 256
    /// How many articles may be out and not yet reported taken by an extractor (credit for the extractors'
    /// queues): enough to keep every extractor busy, few enough that none waits long in a queue.
    public var window = 32
    private var deadLetters: [DeadLetter] = []
    /// Where the ingester's dead letters are kept, for `dead_letters`; nil: none kept.
    public var deadLetterFile: DeadLetterFile?
    /// Dead letters made since the process started (articles given up on).
    public private(set) var deadLettered = 0
    /// Counters of the ingester's own intake (feeds, inbox), shown by `status` beside the ledger's.
    public var intakeCounters: [String: Int] = [:]
    private var nextDueCheck = Date.distantPast

    public init(ledger: IngestLedger, instance: String, endpoint: String) {
        self.ledger = ledger
        self.instance = instance
        self.endpoint = endpoint
    }

    /// The answer to one request on the request socket.
    public mutating func request(_ payload: Data) -> (reply: Data, report: Report?) {
        nextDueCheck = .distantPast
        do throws(ErrorReply) {
            switch try WireCodec.messageType(of: payload) {
            case .ingest:
                let request = try WireCodec.decode(IngestRequest.self, from: payload)
                do {
                    let outcomes = try ledger.submit(request.articles)
                    let accepted = outcomes.filter { $0.status == .accepted }.count
                    return (WireCodec.encode(IngestReply(results: outcomes, requestID: request.requestID)),
                            .ingested(articles: request.articles.count, accepted: accepted, requestID: request.requestID))
                } catch {
                    let reply = ErrorReply(code: .internalError, message: "could not journal the articles: \(error)",
                                           requestID: request.requestID)
                    return (WireCodec.encode(reply), .journalFailed("\(error)"))
                }
            case .query:
                let query = try WireCodec.decode(QueryRequest.self, from: payload)
                guard query.query == QueryName.deadLetters.rawValue else {
                    throw ErrorReply(code: .unknownQuery, message: "the ingester answers the query 'dead_letters' only, not '\(query.query)'")
                }
                return (WireCodec.encode(try StoreRequestHandler.deadLetterReply(query, from: deadLetterFile)), nil)
            case .ping:
                let ping = try WireCodec.decode(PingMessage.self, from: payload)
                var counters = ledger.counterDictionary
                counters["dead_letters"] = deadLettered
                let status = ServiceStatus(service: "ingester", instance: instance, endpoint: endpoint, up: true,
                                           counters: counters.merging(intakeCounters) { ledger, _ in ledger })
                return (WireCodec.encode(PongMessage(status: status, requestID: ping.requestID)), nil)
            case let other:
                throw ErrorReply(code: .unknownType, message: "the ingester takes 'ingest', 'query' and 'ping', not '\(other.rawValue)'")
            }
        } catch {
            let answered = error.answering(payload)
            return (WireCodec.encode(answered), .badRequest(answered))
        }
    }

    /// One message on the acknowledgement socket: stored (`ack`), taken by an extractor (`taken`, relayed by the
    /// store) or refused and dead-lettered by the store (`nack`).
    public mutating func acknowledgement(_ payload: Data, now: Date = Date()) -> Report? {
        do throws(ErrorReply) {
            switch try WireCodec.messageType(of: payload) {
            case .ack:
                let ack = try WireCodec.decode(AckMessage.self, from: payload)
                try AckCheck.check(ack)
                do {
                    try ledger.acknowledge(ack.ids)
                    return nil
                } catch {
                    return .journalFailed("\(error)")
                }
            case .taken:
                let taken = try WireCodec.decode(TakenMessage.self, from: payload)
                try AckCheck.check(AckMessage(ids: taken.ids))
                ledger.markTaken(taken.ids, now: now)
                return nil
            case .nack:
                let nack = try WireCodec.decode(NackMessage.self, from: payload)
                try AckCheck.check(AckMessage(ids: nack.items.map(\.id)))
                do {
                    let refused = Set(try ledger.refuse(nack.items.map(\.id)))
                    let items = nack.items.filter { refused.contains($0.id) }
                    return items.isEmpty ? nil : .refused(items)
                } catch {
                    return .journalFailed("\(error)")
                }
            case let other:
                throw ErrorReply(code: .unknownType,
                                 message: "the ingester's acks socket takes 'ack', 'taken' and 'nack', not '\(other.rawValue)'")
            }
        } catch {
            return .badAcknowledgement(error)
        }
    }

    /// Articles given up on since the last call, as dead letters saying why.
    public mutating func takeDeadLetters() -> [DeadLetter] {
        defer { deadLetters.removeAll() }
        return deadLetters
    }

    /// The articles to offer now, oldest first; empty when it is not yet time to look. Offer them in order and
    /// call ``sent(_:now:)`` for each that leaves; stop at the first the socket will not take (the rest wait).
    public mutating func due(now: Date) -> (articles: [ArticleMessage], reports: [Report]) {
        guard now >= nextDueCheck else { return ([], []) }
        let abandonedBefore = ledger.counters.abandoned
        var reports: [Report] = []
        let due: [ArticleMessage]
        do {
            due = try ledger.due(now: now, limit: sendLimit, window: window)
        } catch {
            due = []
            reports.append(.journalFailed("\(error)"))
        }
        if ledger.counters.abandoned > abandonedBefore {
            reports.append(.abandoned(total: ledger.counters.abandoned, maxAttempts: ledger.maxAttempts))
        }
        for given in ledger.takeGivenUp() {
            let why = given.takes >= given.attempts
                ? "taken by an extractor \(given.takes) times and never stored: extraction crashed or failed each time"
                : given.takes == 0 ? "no extractor took it in \(given.attempts) sends"
                : "taken \(given.takes) times in \(given.attempts) sends and never stored"
            deadLettered += 1
            deadLetters.append(DeadLetter(time: now, service: "ingester", reason: "given up after \(given.attempts) sends: \(why)",
                                          articleID: given.article.id,
                                          payload: WireCodec.encode(ArticleMessage(article: given.article, attempt: given.attempts))))
        }
        nextDueCheck = now.addingTimeInterval(ledger.pendingCount > 0 ? busyInterval : idleInterval)
        return (due, reports)
    }

    /// The article left on the socket.
    public mutating func sent(_ message: ArticleMessage, now: Date) -> Report? {
        ledger.markSent(message.article.id, now: now)
        return message.attempt > 1 ? .resent(id: message.article.id, attempt: message.attempt) : nil
    }
}
