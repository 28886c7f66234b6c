import Foundation
import NewsModel
import Synchronization

/// How articles found by the ingester's own intake threads (feeds, the inbox) reach its ledger, which only the
/// socket loop may touch: an intake thread puts an encoded ingest request here and waits; the loop takes it
/// on its next turn, answers it exactly as it answers the gateway, and hands back the reply.
///
/// Also where those threads leave the counters `status` shows (feeds, their items and errors, inbox files).
final class IntakeQueue: Sendable {
    private final class Job: Sendable {
        let payload: Data
        let done = DispatchSemaphore(value: 0)
        let reply = Mutex<Data?>(nil)
        init(payload: Data) { self.payload = payload }
    }

    private struct State {
        var jobs: [Job] = []
        var closed = false
        var counters: [String: Int] = [:]
    }

    private let state = Mutex(State())

    /// Journals `articles` through the loop; nil when the loop has stopped (or stops before answering).
    func submit(_ articles: [Article]) -> IngestReply? {
        let job = Job(payload: WireCodec.encode(IngestRequest(articles: articles)))
        let accepted = state.withLock { state -> Bool in
            guard !state.closed else { return false }
            state.jobs.append(job)
            return true
        }
        guard accepted else { return nil }
        job.done.wait()
        guard let reply = job.reply.withLock({ $0 }) else { return nil }
        return try? WireCodec.decode(IngestReply.self, from: reply)
    }

    /// For the loop: answers every waiting request with `answer` (the state machine's reply to its payload).
    func serve(_ answer: (Data) -> Data) {
        let jobs = state.withLock { state -> [Job] in
            defer { state.jobs.removeAll() }
            return state.jobs
        }
        for job in jobs {
            let reply = answer(job.payload)
            job.reply.withLock { $0 = reply }
            job.done.signal()
        }
    }

    /// For the loop, as it stops: every waiting and later request gets nil.
    func close() {
        let jobs = state.withLock { state -> [Job] in
            state.closed = true
            defer { state.jobs.removeAll() }
            return state.jobs
        }
        for job in jobs { job.done.signal() }
    }

    func setCounters(_ values: [String: Int]) {
        state.withLock { state in
            for (key, value) in values { state.counters[key] = value }
        }
    }

    var counters: [String: Int] { state.withLock { $0.counters } }
}

/// Runs async work to its end from a plain thread (the intake threads are not part of Swift's cooperative pool,
/// so blocking them is what they are for).
func waitFor<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
    let result = Mutex<T?>(nil)
    let done = DispatchSemaphore(value: 0)
    Task {
        let value = await work()
        result.withLock { $0 = value }
        done.signal()
    }
    done.wait()
    return result.withLock { $0 }!
}
