import AsyncHTTPClient
import Foundation
import NIOCore

/// Fetches one address over HTTP(S): with a time limit on the whole exchange and a size limit on the body (a
/// larger body is refused as soon as its length is known or it passes the limit, never read whole), with
/// conditional GET (`If-None-Match`, `If-Modified-Since`) when the caller has validators from last time.
/// Redirects are followed. Every failure is a `FetchResult.failed` with a sentence saying what went wrong.
public struct WebFetcher: Sendable {
    public var timeout: TimeInterval
    public var maxBytes: Int
    public var userAgent = "newswire/1 (+https://github.com/newswire; feed reader)"

    /// 30 s and 10 MiB: news pages are a few hundred KB; a feed a few.
    public init(timeout: TimeInterval = 30, maxBytes: Int = 10 * 1024 * 1024) {
        self.timeout = timeout
        self.maxBytes = maxBytes
    }

    public func fetch(_ address: String, etag: String? = nil, lastModified: String? = nil) async -> FetchResult {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              url.host != nil else {
            return .failed("not an http(s) address: \(address)")
        }
        var request = HTTPClientRequest(url: address)
        request.headers.add(name: "User-Agent", value: userAgent)
        request.headers.add(name: "Accept", value: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5")
        if let etag { request.headers.add(name: "If-None-Match", value: etag) }
        if let lastModified { request.headers.add(name: "If-Modified-Since", value: lastModified) }
        let limit = maxBytes
        let seconds = timeout
        let prepared = request
        do {
            return try await Self.withTimeout(seconds) {
                let response = try await HTTPClient.shared.execute(prepared, timeout: .milliseconds(Int64(seconds * 1000)))
                let status = Int(response.status.code)
                let headers = FetchResponse.Headers(
                    etag: response.headers.first(name: "ETag"), lastModified: response.headers.first(name: "Last-Modified"),
                    contentType: response.headers.first(name: "Content-Type"))
                if status == 304 { return .notModified(headers) }
                if let length = response.headers.first(name: "Content-Length").flatMap(Int.init), length > limit {
                    return .failed("\(Self.megabytes(length)) MB, over the \(Self.megabytes(limit)) MB limit")
                }
                guard (200..<300).contains(status) else {
                    return .failed("HTTP \(status) \(response.status.reasonPhrase)")
                }
                let body: ByteBuffer
                do {
                    body = try await response.body.collect(upTo: limit)
                } catch is NIOTooManyBytesError {
                    return .failed("more than the \(Self.megabytes(limit)) MB limit, refused unread beyond it")
                }
                let finalURL = response.url?.absoluteString ?? address
                return .fetched(FetchResponse(url: finalURL, status: status, headers: headers,
                                              body: Array(body.readableBytesView)))
            }
        } catch is FetchTimeout {
            return .failed("no complete answer within \(Self.seconds(seconds)) s")
        } catch {
            return .failed(Self.describe(error))
        }
    }

    struct FetchTimeout: Error {}

    /// Runs `work`, or throws `FetchTimeout` when it takes longer than `seconds` (the body's transfer included,
    /// which the client's own deadline does not bound).
    static func withTimeout<T: Sendable>(_ seconds: TimeInterval, _ work: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T.self) { group in
            group.addTask { try await work() }
            group.addTask {
                try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
                throw FetchTimeout()
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw FetchTimeout() }
            return first
        }
    }

    static func describe(_ error: any Error) -> String {
        if let client = error as? HTTPClientError {
            switch client {
            case .deadlineExceeded, .readTimeout, .connectTimeout: return "timed out"
            case .remoteConnectionClosed: return "the server closed the connection"
            default: return "\(client)"
            }
        }
        let text = "\(error)"
        if text.contains("connectionRefused") || text.contains("Connection refused") { return "connection refused" }
        return text
    }

    static func megabytes(_ bytes: Int) -> String {
        let value = Double(bytes) / 1_048_576
        return value >= 10 || value == value.rounded() ? String(Int(value.rounded())) : String(format: "%.1f", value)
    }

    static func seconds(_ value: TimeInterval) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}

/// What a fetch gave.
public enum FetchResult: Sendable {
    case fetched(FetchResponse)
    /// 304: unchanged since the validators sent.
    case notModified(FetchResponse.Headers)
    case failed(String)
}

public struct FetchResponse: Sendable {
    public struct Headers: Sendable, Hashable {
        public var etag: String?
        public var lastModified: String?
        public var contentType: String?

        public init(etag: String? = nil, lastModified: String? = nil, contentType: String? = nil) {
            self.etag = etag
            self.lastModified = lastModified
            self.contentType = contentType
        }
    }

    /// Where the body came from, after redirects.
    public var url: String
    public var status: Int
    public var headers: Headers
    public var body: [UInt8]

    public init(url: String, status: Int, headers: Headers, body: [UInt8]) {
        self.url = url
        self.status = status
        self.headers = headers
        self.body = body
    }
}
