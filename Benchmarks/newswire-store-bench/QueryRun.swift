import Foundation
import NewsModel

/// Times every query kind at the gateway: a warm-up pass over all kinds, then each kind's requests one after another
/// (one client, one request in flight, as a user's CLI or a script asks), and a table of the latencies.
struct QueryRun {
    struct Result {
        let kind: QueryKind
        var latencies: [Double] = []
        var bytes: [Int] = []
        var errors: [String: Int] = [:]
        var available = true
        var cameoAsText = false

        func percentile(_ p: Double) -> Double {
            guard !latencies.isEmpty else { return .nan }
            let sorted = latencies.sorted()
            // Nearest rank: the p99 of 200 requests is the 198th fastest.
            let rank = Int((p * Double(sorted.count)).rounded(.up))
            return sorted[max(0, min(sorted.count - 1, rank - 1))]
        }
    }

    let probe: GatewayProbe
    let samples: Samples
    let repetitions: Int

    func run() throws -> [Result] {
        var results = QueryKind.all().map { Result(kind: $0) }
        for i in results.indices { try warmUp(&results[i]) }
        for i in results.indices where results[i].available {
            let count = max(10, Int(Double(repetitions) * results[i].kind.share))
            printError("timing \(results[i].kind.label) x\(count)")
            var cursor: String?
            for n in 0..<count {
                var parameters = prepared(results[i], n)
                if results[i].kind.walksCursor, let cursor { parameters["after"] = cursor }
                let answer = try probe.query(results[i].kind.query, parameters)
                if let code = answer.errorCode {
                    results[i].errors["\(code): \(answer.errorMessage)", default: 0] += 1
                    continue
                }
                results[i].latencies.append(answer.elapsed.milliseconds)
                results[i].bytes.append(answer.bytes)
                if results[i].kind.walksCursor {
                    cursor = (answer.object["export"] as? [String: Any])?["next"] as? String
                }
            }
        }
        return results
    }

    /// A few untimed requests: is the kind there at all, and does it take `cameo` as an array (query's events) or as
    /// comma-separated text (profile's timeline and graph, until the two agree)?
    private func warmUp(_ result: inout Result) throws {
        for n in 0..<3 {
            let answer = try probe.query(result.kind.query, prepared(result, n))
            if answer.errorCode == "unknown_query" {
                result.available = false
                return
            }
            if answer.errorCode == "malformed_request", answer.errorMessage.contains("cameo"), !result.cameoAsText {
                result.cameoAsText = true
            }
        }
    }

    private func prepared(_ result: Result, _ n: Int) -> [String: Any] {
        var parameters = result.kind.parameters(n, samples)
        if result.cameoAsText, let codes = parameters["cameo"] as? [String] {
            parameters["cameo"] = codes.joined(separator: ",")
        }
        return parameters
    }

    static func table(_ results: [Result]) -> String {
        var lines = ["| query kind | requests | p50 ms | p90 ms | p99 ms | max ms | reply KB (mean) | target p99 | met |",
                     "|---|---|---|---|---|---|---|---|---|"]
        var notes: [String] = []
        for r in results {
            guard r.available else {
                lines.append("| \(r.kind.label) (`\(r.kind.query)`) | not available | | | | | | \(target(r)) | |")
                continue
            }
            let ok = r.latencies.count
            let failed = r.errors.values.reduce(0, +)
            let requests = failed > 0 ? "\(ok) (+\(failed) errors)" : "\(ok)"
            guard ok > 0 else {
                lines.append("| \(r.kind.label) (`\(r.kind.query)`) | \(requests) | | | | | | \(target(r)) | no |")
                notes.append(contentsOf: r.errors.map { "- \(r.kind.label): \($0.value) x \($0.key)" })
                continue
            }
            let kb = Double(r.bytes.reduce(0, +)) / Double(ok) / 1000
            let met = r.kind.targetP99.map { r.percentile(0.99) <= $0 ? "yes" : "**no**" } ?? ""
            lines.append("| \(r.kind.label) (`\(r.kind.query)`) | \(requests) | \(f(r.percentile(0.5))) | \(f(r.percentile(0.9)))"
                         + " | \(f(r.percentile(0.99))) | \(f(r.latencies.max() ?? .nan)) | \(String(format: "%.1f", kb))"
                         + " | \(target(r)) | \(met) |")
            notes.append(contentsOf: r.errors.map { "- \(r.kind.label): \($0.value) x \($0.key)" })
        }
        return (lines + (notes.isEmpty ? [] : ["", "Errors:"] + notes)).joined(separator: "\n")
    }

    private static func target(_ r: Result) -> String {
        r.kind.targetP99.map { "<= \(Int($0)) ms" } ?? "-"
    }

    private static func f(_ value: Double) -> String {
        value < 10 ? String(format: "%.2f", value) : String(format: "%.1f", value)
    }
}

extension Samples {
    /// Top entities of each type from the gateway's `entities` query; ids and date windows from the corpus layout.
    static func discover(probe: GatewayProbe, replicator: Replicator, articles: Int) throws -> Samples {
        var samples = Samples()
        func names(_ type: String) throws -> [String] {
            let answer = try probe.query("entities", ["entity_type": type, "limit": 25])
            let list = answer.object["entities"] as? [[String: Any]] ?? []
            return list.compactMap { $0["name"] as? String }
        }
        samples.people = try names("PER")
        samples.organisations = try names("ORG")
        samples.places = try names("LOC")
        guard !samples.people.isEmpty, !samples.places.isEmpty else { throw BenchError("the store lists no entities") }
        var generator = SplitMix(seed: 20170301)
        for _ in 0..<500 {
            let article = replicator.article(Int(generator.next() % UInt64(articles))).article
            samples.articleIDs.append(article.id)
            if let day = article.published, samples.windows.count < 200 {
                samples.windows.append((day, DateShift.shift(day, months: 1)))
            }
        }
        return samples
    }
}

/// A small seeded generator, so two runs ask the same questions.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
