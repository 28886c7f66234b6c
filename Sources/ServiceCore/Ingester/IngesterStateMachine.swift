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
    }

    public let ledger: IngestLedger
    public let instance: String
    /// The request endpoint, shown by `status`.
    public let endpoint: String
    public var busyInterval: TimeInterval = 0.05
    public var idleInterval: TimeInterval = 1
    /// How many articles one turn offers at most.
    public var sendLimit = 256
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
            case .ping:
                let ping = try WireCodec.decode(PingMessage.self, from: payload)
                let status = ServiceStatus(service: "ingester", instance: instance, endpoint: endpoint, up: true,
                                           counters: ledger.counterDictionary)
                return (WireCodec.encode(PongMessage(status: status, requestID: ping.requestID)), nil)
            case let other:
                throw ErrorReply(code: .unknownType, message: "the ingester takes 'ingest' and 'ping', not '\(other.rawValue)'")
            }
        } catch {
            let answered = error.answering(payload)
            return (WireCodec.encode(answered), .badRequest(answered))
        }
    }

    /// One message on the acknowledgement socket.
    public mutating func acknowledgement(_ payload: Data) -> Report? {
        do throws(ErrorReply) {
            let ack = try WireCodec.decode(AckMessage.self, from: payload)
            try AckCheck.check(ack)
            do {
                try ledger.acknowledge(ack.ids)
                return nil
            } catch {
                return .journalFailed("\(error)")
            }
        } catch {
            return .badAcknowledgement(error)
        }
    }

    /// The articles to offer now, oldest first; empty when it is not yet time to look. Offer them in order and
    /// call ``sent(_:now:)`` for each that leaves; stop at the first the socket will not take (the rest wait).
    public mutating func due(now: Date) -> (articles: [ArticleMessage], reports: [Report]) {
        guard now >= nextDueCheck else { return ([], []) }
        let abandonedBefore = ledger.counters.abandoned
        var reports: [Report] = []
        let due: [ArticleMessage]
        do {
            due = try ledger.due(now: now, limit: sendLimit)
        } catch {
            due = []
            reports.append(.journalFailed("\(error)"))
        }
        if ledger.counters.abandoned > abandonedBefore {
            reports.append(.abandoned(total: ledger.counters.abandoned, maxAttempts: ledger.maxAttempts))
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
