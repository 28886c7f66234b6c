import Bus
import Foundation
import Ingestion
import Ledger
import Logging
import NewsModel
import ServiceCore
import ServiceSupport

/// The ingester's sockets: requests in (ROUTER), articles out (PUSH), acknowledgements in (PULL).
/// All the bookkeeping is the `IngesterStateMachine`'s and its ledger's; this only moves bytes.
struct IngesterLoop: Sendable {
    struct Endpoints: Sendable {
        var requests: String
        var articles: String
        var acks: String
    }

    let context: ZMQContext
    let endpoints: Endpoints
    let ledger: LedgerBox
    var instance = defaultInstanceName(service: "ingester")
    let logger: Logger
    var security = BusSecurity.unauthenticated(.ingester)

    func run(until stop: StopSignal) throws {
        var machine = IngesterStateMachine(ledger: ledger.ledger, instance: instance, endpoint: endpoints.requests)
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
        try security.bind(requests, endpoints.requests, as: .ingesterRequests)
        try security.bind(articles, endpoints.articles, as: .ingesterArticles)
        try security.bind(acks, endpoints.acks, as: .ingesterAcks)
        logger.info("ingester listening", metadata: ["requests": .string(endpoints.requests),
                                                     "articles": .string(endpoints.articles), "acks": .string(endpoints.acks)])
        var poller = Poller()
        poller.add(requests)
        poller.add(acks)
        while !stop.isStopped {
            let ready = try poller.poll(timeout: 100)
            if ready[0].contains(.readable) {
                while let frames = try requests.receiveMultipart(dontWait: true) {
                    guard let message = RoutedMessage(frames: frames) else { continue }
                    let (reply, report) = machine.request(message.payload)
                    report.map(log)
                    try requests.send(frames: message.replyFrames(reply), dontWait: true)
                }
            }
            if ready[1].contains(.readable) {
                while let frames = try acks.receiveMultipart(dontWait: true) {
                    machine.acknowledgement(frames.last.map { Data($0) } ?? Data()).map(log)
                }
            }
            let now = Date()
            let (due, reports) = machine.due(now: now)
            reports.forEach(log)
            for message in due {
                guard try articles.send(WireCodec.encode(message), dontWait: true) else { break }
                machine.sent(message, now: now).map(log)
            }
        }
        logger.info("ingester draining", metadata: ["pending": .stringConvertible(machine.ledger.pendingCount)])
    }

    private func log(_ report: IngesterStateMachine.Report) {
        switch report {
        case .ingested(let articles, let accepted, let requestID):
            var metadata: Logger.Metadata = ["articles": .stringConvertible(articles), "accepted": .stringConvertible(accepted)]
            if let requestID { metadata["request_id"] = .string(requestID) }
            logger.info("ingest", metadata: metadata)
        case .badRequest(let error):
            logger.warning("bad request", metadata: ["error": .string(error.message)])
        case .badAcknowledgement(let error):
            logger.warning("bad acknowledgement ignored", metadata: ["error": .string(error.message)])
        case .journalFailed(let error):
            logger.error("journal write failed", metadata: ["error": .string(error)])
        case .abandoned(let total, let maxAttempts):
            logger.error("gave up on articles never acknowledged", metadata: ["abandoned": .stringConvertible(total),
                                                                              "max_attempts": .stringConvertible(maxAttempts)])
        case .resent(let id, let attempt):
            logger.notice("re-sent unacknowledged article", metadata: ["id": .string(id), "attempt": .stringConvertible(attempt)])
        }
    }
}
