import Foundation
import NewsModel
import ServiceCore
import Testing

@Suite("Gateway state machine")
struct GatewayStateMachineTests {
    typealias Action = GatewayStateMachine.Action
    static let endpoints: [Backend: String] = [.ingester: "tcp://127.0.0.1:1", .store: "tcp://127.0.0.1:2"]

    /// A 10 s timeout, a 2 s wait for a backend to connect, 2 s for status pings.
    static func makeMachine() -> GatewayStateMachine {
        GatewayStateMachine(router: GatewayRouter(instance: "gw-test"),
                            configuration: .init(timeout: .seconds(10), connectWait: .seconds(2), statusTimeout: .seconds(2),
                                                 endpoints: endpoints))
    }

    let alice: GatewayStateMachine.Client = [[1, 1]]
    let bob: GatewayStateMachine.Client = [[2, 2]]

    static func search(_ id: String) -> Data { WireCodec.encode(QueryRequest(query: .search, requestID: id)) }

    /// The forwards among `actions`, as (backend, token, payload).
    static func forwards(_ actions: [Action]) -> [(Backend, UInt64, Data)] {
        actions.compactMap { if case .forward(let backend, let token, let payload) = $0 { (backend, token, payload) } else { nil } }
    }

    static func replies(_ actions: [Action]) -> [(GatewayStateMachine.Client, Data)] {
        actions.compactMap { if case .reply(let client, let payload) = $0 { (client, payload) } else { nil } }
    }

    @Test("replies find their clients by token, whatever order the backend answers in")
    func tokensMatchReplies() throws {
        var machine = Self.makeMachine()
        let clock = FakeClock()
        let first = Self.forwards(machine.clientRequest(Self.search("a"), from: alice, now: clock.now))
        let second = Self.forwards(machine.clientRequest(Self.search("b"), from: bob, now: clock.now))
        try #require(first.count == 1 && second.count == 1)
        #expect(first[0].0 == .store)
        #expect(first[0].2 == Self.search("a"), "the request is forwarded unchanged")
        #expect(first[0].1 != second[0].1, "each request has its own token")
        #expect(machine.inFlightCount == 2)

        let toBob = Self.replies(machine.backendReply(Data("for bob".utf8), token: second[0].1, from: .store))
        let toAlice = Self.replies(machine.backendReply(Data("for alice".utf8), token: first[0].1, from: .store))
        #expect(toBob.map(\.0) == [bob])
        #expect(toBob.map(\.1) == [Data("for bob".utf8)])
        #expect(toAlice.map(\.0) == [alice])
        #expect(machine.inFlightCount == 0)
    }

    @Test("a reply with an unknown or already-answered token is dropped and reported")
    func lateReplies() throws {
        var machine = Self.makeMachine()
        let clock = FakeClock()
        let sent = Self.forwards(machine.clientRequest(Self.search("a"), from: alice, now: clock.now))
        let token = try #require(sent.first?.1)
        #expect(Self.replies(machine.backendReply(Data("x".utf8), token: token, from: .store)).count == 1)
        #expect(machine.backendReply(Data("again".utf8), token: token, from: .store) == [.report(.lateReply(.store, token: token))])
        #expect(machine.backendReply(Data("?".utf8), token: 999, from: .ingester) == [.report(.lateReply(.ingester, token: 999))])
    }

    @Test("ingest goes to the ingester; a ping and a bad request are answered by the gateway itself")
    func routing() throws {
        var machine = Self.makeMachine()
        let clock = FakeClock()
        let ingest = Self.forwards(machine.clientRequest(WireCodec.encode(IngestRequest(articles: [Article(text: "x")])),
                                                         from: alice, now: clock.now))
        #expect(ingest.map(\.0) == [.ingester])
        let ping = Self.replies(machine.clientRequest(WireCodec.encode(PingMessage(requestID: "p")), from: bob, now: clock.now))
        #expect(try ping.map { try WireCodec.decode(PongMessage.self, from: $0.1).status.service } == ["gateway"])
        let bad = Self.replies(machine.clientRequest(Data("nonsense".utf8), from: bob, now: clock.now))
        #expect(try bad.map { try WireCodec.decode(ErrorReply.self, from: $0.1).code } == [.malformedRequest])
        #expect(machine.inFlightCount == 1)
    }

    @Test("a request for a backend not yet connected is parked, then goes out when the backend comes")
    func parkedThenSent() throws {
        var machine = Self.makeMachine()
        var clock = FakeClock()
        let first = Self.forwards(machine.clientRequest(Self.search("a"), from: alice, now: clock.now))
        #expect(machine.sendFailed(token: first[0].1, now: clock.now).isEmpty, "parked, not failed")
        #expect(machine.parkedCount == 1)
        clock.advance(by: .milliseconds(100))
        let retry = Self.forwards(machine.tick(now: clock.now))
        #expect(retry.count == 1)
        #expect(retry.first?.2 == Self.search("a"))
        #expect(machine.parkedCount == 0)
        // the send went through this time; the backend answers under the retry's token
        let replies = Self.replies(machine.backendReply(Data("ok".utf8), token: retry[0].1, from: .store))
        #expect(replies.map(\.0) == [alice])
    }

    @Test("a parked request fails with service_unavailable once the connect wait is over, naming the address")
    func parkedThenFailed() throws {
        var machine = Self.makeMachine()
        var clock = FakeClock()
        var token = Self.forwards(machine.clientRequest(Self.search("r1"), from: alice, now: clock.now))[0].1
        #expect(machine.sendFailed(token: token, now: clock.now).isEmpty)
        clock.advance(by: .milliseconds(1900))
        token = Self.forwards(machine.tick(now: clock.now))[0].1
        #expect(machine.sendFailed(token: token, now: clock.now).isEmpty, "still within the 2 s connect wait")
        clock.advance(by: .milliseconds(200))
        token = Self.forwards(machine.tick(now: clock.now))[0].1
        let actions = machine.sendFailed(token: token, now: clock.now)
        #expect(actions.contains(.report(.unreachable(.store, requestID: "r1"))))
        let replies = Self.replies(actions)
        try #require(replies.count == 1)
        #expect(replies[0].0 == alice)
        let error = try WireCodec.decode(ErrorReply.self, from: replies[0].1)
        #expect(error.code == .serviceUnavailable)
        #expect(error.message == "the store is not reachable at tcp://127.0.0.1:2")
        #expect(error.requestID == "r1")
        #expect(machine.parkedCount == 0 && machine.inFlightCount == 0)
    }

    @Test("a request not answered by its deadline fails, and not a moment before")
    func deadline() throws {
        var machine = Self.makeMachine()
        var clock = FakeClock()
        let token = Self.forwards(machine.clientRequest(Self.search("slow"), from: alice, now: clock.now))[0].1
        clock.advance(by: .milliseconds(9999))
        #expect(machine.tick(now: clock.now).isEmpty)
        clock.advance(by: .milliseconds(1))
        let actions = machine.tick(now: clock.now)
        #expect(actions.first == .report(.timedOut(.store, requestID: "slow")))
        let error = try WireCodec.decode(ErrorReply.self, from: try #require(Self.replies(actions).first).1)
        #expect(error.code == .serviceUnavailable)
        #expect(error.message == "the store did not answer within 10 s")
        #expect(error.requestID == "slow")
        // the answer that comes after the error is not sent twice
        #expect(Self.replies(machine.backendReply(Data("late".utf8), token: token, from: .store)).isEmpty)
    }

    @Test("status pings every backend and answers once all have answered")
    func statusGathering() throws {
        var machine = Self.makeMachine()
        let clock = FakeClock()
        let pings = Self.forwards(machine.clientRequest(WireCodec.encode(QueryRequest(query: .status, requestID: "s")),
                                                        from: alice, now: clock.now))
        #expect(Set(pings.map(\.0)) == Set(Backend.allCases))
        for ping in pings { #expect(try WireCodec.messageType(of: ping.2) == .ping) }
        let ingesterPong = PongMessage(status: ServiceStatus(service: "ingester", up: true, counters: ["pending": 4]))
        let storePong = PongMessage(status: ServiceStatus(service: "store", up: true),
                                    workers: [ServiceStatus(service: "extractor", instance: "e1", up: true)])
        let byBackend = Dictionary(uniqueKeysWithValues: pings.map { ($0.0, $0.1) })
        #expect(machine.backendReply(WireCodec.encode(storePong), token: byBackend[.store]!, from: .store).isEmpty,
                "no answer until every backend has answered")
        let replies = Self.replies(machine.backendReply(WireCodec.encode(ingesterPong), token: byBackend[.ingester]!, from: .ingester))
        try #require(replies.count == 1)
        #expect(replies[0].0 == alice)
        let status = try WireCodec.decode(QueryReply.self, from: replies[0].1)
        #expect(status.requestID == "s")
        #expect(status.services?.map(\.service) == ["gateway", "ingester", "store", "extractor"])
        #expect(status.services?[1].counters["pending"] == 4)
    }

    @Test("status answers on its short deadline with the silent backend marked down")
    func statusWithSilentBackend() throws {
        var machine = Self.makeMachine()
        var clock = FakeClock()
        let pings = Self.forwards(machine.clientRequest(WireCodec.encode(QueryRequest(query: .status, requestID: "s")),
                                                        from: alice, now: clock.now))
        let storeToken = try #require(pings.first { $0.0 == .store }?.1)
        _ = machine.backendReply(WireCodec.encode(PongMessage(status: ServiceStatus(service: "store", up: true))),
                                 token: storeToken, from: .store)
        clock.advance(by: .milliseconds(1999))
        #expect(Self.replies(machine.tick(now: clock.now)).isEmpty)
        clock.advance(by: .milliseconds(1))
        let replies = Self.replies(machine.tick(now: clock.now))
        try #require(replies.count == 1)
        let services = try #require(try WireCodec.decode(QueryReply.self, from: replies[0].1).services)
        let ingester = try #require(services.first { $0.service == "ingester" })
        #expect(ingester.up == false)
        #expect(ingester.error == "the ingester did not answer within 2 s")
        #expect(services.first { $0.service == "store" }?.up == true)
    }

    @Test("a ping that gets a malformed answer counts as that backend being down")
    func statusWithBadPong() throws {
        var machine = Self.makeMachine()
        let clock = FakeClock()
        let pings = Self.forwards(machine.clientRequest(WireCodec.encode(QueryRequest(query: .status)), from: alice, now: clock.now))
        var replies: [(GatewayStateMachine.Client, Data)] = []
        for (backend, token, _) in pings {
            replies += Self.replies(machine.backendReply(Data("garbage".utf8), token: token, from: backend))
        }
        try #require(replies.count == 1)
        let services = try #require(try WireCodec.decode(QueryReply.self, from: replies[0].1).services)
        #expect(services.filter { $0.service != "gateway" }.allSatisfy { !$0.up && $0.error != nil })
    }
}
