import ArgumentParser
import Bus
import Foundation
import NewsModel

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "CURVE keys for the bus.",
        subcommands: [KeysInitCommand.self])
}

struct KeysInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a CURVE keypair per role (gateway, ingester, extractor, store, client) as DIR/ROLE.pub and DIR/ROLE.secret.",
        discussion: """
            Keys already there are kept, so this is safe on every start. Give the services the folder with \
            --curve-keys DIR or NEWSWIRE_CURVE_KEYS=DIR, and the CLI the same variable (it uses the client key).
            """)

    @Argument(help: "The folder to write the keys to (created if missing).")
    var directory: String

    @Flag(help: "Replace keys that are already there.")
    var force = false

    func run() throws {
        let folder = KeyDirectory(path: directory)
        let outcome: [String: KeyDirectory.Created]
        do {
            outcome = try folder.create(BusRole.allCases.map(\.rawValue), replacing: force)
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
        for role in BusRole.allCases {
            print("\(role.rawValue): \(outcome[role.rawValue] == .created ? "created" : "kept") \(folder.publicKeyFile(role.rawValue))")
        }
    }
}
