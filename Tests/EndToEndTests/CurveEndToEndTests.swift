import Foundation
import Testing

/// Issue 10, point 1: anyone on the host could push results, acks and heartbeats. With keys every socket is CURVE and
/// each admits only its roles; without keys a service stays on loopback.
@Suite("CURVE on the bus, end to end", .serialized)
struct CurveEndToEndTests {
    @Test("with keys the pipeline ingests and answers; the CLI without keys, or with another role's, exits 3 saying why")
    func keyedPipeline() throws {
        let cluster = try Cluster()
        try cluster.useCurveKeys()
        try cluster.startAll()
        let ingest = try cluster.cli(["ingest", SharedData.sample.path])
        #expect(ingest.status == 0, "\(ingest.stdout)\(ingest.stderr)")
        try cluster.waitUntil("the sample to be searchable through CURVE sockets") { try !cluster.searchIDs("Lagos").isEmpty }
        #expect(cluster.log("store").contains("CURVE on every socket"))

        let keyless = try runProcess(Executables.url("newswire"), ["status", "--timeout", "2", "--retry-for", "0"],
                                     environment: ["NEWSWIRE_GATEWAY": cluster.gateway, "NEWSWIRE_CURVE_KEYS": ""], timeout: 60)
        #expect(keyless.status == 3, "\(keyless.stderr)")
        #expect(keyless.stderr.contains("CURVE"), "the message says keys are what is missing: \(keyless.stderr)")
        #expect(keyless.stdout.isEmpty, "no answer reached the keyless client: \(keyless.stdout)")

        // the extractor's keypair is a real key of this bus, but not one the gateway admits
        let impostor = cluster.folder.appendingPathComponent("impostor")
        try FileManager.default.createDirectory(at: impostor, withIntermediateDirectories: true)
        let keys = try #require(cluster.curveKeys)
        for (from, to) in [("extractor.pub", "client.pub"), ("extractor.secret", "client.secret"), ("gateway.pub", "gateway.pub")] {
            try FileManager.default.copyItem(at: keys.appendingPathComponent(from), to: impostor.appendingPathComponent(to))
        }
        let wrongRole = try runProcess(Executables.url("newswire"), ["status", "--timeout", "2", "--retry-for", "0"],
                                       environment: ["NEWSWIRE_GATEWAY": cluster.gateway, "NEWSWIRE_CURVE_KEYS": impostor.path],
                                       timeout: 60)
        #expect(wrongRole.status == 3, "\(wrongRole.stderr)")
        #expect(wrongRole.stderr.contains("refused this client's key"), "\(wrongRole.stderr)")
        try cluster.waitUntil("the gateway to log the refusal") { cluster.log("gateway").contains("connection refused by authentication") }
    }

    @Test("a service without keys warns and stays on loopback; asked to bind beyond it, it refuses to start")
    func keylessLoopbackOnly() throws {
        let port = freePort()
        let refused = try runProcess(Executables.url("newswire-gateway"),
                                     ["--bind", "tcp://0.0.0.0:\(port)", "--ingester", "tcp://127.0.0.1:\(freePort())",
                                      "--store", "tcp://127.0.0.1:\(freePort())"],
                                     environment: ["NEWSWIRE_CURVE_KEYS": ""], timeout: 30)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("refusing to use tcp://0.0.0.0:\(port) without CURVE keys"), "\(refused.stderr)")

        let cluster = try Cluster()
        try cluster.start(.gateway)
        try cluster.waitUntil("the keyless gateway to warn") { cluster.log("gateway").contains("no CURVE keys") }
        #expect(cluster.isRunning("gateway"))
    }

    @Test("keys init makes a keypair per role, 40-character Z85 each, and keeps them on a second run")
    func keysInit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("keys-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try runProcess(Executables.url("newswire"), ["keys", "init", folder.path], timeout: 30)
        #expect(first.status == 0, "\(first.stderr)")
        for role in ["gateway", "ingester", "extractor", "store", "client"] {
            for suffix in ["pub", "secret"] {
                let key = try String(contentsOf: folder.appendingPathComponent("\(role).\(suffix)"), encoding: .utf8)
                #expect(key.trimmingCharacters(in: .newlines).utf8.count == 40, "\(role).\(suffix)")
            }
        }
        let publicKey = try String(contentsOf: folder.appendingPathComponent("store.pub"), encoding: .utf8)
        let second = try runProcess(Executables.url("newswire"), ["keys", "init", folder.path], timeout: 30)
        #expect(second.stdout.contains("store: kept"), "\(second.stdout)")
        #expect(try String(contentsOf: folder.appendingPathComponent("store.pub"), encoding: .utf8) == publicKey)
    }
}
