import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Where the test data lives: ../shared/data beside the repository.
enum SharedData {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let root = repository.deletingLastPathComponent().appendingPathComponent("shared/data")
    static let seed = root.appendingPathComponent("seed/mali-junta-russia.txt")
    /// Whether the seed article is here; the tests that ingest it are skipped, saying so, when it is not.
    static let hasSeed = FileManager.default.fileExists(atPath: seed.path)
    static let seedMissing: Comment = "needs ../shared/data/seed/mali-junta-russia.txt"
    /// An article kept in the repository (samples/, which `make run` ingests), for tests that need any article.
    static let sample = repository.appendingPathComponent("samples/lagos-arrests.txt")
}

/// The built executables, beside the test bundle in .build/<configuration>/.
enum Executables {
    static let directory: URL = {
        let running = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        if FileManager.default.fileExists(atPath: running.appendingPathComponent("newswire-gateway").path) { return running }
        return SharedData.repository.appendingPathComponent(".build/debug")
    }()

    static func url(_ name: String) -> URL { directory.appendingPathComponent(name) }
}

/// A free TCP port on the loopback, from the kernel.
func freePort() -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
    }
    _ = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    return Int(UInt16(bigEndian: address.sin_port))
}

/// What a finished command printed.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs an executable to completion, with a bound so a hang fails the test instead of the run.
func runProcess(_ executable: URL, _ arguments: [String], environment: [String: String] = [:], stdin: Data? = nil,
                timeout: TimeInterval = 120) throws -> CommandResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newswire-cmd-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("out"), err = folder.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    _ = FileManager.default.createFile(atPath: err.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    let input = Pipe()
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning, Date() < deadline { usleep(20_000) }
    if process.isRunning {
        process.terminate()
        process.waitUntilExit()
        Issue.record("\(executable.lastPathComponent) \(arguments.joined(separator: " ")) did not finish in \(timeout) s")
    }
    return CommandResult(status: process.terminationStatus,
                         stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                         stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
}

/// The four real services as separate processes on free loopback ports, with their journal, database and logs
/// in a temporary folder.
final class Cluster {
    enum Service: String, CaseIterable {
        case ingester, extractor, store, gateway
    }

    let folder: URL
    let ports: [String: Int]
    private(set) var processes: [String: Process] = [:]
    var gatewayTimeout = 10.0
    /// The CURVE key folder every service and the CLI use, once ``useCurveKeys()`` made it; nil: no keys (loopback).
    private(set) var curveKeys: URL?

    var gateway: String { "tcp://127.0.0.1:\(ports["gateway"]!)" }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("newswire-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var ports: [String: Int] = [:]
        for name in ["gateway", "ingesterRequests", "ingesterArticles", "ingesterAcks", "storeQueries", "storeResults"] {
            var port = freePort()
            while ports.values.contains(port) { port = freePort() }
            ports[name] = port
        }
        self.ports = ports
    }

    deinit {
        for process in processes.values where process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: folder)
    }

    /// Makes a key folder with `newswire keys init` and has every service started from now on, and the CLI, use it.
    func useCurveKeys() throws {
        let folder = folder.appendingPathComponent("keys")
        let made = try runProcess(Executables.url("newswire"), ["keys", "init", folder.path], timeout: 30)
        guard made.status == 0 else { throw WaitError.timedOut("newswire keys init: \(made.stderr)") }
        curveKeys = folder
    }

    private func endpoint(_ name: String) -> String { "tcp://127.0.0.1:\(ports[name]!)" }

    func arguments(for service: Service) -> [String] {
        switch service {
        case .ingester:
            ["--requests-bind", endpoint("ingesterRequests"), "--articles-bind", endpoint("ingesterArticles"),
             "--acks-bind", endpoint("ingesterAcks"), "--journal", folder.appendingPathComponent("journal").path,
             "--resend-after", "3"]
        case .extractor:
            ["--articles", endpoint("ingesterArticles"), "--results", endpoint("storeResults")]
        case .store:
            ["--database", folder.appendingPathComponent("newswire.sqlite").path, "--queries-bind", endpoint("storeQueries"),
             "--results-bind", endpoint("storeResults"), "--acks", endpoint("ingesterAcks")]
        case .gateway:
            ["--bind", gateway, "--ingester", endpoint("ingesterRequests"), "--store", endpoint("storeQueries"),
             "--timeout", "\(gatewayTimeout)"]
        }
    }

    /// Starts one service; `name` tells apart several of a kind (extractor-2).
    @discardableResult
    func start(_ service: Service, name: String? = nil, extra: [String] = []) throws -> Process {
        let name = name ?? service.rawValue
        let process = Process()
        process.executableURL = Executables.url("newswire-\(service.rawValue)")
        process.arguments = arguments(for: service) + extra + ["--log-level", "debug"]
            + (curveKeys.map { ["--curve-keys", $0.path] } ?? [])
        // keys only as the flag says: a developer's own NEWSWIRE_CURVE_KEYS must not reach a keyless test cluster
        process.environment = ProcessInfo.processInfo.environment.merging(["NEWSWIRE_CURVE_KEYS": ""]) { _, new in new }
        let log = folder.appendingPathComponent("\(name).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        try handle.seekToEnd()
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        processes[name] = process
        return process
    }

    func startAll(extractors: Int = 1) throws {
        try start(.store)
        try start(.ingester)
        for index in 0..<extractors {
            try start(.extractor, name: index == 0 ? "extractor" : "extractor-\(index + 1)",
                      extra: ["--instance", "extractor-\(index + 1)"])
        }
        try start(.gateway)
    }

    /// SIGTERM, then the exit status (nil if it had to be killed after `timeout`).
    @discardableResult
    func stop(_ name: String, signal: Int32 = SIGTERM, timeout: TimeInterval = 20) -> Int32? {
        guard let process = processes.removeValue(forKey: name) else { return nil }
        kill(process.processIdentifier, signal)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return process.terminationStatus
    }

    func isRunning(_ name: String) -> Bool { processes[name]?.isRunning ?? false }

    func log(_ name: String) -> String {
        (try? String(contentsOf: folder.appendingPathComponent("\(name).log"), encoding: .utf8)) ?? ""
    }

    /// Runs the `newswire` CLI against this cluster's gateway.
    func cli(_ arguments: [String], stdin: Data? = nil, timeout: TimeInterval = 120) throws -> CommandResult {
        try runProcess(Executables.url("newswire"), arguments,
                       environment: ["NEWSWIRE_GATEWAY": gateway, "NEWSWIRE_CURVE_KEYS": curveKeys?.path ?? ""], stdin: stdin,
                       timeout: timeout)
    }

    /// Runs the CLI with --json and decodes its standard output.
    func cliJSON(_ arguments: [String]) throws -> (CommandResult, [String: Any]?) {
        let result = try cli(arguments + ["--json"])
        let object = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return (result, object)
    }

    /// Polls until `condition` holds, or fails the test after `timeout`.
    func waitUntil(_ what: String, timeout: TimeInterval = 60, _ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return }
            usleep(200_000)
        }
        let logs = processes.keys.sorted().map { "[\($0)]\n\(String(log($0).suffix(3000)))" }.joined(separator: "\n")
        Issue.record("timed out after \(timeout) s waiting for \(what)\n--- logs ---\n\(logs)")
        throw WaitError.timedOut(what)
    }

    enum WaitError: Error {
        case timedOut(String)
    }

    /// The ids that `search` finds for `text`.
    func searchIDs(_ text: String) throws -> [String] {
        let (_, object) = try cliJSON(["search", text])
        return (object?["hits"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
    }
}
