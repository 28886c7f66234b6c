import ArgumentParser
import Foundation
import NewsModel

let defaultGateway = DefaultEndpoint.gateway

/// Flags of every command that talks to the gateway.
struct ClientOptions: ParsableArguments {
    @Option(help: "The gateway's endpoint (env NEWSWIRE_GATEWAY).")
    var gateway: String = ProcessInfo.processInfo.environment["NEWSWIRE_GATEWAY"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultGateway

    @Option(help: "Seconds to wait for an answer.")
    var timeout: Double = 15

    @Flag(help: "Print JSON for programs instead of tables.")
    var json = false

    func connect() throws -> GatewayClient {
        try GatewayClient(endpoint: gateway, timeout: timeout)
    }
}

/// Writes to standard error, for progress and problems, so standard output stays clean for data.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Prints a wire value as pretty JSON on standard output.
func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = WireCodec.makeEncoder()
    encoder.outputFormatting.insert(.prettyPrinted)
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}
