import Foundation
import NewsModel
import ServiceCore
import Testing

/// Issue 10: one 2,000-term search held the store's only thread for 45 s. Queries now go to reader threads through
/// the desk, which answers `timeout` when a query's budget is spent and drops the late reply.
@Suite("Store: the query desk")
struct QueryDeskTests {
    let now = Date(timeIntervalSince1970: 1_700_000_000)
    let client: QueryDesk.Client = [[1, 2, 3]]

    func query(_ id: String) -> Data { WireCodec.encode(QueryRequest(query: .search, requestID: id, text: "x")) }

    @Test("a reply within the budget goes to its client; a reply after it is dropped and counted")
    func replies() {
        var desk = QueryDesk(budget: 2)
        guard case .dispatch(let job) = desk.admit(query("q1"), from: client, now: now) else {
            Issue.record("admitted")
            return
        }
        #expect(job.deadline == now.addingTimeInterval(2))
        #expect(desk.inFlight == 1)
        let answered = desk.answered(job.id, reply: Data("r".utf8))
        #expect(answered?.client == client)
        #expect(answered?.reply == Data("r".utf8))
        #expect(desk.answered(job.id, reply: Data("again".utf8)) == nil)
        #expect(desk.lateReplies == 1)
    }

    @Test("a query past its budget is answered timeout with its request id, once; its late reply is dropped")
    func timeout() throws {
        var desk = QueryDesk(budget: 0.5)
        guard case .dispatch(let slow) = desk.admit(query("slow"), from: client, now: now),
              case .dispatch(let quick) = desk.admit(query("quick"), from: [[9]], now: now.addingTimeInterval(0.4))
        else {
            Issue.record("admitted")
            return
        }
        #expect(desk.expire(now: now.addingTimeInterval(0.49)).isEmpty)
        let expired = desk.expire(now: now.addingTimeInterval(0.5))
        #expect(expired.count == 1)
        let error = try WireCodec.decode(ErrorReply.self, from: try #require(expired.first).reply)
        #expect(error.code == .timeout)
        #expect(error.requestID == "slow")
        #expect(error.message.contains("0.5 s"))
        #expect(desk.expire(now: now.addingTimeInterval(0.6)).isEmpty, "answered once")
        #expect(desk.answered(slow.id, reply: Data()) == nil)
        #expect(desk.answered(quick.id, reply: Data("ok".utf8)) != nil, "the other query is unaffected")
        #expect(desk.timedOut == 1)
    }

    @Test("past its capacity the desk refuses at once with service_unavailable, and admits again once answered")
    func capacity() throws {
        var desk = QueryDesk(budget: 2, capacity: 2)
        var jobs: [QueryDesk.Job] = []
        for n in 0..<2 {
            guard case .dispatch(let job) = desk.admit(query("q\(n)"), from: client, now: now) else {
                Issue.record("admitted")
                return
            }
            jobs.append(job)
        }
        guard case .refuse(let reply) = desk.admit(query("third"), from: client, now: now) else {
            Issue.record("the third is refused")
            return
        }
        let error = try WireCodec.decode(ErrorReply.self, from: reply)
        #expect(error.code == .serviceUnavailable)
        #expect(error.requestID == "third")
        _ = desk.answered(jobs[0].id, reply: Data())
        guard case .dispatch = desk.admit(query("fourth"), from: client, now: now) else {
            Issue.record("room again")
            return
        }
    }
}
