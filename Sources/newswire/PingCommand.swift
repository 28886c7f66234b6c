import ArgumentParser
import Foundation
import NewsModel

struct PingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ping",
        abstract: "Ask one service (gateway, ingester or store) whether it answers; exit 0 if it does. For health checks.",
        discussion: """
            With CURVE keys, a backend admits only the gateway: ping one with --service ingester|store --as gateway \
            (the key folder then needs the gateway's secret key, as the backends' health checks have).
            """)

    @Argument(help: "The service's request endpoint, e.g. tcp://127.0.0.1:5559 for the store. Default: the gateway.")
    var endpoint: String?

    @Option(help: "Which service binds the endpoint, for its public key: gateway, ingester, store.")
    var service: String = "gateway"

    @Option(name: .customLong("as"), help: "The role whose keys to prove: client (to the gateway) or gateway (to a backend).")
    var role: String = "client"

    @OptionGroup var client: ClientOptions

    func validate() throws {
        guard let server = BusRole(rawValue: service), [.gateway, .ingester, .store].contains(server) else {
            throw ValidationError("--service must be gateway, ingester or store, not '\(service)'")
        }
        guard BusRole(rawValue: role) != nil else {
            throw ValidationError("--as must be one of \(BusRole.allCases.map(\.rawValue).joined(separator: ", ")), not '\(role)'")
        }
    }

    func run() throws {
        let target = endpoint ?? client.gateway
        let connection = try client.connect(to: target, server: BusRole(rawValue: service)!, as: BusRole(rawValue: role)!)
        let id = connection.nextRequestID()
        let started = Date()
        let pong = try connection.send(PingMessage(requestID: id), requestID: id, expecting: PongMessage.self)
        if client.json { return try printJSON(pong) }
        let micros = Int(Date().timeIntervalSince(started) * 1_000_000)
        print("\(pong.status.service) \(pong.status.instance ?? "") at \(target) answered in \(micros) µs")
    }
}
