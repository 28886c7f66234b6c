// newswire-store-bench: the store at 100,000 articles (a benchmark, not a test). scripts/store-benchmark.sh runs
// the three steps and starts the real store and gateway between them:
//
//   newswire-store-bench corpus --csv FILE --held-out FILE --out run/bench/corpus.jsonl
//       every CSV article through the shipped extraction once (held-out records skipped), as JSON Lines
//   newswire-store-bench build --corpus run/bench/corpus.jsonl --database run/bench/store.sqlite [--articles 100000] [--batch 64] [--block 5000] [--profile]
//       a fresh database through SQLiteStore.upsert (copies with new ids and dates shifted back 2 months a copy)
//   newswire-store-bench query --gateway tcp://127.0.0.1:PORT --corpus FILE [--articles 100000] [--repeat 200]
//       every query kind timed at the gateway over ZeroMQ (DEALER), p50/p90/p99 per kind, as a Markdown table
import Foundation

func loadAverage() -> String {
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))
        .map { $0.split(separator: " ").prefix(3).joined(separator: " ") } ?? "?"
}

func main() throws {

    let arguments = CommandLine.arguments
    guard arguments.count >= 2 else { throw BenchError("usage: newswire-store-bench corpus|build|query [--options]") }
    let options = try Options(arguments.dropFirst(2))
    switch arguments[1] {
    case "corpus":
        _ = try Corpus.extract(csv: try options.required("csv"), heldOut: options.string("held-out"),
                               to: try options.required("out"))
    case "build":
        try StoreBuild.run(corpus: try options.required("corpus"), database: try options.required("database"),
                           articles: try options.int("articles", default: 100_000),
                           batchSize: try options.int("batch", default: 64),
                           block: try options.int("block", default: 5_000), profile: options.flag("profile"))
    case "query":
        let articles = try options.int("articles", default: 100_000)
        let replicator = Replicator(base: try Corpus.load(try options.required("corpus")))
        let probe = try GatewayProbe(endpoint: try options.required("gateway"))
        try probe.waitUntilReady(seconds: 120)
        let samples = try Samples.discover(probe: probe, replicator: replicator, articles: articles)
        let before = loadAverage()
        let started = ContinuousClock.now
        let results = try QueryRun(probe: probe, samples: samples, repetitions: try options.int("repeat", default: 200)).run()
        print("load average before: \(before), after: \(loadAverage()); \(seconds(since: started)) s of queries")
        print("top entities asked about: \(samples.people.prefix(5).joined(separator: ", ")), "
              + "\(samples.organisations.prefix(5).joined(separator: ", ")), \(samples.places.prefix(5).joined(separator: ", ")) ...")
        print("")
        print(QueryRun.table(results))
    default:
        throw BenchError("unknown step '\(arguments[1])': corpus, build or query")
    }
}

do {
    try main()
} catch {
    printError("newswire-store-bench: \(error)")
    exit(1)
}
