import Foundation
import NewsModel
import ServiceCore
import Testing

@Suite("Gateway routing")
struct GatewayRouterTests {
    let router = GatewayRouter(instance: "gw-test")

    private func errorCode(_ route: GatewayRoute) throws -> (ErrorCode, String, String?) {
        guard case .answer(let data) = route else {
            Issue.record("expected an answer, got \(route)")
            return (.internalError, "", nil)
        }
        let error = try WireCodec.decode(ErrorReply.self, from: data)
        return (error.code, error.message, error.requestID)
    }

    @Test("ingest goes to the ingester, queries to the store, status is gathered")
    func routes() {
        #expect(router.route(WireCodec.encode(IngestRequest(articles: [Article(text: "x")]))) == .forward(.ingester))
        for query in [QueryName.search, .article, .entities] {
            #expect(router.route(WireCodec.encode(QueryRequest(query: query))) == .forward(.store))
        }
        #expect(router.route(WireCodec.encode(QueryRequest(query: .status, requestID: "s1"))) == .status(requestID: "s1"))
    }

    @Test("the gateway answers a ping itself")
    func ping() throws {
        guard case .answer(let data) = router.route(WireCodec.encode(PingMessage(requestID: "p"))) else {
            Issue.record("no answer")
            return
        }
        let pong = try WireCodec.decode(PongMessage.self, from: data)
        #expect(pong.status.service == "gateway")
        #expect(pong.requestID == "p")
    }

    @Test("bad requests are answered with a clear error and never forwarded")
    func badRequests() throws {
        let notJSON = try errorCode(router.route(Data("hello".utf8)))
        #expect(notJSON.0 == .malformedRequest)
        let unknownType = try errorCode(router.route(Data(#"{"type":"launch","v":1,"request_id":"r2"}"#.utf8)))
        #expect(unknownType.0 == .unknownType)
        #expect(unknownType.1.contains("launch"))
        #expect(unknownType.2 == "r2")
        let unknownQuery = try errorCode(router.route(Data(#"{"type":"query","v":1,"query":"teleport","request_id":"r3"}"#.utf8)))
        #expect(unknownQuery.0 == .unknownQuery)
        #expect(unknownQuery.1.contains("teleport"))
        #expect(unknownQuery.1.contains("search"))
        #expect(unknownQuery.2 == "r3")
        let oldVersion = try errorCode(router.route(Data(#"{"type":"query","v":0,"query":"search"}"#.utf8)))
        #expect(oldVersion.0 == .unsupportedVersion)
        let ack = try errorCode(router.route(WireCodec.encode(AckMessage(ids: ["a"]))))
        #expect(ack.0 == .unknownType)
    }

    @Test("status lists a missing backend as down with the reason")
    func statusReply() {
        let storePong = PongMessage(status: ServiceStatus(service: "store", up: true, counters: ["articles": 3]),
                                    workers: [ServiceStatus(service: "extractor", instance: "e1", up: true)])
        let reply = router.statusReply(
            requestID: "s", pongs: [.store: .success(storePong),
                                    .ingester: .failure(ErrorReply(code: .serviceUnavailable, message: "not reachable"))],
            endpoints: [.ingester: "tcp://127.0.0.1:1", .store: "tcp://127.0.0.1:2"])
        let services = reply.services ?? []
        #expect(services.map(\.service) == ["gateway", "ingester", "store", "extractor"])
        #expect(services[1].up == false)
        #expect(services[1].error == "not reachable")
        #expect(services[2].counters["articles"] == 3)
        #expect(reply.requestID == "s")
    }
}
