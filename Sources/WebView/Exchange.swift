import NewsModel

/// A request as the pages see it: the path and its decoded query parameters, whatever server carried it.
public struct WebRequest: Sendable, Hashable {
    public var path: String
    public var query: [String: String]

    public init(path: String, query: [String: String] = [:]) {
        self.path = path
        self.query = query
    }
}

/// What a page answers: a status, a media type and the body. The server adds the security headers.
public struct WebResponse: Sendable, Hashable {
    public var status: Int
    public var contentType: String
    public var body: String
    /// A download's file name (Content-Disposition), for the CSV and GeoJSON links.
    public var filename: String?

    public init(status: Int = 200, contentType: String = "text/html; charset=utf-8", body: String, filename: String? = nil) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.filename = filename
    }

    public static func html(_ page: HTML, status: Int = 200) -> WebResponse {
        WebResponse(status: status, body: page.markup)
    }
}

/// The pages' only way to the pipeline: one query, one answer. The server passes a ZeroMQ client; tests a double.
public protocol QueryService: Sendable {
    func query(_ request: QueryRequest) async throws(GatewayFailure) -> QueryReply
}

/// Why the gateway gave no answer to show.
public enum GatewayFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// No answer at all, or a handshake that failed: the page says the pipeline is down (503).
    case unreachable(String)
    /// The gateway answered with an error: a bad parameter (400), nothing of that name (404), a backend down (503).
    case refused(code: ErrorCode, message: String)
    /// An answer the pages cannot read.
    case unexpected(String)

    public var description: String {
        switch self {
        case .unreachable(let why): why
        case .refused(let code, let message): "\(code.rawValue): \(message)"
        case .unexpected(let what): "unexpected answer from the gateway: \(what)"
        }
    }
}

/// A request the pages refuse before asking the gateway, naming the parameter and why.
public struct BadRequest: Error, Sendable, Hashable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}
