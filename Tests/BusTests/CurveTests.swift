import Bus
import Foundation
import Testing

@Suite("CURVE keys, the ZAP policy and endpoint scopes")
struct CurveTests {
    @Test("this libzmq has CURVE, and a generated keypair is two Z85 keys of 32 bytes")
    func keypair() throws {
        #expect(Curve.isAvailable, "libzmq without CURVE: every keyed socket would fail")
        let pair = try CurveKeyPair.generate()
        #expect(pair.publicKey.utf8.count == 40 && pair.secretKey.utf8.count == 40)
        let raw = try #require(CurveKeyPair.decode(pair.publicKey))
        #expect(raw.count == 32)
        #expect(CurveKeyPair.encode(raw) == pair.publicKey)
        #expect(try CurveKeyPair.generate() != pair, "two keypairs are never the same")
    }

    @Test("a key that is not 40 characters of the Z85 alphabet is refused", arguments: [
        "", "short", String(repeating: "a", count: 39), String(repeating: "a", count: 41), String(repeating: "~", count: 40),
        String(repeating: "é", count: 20),
    ])
    func badKeys(_ key: String) {
        #expect(CurveKeyPair.decode(key) == nil)
        #expect(throws: CurveKeyError.self) { try CurveKeyPair(publicKey: key, secretKey: key) }
    }

    static func request(domain: String, key: [UInt8], mechanism: String = "CURVE") -> ZAPRequest {
        ZAPRequest(requestID: [7], domain: domain, address: "127.0.0.1", mechanism: mechanism, credentials: [key])
    }

    @Test("the policy admits a listed key on its domain only, as the name it was admitted under")
    func policy() throws {
        let extractor = try CurveKeyPair.generate(), client = try CurveKeyPair.generate()
        var policy = ZAPPolicy()
        try policy.admit("extractor", publicKey: extractor.publicKey, on: "store.results")
        try policy.admit("client", publicKey: client.publicKey, on: "gateway.clients")
        let extractorKey = try #require(CurveKeyPair.decode(extractor.publicKey))
        let clientKey = try #require(CurveKeyPair.decode(client.publicKey))

        let admitted = policy.decide(Self.request(domain: "store.results", key: extractorKey))
        #expect(admitted.status == .allowed && admitted.userID == "extractor" && admitted.requestID == [7])
        #expect(policy.decide(Self.request(domain: "store.results", key: clientKey)).status == .denied,
                "a real key of the bus, but not one that belongs on this socket")
        #expect(policy.decide(Self.request(domain: "gateway.clients", key: extractorKey)).status == .denied)
        #expect(policy.decide(Self.request(domain: "elsewhere", key: clientKey)).status == .denied)
        #expect(policy.decide(Self.request(domain: "gateway.clients", key: clientKey, mechanism: "NULL")).status == .denied)
    }

    @Test("ZAP frames: a request is parsed as RFC 27 lays it out, and the reply has its six frames")
    func frames() throws {
        let key = [UInt8](repeating: 1, count: 32)
        let request = try #require(ZAPRequest(frames: [bytes("1.0"), bytes("42"), bytes("d"), bytes("10.0.0.1"), [], bytes("CURVE"), key]))
        #expect(request == ZAPRequest(requestID: bytes("42"), domain: "d", address: "10.0.0.1", mechanism: "CURVE", credentials: [key]))
        #expect(ZAPRequest(frames: [bytes("2.0"), bytes("42"), bytes("d"), [], [], bytes("CURVE")]) == nil)
        #expect(ZAPRequest(frames: [bytes("1.0")]) == nil)
        let reply = ZAPPolicy().decide(request)
        #expect(reply.frames.count == 6)
        #expect(reply.frames[0] == bytes("1.0") && reply.frames[1] == bytes("42") && reply.frames[2] == bytes("400"))
    }

    @Test("loopback endpoints are inproc, ipc and tcp on 127/8, ::1 or localhost; anything else is the network", arguments: [
        ("inproc://x", true), ("ipc:///tmp/a.sock", true), ("tcp://127.0.0.1:5555", true), ("tcp://127.8.9.10:1", true),
        ("tcp://localhost:5555", true), ("tcp://[::1]:5555", true), ("tcp://0.0.0.0:5555", false), ("tcp://*:5555", false),
        ("tcp://10.0.0.4:5555", false), ("tcp://gateway:5555", false), ("tcp://127.0.0.1.evil.example:1", false),
        ("tcp://eth0;127.0.0.1:5555", true), ("tcp://127.0.0.1;10.0.0.1:5555", false), ("pgm://x", false),
    ])
    func scope(_ endpoint: String, loopback: Bool) {
        #expect((EndpointScope(endpoint) == .loopback) == loopback, "\(endpoint)")
    }

    @Test("retries pause longer each time up to a ceiling, and stop once the budget is spent")
    func retrySchedule() {
        let schedule = RetrySchedule(budget: 20, firstPause: 0.25, longestPause: 4)
        #expect((1...7).map(schedule.pause(afterAttempt:)) == [0.25, 0.5, 1, 2, 4, 4, 4])
        #expect(schedule.allowsAttempt(elapsed: 19.9))
        #expect(!schedule.allowsAttempt(elapsed: 20))
        #expect(!RetrySchedule(budget: 0).allowsAttempt(elapsed: 0), "a budget of 0 means one attempt only")
    }

    @Test("a key folder: pairs written once with the secret private, kept on a second run, damaged ones reported")
    func keyDirectory() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("keys-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let folder = KeyDirectory(path: path)
        #expect(try folder.create(["a", "b"]) == ["a": .created, "b": .created])
        let first = try folder.keyPair("a")
        #expect(try folder.create(["a", "b"]) == ["a": .kept, "b": .kept])
        #expect(try folder.keyPair("a") == first, "a second run keeps the keys the services already use")
        let mode = try FileManager.default.attributesOfItem(atPath: folder.secretKeyFile("a"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
        try FileManager.default.removeItem(atPath: folder.secretKeyFile("b"))
        #expect(throws: CurveKeyError.self) { try folder.create(["b"]) }
        try "not a key\n".write(toFile: folder.publicKeyFile("a"), atomically: true, encoding: .utf8)
        #expect(throws: CurveKeyError.self) { try folder.keyPair("a") }
        #expect(throws: CurveKeyError.self) { try folder.publicKey("nobody") }
    }
}
