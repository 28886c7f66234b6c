import ArgumentParser
import Foundation
import NewsModel

let defaultGateway = DefaultEndpoint.gateway

/// Flags of every command that talks to the gateway.
struct ClientOptions: ParsableArguments {
    @Option(help: "The gateway's endpoint (env NEWSWIRE_GATEWAY).")
    var gateway: String = Setting.string("NEWSWIRE_GATEWAY", default: defaultGateway)

    @Option(help: "Seconds to wait for an answer.")
    var timeout: Double = 15

    @Flag(help: "Print JSON for programs instead of tables.")
    var json = false

    func validate() throws {
        do {
            try Setting.check()
        } catch {
            throw ValidationError(error.message)
        }
        guard timeout > 0 else { throw ValidationError("--timeout must be positive, not \(timeout)") }
    }

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
