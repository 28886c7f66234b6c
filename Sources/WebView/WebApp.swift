import Foundation
import NewsModel

/// Every page and API route of the web view: a request in, a response out, the gateway asked through `QueryService`.
///
/// Errors become pages: a bad parameter is a 400 naming it (the gateway's `invalid_parameter` too), nothing of that
/// id a 404, a gateway that does not answer (or a backend it lacks) a 503. Under `/api/` the same come as JSON.
public struct WebApp: Sendable {
    let gateway: any QueryService

    public init(gateway: any QueryService) {
        self.gateway = gateway
    }

    public func respond(to request: WebRequest) async -> WebResponse {
        let api = request.path == "/api" || request.path.hasPrefix("/api/")
        do {
            return try await route(request)
        } catch let error as BadRequest {
            return problem(status: 400, message: error.message, api: api)
        } catch let error as GatewayFailure {
            switch error {
            case .refused(code: .invalidParameter, let message), .refused(code: .malformedRequest, let message):
                return problem(status: 400, message: message, api: api)
            case .refused(code: .notFound, let message):
                return problem(status: 404, message: message, api: api)
            case .refused(code: .serviceUnavailable, let message), .unreachable(let message):
                return problem(status: 503, message: message, api: api)
            case .refused(code: .timeout, let message):
                return problem(status: 503, message: "the query took too long: \(message)", api: api)
            default:
                return problem(status: 502, message: error.description, api: api)
            }
        } catch {
            return problem(status: 500, message: "\(error)", api: api)
        }
    }

    private func route(_ request: WebRequest) async throws -> WebResponse {
        let parameters = Parameters(request.query)
        let parts = request.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let pages = Pages(gateway: gateway, query: request.query, parameters: parameters)
        let api = parts.first == "api"
        let route = api ? Array(parts.dropFirst()) : parts
        let format: Format = api ? .json : .html
        switch (route.first ?? "", route.count) {
        case ("", 0) where !api: return try await pages.search(format: .html, home: true)
        case ("", 0): return WebResponse(contentType: "application/json", body: Pages.apiIndex)
        case ("search", 1): return try await pages.search(format: format, home: false)
        case ("articles", 2): return try await pages.article(id: route[1], format: format)
        case ("entities", 1): return try await pages.entities(format: format)
        case ("entities", 2): return try await pages.entity(id: route[1], format: format)
        case ("events", 1): return try await pages.events(format: format)
        case ("events.csv", 1): return try await pages.eventsDownload(csv: true)
        case ("events.geojson", 1): return try await pages.eventsDownload(csv: false)
        case ("quotes", 1): return try await pages.quotes(format: format)
        case ("status", 1): return try await pages.status(format: format)
        case ("metrics", 1) where !api: return try await pages.metrics()
        case ("healthz", 1) where !api: return WebResponse(contentType: "text/plain; charset=utf-8", body: "ok\n")
        case ("assets", 2) where !api: return try Assets.response(route[1])
        default:
            return problem(status: 404, message: "no page at \(request.path)", api: api)
        }
    }

    private func problem(status: Int, message: String, api: Bool) -> WebResponse {
        if api {
            let body = (try? String(decoding: JSONEncoder().encode(["error": message, "status": String(status)]), as: UTF8.self))
                ?? "{}"
            return WebResponse(status: status, contentType: "application/json", body: body)
        }
        return .html(Layout.problem(status: status, message: message), status: status)
    }
}

/// HTML for people, or the gateway's answer as JSON for programs.
enum Format {
    case html, json
}
