import ArgumentParser
import Foundation
import NewsModel

struct PingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ping",
        abstract: "Ask one service (gateway, ingester or store) whether it answers; exit 0 if it does. For health checks.")

    @Argument(help: "The service's request endpoint, e.g. tcp://127.0.0.1:5559 for the store. Default: the gateway.")
    var endpoint: String?

    @OptionGroup var client: ClientOptions

    func run() throws {
        let target = endpoint ?? client.gateway
        let connection = try GatewayClient(endpoint: target, timeout: client.timeout)
        let id = connection.nextRequestID()
        let started = Date()
        let pong = try connection.send(PingMessage(requestID: id), requestID: id, expecting: PongMessage.self)
        if client.json { return try printJSON(pong) }
        let micros = Int(Date().timeIntervalSince(started) * 1_000_000)
        print("\(pong.status.service) \(pong.status.instance ?? "") at \(target) answered in \(micros) µs")
    }
}
