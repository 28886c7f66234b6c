import Bus
import Foundation
import Logging
import NewsModel
import ServiceCore
import ServiceSupport
import Storage

/// One reader: a store instance of its own (its own connections, and so its own time budget) and a thread.
struct QueryReader: Sendable {
    let store: any Store
    /// nil for a store without one (tests handing the writer's store): its queries then only time out at the desk.
    let budget: QueryBudget?
}

/// The reader threads: they take jobs from a bounded queue, answer them through their own store under the job's
/// budget, and push `[job id, reply]` to the query loop's inproc socket. A reader stuck in a query SQLite cannot
/// stop leaves the others to answer; the query loop has already told its client `timeout`.
final class QueryReaders: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [QueryDesk.Job] = []
    private var stopped = false
    private let readers: [QueryReader]
    private let maxQueued: Int

    init(readers: [QueryReader], maxQueued: Int = 256) {
        self.readers = readers
        self.maxQueued = maxQueued
    }

    /// Starts one thread per reader; each connects a PUSH socket to `replies` (bound by the query loop).
    func start(context: ZMQContext, replies: String, instance: String, endpoint: String, logger: Logger) {
        for (index, reader) in readers.enumerated() {
            let handler = StoreRequestHandler(store: reader.store, instance: instance, endpoint: endpoint)
            let thread = Thread { [self] in
                do {
                    try work(handler: handler, budget: reader.budget, context: context, replies: replies, logger: logger)
                } catch let error as ZMQError where error.isTerminated {
                    // the process is stopping
                } catch {
                    logger.error("query reader stopped", metadata: ["error": .string("\(error)")])
                }
            }
            thread.name = "store-reader-\(index + 1)"
            thread.start()
        }
    }

    /// Queues a job; false when the queue is full (the desk's capacity normally prevents that).
    func submit(_ job: QueryDesk.Job) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard !stopped, queue.count < maxQueued else { return false }
        queue.append(job)
        condition.signal()
        return true
    }

    /// No more jobs; queries running are stopped where SQLite can stop them. Does not wait for the threads.
    func stop() {
        condition.lock()
        stopped = true
        queue.removeAll()
        condition.broadcast()
        condition.unlock()
        for reader in readers { reader.budget?.cancel() }
    }

    private func take() -> QueryDesk.Job? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty, !stopped { condition.wait() }
        return stopped ? nil : queue.removeFirst()
    }

    private func work(handler: StoreRequestHandler, budget: QueryBudget?, context: ZMQContext, replies: String,
                      logger: Logger) throws {
        let socket = try context.makeSocket(.push)
        defer { socket.close() }
        try socket.connect(replies)
        while let job = take() {
            let remaining = job.deadline.timeIntervalSinceNow
            // picked up after its deadline: the client already has its timeout
            guard remaining > 0 else { continue }
            budget?.start(seconds: remaining)
            let (reply, error) = handler.answerQuery(job.payload)
            budget?.end()
            if let error {
                var metadata: Logger.Metadata = ["code": .string(error.code.rawValue), "error": .string(String(error.message.prefix(300)))]
                if let id = error.requestID { metadata["request_id"] = .string(id) }
                logger.notice("query refused", metadata: metadata)
            }
            let idFrame = withUnsafeBytes(of: job.id.littleEndian) { [UInt8]($0) }
            _ = try socket.send(frames: [idFrame, [UInt8](reply)])
        }
    }
}
