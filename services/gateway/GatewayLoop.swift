import Bus
import Foundation
import Logging
import NewsModel
import ServiceSupport

/// The gateway's sockets: clients on a ROUTER, one DEALER to each backend.
///
/// Requests are forwarded as `[token, payload]`; a backend's ROUTER answers `[token, reply]`, and the token finds
/// the client again. Requests whose backend does not answer within `timeout` get `service_unavailable`.
struct GatewayLoop: Sendable {
    let context: ZMQContext
    let bind: String
    let backends: [Backend: String]
    let timeout: TimeInterval
    /// How long a request waits for a backend that is not connected before it fails.
    var connectWait: TimeInterval = 2
    let router: GatewayRouter
    let logger: Logger

    private struct Waiting {
        var client: [[UInt8]]
        var backend: Backend
        var deadline: Date
        var requestID: String?
        /// Set for the pings of a `status` query: which status gathering they belong to.
        var statusGathering: UInt64?
    }

    private struct StatusGathering {
        var client: [[UInt8]]
        var requestID: String?
        var pongs: [Backend: Result<PongMessage, ErrorReply>] = [:]
    }

    func run(until stop: StopSignal) throws {
        let clients = try context.makeSocket(.router)
        var dealers: [Backend: ZMQSocket] = [:]
        defer {
            clients.close()
            dealers.values.forEach { $0.close() }
        }
        try clients.bind(bind)
        var poller = Poller()
        poller.add(clients)
        let order = Backend.allCases
        for backend in order {
            let dealer = try context.makeSocket(.dealer)
            // Queue nothing for a backend that is not connected: the client hears at once that it is away.
            dealer.immediate = true
            dealer.sendTimeout = 0
            try dealer.connect(backends[backend]!)
            dealers[backend] = dealer
            poller.add(dealer)
        }
        logger.info("gateway listening", metadata: ["bind": "\(bind)", "ingester": "\(backends[.ingester]!)",
                                                    "store": "\(backends[.store]!)"])
        var waiting: [UInt64: Waiting] = [:]
        var gatherings: [UInt64: StatusGathering] = [:]
        var nextToken: UInt64 = 1
        // Requests for a backend not connected yet (it may be starting): retried each turn for a short while.
        var parked: [(payload: Data, backend: Backend, entry: Waiting, until: Date)] = []

        func reply(_ client: [[UInt8]], _ payload: Data) {
            _ = try? clients.send(frames: client + [[UInt8](payload)], dontWait: true)
        }

        func finishGathering(_ id: UInt64) {
            guard let gathering = gatherings.removeValue(forKey: id) else { return }
            let status = router.statusReply(requestID: gathering.requestID, pongs: gathering.pongs, endpoints: backends)
            reply(gathering.client, WireCodec.encode(status))
        }

        func fail(_ token: UInt64, _ entry: Waiting, _ error: ErrorReply) {
            if let gatheringID = entry.statusGathering {
                gatherings[gatheringID]?.pongs[entry.backend] = .failure(error)
                if gatherings[gatheringID]?.pongs.count == order.count { finishGathering(gatheringID) }
            } else {
                reply(entry.client, WireCodec.encode(error))
            }
        }

        /// Sends `payload` to a backend under a new token. A backend that is not connected gets `connectWait` to
        /// appear (services start in any order); after that the request fails with `service_unavailable`.
        func forward(_ payload: Data, to backend: Backend, entry: Waiting, until: Date? = nil) {
            let token = nextToken
            nextToken += 1
            let tokenFrame = withUnsafeBytes(of: token.littleEndian) { [UInt8]($0) }
            let sent = (try? dealers[backend]!.send(frames: [tokenFrame, [UInt8](payload)], dontWait: true)) ?? false
            if sent {
                waiting[token] = entry
                return
            }
            let until = until ?? min(Date().addingTimeInterval(connectWait), entry.deadline)
            if Date() < until {
                parked.append((payload, backend, entry, until))
            } else {
                fail(token, entry, ErrorReply(code: .serviceUnavailable,
                                              message: "the \(backend.rawValue) is not reachable at \(backends[backend]!)",
                                              requestID: entry.requestID))
            }
        }

        while !stop.isStopped {
            let ready = try poller.poll(timeout: 100)
            if ready[0].contains(.readable) {
                while let frames = try clients.receiveMultipart(dontWait: true) {
                    guard let message = RoutedMessage(frames: frames) else { continue }
                    let deadline = Date().addingTimeInterval(timeout)
                    switch router.route(message.payload) {
                    case .answer(let payload):
                        reply(message.envelope, payload)
                    case .forward(let backend):
                        let requestID = WireCodec.requestID(in: message.payload)
                        forward(message.payload, to: backend,
                                entry: Waiting(client: message.envelope, backend: backend, deadline: deadline, requestID: requestID))
                    case .status(let requestID):
                        let gatheringID = nextToken
                        nextToken += 1
                        gatherings[gatheringID] = StatusGathering(client: message.envelope, requestID: requestID)
                        // Status answers quickly even when a backend is away: a shorter wait than other requests.
                        let pingDeadline = Date().addingTimeInterval(min(timeout, 2))
                        for backend in order {
                            forward(WireCodec.encode(PingMessage()), to: backend,
                                    entry: Waiting(client: message.envelope, backend: backend, deadline: pingDeadline,
                                                   requestID: requestID, statusGathering: gatheringID))
                        }
                    }
                }
            }
            for (index, backend) in order.enumerated() where ready[index + 1].contains(.readable) {
                while let frames = try dealers[backend]!.receiveMultipart(dontWait: true) {
                    guard frames.count == 2, frames[0].count == 8 else {
                        logger.warning("unexpected frames from \(backend.rawValue) dropped", metadata: ["frames": "\(frames.count)"])
                        continue
                    }
                    let token = frames[0].withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
                    guard let entry = waiting.removeValue(forKey: token) else {
                        logger.debug("late reply dropped", metadata: ["backend": "\(backend.rawValue)"])
                        continue
                    }
                    let payload = Data(frames[1])
                    if let gatheringID = entry.statusGathering {
                        let pong: Result<PongMessage, ErrorReply>
                        do throws(ErrorReply) {
                            pong = .success(try WireCodec.decode(PongMessage.self, from: payload))
                        } catch {
                            pong = .failure(error)
                        }
                        gatherings[gatheringID]?.pongs[backend] = pong
                        if gatherings[gatheringID]?.pongs.count == order.count { finishGathering(gatheringID) }
                    } else {
                        reply(entry.client, payload)
                    }
                }
            }
            if !parked.isEmpty {
                let retry = parked
                parked.removeAll()
                for request in retry {
                    forward(request.payload, to: request.backend, entry: request.entry, until: request.until)
                }
            }
            let now = Date()
            for (token, entry) in waiting where entry.deadline <= now {
                waiting[token] = nil
                let seconds = entry.statusGathering == nil ? timeout : min(timeout, 2)
                logger.warning("backend did not answer in time", metadata: ["backend": "\(entry.backend.rawValue)"])
                fail(token, entry, ErrorReply(code: .serviceUnavailable,
                                              message: "the \(entry.backend.rawValue) did not answer within \(seconds) s",
                                              requestID: entry.requestID))
            }
        }
    }
}
