import Foundation
import NewsModel

/// The pages' shared means: the gateway, the request's parameters, and the JSON form of an answer.
struct Pages {
    let gateway: any QueryService
    let query: [String: String]
    let parameters: Parameters

    func ask(_ body: QueryBody) async throws -> ResultBody {
        try await gateway.query(QueryRequest(body)).body
    }

    func json(_ result: ResultBody) -> WebResponse {
        WebResponse(contentType: "application/json", body: String(decoding: WireCodec.encode(QueryReply(result)), as: UTF8.self))
    }

    func offset() throws(BadRequest) -> Int { try parameters.int("offset", in: 0...1_000_000) ?? 0 }

    static let apiIndex = """
        {"routes": ["/api/search?q=&from=&to=&source=&entity=&country=&offset=", "/api/articles/{id}",
        "/api/entities?type=&prefix=&name=", "/api/entities/{id}", "/api/events?cameo=&country=&actor=&from=&to=&merged=",
        "/api/quotes?speaker=&text=&about=&from=&to=", "/api/status"],
         "downloads": ["/events.csv", "/events.geojson"], "metrics": "/metrics", "health": "/healthz"}

        """
}
