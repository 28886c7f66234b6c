// store-bench: upsert throughput of the SQLite store (a benchmark, not a test).
//
//   store-bench --csv FILE --extractions FILE.jsonl [--database FILE] [--batch 64] [--copies N]
//
// Reads the CSV as `newswire ingest` does (normalised, content ids), pairs each article with its Extraction from
// the JSON Lines that `newswire extract FILE --json` wrote, and upserts them through `SQLiteStore.upsert` in batches
// of 64, as the store service does. With --copies N it stores the corpus N times, each copy with new article ids.
// Prints articles/s (wall clock and this thread's CPU time), then re-upserts the first copy to time replacement.
import Foundation
import Ingestion
import NewsModel
import Storage

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    return arguments[i + 1]
}

func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("store-bench: \(message)\n".utf8))
    exit(1)
}

guard let csvPath = option("--csv"), let extractionsPath = option("--extractions") else {
    fail("usage: store-bench --csv FILE --extractions FILE.jsonl [--database FILE] [--batch 64] [--copies N]")
}
let batchSize = Int(option("--batch") ?? "64") ?? 64
let copies = Int(option("--copies") ?? "1") ?? 1
let databasePath = option("--database")
    ?? FileManager.default.temporaryDirectory.appendingPathComponent("store-bench-\(getpid()).sqlite").path

// 1. articles, as ingest and extract normalise them
var articles: [String: Article] = [:]
for item in ArticleReader(columns: CSVColumns(), defaultFormat: .text).read(path: csvPath).articles {
    var article = ArticleNormalizer.normalize(item.article)
    guard ArticleValidator.problem(with: article) == nil else { continue }
    article.id = ContentID.of(article)
    articles[article.id] = article
}

// 2. their extractions
var loaded: [(article: Article, extraction: Extraction)] = []
let decoder = WireCodec.makeDecoder()
guard let jsonl = FileManager.default.contents(atPath: extractionsPath) else { fail("cannot read \(extractionsPath)") }
for line in jsonl.split(separator: 0x0A) where !line.isEmpty {
    let extraction = try decoder.decode(Extraction.self, from: Data(line))
    guard let article = articles[extraction.article.id] else { fail("no article \(extraction.article.id) in \(csvPath)") }
    loaded.append((article, extraction))
}
let items = loaded
print("store-bench: \(items.count) articles with extractions, batches of \(batchSize), \(copies) cop\(copies == 1 ? "y" : "ies")")

/// Copy `n` of an item: a new article id (and so a new stored article), everything else equal.
func copy(_ item: (article: Article, extraction: Extraction), _ n: Int) -> (article: Article, extraction: Extraction) {
    guard n > 0 else { return item }
    var (article, extraction) = item
    article.id += "-\(n)"
    extraction.article.id = article.id
    return (article, extraction)
}

@MainActor func upsertAll(_ store: SQLiteStore, copy n: Int) throws -> (wall: Double, cpu: Double) {
    let start = Date(), cpuStart = threadCPUSeconds()
    var index = 0
    while index < items.count {
        let end = min(index + batchSize, items.count)
        try store.upsert(items[index..<end].map { copy($0, n) })
        index = end
    }
    return (Date().timeIntervalSince(start), threadCPUSeconds() - cpuStart)
}

@MainActor func report(_ label: String, _ seconds: (wall: Double, cpu: Double)) {
    let n = Double(items.count)
    print(label.padding(toLength: 34, withPad: " ", startingAt: 0)
          + String(format: "%7.2f s wall %7.2f s cpu  %7.0f articles/s wall  %7.0f articles/s cpu",
                   seconds.wall, seconds.cpu, n / seconds.wall, n / seconds.cpu))
}

do {
    try? FileManager.default.removeItem(atPath: databasePath)
    let store = try SQLiteStore(path: databasePath)
    var total = (wall: 0.0, cpu: 0.0)
    for n in 0..<copies {
        let t = try upsertAll(store, copy: n)
        total = (total.wall + t.wall, total.cpu + t.cpu)
        report("upsert copy \(n + 1) (new articles)", t)
    }
    if copies > 1 {
        print(String(format: "all %d copies: %.2f s wall, %.0f articles/s", copies, total.wall,
                     Double(items.count * copies) / total.wall))
    }
    report("re-upsert copy 1 (replacements)", try upsertAll(store, copy: 0))
    print("counters: \(try store.counters().sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))")
    print("database: \(databasePath)")
} catch {
    fail("\(error)")
}
