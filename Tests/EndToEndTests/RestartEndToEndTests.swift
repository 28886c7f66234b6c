import Foundation
import Testing

/// Issue 10, point 7: a gateway restarting in 3 s made `newswire ingest` fail with 2,186 articles unsent, and exit
/// code 1 meant both "some rows had no text" and "the pipeline was unreachable".
@Suite("The CLI rides out restarts; exit codes", .serialized)
struct RestartEndToEndTests {
    /// `newswire ingest` of `count` one-line articles, one per request, started and left running.
    private func startIngest(_ cluster: Cluster, count: Int) throws -> (Process, URL) {
        let input = cluster.folder.appendingPathComponent("articles.jsonl")
        let lines = (1...count).map { #"{"title": "Ferry \#($0)", "text": "Ferry bulletin \#($0): the crossing to Zanzibar ran late."}"# }
        try Data(lines.joined(separator: "\n").utf8).write(to: input)
        let output = cluster.folder.appendingPathComponent("ingest.out")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let process = Process()
        process.executableURL = Executables.url("newswire")
        process.arguments = ["ingest", input.path, "--batch-size", "1", "--json"]
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["NEWSWIRE_GATEWAY": cluster.gateway, "NEWSWIRE_CURVE_KEYS": cluster.curveKeys?.path ?? ""]) { _, new in new }
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, output)
    }

    private func requestsSeen(_ cluster: Cluster, _ name: String) -> Int {
        cluster.log(name).components(separatedBy: "] request\n").count - 1
    }

    @Test("killing the gateway and then the ingester mid-ingest, each back within 3 s, costs no article and no failure")
    func restartMidIngest() throws {
        let count = 400
        let cluster = try Cluster()
        try cluster.useCurveKeys()
        try cluster.startAll()
        try cluster.waitUntil("the pipeline to answer") { try cluster.cli(["status", "--timeout", "2"]).status == 0 }
        let (ingest, output) = try startIngest(cluster, count: count)
        defer { if ingest.isRunning { ingest.terminate() } }

        for victim in [Cluster.Service.gateway, .ingester] {
            let seen = requestsSeen(cluster, "gateway")
            try cluster.waitUntil("ingest requests to flow") { requestsSeen(cluster, "gateway") >= seen + 20 || !ingest.isRunning }
            try #require(ingest.isRunning, "the ingest ended before the \(victim) could be killed; give it more articles")
            cluster.stop(victim.rawValue, signal: SIGKILL)
            usleep(3_000_000)
            try cluster.start(victim)
        }
        let deadline = Date().addingTimeInterval(120)
        while ingest.isRunning, Date() < deadline { usleep(50_000) }
        #expect(ingest.terminationStatus == 0, "exit \(ingest.terminationStatus)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any])
        let accepted = summary["accepted"] as? Int ?? 0, duplicates = summary["duplicates"] as? Int ?? 0
        #expect(accepted + duplicates == count, "every article got an answer: \(accepted) accepted, \(duplicates) duplicates")
        #expect(summary["rejected"] as? Int == 0)
        try cluster.waitUntil("all \(count) articles to be stored", timeout: 300) {
            let (_, status) = try cluster.cliJSON(["status"])
            let store = (status?["services"] as? [[String: Any]] ?? []).first { $0["service"] as? String == "store" }
            return (store?["counters"] as? [String: Int])?["articles"] == count
        }
    }

    @Test("exit codes: 2 for usage, 1 for an unreadable input, 3 when the pipeline cannot be reached")
    func exitCodes() throws {
        let nowhere = "tcp://127.0.0.1:\(freePort())"
        func cli(_ arguments: [String]) throws -> CommandResult {
            try runProcess(Executables.url("newswire"), arguments, environment: ["NEWSWIRE_GATEWAY": nowhere, "NEWSWIRE_CURVE_KEYS": ""],
                           timeout: 60)
        }
        #expect(try cli(["ingest"]).status == 2, "no path named")
        #expect(try cli(["search", "x", "--timeout", "soon"]).status == 2)
        #expect(try cli(["teleport"]).status == 2)
        #expect(try cli(["--help"]).status == 0)
        let noKeys = try cli(["status", "--curve-keys", "/nonexistent-\(UUID().uuidString)"])
        #expect(noKeys.status == 2, "a key folder that is not there is a setup mistake: \(noKeys.stderr)")
        #expect(noKeys.stderr.contains("client.pub"), "\(noKeys.stderr)")

        let unreachable = try cli(["ingest", SharedData.sample.path, "--timeout", "1", "--retry-for", "2"])
        #expect(unreachable.status == 3, "\(unreachable.stderr)")
        #expect(unreachable.stderr.contains("no answer from \(nowhere)"), "\(unreachable.stderr)")
        #expect(try cli(["status", "--timeout", "1", "--retry-for", "0"]).status == 3)

        let cluster = try Cluster()
        try cluster.startAll()
        let missing = cluster.folder.appendingPathComponent("absent.txt").path
        let partly = try cluster.cli(["ingest", SharedData.sample.path, missing])
        #expect(partly.status == 1, "one input unreadable, the other in: \(partly.stderr)")
        #expect(partly.stdout.contains("1 accepted") || partly.stdout.contains("1 duplicates"), "\(partly.stdout)")
    }
}
