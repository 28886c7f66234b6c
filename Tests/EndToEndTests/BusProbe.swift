import Bus
import Foundation
import Testing

/// A raw ZeroMQ client for poking the services with messages the CLI would never send.
final class BusProbe {
    private let context: ZMQContext
    private var sockets: [ZMQSocket] = []

    init() throws {
        context = try ZMQContext()
    }

    func close() {
        sockets.forEach { $0.close() }
        sockets.removeAll()
        context.terminate()
    }

    /// REQ-style request over a DEALER; the decoded JSON answer.
    func request(_ endpoint: String, _ payload: String, timeout: Int32 = 10_000) throws -> [String: Any] {
        let socket = try context.makeSocket(.dealer)
        sockets.append(socket)
        socket.receiveTimeout = timeout
        try socket.connect(endpoint)
        try socket.send(frames: [[], Array(payload.utf8)])
        let frames = try #require(try socket.receiveMultipart(), "no answer from \(endpoint)")
        let last = try #require(frames.last)
        return try #require(try JSONSerialization.jsonObject(with: Data(last)) as? [String: Any])
    }

    /// One message into a PULL socket.
    func push(_ endpoint: String, _ payload: String) throws {
        let socket = try context.makeSocket(.push)
        sockets.append(socket)
        socket.linger = 2000
        try socket.connect(endpoint)
        try socket.send(Array(payload.utf8))
    }

    /// A ROUTER that takes requests and never answers.
    func bindSilentRouter(_ endpoint: String) throws {
        let socket = try context.makeSocket(.router)
        sockets.append(socket)
        try socket.bind(endpoint)
    }
}
