import ArgumentParser
import Bus
import Foundation
import Ingestion
import Ledger
import NewsModel
import ServiceLifecycle
import ServiceSupport

@main
struct IngesterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newswire-ingester",
        abstract: "Accepts articles, journals them, pushes them to the extractors and re-sends what the store has not acknowledged.")

    @Option(help: "ROUTER endpoint for ingest requests from the gateway (env NEWSWIRE_INGESTER_REQUESTS_BIND).")
    var requestsBind = Setting.string("NEWSWIRE_INGESTER_REQUESTS_BIND", default: DefaultEndpoint.ingesterRequests)

    @Option(help: "PUSH endpoint the extractors connect to (env NEWSWIRE_INGESTER_ARTICLES_BIND).")
    var articlesBind = Setting.string("NEWSWIRE_INGESTER_ARTICLES_BIND", default: DefaultEndpoint.ingesterArticles)

    @Option(help: "PULL endpoint the store sends acknowledgements to (env NEWSWIRE_INGESTER_ACKS_BIND).")
    var acksBind = Setting.string("NEWSWIRE_INGESTER_ACKS_BIND", default: DefaultEndpoint.ingesterAcks)

    @Option(help: "Folder of the journal (env NEWSWIRE_JOURNAL).")
    var journal = Setting.string("NEWSWIRE_JOURNAL", default: "newswire-journal")

    @Option(help: "Seconds to wait for the store's acknowledgement before sending an article again (env NEWSWIRE_RESEND_AFTER).")
    var resendAfter = Setting.double("NEWSWIRE_RESEND_AFTER", default: 60)

    @Option(help: "Sends after which an unacknowledged article is given up on (env NEWSWIRE_MAX_ATTEMPTS).")
    var maxAttempts = Setting.int("NEWSWIRE_MAX_ATTEMPTS", default: 5)

    @OptionGroup var common: CommonServiceOptions

    func run() async throws {
        let logger = common.bootstrapLogging(label: "newswire.ingester")
        guard maxAttempts >= 1 else { throw ValidationError("--max-attempts must be at least 1, not \(maxAttempts)") }
        guard resendAfter > 0 else { throw ValidationError("--resend-after must be positive, not \(resendAfter)") }
        let ledger = try IngestLedger(journal: Journal(directory: URL(fileURLWithPath: journal)), resendAfter: resendAfter,
                                       maxAttempts: maxAttempts)
        let counters = ledger.counters
        if counters.damagedJournalLines > 0 {
            logger.warning("journal had damaged lines; skipped", metadata: ["lines": .stringConvertible(counters.damagedJournalLines)])
        }
        logger.info("journal open", metadata: ["folder": .string(journal), "pending": .stringConvertible(ledger.pendingCount),
                                               "acknowledged": .stringConvertible(counters.acknowledged)])
        let security = try common.security(role: .ingester, binds: [requestsBind, articlesBind, acksBind], connects: [],
                                           logger: logger)
        let context = try ZMQContext()
        let authentication = try security.startAuthentication(context: context, for: [.ingesterRequests, .ingesterArticles, .ingesterAcks],
                                                              logger: logger)
        let endpoints = IngesterLoop.Endpoints(requests: requestsBind, articles: articlesBind, acks: acksBind)
        let loop = IngesterLoop(context: context, endpoints: endpoints, ledger: LedgerBox(ledger), logger: logger,
                                security: security)
        try await ServiceGroup.runUntilSignalled([BlockingLoopService(name: "ingester", loop: loop.run)], logger: logger)
        authentication?.stop()
        context.terminate()
        logger.info("ingester stopped")
    }
}

/// Hands the ledger to the loop's thread, which is then its only user.
final class LedgerBox: @unchecked Sendable {
    let ledger: IngestLedger
    init(_ ledger: IngestLedger) { self.ledger = ledger }
}
