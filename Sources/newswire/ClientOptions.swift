import ArgumentParser
import Bus
import Foundation
import GatewayAccess
import NewsModel

let defaultGateway = DefaultEndpoint.gateway

/// Flags of every command that talks to the gateway.
struct ClientOptions: ParsableArguments {
    @Option(help: "The gateway's endpoint (env NEWSWIRE_GATEWAY).")
    var gateway: String = Setting.string("NEWSWIRE_GATEWAY", default: defaultGateway)

    @Option(help: "Seconds to wait for an answer to one attempt.")
    var timeout: Double = 15

    @Option(help: "Seconds over which a request with no answer (or service_unavailable) is tried again, with growing pauses; 0: once (env NEWSWIRE_RETRY_FOR).")
    var retryFor: Double = Setting.double("NEWSWIRE_RETRY_FOR", default: 20)

    @Option(help: "Folder of CURVE keys from `newswire keys init`: the client's keypair and the gateway's public key (env NEWSWIRE_CURVE_KEYS).")
    var curveKeys: String = Setting.string("NEWSWIRE_CURVE_KEYS", default: "")

    @Flag(help: "Print JSON for programs instead of tables.")
    var json = false

    func validate() throws {
        do {
            try Setting.check()
        } catch {
            throw ValidationError(error.message)
        }
        guard timeout > 0 else { throw ValidationError("--timeout must be positive, not \(timeout)") }
        guard retryFor >= 0 else { throw ValidationError("--retry-for must not be negative, not \(retryFor)") }
    }

    func connect() throws -> GatewayClient {
        try connect(to: gateway, server: .gateway, as: .client)
    }

    /// A client of `endpoint`, bound by `server`'s process, proving the keys of `role` when there are keys.
    func connect(to endpoint: String, server: BusRole, as role: BusRole) throws -> GatewayClient {
        let keys = curveKeys.isEmpty ? nil : try ClientKeys.load(folder: curveKeys, role: role, server: server)
        return try GatewayClient(endpoint: endpoint, timeout: timeout, retry: RetrySchedule(budget: retryFor), keys: keys)
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
