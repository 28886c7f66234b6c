import ArgumentParser
import Bus
import Foundation
import NewsModel
import ServiceCore
import ServiceLifecycle
import ServiceSupport
import Storage

@main
struct StoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newswire-store",
        abstract: "The only writer of the database: stores extractions, acknowledges them to the ingester, answers queries.")

    @Option(help: "SQLite database file (env NEWSWIRE_DATABASE).")
    var database = Setting.string("NEWSWIRE_DATABASE", default: "newswire.sqlite")

    @Option(help: "ROUTER endpoint for queries from the gateway (env NEWSWIRE_STORE_QUERIES_BIND).")
    var queriesBind = Setting.string("NEWSWIRE_STORE_QUERIES_BIND", default: DefaultEndpoint.storeQueries)

    @Option(help: "PULL endpoint the extractors push results to (env NEWSWIRE_STORE_RESULTS_BIND).")
    var resultsBind = Setting.string("NEWSWIRE_STORE_RESULTS_BIND", default: DefaultEndpoint.storeResults)

    @Option(help: "The ingester's PULL endpoint for acknowledgements (env NEWSWIRE_ACKS_ENDPOINT).")
    var acks = Setting.string("NEWSWIRE_ACKS_ENDPOINT", default: DefaultEndpoint.ingesterAcks)

    @Option(help: "JSON Lines file recording what the store cannot use (env NEWSWIRE_DEAD_LETTERS); default: beside the database.")
    var deadLetters = Setting.string("NEWSWIRE_DEAD_LETTERS", default: "")

    @OptionGroup var common: CommonServiceOptions

    func run() async throws {
        let logger = common.bootstrapLogging(label: "newswire.store")
        let store = try SQLiteStore(path: database)
        logger.info("database open", metadata: ["path": .string(database)])
        let deadLetterPath = deadLetters.isEmpty ? database + ".dead-letters.jsonl" : deadLetters
        let deadLetterFile = try DeadLetterFile(path: deadLetterPath)
        logger.info("dead letters recorded", metadata: ["path": .string(deadLetterPath)])
        let security = try common.security(role: .store, binds: [queriesBind, resultsBind], connects: [acks], logger: logger)
        let context = try ZMQContext()
        let authentication = try security.startAuthentication(context: context, for: [.storeQueries, .storeResults], logger: logger)
        let loop = StoreLoop(context: context, store: store, endpoints: .init(queries: queriesBind, results: resultsBind, acks: acks),
                             logger: logger, deadLetters: deadLetterFile, security: security)
        try await ServiceGroup.runUntilSignalled([BlockingLoopService(name: "store", loop: loop.run)], logger: logger)
        authentication?.stop()
        context.terminate()
        logger.info("store stopped")
    }
}
