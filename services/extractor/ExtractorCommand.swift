import ArgumentParser
import Bus
import EntityTagger
import Extraction
import Foundation
import NewsModel
import ServiceLifecycle
import ServiceSupport

@main
struct ExtractorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newswire-extractor",
        abstract: "Pulls articles from the ingester, runs the extraction pipeline, pushes the results to the store. Start as many as you like.")

    @Option(help: "The ingester's PUSH endpoint to pull articles from (env NEWSWIRE_ARTICLES_ENDPOINT).")
    var articles = Setting.string("NEWSWIRE_ARTICLES_ENDPOINT", default: DefaultEndpoint.ingesterArticles)

    @Option(help: "The store's PULL endpoint to push results to (env NEWSWIRE_RESULTS_ENDPOINT).")
    var results = Setting.string("NEWSWIRE_RESULTS_ENDPOINT", default: DefaultEndpoint.storeResults)

    @Option(help: "Extraction threads in this process, each with its own sockets (env NEWSWIRE_EXTRACTOR_THREADS).")
    var threads = Setting.int("NEWSWIRE_EXTRACTOR_THREADS", default: 1)

    @Option(help: "Name shown by `newswire status` (env NEWSWIRE_INSTANCE).")
    var instance = Setting.string("NEWSWIRE_INSTANCE", default: defaultInstanceName(service: "extractor"))

    @Option(help: "Entity model file (env NEWSWIRE_NER_MODEL); the one shipped with newswire if not given.")
    var model = Setting.string("NEWSWIRE_NER_MODEL", default: "")

    @Option(help: "Syntax model file (env NEWSWIRE_SYNTAX_MODEL); the one shipped with newswire if not given.")
    var syntaxModel = Setting.string("NEWSWIRE_SYNTAX_MODEL", default: "")

    @OptionGroup var common: CommonServiceOptions

    func run() async throws {
        let logger = common.bootstrapLogging(label: "newswire.extractor")
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
        // the store refuses heartbeats whose name breaks the rule: say so here rather than be missing from status
        if let problem = HeartbeatRules.problem(instance: threads == 1 ? instance : "\(instance).\(threads)") {
            throw ValidationError("--instance '\(instance.prefix(64))': \(problem)")
        }
        // A missing or corrupt model (entity or syntax) stops the service here: a clear error beats quietly weaker
        // extractions.
        let pipeline: ExtractionPipeline
        do {
            pipeline = try ExtractionPipeline.trained(model: model.isEmpty ? nil : URL(fileURLWithPath: model),
                                                      syntaxModel: syntaxModel.isEmpty ? nil : URL(fileURLWithPath: syntaxModel))
        } catch {
            logger.critical("extractor refuses to start", metadata: ["error": .string("\(error)")])
            throw error
        }
        let security = try common.security(role: .extractor, binds: [], connects: [articles, results], logger: logger)
        let context = try ZMQContext()
        let loops = (0..<threads).map { index in
            let loop = ExtractorLoop(context: context, articlesEndpoint: articles, resultsEndpoint: results,
                                     instance: threads == 1 ? instance : "\(instance).\(index + 1)",
                                     pipeline: pipeline, logger: logger, security: security)
            return BlockingLoopService(name: "extractor-\(index + 1)", loop: loop.run)
        }
        logger.info("extractor starting", metadata: ["articles": .string(articles), "results": .string(results), "threads": .stringConvertible(threads)])
        try await ServiceGroup.runUntilSignalled(loops, logger: logger)
        context.terminate()
        logger.info("extractor stopped")
    }
}
