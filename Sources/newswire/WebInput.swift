import Dispatch
import Foundation
import Ingestion
import Synchronization
import WebFetch

/// `newswire ingest https://...`: pages and feeds fetched once, as batches like those read from files.
enum WebInput {
    static func isAddress(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    static func read(_ addresses: [String]) -> [ReadBatch] {
        guard !addresses.isEmpty else { return [] }
        let intake = WebIntake()
        return addresses.map { address in
            let fetched = blocking { await intake.fetchOnce(address) }
            var batch = ReadBatch()
            for item in fetched {
                if let article = item.article {
                    batch.articles.append(ReadArticle(origin: item.origin, article: article))
                } else {
                    batch.errors.append(InputError(origin: item.origin, reason: item.error ?? "no article"))
                }
            }
            return batch
        }
    }

    /// The command runs on the main thread, outside Swift's cooperative pool: waiting there for a task is safe.
    static func blocking<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
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
}
