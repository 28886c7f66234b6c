import Bus
import Foundation
import Logging
import NewsModel
import ServiceCore
import ServiceSupport
import Storage

/// The store service: this loop answers the query socket (ROUTER) and starts the two other parts, each on threads of
/// their own so that none waits for another:
/// - the writer (`StoreWriterLoop`): results in, acknowledgements out;
/// - the readers (`QueryReaders`): queries, each under a time budget, on connections of their own.
/// Pings are answered here at once from what the writer last published; queries go to the readers through the
/// `QueryDesk`, which answers `timeout` when a query's budget is spent, whether or not its reader has finished.
struct StoreLoop: Sendable {
    struct Endpoints: Sendable {
        var queries: String
        var results: String
        var acks: String
    }

    let context: ZMQContext
    /// The writer's store; also answers pings' row counts, and the queries when no `readers` are given.
    let store: any Store
    let endpoints: Endpoints
    var instance = defaultInstanceName(service: "store")
    let logger: Logger
    /// Where what the store cannot use is recorded; nil to count it only.
    var deadLetters: DeadLetterFile? = nil
    /// The reader threads' stores; empty: one reader on `store`, with no budget inside SQLite.
    var readers: [QueryReader] = []
    /// Seconds a query may take before it is answered `timeout`.
    var queryTimeout: TimeInterval = 2
    var security = BusSecurity.unauthenticated(.store)

    func run(until stop: StopSignal) throws {
        let queries = try context.makeSocket(.router)
        let replies = try context.makeSocket(.pull)
        defer {
            queries.close()
            replies.close()
        }
        let repliesEndpoint = "inproc://store-replies-\(UUID().uuidString)"
        try replies.bind(repliesEndpoint)
        try security.bind(queries, endpoints.queries, as: .storeQueries)
        logger.info("store listening", metadata: ["queries": .string(endpoints.queries), "results": .string(endpoints.results),
                                                  "acks": .string(endpoints.acks), "query_timeout": .stringConvertible(queryTimeout)])

        let board = StoreBoard()
        let writer = StoreWriterLoop(context: context, store: store, endpoints: endpoints, logger: logger,
                                     deadLetters: deadLetters, board: board, security: security)
        let writerDone = startWriter(writer, stop: stop)
        let pool = QueryReaders(readers: readers.isEmpty ? [QueryReader(store: store, budget: nil)] : readers)
        pool.start(context: context, replies: repliesEndpoint, instance: instance, endpoint: endpoints.queries, logger: logger)
        defer {
            // readers stuck in a query are not waited for: they only read, and the process may end under them
            pool.stop()
            writerDone.wait()
        }

        let handler = StoreRequestHandler(store: store, instance: instance, endpoint: endpoints.queries, deadLetters: deadLetters)
        var desk = QueryDesk(budget: queryTimeout)
        var poller = Poller()
        poller.add(queries)
        poller.add(replies)
        while !stop.isStopped, !writerDone.finished {
            let ready = try poller.poll(timeout: 50)
            if ready[0].contains(.readable) {
                while let frames = try queries.receiveMultipart(dontWait: true) {
                    guard let message = RoutedMessage(frames: frames) else { continue }
                    switch handler.handle(message.payload, board: { board.board.adding(desk: desk) }) {
                    case .answered(let reply, let error):
                        error.map(logRefusal)
                        _ = try queries.send(frames: message.replyFrames(reply), dontWait: true)
                    case .query:
                        switch desk.admit(message.payload, from: message.envelope, now: Date()) {
                        case .refuse(let reply):
                            _ = try queries.send(frames: message.envelope + [[UInt8](reply)], dontWait: true)
                        case .dispatch(let job):
                            if !pool.submit(job) { logger.error("query queue full", metadata: ["in_flight": .stringConvertible(desk.inFlight)]) }
                        }
                    }
                }
            }
            if ready[1].contains(.readable) {
                while let frames = try replies.receiveMultipart(dontWait: true) {
                    guard frames.count == 2, frames[0].count == 8 else { continue }
                    let id = frames[0].withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
                    if let (client, reply) = desk.answered(id, reply: Data(frames[1])) {
                        _ = try queries.send(frames: client + [[UInt8](reply)], dontWait: true)
                    }
                }
            }
            for (client, reply) in desk.expire(now: Date()) {
                logger.notice("query timed out", metadata: ["request_id": .string(WireCodec.requestID(in: reply) ?? "-"),
                                                            "budget_s": .stringConvertible(queryTimeout)])
                _ = try queries.send(frames: client + [[UInt8](reply)], dontWait: true)
            }
        }
        if let failure = writerDone.failure { throw failure }
    }

    private func logRefusal(_ error: ErrorReply) {
        var metadata: Logger.Metadata = ["code": .string(error.code.rawValue), "error": .string(String(error.message.prefix(300)))]
        if let id = error.requestID { metadata["request_id"] = .string(id) }
        logger.notice("request refused", metadata: metadata)
    }

    private func startWriter(_ writer: StoreWriterLoop, stop: StopSignal) -> ThreadCompletion {
        let done = ThreadCompletion()
        let thread = Thread {
            do { try writer.run(until: stop) } catch { done.fail(error) }
            done.finish()
        }
        thread.name = "store-writer"
        thread.start()
        return done
    }
}

extension StoreRequestHandler.Board {
    /// The desk's counts beside the writer's.
    func adding(desk: QueryDesk) -> Self {
        var board = self
        board.counters["queries_in_flight"] = desk.inFlight
        board.counters["queries_timed_out"] = desk.timedOut
        return board
    }
}
