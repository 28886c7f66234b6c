import Foundation
import NewsModel
import ServiceCore
import Testing

/// Issue 10: `newswire deadletters` lists what every service could not use, gathered by the gateway.
@Suite("Dead letters: the gateway gathers them, each service reads its file's tail")
struct DeadLetterQueryTests {
    let client: GatewayStateMachine.Client = [[7]]

    func letter(_ time: TimeInterval, _ service: String, _ reason: String) -> DeadLetter {
        DeadLetter(time: Date(timeIntervalSince1970: 1_700_000_000 + time), service: service, reason: reason, payload: Data("{}".utf8))
    }

    func reply(_ letters: [DeadLetter], id: String?) -> Data {
        var reply = QueryReply(query: .deadLetters, requestID: id)
        reply.letters = letters
        return WireCodec.encode(reply)
    }

    @Test("dead_letters goes to every backend; the answers come back together, newest first, within the limit")
    func gathered() throws {
        var machine = GatewayStateMachineTests.makeMachine()
        let clock = FakeClock()
        var request = QueryRequest(query: .deadLetters, requestID: "d1")
        request.limit = 3
        let forwards = GatewayStateMachineTests.forwards(machine.clientRequest(WireCodec.encode(request), from: client, now: clock.now))
        #expect(Set(forwards.map(\.0)) == [.ingester, .store])
        #expect(forwards.allSatisfy { $0.2 == WireCodec.encode(request) }, "the request itself, not a ping")
        let ingester = try #require(forwards.first { $0.0 == .ingester })
        let store = try #require(forwards.first { $0.0 == .store })
        #expect(machine.backendReply(reply([letter(10, "ingester", "given up")], id: "d1"), token: ingester.1, from: .ingester).isEmpty,
                "waits for the other backend")
        let actions = machine.backendReply(reply([letter(30, "store", "b"), letter(20, "store", "a"), letter(5, "store", "old")], id: "d1"),
                                           token: store.1, from: .store)
        let answer = try #require(GatewayStateMachineTests.replies(actions).first)
        #expect(answer.0 == client)
        let decoded = try WireCodec.decode(QueryReply.self, from: answer.1)
        #expect(decoded.requestID == "d1")
        #expect(decoded.letters?.map(\.reason) == ["b", "a", "given up"])
        #expect(decoded.services?.map(\.up) == [true, true])
    }

    @Test("a backend that does not answer is named in services; the other's records still come")
    func oneBackendAway() throws {
        var machine = GatewayStateMachineTests.makeMachine()
        var clock = FakeClock()
        let forwards = GatewayStateMachineTests.forwards(
            machine.clientRequest(WireCodec.encode(QueryRequest(query: .deadLetters, requestID: "d2")), from: client, now: clock.now))
        let store = try #require(forwards.first { $0.0 == .store })
        _ = machine.backendReply(reply([letter(1, "store", "bad")], id: "d2"), token: store.1, from: .store)
        clock.advance(by: .seconds(3))
        let answer = try #require(GatewayStateMachineTests.replies(machine.tick(now: clock.now)).first)
        let decoded = try WireCodec.decode(QueryReply.self, from: answer.1)
        #expect(decoded.letters?.map(\.service) == ["store"])
        #expect(decoded.services?.first { $0.service == "ingester" }?.up == false)
        #expect(decoded.services?.first { $0.service == "ingester" }?.error?.contains("did not answer") == true)
    }

    @Test("a service's file answers with its newest records first, from the tail only")
    func recentFromTheTail() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dead-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = try DeadLetterFile(path: path)
        for n in 0..<50 { try file.append(letter(Double(n), "store", "reason \(n)")) }
        #expect(file.recent(limit: 3).map(\.reason) == ["reason 49", "reason 48", "reason 47"])
        // a tail that starts inside a record skips that record instead of misreading it
        let short = file.recent(limit: 100, tailBytes: 1000)
        #expect(!short.isEmpty && short.count < 50)
        #expect(short.first?.reason == "reason 49")
        #expect(file.recent(limit: 0).isEmpty)
    }

    @Test("the ingester answers dead_letters from its file and refuses other queries, naming the one it takes")
    func ingesterAnswers() throws {
        var (machine, folder) = try IngesterFlowMessageTests().machine()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try DeadLetterFile(path: folder.path + ".jsonl")
        defer { try? FileManager.default.removeItem(atPath: folder.path + ".jsonl") }
        try file.append(letter(1, "ingester", "given up after 5 sends"))
        machine.deadLetterFile = file
        let (answer, _) = machine.request(WireCodec.encode(QueryRequest(query: .deadLetters, requestID: "q")))
        #expect(try WireCodec.decode(QueryReply.self, from: answer).letters?.map(\.reason) == ["given up after 5 sends"])
        let (refused, _) = machine.request(WireCodec.encode(QueryRequest(query: .search, requestID: "s")))
        let error = try WireCodec.decode(ErrorReply.self, from: refused)
        #expect(error.code == .unknownQuery)
        #expect(error.message.contains("dead_letters"))
    }
}
