import ArgumentParser
import Bus
import Foundation
import NewsModel
import ServiceCore
import ServiceLifecycle
import ServiceSupport

@main
struct GatewayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newswire-gateway",
        abstract: "The one address clients know: routes ingest requests to the ingester and queries to the store.")

    @Option(help: "ROUTER endpoint for clients (env NEWSWIRE_GATEWAY_BIND).")
    var bind = Setting.string("NEWSWIRE_GATEWAY_BIND", default: DefaultEndpoint.gateway)

    @Option(help: "The ingester's request endpoint (env NEWSWIRE_INGESTER_ENDPOINT).")
    var ingester = Setting.string("NEWSWIRE_INGESTER_ENDPOINT", default: DefaultEndpoint.ingesterRequests)

    @Option(help: "The store's query endpoint (env NEWSWIRE_STORE_ENDPOINT).")
    var store = Setting.string("NEWSWIRE_STORE_ENDPOINT", default: DefaultEndpoint.storeQueries)

    @Option(help: "Seconds to wait for a backend before answering service_unavailable (env NEWSWIRE_GATEWAY_TIMEOUT).")
    var timeout = Setting.double("NEWSWIRE_GATEWAY_TIMEOUT", default: 10)

    @OptionGroup var common: CommonServiceOptions

    func run() async throws {
        let logger = common.bootstrapLogging(label: "newswire.gateway")
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
        let security = try common.security(role: .gateway, binds: [bind], connects: [ingester, store], logger: logger)
        let context = try ZMQContext()
        let authentication = try security.startAuthentication(context: context, for: [.gatewayClients], logger: logger)
        let configuration = GatewayStateMachine.Configuration(timeout: .milliseconds(Int64(timeout * 1000)),
                                                              endpoints: [.ingester: ingester, .store: store])
        let loop = GatewayLoop(context: context, bind: bind, configuration: configuration,
                               router: GatewayRouter(instance: defaultInstanceName(service: "gateway")), logger: logger,
                               security: security)
        try await ServiceGroup.runUntilSignalled([BlockingLoopService(name: "gateway", loop: loop.run)], logger: logger)
        authentication?.stop()
        context.terminate()
        logger.info("gateway stopped")
    }
}
