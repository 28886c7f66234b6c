import Bus
import Foundation
import Logging
import NewsModel
import ServiceSupport
import Storage

/// The store's sockets: results in (PULL), acknowledgements out (PUSH to the ingester), queries in (ROUTER).
/// What arrives together is written in one transaction, then acknowledged.
struct StoreLoop: Sendable {
    struct Endpoints: Sendable {
        var queries: String
        var results: String
        var acks: String
    }

    let context: ZMQContext
    let store: SQLiteStore
    let endpoints: Endpoints
    let logger: Logger

    func run(until stop: StopSignal) throws {
        let queries = try context.makeSocket(.router)
        let results = try context.makeSocket(.pull)
        let acks = try context.makeSocket(.push)
        defer {
            queries.close()
            results.close()
            acks.close()
        }
        acks.linger = 2000
        acks.sendTimeout = 250
        try queries.bind(endpoints.queries)
        try results.bind(endpoints.results)
        try acks.connect(endpoints.acks)
        logger.info("store listening", metadata: ["queries": "\(endpoints.queries)", "results": "\(endpoints.results)",
                                                  "acks": "\(endpoints.acks)"])
        let handler = QueryHandler(store: store)
        var workers = WorkerRegistry()
        var poller = Poller()
        poller.add(queries)
        poller.add(results)
        let instance = defaultInstanceName(service: "store")
        var stored = 0
        var rejected = 0
        while !stop.isStopped {
            let ready = try poller.poll(timeout: 100)
            if ready[1].contains(.readable) {
                // Drain what is there (bounded, so queries are not starved) and write it in one transaction.
                var batch: [(article: Article, extraction: Extraction)] = []
                while batch.count < 64, let frames = try results.receiveMultipart(dontWait: true) {
                    let payload = frames.last.map { Data($0) } ?? Data()
                    switch decodeResult(payload) {
                    case .extraction(let message): batch.append((message.article, message.extraction))
                    case .heartbeat(let beat): workers.record(beat)
                    case .invalid(let error):
                        rejected += 1
                        logger.warning("bad result dropped", metadata: ["error": "\(error.message)"])
                    }
                }
                if !batch.isEmpty {
                    do {
                        try store.upsert(batch)
                        stored += batch.count
                        let ids = batch.map(\.article.id)
                        while !stop.isStopped, !((try? acks.send(WireCodec.encode(AckMessage(ids: ids)))) ?? false) {}
                        logger.debug("stored", metadata: ["articles": "\(batch.count)"])
                    } catch {
                        // Not acknowledged, so the ingester sends them again.
                        logger.error("could not store a batch", metadata: ["articles": "\(batch.count)", "error": "\(error)"])
                    }
                }
            }
            if ready[0].contains(.readable) {
                while let frames = try queries.receiveMultipart(dontWait: true) {
                    guard let message = RoutedMessage(frames: frames) else { continue }
                    let reply = answer(message.payload, handler: handler, workers: workers, instance: instance,
                                       extra: ["stored_this_run": stored, "rejected_messages": rejected])
                    try queries.send(frames: message.replyFrames(reply), dontWait: true)
                }
            }
        }
    }

    private enum ResultMessage {
        case extraction(ExtractionMessage)
        case heartbeat(HeartbeatMessage)
        case invalid(ErrorReply)
    }

    private func decodeResult(_ payload: Data) -> ResultMessage {
        do throws(ErrorReply) {
            switch try WireCodec.messageType(of: payload) {
            case .extraction: return .extraction(try WireCodec.decode(ExtractionMessage.self, from: payload))
            case .heartbeat: return .heartbeat(try WireCodec.decode(HeartbeatMessage.self, from: payload))
            case let other:
                throw ErrorReply(code: .unknownType, message: "the store's results socket takes 'extraction' and 'heartbeat', not '\(other.rawValue)'")
            }
        } catch {
            return .invalid(error)
        }
    }

    private func answer(_ payload: Data, handler: QueryHandler, workers: WorkerRegistry, instance: String,
                        extra: [String: Int]) -> Data {
        do throws(ErrorReply) {
            switch try WireCodec.messageType(of: payload) {
            case .query:
                let request = try WireCodec.decode(QueryRequest.self, from: payload)
                switch handler.handle(request) {
                case .success(let reply): return WireCodec.encode(reply)
                case .failure(let error): return WireCodec.encode(error)
                }
            case .ping:
                let ping = try WireCodec.decode(PingMessage.self, from: payload)
                var counters = (try? store.counters()) ?? [:]
                counters.merge(extra) { current, _ in current }
                let status = ServiceStatus(service: "store", instance: instance, endpoint: endpoints.queries, up: true,
                                           counters: counters)
                return WireCodec.encode(PongMessage(status: status, workers: workers.statuses(now: Date()), requestID: ping.requestID))
            case let other:
                throw ErrorReply(code: .unknownType, message: "the store takes 'query' and 'ping', not '\(other.rawValue)'")
            }
        } catch {
            logger.warning("bad query", metadata: ["error": "\(error.message)"])
            return WireCodec.encode(error.answering(payload))
        }
    }
}
