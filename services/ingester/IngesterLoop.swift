import Bus
import Foundation
import Ingestion
import Logging
import NewsModel
import ServiceSupport

/// The ingester's sockets: requests in (ROUTER), articles out (PUSH), acknowledgements in (PULL).
/// All the bookkeeping is the `IngestLedger`'s; this only moves bytes.
struct IngesterLoop: Sendable {
    struct Endpoints: Sendable {
        var requests: String
        var articles: String
        var acks: String
    }

    let context: ZMQContext
    let endpoints: Endpoints
    let ledger: LedgerBox
    let logger: Logger

    func run(until stop: StopSignal) throws {
        let ledger = self.ledger.ledger
        let requests = try context.makeSocket(.router)
        let articles = try context.makeSocket(.push)
        let acks = try context.makeSocket(.pull)
        defer {
            requests.close()
            articles.close()
            acks.close()
        }
        // A small queue towards the extractors: an article counts as sent when it leaves, so the re-send clock
        // should not start while it waits behind thousands of others.
        articles.sendHighWaterMark = 64
        articles.immediate = true
        try requests.bind(endpoints.requests)
        try articles.bind(endpoints.articles)
        try acks.bind(endpoints.acks)
        logger.info("ingester listening", metadata: ["requests": "\(endpoints.requests)", "articles": "\(endpoints.articles)",
                                                     "acks": "\(endpoints.acks)"])
        var poller = Poller()
        poller.add(requests)
        poller.add(acks)
        let instance = defaultInstanceName(service: "ingester")
        var nextDueCheck = Date.distantPast
        while !stop.isStopped {
            let ready = try poller.poll(timeout: 100)
            if ready[0].contains(.readable) {
                while let frames = try requests.receiveMultipart(dontWait: true) {
                    guard let message = RoutedMessage(frames: frames) else { continue }
                    let reply = handleRequest(message.payload, ledger: ledger, instance: instance)
                    try requests.send(frames: message.replyFrames(reply), dontWait: true)
                }
                nextDueCheck = .distantPast
            }
            if ready[1].contains(.readable) {
                while let frames = try acks.receiveMultipart(dontWait: true) {
                    handleAck(frames.last.map { Data($0) } ?? Data(), ledger: ledger)
                }
            }
            let now = Date()
            if now >= nextDueCheck {
                try sendDue(ledger: ledger, socket: articles, now: now)
                nextDueCheck = now.addingTimeInterval(ledger.pendingCount > 0 ? 0.05 : 1)
            }
        }
        logger.info("ingester draining", metadata: ["pending": "\(ledger.pendingCount)"])
    }

    private func handleRequest(_ payload: Data, ledger: IngestLedger, instance: String) -> Data {
        do throws(ErrorReply) {
            switch try WireCodec.messageType(of: payload) {
            case .ingest:
                let request = try WireCodec.decode(IngestRequest.self, from: payload)
                do {
                    let outcomes = try ledger.submit(request.articles)
                    let accepted = outcomes.filter { $0.status == .accepted }.count
                    logger.info("ingest", metadata: ["articles": "\(request.articles.count)", "accepted": "\(accepted)"])
                    return WireCodec.encode(IngestReply(results: outcomes, requestID: request.requestID))
                } catch {
                    logger.error("journal write failed", metadata: ["error": "\(error)"])
                    return WireCodec.encode(ErrorReply(code: .internalError, message: "could not journal the articles: \(error)",
                                                       requestID: request.requestID))
                }
            case .ping:
                let ping = try WireCodec.decode(PingMessage.self, from: payload)
                let status = ServiceStatus(service: "ingester", instance: instance, endpoint: endpoints.requests, up: true,
                                           counters: ledger.counterDictionary)
                return WireCodec.encode(PongMessage(status: status, requestID: ping.requestID))
            case let other:
                throw ErrorReply(code: .unknownType, message: "the ingester takes 'ingest' and 'ping', not '\(other.rawValue)'")
            }
        } catch {
            logger.warning("bad request", metadata: ["error": "\(error.message)"])
            return WireCodec.encode(error.answering(payload))
        }
    }

    private func handleAck(_ payload: Data, ledger: IngestLedger) {
        do {
            let ack = try WireCodec.decode(AckMessage.self, from: payload)
            try ledger.acknowledge(ack.ids)
        } catch let error as ErrorReply {
            logger.warning("bad acknowledgement ignored", metadata: ["error": "\(error.message)"])
        } catch {
            logger.error("could not journal acknowledgements", metadata: ["error": "\(error)"])
        }
    }

    /// Sends what is due until the extractors' queue is full; the rest waits for the next turn.
    private func sendDue(ledger: IngestLedger, socket: ZMQSocket, now: Date) throws {
        let abandonedBefore = ledger.counters.abandoned
        let due = try ledger.due(now: now, limit: 256)
        if ledger.counters.abandoned > abandonedBefore {
            logger.error("gave up on articles never acknowledged after \(ledger.maxAttempts) sends",
                         metadata: ["abandoned": "\(ledger.counters.abandoned)"])
        }
        for message in due {
            guard try socket.send(WireCodec.encode(message), dontWait: true) else { return }
            ledger.markSent(message.article.id, now: now)
            if message.attempt > 1 {
                logger.notice("re-sent unacknowledged article", metadata: ["id": "\(message.article.id)", "attempt": "\(message.attempt)"])
            }
        }
    }
}
