import Bus
import Foundation
import Testing

/// Real CURVE sockets over tcp on the loopback, with the ZAP handler deciding: the admitted key talks, a key not
/// admitted and a keyless peer never reach the server.
@Suite("ZAP handler on real sockets")
struct ZAPHandlerTests {
    final class Bench {
        let context: ZMQContext
        let server: ZMQSocket
        let endpoint: String
        let serverKeys: CurveKeyPair
        let admitted: CurveKeyPair
        let handler: ZAPHandler

        init() throws {
            context = try ZMQContext()
            serverKeys = try CurveKeyPair.generate()
            admitted = try CurveKeyPair.generate()
            var policy = ZAPPolicy()
            try policy.admit("client", publicKey: admitted.publicKey, on: "test.server")
            handler = try ZAPHandler.start(context: context, policy: policy)
            server = try context.makeTestSocket(.router)
            try server.makeCurveServer(secretKey: serverKeys.secretKey, zapDomain: "test.server")
            try server.bind("tcp://127.0.0.1:*")
            endpoint = try #require(server.lastEndpoint)
        }

        func client(_ keys: CurveKeyPair?, serverKey: String? = nil) throws -> ZMQSocket {
            let socket = try context.makeTestSocket(.dealer)
            if let keys { try socket.makeCurveClient(keys: keys, serverKey: serverKey ?? serverKeys.publicKey) }
            try socket.connect(endpoint)
            return socket
        }

        func close() {
            handler.stop()
            context.terminate()
        }
    }

    @Test("the admitted key's message arrives, and the server can answer it")
    func admitted() throws {
        let bench = try Bench()
        defer { bench.close() }
        let client = try bench.client(bench.admitted)
        #expect(client.securityMechanism == 2)
        try client.send("hello")
        let frames = try #require(try bench.server.receiveMultipart(), "the admitted client got through")
        #expect(text(frames.last) == "hello")
        try bench.server.send(frames: [frames[0], bytes("welcome")])
        #expect(text(try client.receive()) == "welcome")
    }

    @Test("a key not admitted, a keyless peer and a client expecting another server all fail, and the monitor says why")
    func refused() throws {
        let bench = try Bench()
        defer { bench.close() }
        let stranger = try bench.client(try CurveKeyPair.generate())
        let strangerEvents = try stranger.monitor(name: "stranger")
        strangerEvents.receiveTimeout = generousTimeout
        let keyless = try bench.client(nil)
        let misled = try bench.client(bench.admitted, serverKey: try CurveKeyPair.generate().publicKey)
        for socket in [stranger, keyless, misled] { _ = try socket.send("let me in", dontWait: true) }
        var sawRefusal = false
        while !sawRefusal, let event = try strangerEvents.nextEvent(dontWait: false) {
            sawRefusal = event == .handshakeFailedAuthentication
        }
        #expect(sawRefusal, "the ZAP handler's 400 reaches the client as an authentication failure")
        // then the admitted client's message is the first the server sees: none of the others got through
        let admitted = try bench.client(bench.admitted)
        try admitted.send("admitted")
        let first = try #require(try bench.server.receiveMultipart())
        #expect(text(first.last) == "admitted")
        bench.server.receiveTimeout = 300
        #expect(try bench.server.receiveMultipart() == nil, "nothing from the refused peers")
    }
}
