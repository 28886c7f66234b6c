import Bus
import Foundation
import Logging
import NewsModel
import ServiceCore
import ServiceSupport

/// The gateway's sockets: clients on a ROUTER, one DEALER to each backend. Every decision is the
/// `GatewayStateMachine`'s; this moves bytes between the sockets and the machine.
///
/// Requests are forwarded as `[token, payload]`; a backend's ROUTER answers `[token, reply]`.
struct GatewayLoop: Sendable {
    let context: ZMQContext
    let bind: String
    let configuration: GatewayStateMachine.Configuration
    let router: GatewayRouter
    let logger: Logger
    var security = BusSecurity.unauthenticated(.gateway)

    func run(until stop: StopSignal) throws {
        let clients = try context.makeSocket(.router)
        var dealers: [Backend: ZMQSocket] = [:]
        defer {
            clients.close()
            dealers.values.forEach { $0.close() }
        }
        try security.bind(clients, bind, as: .gatewayClients)
        var poller = Poller()
        poller.add(clients)
        let order = Backend.allCases
        for backend in order {
            let dealer = try context.makeSocket(.dealer)
            // Queue nothing for a backend that is not connected: the send fails and the machine parks the request.
            dealer.immediate = true
            dealer.sendTimeout = 0
            try security.connect(dealer, configuration.endpoints[backend]!, to: backend == .ingester ? .ingester : .store)
            dealers[backend] = dealer
            poller.add(dealer)
        }
        logger.info("gateway listening", metadata: ["bind": .string(bind),
                                                    "ingester": .string(configuration.endpoints[.ingester]!),
                                                    "store": .string(configuration.endpoints[.store]!)])
        var machine = GatewayStateMachine(router: router, configuration: configuration)
        let clock = ContinuousClock()

        func perform(_ actions: [GatewayStateMachine.Action]) {
            var queue = actions[...]
            while let action = queue.popFirst() {
                switch action {
                case .reply(let client, let payload):
                    _ = try? clients.send(frames: client + [[UInt8](payload)], dontWait: true)
                case .forward(let backend, let token, let payload):
                    let tokenFrame = withUnsafeBytes(of: token.littleEndian) { [UInt8]($0) }
                    let sent = (try? dealers[backend]!.send(frames: [tokenFrame, [UInt8](payload)], dontWait: true)) ?? false
                    if !sent { queue.append(contentsOf: machine.sendFailed(token: token, now: clock.now)) }
                case .report(let report):
                    log(report)
                }
            }
        }

        while !stop.isStopped {
            let ready = try poller.poll(timeout: 100)
            if ready[0].contains(.readable) {
                while let frames = try clients.receiveMultipart(dontWait: true) {
                    guard let message = RoutedMessage(frames: frames) else { continue }
                    if logger.logLevel <= .debug {
                        logger.debug("request", metadata: ["request_id": .string(WireCodec.requestID(in: message.payload) ?? "-"),
                                                           "bytes": .stringConvertible(message.payload.count)])
                    }
                    perform(machine.clientRequest(message.payload, from: message.envelope, now: clock.now))
                }
            }
            for (index, backend) in order.enumerated() where ready[index + 1].contains(.readable) {
                while let frames = try dealers[backend]!.receiveMultipart(dontWait: true) {
                    guard frames.count == 2, frames[0].count == 8 else {
                        logger.warning("unexpected frames dropped", metadata: ["backend": .string(backend.rawValue),
                                                                               "frames": .stringConvertible(frames.count)])
                        continue
                    }
                    let token = frames[0].withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
                    perform(machine.backendReply(Data(frames[1]), token: token, from: backend))
                }
            }
            perform(machine.tick(now: clock.now))
        }
    }

    private func log(_ report: GatewayStateMachine.Report) {
        switch report {
        case .timedOut(let backend, let requestID):
            logger.warning("backend did not answer in time", metadata: metadata(backend, requestID))
        case .unreachable(let backend, let requestID):
            logger.warning("backend not reachable", metadata: metadata(backend, requestID))
        case .lateReply(let backend, let token):
            logger.debug("late reply dropped", metadata: ["backend": .string(backend.rawValue), "token": .stringConvertible(token)])
        }
    }

    private func metadata(_ backend: Backend, _ requestID: String?) -> Logger.Metadata {
        var metadata: Logger.Metadata = ["backend": .string(backend.rawValue)]
        if let requestID { metadata["request_id"] = .string(requestID) }
        return metadata
    }
}
