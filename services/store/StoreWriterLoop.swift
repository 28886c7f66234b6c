import Bus
import Foundation
import Logging
import NewsModel
import ServiceCore
import ServiceSupport
import Storage
import Synchronization

/// The writer's counters and the extractors' statuses as of its last turn, for the query loop's pongs.
final class StoreBoard: Sendable {
    private let current = Mutex(StoreRequestHandler.Board())

    func publish(_ board: StoreRequestHandler.Board) {
        current.withLock { $0 = board }
    }

    var board: StoreRequestHandler.Board { current.withLock { $0 } }
}

/// The store's writing half, on a thread of its own: results in (PULL), acknowledgements, refusals and taken
/// reports out (PUSH to the ingester) through a bounded outbox that never waits for the ingester. What to batch and
/// acknowledge is the `StoreStateMachine`'s; this moves bytes and calls the database.
struct StoreWriterLoop: Sendable {
    let context: ZMQContext
    let store: any Store
    let endpoints: StoreLoop.Endpoints
    let logger: Logger
    let deadLetters: DeadLetterFile?
    let board: StoreBoard
    let security: BusSecurity

    func run(until stop: StopSignal) throws {
        let results = try context.makeSocket(.pull)
        let acks = try context.makeSocket(.push)
        defer {
            results.close()
            acks.close()
        }
        // On shutdown the last acknowledgements get two seconds to leave; a send never blocks the loop.
        acks.linger = 2000
        acks.sendTimeout = 0
        try security.bind(results, endpoints.results, as: .storeResults)
        try security.connect(acks, endpoints.acks, to: .ingester)
        var machine = StoreStateMachine()
        var outbox = AckOutbox()
        var logLines = RepeatedLogLines()
        var poller = Poller()
        poller.add(results)
        while !stop.isStopped {
            // a short wait while the outbox holds something, so it drains as soon as the ingester is back
            let ready = try poller.poll(timeout: outbox.isEmpty ? 100 : 20)
            if ready[0].contains(.readable) {
                while machine.wantsMore, let frames = try results.receiveMultipart(dontWait: true) {
                    let now = Date()
                    switch machine.received(frames.last.map { Data($0) } ?? Data(), now: now) {
                    case .rejected(let error):
                        if let unlogged = logLines.shouldLog(error.code.rawValue, now: now) {
                            logger.warning("bad result dropped", metadata: [  // and kept as a dead letter
                                "code": .string(error.code.rawValue), "error": .string(String(error.message.prefix(300))),
                                "similar_unlogged": .stringConvertible(unlogged),
                            ])
                        }
                    case .taken(let ids, let extractor):
                        outbox.add(.taken(ids, extractor: extractor))
                    case .batched, .heartbeat:
                        break
                    }
                }
                // the gathered batch, then (if it failed as a whole) each of its articles alone
                while let batch = machine.takeBatch() {
                    do {
                        try store.upsert(batch)
                        if case .acknowledge(let ack) = machine.written() {
                            outbox.add(.ack(ack.ids))
                            logger.debug("stored", metadata: ["articles": .stringConvertible(ack.ids.count)])
                        }
                    } catch {
                        if let unlogged = logLines.shouldLog("write failed", now: Date()) {
                            logger.error("could not store", metadata: ["articles": .stringConvertible(batch.count),
                                                                       "error": .string("\(error)"),
                                                                       "similar_unlogged": .stringConvertible(unlogged)])
                        }
                        _ = machine.writeFailed(reason: "\(error)")
                    }
                }
                record(machine.takeDeadLetters())
                outbox.add(.nack(machine.takeRefusals()))
            }
            drain(&outbox, into: acks)
            board.publish(.init(counters: machine.counters.merging(outboxCounters(outbox)) { $1 },
                                workers: machine.workers.statuses(now: Date())))
        }
        // what is still owed leaves while the socket lingers; the rest is re-sent by the ingester
        drain(&outbox, into: acks)
    }

    /// Sends what the socket takes without waiting, oldest first.
    private func drain(_ outbox: inout AckOutbox, into acks: ZMQSocket) {
        while let next = outbox.next, (try? acks.send(next.encoded, dontWait: true)) == true {
            outbox.sent()
        }
    }

    private func outboxCounters(_ outbox: AckOutbox) -> [String: Int] {
        ["outbox_messages": outbox.count, "outbox_ids": outbox.waitingIDs, "outbox_dropped_ids": outbox.dropped]
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
