import ArgumentParser
import Bus
import Foundation
import GatewayAccess
import Hummingbird
import Logging
import NewsModel
import WebView

/// newswire-web: the web view, a client of the gateway like the CLI; it never opens the database.
@main
struct WebCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newswire-web",
        abstract: "Serve the web view of the pipeline: search, articles, entities, events map, quotes, status.")

    @Option(help: "The gateway's endpoint (env NEWSWIRE_GATEWAY).")
    var gateway: String = Setting.string("NEWSWIRE_GATEWAY", default: DefaultEndpoint.gateway)

    @Option(help: "Address to listen on (env NEWSWIRE_WEB_HOST).")
    var host: String = Setting.string("NEWSWIRE_WEB_HOST", default: "127.0.0.1")

    @Option(help: "Port to listen on (env NEWSWIRE_WEB_PORT).")
    var port: Int = Setting.int("NEWSWIRE_WEB_PORT", default: 8080)

    @Option(help: "Seconds to wait for the gateway's answer to one attempt.")
    var timeout: Double = 10

    @Option(help: "Seconds over which a query with no answer is tried again (env NEWSWIRE_RETRY_FOR).")
    var retryFor: Double = Setting.double("NEWSWIRE_RETRY_FOR", default: 3)

    @Option(help: "Folder of CURVE keys from `newswire keys init`: the client's keypair and the gateway's public key (env NEWSWIRE_CURVE_KEYS).")
    var curveKeys: String = Setting.string("NEWSWIRE_CURVE_KEYS", default: "")

    func validate() throws {
        do { try Setting.check() } catch { throw ValidationError(error.message) }
        guard (1...65535).contains(port) else { throw ValidationError("--port must be from 1 to 65535, not \(port)") }
        guard timeout > 0 else { throw ValidationError("--timeout must be positive, not \(timeout)") }
        guard retryFor >= 0 else { throw ValidationError("--retry-for must not be negative, not \(retryFor)") }
    }

    func run() async throws {
        var logger = Logger(label: "newswire-web")
        logger.logLevel = .info
        let keys = curveKeys.isEmpty ? nil : try ClientKeys.load(folder: curveKeys, role: .client, server: .gateway)
        let client = try GatewayClient(endpoint: gateway, timeout: timeout, retry: RetrySchedule(budget: retryFor), keys: keys)
        let app = WebApp(gateway: GatewayBridge(client: client))
        let server = Application(
            router: WebRouter.make(app: app),
            configuration: .init(address: .hostname(host, port: port), serverName: "newswire-web"),
            onServerRunning: { channel in
                let url = "http://\(host):\(channel.localAddress?.port ?? port)/"
                // standard error is unbuffered: the line is there at once for `make run` and the tests to read
                FileHandle.standardError.write(Data("newswire-web serving \(url) (gateway \(gateway)\(keys == nil ? ", no CURVE keys" : ", CURVE"))\n".utf8))
            },
            logger: logger)
        try await server.runService()
    }
}
