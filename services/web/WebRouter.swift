import Foundation
import HTTPTypes
import Hummingbird
import WebView

/// Every path goes to the pages; this only translates Hummingbird's request and response, and adds the headers
/// that make the pages safe: a Content-Security-Policy allowing nothing but this server's own stylesheet and
/// images, no inline script, no framing.
enum WebRouter {
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    static func make(app: WebApp) -> Router<BasicRequestContext> {
        let router = Router()
        router.get("**") { request, _ in await respond(app: app, request: request) }
        router.get("/") { request, _ in await respond(app: app, request: request) }
        return router
    }

    static func respond(app: WebApp, request: Request) async -> Response {
        var query: [String: String] = [:]
        for (key, value) in request.uri.queryParameters { query[String(key)] = String(value) }
        let answer = await app.respond(to: WebRequest(path: request.uri.path, query: query))
        var headers: HTTPFields = [
            .contentType: answer.contentType,
            .contentSecurityPolicy: contentSecurityPolicy,
            .xContentTypeOptions: "nosniff",
            HTTPField.Name("Referrer-Policy")!: "no-referrer",
            .cacheControl: "no-store",
        ]
        if let filename = answer.filename { headers[.contentDisposition] = "attachment; filename=\"\(filename)\"" }
        return Response(status: .init(code: answer.status), headers: headers,
                        body: ResponseBody(byteBuffer: ByteBuffer(string: answer.body)))
    }
}
