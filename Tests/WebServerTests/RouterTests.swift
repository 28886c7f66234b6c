import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NewsModel
import Testing
import WebView
@testable import newswire_web

/// Answers every query with "unreachable", as a pipeline that is down does.
struct DownGateway: QueryService {
    func query(_ request: QueryRequest) async throws(GatewayFailure) -> QueryReply {
        throw .unreachable("no answer from tcp://127.0.0.1:1 within 1 s")
    }
}

@Suite("newswire-web's Hummingbird router, in process")
struct RouterTests {
    @Test("every answer carries the security headers; a gateway that is down is a 503 page; assets come from the bundle")
    func headersAndStatus() async throws {
        let app = Application(router: WebRouter.make(app: WebApp(gateway: DownGateway())))
        try await app.test(.router) { client in
            try await client.execute(uri: "/search?q=Kyiv", method: .get) { response in
                #expect(response.status.code == 503)
                #expect(response.headers[.contentSecurityPolicy] == WebRouter.contentSecurityPolicy)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(String(buffer: response.body).contains("The pipeline is not answering"))
            }
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == "ok\n")
            }
            try await client.execute(uri: "/assets/style.css", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
            }
            try await client.execute(uri: "/events?from=yesterday", method: .get) { response in
                #expect(response.status.code == 400)
                #expect(String(buffer: response.body).contains("&#39;from&#39; must be a day written YYYY-MM-DD"))
            }
        }
    }
}
