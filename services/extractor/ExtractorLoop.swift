import Bus
import Extraction
import Foundation
import Logging
import NewsModel
import ServiceSupport

/// One extraction worker: PULL an article, extract, PUSH the result; a heartbeat every few seconds so the
/// store (and so `status`) knows this worker is alive.
struct ExtractorLoop: Sendable {
    let context: ZMQContext
    let articlesEndpoint: String
    let resultsEndpoint: String
    let instance: String
    let pipeline: ExtractionPipeline
    let logger: Logger
    var security = BusSecurity.unauthenticated(.extractor)

    func run(until stop: StopSignal) throws {
        let articles = try context.makeSocket(.pull)
        let results = try context.makeSocket(.push)
        defer {
            articles.close()
            results.close()
        }
        // Take one article at a time so idle peers get the next ones (PUSH deals round-robin to what is queued).
        articles.receiveHighWaterMark = 4
        articles.receiveTimeout = 200
        // On shutdown, give the last results a moment to leave; never block so long that a stop goes unheard.
        results.linger = 2000
        results.sendTimeout = 250
        try security.connect(articles, articlesEndpoint, to: .ingester)
        try security.connect(results, resultsEndpoint, to: .store)
        var processed = 0
        var failed = 0
        var nextHeartbeat = Date()
        while !stop.isStopped {
            if Date() >= nextHeartbeat {
                let beat = HeartbeatMessage(service: "extractor", instance: instance, processed: processed, failed: failed)
                _ = try results.send(WireCodec.encode(beat), dontWait: true)
                nextHeartbeat = Date().addingTimeInterval(2)
            }
            guard let frame = try articles.receive() else { continue }
            let payload = Data(frame)
            do throws(ErrorReply) {
                let message = try decodeArticle(payload)
                let started = DispatchTime.now().uptimeNanoseconds
                let extraction = pipeline.extract(message.article)
                let elapsed = Int((DispatchTime.now().uptimeNanoseconds - started) / 1000)
                let result = ExtractionMessage(article: message.article, extraction: extraction, extractor: instance,
                                               elapsedMicroseconds: elapsed)
                // While the store is away, keep trying until stopped; an article lost here is re-sent by the ingester.
                let encoded = WireCodec.encode(result)
                while !stop.isStopped, !((try? results.send(encoded)) ?? false) {}
                processed += 1
                logger.debug("extracted", metadata: ["id": .string(message.article.id), "us": .stringConvertible(elapsed),
                                                     "entities": .stringConvertible(extraction.entities.count)])
            } catch {
                failed += 1
                logger.warning("bad message dropped", metadata: ["error": .string(error.message)])
            }
        }
    }

    private func decodeArticle(_ payload: Data) throws(ErrorReply) -> ArticleMessage {
        let type = try WireCodec.messageType(of: payload)
        guard type == .article else {
            throw ErrorReply(code: .unknownType, message: "an extractor takes 'article' messages, not '\(type.rawValue)'")
        }
        return try WireCodec.decode(ArticleMessage.self, from: payload)
    }
}
