// newswire-bench: speed and memory of the entity tagger (a benchmark, not a test).
//
//   swift run -c release --package-path Benchmarks newswire-bench [--model FILE] [--conll FILE] [--csv FILE] [--repeat N] [--write-text FILE]
//   swift run -c release --package-path Benchmarks newswire-bench --syntax [--syntax-model FILE] [--csv FILE] [--articles N] [--write-text FILE]
//
// Prints model load time, tokens per second tagging the CoNLL dev set and the text of a news CSV
// (one thread; wall clock, and the thread's CPU time, which other load on the machine does not inflate),
// dev F1, and peak resident memory (VmHWM from /proc/self/status). --write-text writes the tokenised
// news text (one article a line) for scripts/spacy_bench.py.
import EntityTagger
import Foundation

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    return arguments[i + 1]
}
let dataRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/data").path
let conllPath = option("--conll") ?? dataRoot + "/conll2003/eng.testa"
let csvPath = option("--csv") ?? dataRoot + "/news/NewsArticles.csv"
let repeats = Int(option("--repeat") ?? "5") ?? 5

func peakRSSMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return .nan }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kb = line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? .nan
        return kb / 1024
    }
    return .nan
}

/// CPU time of this thread: what one core spent, whatever else the machine is doing.
func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Wall-clock seconds of `body`; its thread CPU seconds go to `cpu`.
func seconds(cpu: inout Double, _ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = threadCPUSeconds()
    try body()
    cpu = threadCPUSeconds() - cpuStart
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    var cpu = 0.0
    return try seconds(cpu: &cpu, body)
}

func report(_ label: String, _ value: String) {
    print(label.padding(toLength: 44, withPad: " ", startingAt: 0) + value)
}

do {
    if arguments.contains("--syntax") {
        try syntaxBench(csvPath: csvPath, modelPath: option("--syntax-model"), articleLimit: option("--articles").flatMap { Int($0) })
        exit(0)
    }
    print("newswire-bench: entity tagger")
    // 1. model load (first load, then the best of several)
    var tagger: PerceptronTagger!
    let firstLoad = try seconds { tagger = try ModelTool.loadModel(path: option("--model")) }
    var loads: [Double] = []
    for _ in 0..<3 { loads.append(try seconds { _ = try ModelTool.loadModel(path: option("--model")) }) }
    let url = option("--model").map { URL(fileURLWithPath: $0) } ?? PerceptronTagger.bundledURL!
    let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    report("model", "\(url.lastPathComponent), \(String(format: "%.2f", Double(size) / 1_048_576)) MB, \(tagger.rowCount) rows (\(tagger.second == nil ? "one pass" : "two passes")), \(tagger.extractor.lexicon.clusters.count) cluster words")
    report("model load (first / best of 3)", String(format: "%.3f s / %.3f s", firstLoad, loads.min()!))
    report("peak RSS after load", String(format: "%.1f MB", peakRSSMegabytes()))

    // 2. the CoNLL dev set, document by document
    let documents = try CoNLL.read(path: conllPath)
    let devTokens = documents.reduce(0) { $0 + $1.tokenCount }
    let wordsByDocument = documents.map(\.words)
    var best = Double.infinity, bestCPU = Double.infinity
    var score = EntityScore()
    for r in 0..<repeats {
        var predicted: [[[String]]] = []
        var cpu = 0.0
        let t = seconds(cpu: &cpu) { predicted = wordsByDocument.map { tagger.tag(sentences: $0) } }
        best = min(best, t)
        bestCPU = min(bestCPU, cpu)
        if r == 0 {
            for (document, tags) in zip(documents, predicted) {
                for (g, p) in zip(document.goldTags, tags) { score.add(gold: g, predicted: p) }
            }
        }
    }
    report("dev set", "\(documents.count) documents, \(devTokens) tokens")
    report("dev tagging, one thread (best of \(repeats))", String(format: "%.3f s wall = %.0f tokens/s", best, Double(devTokens) / best))
    report("dev tagging, CPU time of that thread", String(format: "%.3f s cpu  = %.0f tokens/s", bestCPU, Double(devTokens) / bestCPU))
    report("dev F1 (P / R)", String(format: "%.4f (%.4f / %.4f)", score.f1, score.overall.precision, score.overall.recall))
    report("peak RSS after dev tagging", String(format: "%.1f MB", peakRSSMegabytes()))

    // 3. news text: articles tokenised with NewsText (timed apart), then tagged one document at a time
    if FileManager.default.fileExists(atPath: csvPath) {
        var texts: [String] = []
        let readTime = try seconds { texts = try NewsText.csvColumn(path: csvPath, column: "text") }
        var articles: [[[String]]] = []
        let tokeniseTime = seconds { articles = texts.map(NewsText.sentences) }
        let newsTokens = articles.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } }
        if let out = option("--write-text") {
            // one article a line, tokens separated by spaces: the same tokens for other taggers
            let lines = articles.map { $0.map { $0.joined(separator: " ") }.joined(separator: " ") }
            try lines.joined(separator: "\n").write(toFile: out, atomically: true, encoding: .utf8)
        }
        var entities = 0
        var newsBest = Double.infinity, newsBestCPU = Double.infinity
        for r in 0..<max(1, repeats / 2) {
            var count = 0
            var cpu = 0.0
            let t = seconds(cpu: &cpu) {
                for article in articles {
                    for tags in tagger.tag(sentences: article) { for tag in tags where tag.hasPrefix("B-") { count += 1 } }
                }
            }
            newsBest = min(newsBest, t)
            newsBestCPU = min(newsBestCPU, cpu)
            if r == 0 { entities = count }
        }
        report("news CSV", "\(articles.count) articles, \(newsTokens) tokens (read \(String(format: "%.2f", readTime)) s, tokenised \(String(format: "%.2f", tokeniseTime)) s)")
        report("news tagging, one thread (best of \(max(1, repeats / 2)))", String(format: "%.3f s wall = %.0f tokens/s, %d entities", newsBest, Double(newsTokens) / newsBest, entities))
        report("news tagging, CPU time of that thread", String(format: "%.3f s cpu  = %.0f tokens/s", newsBestCPU, Double(newsTokens) / newsBestCPU))
        report("peak RSS at end (news text held in memory)", String(format: "%.1f MB", peakRSSMegabytes()))
    }
} catch {
    FileHandle.standardError.write(Data("newswire-bench: \(error)\n".utf8))
    exit(1)
}
