import Bus
import Foundation
import Testing

@Suite(.timeLimit(.minutes(1)))
struct MessagingPatternTests {
    @Test func pushPullOverInproc() throws {
        let context = try ZMQContext()
        let pull = try context.makeTestSocket(.pull)
        let push = try context.makeTestSocket(.push)
        defer { push.close(); pull.close() }
        try pull.bind("inproc://push-pull")
        try push.connect("inproc://push-pull")

        for index in 0..<10 { #expect(try push.send(bytes("message \(index)"))) }
        for index in 0..<10 { #expect(text(try pull.receive()) == "message \(index)") }
        #expect(try pull.receive(dontWait: true) == nil)
    }

    @Test func pushPullOverTCPOnEphemeralPort() throws {
        let context = try ZMQContext()
        let pull = try context.makeTestSocket(.pull)
        let push = try context.makeTestSocket(.push)
        defer { push.close(); pull.close() }
        try pull.bind("tcp://127.0.0.1:*")
        let endpoint = try #require(pull.lastEndpoint)
        #expect(endpoint.hasPrefix("tcp://127.0.0.1:"))
        let port = try #require(Int(endpoint.split(separator: ":").last ?? ""))
        #expect(port > 0)

        try push.connect(endpoint)
        try push.send(Data("over tcp".utf8))
        #expect(try pull.receiveData() == Data("over tcp".utf8))
    }

    @Test func requestReplyRoundTrip() throws {
        let context = try ZMQContext()
        let rep = try context.makeTestSocket(.rep)
        let req = try context.makeTestSocket(.req)
        defer { req.close(); rep.close() }
        try rep.bind("inproc://req-rep")
        try req.connect("inproc://req-rep")

        for index in 0..<5 {
            try req.send(bytes("ping \(index)"))
            let request = try #require(try rep.receive())
            #expect(text(request) == "ping \(index)")
            try rep.send(bytes("pong \(index)"))
            #expect(text(try req.receive()) == "pong \(index)")
        }
    }

    @Test func requestOutOfTurnThrowsInsteadOfReturningFalse() throws {
        let context = try ZMQContext()
        let req = try context.makeTestSocket(.req)
        defer { req.close() }
        try req.connect("inproc://nobody-replies")
        try req.send(bytes("first"))
        // REQ must receive before sending again: a state error, not "would block".
        do {
            try req.send(bytes("second"), dontWait: true)
            Issue.record("second send on REQ should throw")
        } catch {
            #expect(!error.isTimeout)
            #expect(error.description.hasPrefix("zmq_send: "))
        }
    }

    @Test func routerRoutesRepliesToTheRightDealer() throws {
        let context = try ZMQContext()
        let router = try context.makeTestSocket(.router)
        router.routerMandatory = true
        let dealerA = try context.makeTestSocket(.dealer)
        let dealerB = try context.makeTestSocket(.dealer)
        defer { dealerA.close(); dealerB.close(); router.close() }
        dealerA.identity = bytes("dealer-A")
        dealerB.identity = bytes("dealer-B")
        try router.bind("inproc://router")
        try dealerA.connect("inproc://router")
        try dealerB.connect("inproc://router")

        try dealerA.send(bytes("hello from A"))
        try dealerB.send(frames: [bytes("hello"), bytes("from B")])

        var seen: [String: [String]] = [:]
        for _ in 0..<2 {
            let envelope = try #require(try router.receiveMultipart())
            #expect(envelope.count >= 2)
            seen[text(envelope[0])!] = envelope.dropFirst().map { text($0)! }
        }
        #expect(seen == ["dealer-A": ["hello from A"], "dealer-B": ["hello", "from B"]])

        // Reply in the opposite order, so a router that ignored the identity frame would misdeliver.
        #expect(try router.send(frames: [bytes("dealer-B"), bytes("for B")]))
        #expect(try router.send(frames: [Data("dealer-A".utf8), Data("for A".utf8)]))
        #expect(text(try dealerB.receive()) == "for B")
        #expect(text(try dealerA.receive()) == "for A")
        #expect(try dealerA.receive(dontWait: true) == nil)
        #expect(try dealerB.receive(dontWait: true) == nil)
    }

    @Test func routerMandatoryMakesUnknownIdentitiesAnError() throws {
        let context = try ZMQContext()
        let router = try context.makeTestSocket(.router)
        defer { router.close() }
        try router.bind("inproc://lonely-router")

        // Default: libzmq drops unroutable messages silently.
        #expect(!router.routerMandatory)
        #expect(try router.send(frames: [bytes("nobody"), bytes("lost")]))

        router.routerMandatory = true
        #expect(router.routerMandatory)
        do {
            try router.send(frames: [bytes("nobody"), bytes("lost")])
            Issue.record("sending to an unknown identity should throw with routerMandatory")
        } catch {
            #expect(!error.isTimeout)
            #expect(error.message == "Host unreachable")
        }
    }

    @Test func subscriberOnlyReceivesSubscribedPrefixes() throws {
        let context = try ZMQContext()
        let pub = try context.makeTestSocket(.pub)
        let sub = try context.makeTestSocket(.sub)
        defer { sub.close(); pub.close() }
        try pub.bind("tcp://127.0.0.1:*")
        try sub.subscribe(bytes("news."))
        try sub.connect(try #require(pub.lastEndpoint))

        // Subscriptions reach the publisher asynchronously, and until then it drops everything:
        // publish until one arrives, bounded by attempts rather than by time.
        var received: [String] = []
        sub.receiveTimeout = 20
        for attempt in 0..<1_000 where received.isEmpty {
            try pub.send(bytes("weather.\(attempt)"))
            try pub.send(bytes("news.\(attempt)"))
            if let frame = try sub.receive() { received.append(text(frame)!) }
        }
        try #require(!received.isEmpty, "subscriber never joined")

        sub.receiveTimeout = generousTimeout
        try pub.send(bytes("weather.last"))
        try pub.send(bytes("sports.last"))
        try pub.send(bytes("news.last"))
        while received.last != "news.last", received.count < 5_000, let frame = try sub.receive() {
            received.append(text(frame)!)
        }
        #expect(received.last == "news.last")
        #expect(received.allSatisfy { $0.hasPrefix("news.") })
    }

    @Test func pairSocketsTalkBothWays() throws {
        let context = try ZMQContext()
        let left = try context.makeTestSocket(.pair)
        let right = try context.makeTestSocket(.pair)
        defer { left.close(); right.close() }
        try left.bind("inproc://pair")
        try right.connect("inproc://pair")
        try left.send("to the right")
        #expect(text(try right.receive()) == "to the right")
        try right.send("to the left")
        #expect(text(try left.receive()) == "to the left")
    }
}
