import Foundation
import NewsModel
import Storage

/// Builds the benchmark's store through `SQLiteStore.upsert`, in batches as the store service writes them
/// (it drains up to 64 results into one transaction), and reports the rate as it goes.
enum StoreBuild {
    static func run(corpus: String, database: String, articles: Int, batchSize: Int, block: Int, profile: Bool) throws {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        let base = try Corpus.load(corpus)
        guard !base.isEmpty else { throw BenchError("the corpus \(corpus) is empty") }
        let replicator = Replicator(base: base)
        let store = try SQLiteStore(path: database)
        say("base corpus: \(base.count) articles, \(replicator.rareNameCount) names used by one article only"
              + " (suffixed per copy); building \(articles) articles in batches of \(batchSize)")
        say("| articles stored | this block, articles/s (wall) | (CPU) | cumulative articles/s (wall) | (CPU) | load average |")
        say("|---|---|---|---|---|---|")
        var statements: [StatementTime] = []
        if profile {
            UpsertPhases.start()
            try build(store, replicator: replicator, articles: articles, batchSize: batchSize, block: block)
            say("")
            say("CPU time per phase of the upsert (this thread's; nested: the transaction holds the rest but encoding):")
            for (phase, seconds) in UpsertPhases.stop() {
                say("- \(phase): \(String(format: "%.2f", seconds)) s = \(String(format: "%.3f", 1000 * seconds / Double(articles))) ms/article")
            }
            say("")
            say("== again with SQLite's profile callback (wall-clock durations per statement), in a fresh database")
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
            let store = try SQLiteStore(path: database)
            statements = try store.profilingWrites {
                try build(store, replicator: replicator, articles: articles, batchSize: batchSize, block: block)
            }
        } else {
            try build(store, replicator: replicator, articles: articles, batchSize: batchSize, block: block)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: database)[.size] as? Int) ?? 0
        say("database: \(size / 1_000_000) MB (before checkpoint of the WAL)")
        if profile {
            let total = statements.reduce(0) { $0 + $1.seconds }
            say("")
            say("SQL time per statement (SQLite's profile callback, \(String(format: "%.1f", total)) s in all):")
            say("| seconds | share | calls | µs/call | statement |")
            say("|---|---|---|---|---|")
            for statement in statements.prefix(40) {
                let sql = statement.sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                say("| \(String(format: "%.2f", statement.seconds)) | \(String(format: "%.1f%%", 100 * statement.seconds / total))"
                      + " | \(statement.calls) | \(String(format: "%.1f", 1e6 * statement.seconds / Double(statement.calls)))"
                      + " | `\(sql.prefix(150))` |")
            }
        }
    }

    static func build(_ store: SQLiteStore, replicator: Replicator, articles: Int, batchSize: Int, block: Int) throws {
        let started = ContinuousClock.now
        var upsertTime = Duration.zero
        var blockTime = Duration.zero
        var blockCount = 0
        var upsertCPU = 0.0, blockCPU = 0.0
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
            let cpuBefore = processCPUSeconds()
            try store.upsert(batch)
            upsertCPU += processCPUSeconds() - cpuBefore
            blockCPU += processCPUSeconds() - cpuBefore
            let spent = ContinuousClock.now - before
            upsertTime += spent
            blockTime += spent
            blockCount += batch.count
            index = end
            if index >= nextReport || index == articles {
                nextReport += block
                say("| \(index) | \(rate(blockCount, blockTime)) | \(rate(blockCount, cpu: blockCPU)) | \(rate(index, upsertTime))"
                      + " | \(rate(index, cpu: upsertCPU)) | \(loadAverage()) |")
                blockTime = .zero
                blockCPU = 0
                blockCount = 0
            }
        }
        let counters = try store.counters()
        // Every distinct id upserted must be stored: fewer rows means ids collided (the 8,000-article build of
        // session 2 lost 464 that way) or the store dropped an article; either makes the figures meaningless.
        guard counters["articles"] == distinctIDs.count else {
            throw BenchError("upserted \(distinctIDs.count) distinct article ids but the store holds \(counters["articles"] ?? 0)")
        }
        say("")
        say("upsert: \(articles) articles in \(String(format: "%.1f", upsertTime.seconds)) s inside SQLiteStore.upsert"
              + " = \(rate(articles, upsertTime)) articles/s wall clock; \(String(format: "%.1f", upsertCPU)) s CPU"
              + " = \(rate(articles, cpu: upsertCPU)) articles/s of CPU (wall clock with the copying: \(seconds(since: started)) s)")
        say("rows: " + counters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
    }

    static func rate(_ count: Int, cpu seconds: Double) -> String {
        seconds <= 0 ? "-" : String(format: "%.0f", Double(count) / seconds)
    }

    /// CPU time of the whole process (the upsert runs on GRDB's writer queue, not always this thread).
    static func processCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func rate(_ count: Int, _ time: Duration) -> String {
        time == .zero ? "-" : String(format: "%.0f", Double(count) / time.seconds)
    }
}
