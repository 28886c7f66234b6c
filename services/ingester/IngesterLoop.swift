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
    /// Where articles given up on are recorded; nil to count them only.
    var deadLetters: DeadLetterFile? = nil
    /// Articles out and not yet taken by an extractor, at most.
    var window = 32
    var security = BusSecurity.unauthenticated(.ingester)
    /// Articles from the ingester's own feed and inbox threads (IntakeServices.swift).
    var intake: IntakeQueue?

    func run(until stop: StopSignal) throws {
        var machine = IngesterStateMachine(ledger: ledger.ledger, instance: instance, endpoint: endpoints.requests)
        machine.window = window
        machine.deadLetterFile = deadLetters
        var logLines = RepeatedLogLines()
        let requests = try context.makeSocket(.router)
        let articles = try context.makeSocket(.push)
        let acks = try context.makeSocket(.pull)
        defer {
            intake?.close()
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
                    report.map { log($0, &logLines) }
                    try requests.send(frames: message.replyFrames(reply), dontWait: true)
                }
            }
            if ready[1].contains(.readable) {
                while let frames = try acks.receiveMultipart(dontWait: true) {
                    machine.acknowledgement(frames.last.map { Data($0) } ?? Data()).map { log($0, &logLines) }
                }
            }
            if let intake {
                machine.intakeCounters = intake.counters
                intake.serve { payload in
                    let (reply, report) = machine.request(payload)
                    report.map { log($0, &logLines) }
                    return reply
                }
            }
            let now = Date()
            let (due, reports) = machine.due(now: now)
            reports.forEach { log($0, &logLines) }
            for message in due {
                guard try articles.send(WireCodec.encode(message), dontWait: true) else { break }
                machine.sent(message, now: now).map { log($0, &logLines) }
            }
            record(machine.takeDeadLetters())
        }
        logger.info("ingester draining", metadata: ["pending": .stringConvertible(machine.ledger.pendingCount)])
    }

    private func record(_ letters: [DeadLetter]) {
        guard let deadLetters, !letters.isEmpty else { return }
        for letter in letters {
            do {
                if try !deadLetters.append(letter) {
                    logger.error("dead-letter file full; counting only", metadata: ["path": .string(deadLetters.path)])
                    return
                }
            } catch {
                logger.error("could not record a dead letter", metadata: ["path": .string(deadLetters.path), "error": .string("\(error)")])
            }
        }
    }

    /// Logs a report; the kinds that can repeat by the thousand (bad acknowledgements, re-sends, refusals) once per
    /// interval, with how many went unlogged.
    private func log(_ report: IngesterStateMachine.Report, _ lines: inout RepeatedLogLines) {
        let kind: String? = switch report {
        case .badAcknowledgement: "bad acknowledgement"
        case .resent: "resent"
        case .refused: "refused"
        default: nil
        }
        var unlogged = 0
        if let kind {
            guard let count = lines.shouldLog(kind, now: Date()) else { return }
            unlogged = count
        }
        switch report {
        case .ingested(let articles, let accepted, let requestID):
            var metadata: Logger.Metadata = ["articles": .stringConvertible(articles), "accepted": .stringConvertible(accepted)]
            if let requestID { metadata["request_id"] = .string(requestID) }
            logger.info("ingest", metadata: metadata)
        case .badRequest(let error):
            logger.warning("bad request", metadata: ["error": .string(error.message)])
        case .badAcknowledgement(let error):
            logger.warning("bad acknowledgement ignored", metadata: ["error": .string(String(error.message.prefix(300))),
                                                                     "similar_unlogged": .stringConvertible(unlogged)])
        case .journalFailed(let error):
            logger.error("journal write failed", metadata: ["error": .string(error)])
        case .abandoned(let total, let maxAttempts):
            logger.error("gave up on articles never acknowledged", metadata: ["abandoned": .stringConvertible(total),
                                                                              "max_attempts": .stringConvertible(maxAttempts)])
        case .resent(let id, let attempt):
            logger.notice("re-sent unacknowledged article", metadata: ["id": .string(id), "attempt": .stringConvertible(attempt),
                                                                       "similar_unlogged": .stringConvertible(unlogged)])
        case .refused(let items):
            logger.warning("store refused articles; not sending them again",
                           metadata: ["articles": .stringConvertible(items.count), "first_id": .string(items.first?.id ?? "-"),
                                      "reason": .string(items.first?.reason ?? "-"), "similar_unlogged": .stringConvertible(unlogged)])
        }
    }
}
