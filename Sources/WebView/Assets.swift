import Foundation

/// The stylesheet and the few files the pages link to, all from the bundle: nothing is fetched from elsewhere.
enum Assets {
    static let types = ["css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "svg": "image/svg+xml"]

    static func response(_ name: String) throws -> WebResponse {
        let parts = name.split(separator: ".")
        guard parts.count == 2, let type = types[String(parts[1])],
              parts[0].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }),
              let body = load(String(parts[0]), String(parts[1])) else {
            throw GatewayFailure.refused(code: .notFound, message: "no asset named \(name)")
        }
        return WebResponse(contentType: type, body: body)
    }

    private static func load(_ name: String, _ ext: String) -> String? {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources") else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }
}
