import Foundation
import Testing

/// A service whose setup is broken stops at once with an error that names the problem, instead of running degraded.
@Suite("Refusing to start")
struct StartupTests {
    private func extractor(model: URL) throws -> CommandResult {
        try extractor(["--model", model.path])
    }

    private func extractor(_ options: [String]) throws -> CommandResult {
        try runProcess(Executables.url("newswire-extractor"),
                       options + ["--articles", "tcp://127.0.0.1:\(freePort())", "--results", "tcp://127.0.0.1:\(freePort())"],
                       timeout: 30)
    }

    @Test("an extractor given a corrupt entity model exits with an error naming the file")
    func corruptModel() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("corrupt-\(UUID().uuidString).model")
        try Data("this is not a model".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try extractor(model: file)
        #expect(result.status != 0)
        #expect(result.stderr.contains(file.path), "\(result.stderr)")
        #expect(result.stderr.contains("bad magic"), "\(result.stderr)")
    }

    @Test("an extractor given a model file that does not exist exits with an error naming it")
    func missingModel() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("absent-\(UUID().uuidString).model")
        let result = try extractor(model: file)
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(file.path) cannot be used: no such file"), "\(result.stderr)")
    }

    @Test("an extractor given a corrupt or missing syntax model exits with an error naming it, instead of running without a parse")
    func brokenSyntaxModel() throws {
        let corrupt = FileManager.default.temporaryDirectory.appendingPathComponent("corrupt-syntax-\(UUID().uuidString).model")
        try Data("this is not a model".utf8).write(to: corrupt)
        defer { try? FileManager.default.removeItem(at: corrupt) }
        let refused = try extractor(["--syntax-model", corrupt.path])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("syntax model \(corrupt.path) cannot be used"), "\(refused.stderr)")

        let absent = FileManager.default.temporaryDirectory.appendingPathComponent("absent-syntax-\(UUID().uuidString).model")
        let missing = try extractor(["--syntax-model", absent.path])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("syntax model \(absent.path) cannot be used: no such file"), "\(missing.stderr)")
    }

    @Test("a model file cut short is refused too, not half-loaded", arguments: [
        ("--model", "newswire_EntityTagger.resources/Resources/ner-conll2003.model"),
        ("--syntax-model", "newswire_Syntax.resources/Resources/syntax-en.model"),
    ])
    func truncatedModel(option: String, shippedPath: String) throws {
        let whole = try Data(contentsOf: Executables.directory.appendingPathComponent(shippedPath))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cut-\(UUID().uuidString).model")
        try whole.prefix(whole.count / 2).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try extractor([option, file.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains(file.path), "\(result.stderr)")
    }
}

/// Settings that do not read as their type stop a service with the variable and the value named.
@Suite("Bad settings")
struct BadSettingTests {
    @Test("NEWSWIRE_MAX_ATTEMPTS=five stops the ingester with an error naming it")
    func wordForNumber() throws {
        let result = try runProcess(Executables.url("newswire-ingester"), ["--journal", FileManager.default.temporaryDirectory.appendingPathComponent("j-\(UUID().uuidString)").path],
                                    environment: ["NEWSWIRE_MAX_ATTEMPTS": "five"], timeout: 30)
        #expect(result.status != 0)
        #expect(result.stderr.contains("NEWSWIRE_MAX_ATTEMPTS=five is not a whole number"), "\(result.stderr)")
    }

    @Test("an unknown log level stops a service with the level and the known ones named")
    func unknownLogLevel() throws {
        let result = try runProcess(Executables.url("newswire-gateway"), ["--bind", "tcp://127.0.0.1:\(freePort())"],
                                    environment: ["NEWSWIRE_LOG_LEVEL": "loud"], timeout: 30)
        #expect(result.status != 0)
        #expect(result.stderr.contains("unknown log level 'loud'"), "\(result.stderr)")
        #expect(result.stderr.contains("notice"), "\(result.stderr)")
    }

    @Test("the CLI refuses a gateway timeout that is not a number")
    func cliTimeout() throws {
        let result = try runProcess(Executables.url("newswire"), ["status", "--timeout", "soon"], timeout: 30)
        #expect(result.status != 0)
        #expect(result.stderr.contains("soon"), "\(result.stderr)")
    }
}
