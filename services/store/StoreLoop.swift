import Bus
import Foundation
import Logging
import NewsModel
import ServiceCore
import ServiceSupport
import Storage

/// The store's sockets: results in (PULL), acknowledgements out (PUSH to the ingester), queries in (ROUTER).
/// What to batch and acknowledge is the `StoreStateMachine`'s, what to answer the `StoreRequestHandler`'s;
/// this moves bytes and calls the database.
struct StoreLoop: Sendable {
    struct Endpoints: Sendable {
        var queries: String
        var results: String
        var acks: String
    }

    let context: ZMQContext
    let store: any Store
    let endpoints: Endpoints
    var instance = defaultInstanceName(service: "store")
    let logger: Logger
    /// Where what the store cannot use is recorded; nil to count it only.
    var deadLetters: DeadLetterFile? = nil
    var security = BusSecurity.unauthenticated(.store)

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
        try security.bind(queries, endpoints.queries, as: .storeQueries)
        try security.bind(results, endpoints.results, as: .storeResults)
        try security.connect(acks, endpoints.acks, to: .ingester)
        logger.info("store listening", metadata: ["queries": .string(endpoints.queries), "results": .string(endpoints.results),
                                                  "acks": .string(endpoints.acks)])
        let handler = StoreRequestHandler(store: store, instance: instance, endpoint: endpoints.queries)
        var machine = StoreStateMachine()
        var logLines = RepeatedLogLines()
        var poller = Poller()
        poller.add(queries)
        poller.add(results)
        while !stop.isStopped {
            let ready = try poller.poll(timeout: 100)
            if ready[1].contains(.readable) {
                while machine.wantsMore, let frames = try results.receiveMultipart(dontWait: true) {
                    let now = Date()
                    if case .rejected(let error) = machine.received(frames.last.map { Data($0) } ?? Data(), now: now),
                       let unlogged = logLines.shouldLog(error.code.rawValue, now: now) {
                        logger.warning("bad result dropped", metadata: [  // and kept as a dead letter
                            "code": .string(error.code.rawValue), "error": .string(String(error.message.prefix(300))),
                            "similar_unlogged": .stringConvertible(unlogged),
                        ])
                    }
                }
                // the gathered batch, then (if it failed as a whole) each of its articles alone
                while let batch = machine.takeBatch() {
                    let outcome: StoreStateMachine.Outcome
                    do {
                        try store.upsert(batch)
                        outcome = machine.written()
                    } catch {
                        logger.error("could not store a batch", metadata: ["articles": .stringConvertible(batch.count),
                                                                           "error": .string("\(error)")])
                        outcome = machine.writeFailed(reason: "\(error)")
                    }
                    if case .acknowledge(let ack) = outcome {
                        let payload = WireCodec.encode(ack)
                        while !stop.isStopped, !((try? acks.send(payload)) ?? false) {}
                        logger.debug("stored", metadata: ["articles": .stringConvertible(ack.ids.count)])
                    }
                }
                record(machine.takeDeadLetters())
            }
            if ready[0].contains(.readable) {
                while let frames = try queries.receiveMultipart(dontWait: true) {
                    guard let message = RoutedMessage(frames: frames) else { continue }
                    let (reply, error) = handler.answer(message.payload, state: machine, now: Date())
                    if let error {
                        var metadata: Logger.Metadata = ["code": .string(error.code.rawValue), "error": .string(error.message)]
                        if let id = error.requestID { metadata["request_id"] = .string(id) }
                        logger.notice("query refused", metadata: metadata)
                    }
                    try queries.send(frames: message.replyFrames(reply), dontWait: true)
                }
            }
        }
    }

    private func record(_ letters: [DeadLetter]) {
        guard let deadLetters else { return }
        for letter in letters {
            do {
                if try !deadLetters.append(letter) {
                    logger.error("dead-letter file full; counting only", metadata: ["path": .string(deadLetters.path)])
                }
            } catch {
                logger.error("could not record a dead letter", metadata: ["path": .string(deadLetters.path), "error": .string("\(error)")])
            }
        }
    }
}
