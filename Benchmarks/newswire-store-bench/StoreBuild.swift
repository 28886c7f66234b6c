import Foundation
import NewsModel
import Storage

/// Builds the benchmark's store through `SQLiteStore.upsert`, in batches as the store service writes them
/// (it drains up to 64 results into one transaction), and reports the rate as it goes.
enum StoreBuild {
    static func run(corpus: String, database: String, articles: Int, batchSize: Int, block: Int) throws {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        let base = try Corpus.load(corpus)
        guard !base.isEmpty else { throw BenchError("the corpus \(corpus) is empty") }
        let replicator = Replicator(base: base)
        let store = try SQLiteStore(path: database)
        say("base corpus: \(base.count) articles, \(replicator.rareNameCount) names used by one article only"
              + " (suffixed per copy); building \(articles) articles in batches of \(batchSize)")
        say("| articles stored | this block, articles/s | cumulative articles/s | load average |")
        say("|---|---|---|---|")
        let started = ContinuousClock.now
        var upsertTime = Duration.zero
        var blockTime = Duration.zero
        var blockCount = 0
        var index = 0
        var nextReport = block
        var distinctIDs: Set<String> = []
        while index < articles {
            let end = min(articles, index + batchSize)
            let batch = (index..<end).map { i -> (article: Article, extraction: Extraction) in
                let item = replicator.article(i)
                distinctIDs.insert(item.article.id)
                return (item.article, item.extraction)
            }
            let before = ContinuousClock.now
            try store.upsert(batch)
            let spent = ContinuousClock.now - before
            upsertTime += spent
            blockTime += spent
            blockCount += batch.count
            index = end
            if index >= nextReport || index == articles {
                nextReport += block
                say("| \(index) | \(rate(blockCount, blockTime)) | \(rate(index, upsertTime)) | \(loadAverage()) |")
                blockTime = .zero
                blockCount = 0
            }
        }
        let counters = try store.counters()
        // Every distinct id upserted must be stored: fewer rows means ids collided (the 8,000-article build of
        // session 2 lost 464 that way) or the store dropped an article; either makes the figures meaningless.
        guard counters["articles"] == distinctIDs.count else {
            throw BenchError("upserted \(distinctIDs.count) distinct article ids but the store holds \(counters["articles"] ?? 0)")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: database)[.size] as? Int) ?? 0
        say("")
        say("upsert: \(articles) articles in \(String(format: "%.1f", upsertTime.seconds)) s inside SQLiteStore.upsert"
              + " = \(rate(articles, upsertTime)) articles/s (wall clock with the copying: \(seconds(since: started)) s)")
        say("rows: " + counters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
        say("database: \(size / 1_000_000) MB (before checkpoint of the WAL)")
    }

    static func rate(_ count: Int, _ time: Duration) -> String {
        time == .zero ? "-" : String(format: "%.0f", Double(count) / time.seconds)
    }
}
