import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// scripts/test-web-server.py on a free loopback port, for as long as the value lives; shared by the test targets
/// that need a real HTTP peer (IntakeTests, EndToEndTests).
public final class TestWebServer {
    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    public static let script = repository.appendingPathComponent("scripts/test-web-server.py")
    public static var available: Bool {
        FileManager.default.fileExists(atPath: script.path) && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
    }

    let process = Process()
    public let base: String

    public init() throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [Self.script.path, "--lifetime", "300"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line is the port.
        var line = Data()
        while true {
            let byte = output.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            line.append(byte)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            process.terminate()
            throw ServerError.noPort
        }
        base = "http://127.0.0.1:\(port)"
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    public func url(_ path: String) -> String { base + path }

    /// GETs a path directly (to bump the feed, or read the request counts), with python3's own client.
    public func get(_ path: String) throws -> Data {
        let client = Process()
        client.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        client.arguments = ["-c", "import sys, urllib.request; sys.stdout.buffer.write(urllib.request.urlopen(sys.argv[1], timeout=10).read())",
                            url(path)]
        let output = Pipe()
        client.standardOutput = output
        try client.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        client.waitUntilExit()
        return data
    }

    public func requests() throws -> (counts: [String: Int], notModified: Int) {
        let object = try JSONSerialization.jsonObject(with: get("/requests")) as? [String: Any] ?? [:]
        return ((object["counts"] as? [String: Int]) ?? [:], (object["not_modified"] as? Int) ?? 0)
    }

    public enum ServerError: Error { case noPort }
}
