import Foundation

/// Something a service received and could not use, kept with why, so that nothing is lost without a trace:
/// a malformed or misdirected message, or an article the database refused.
public struct DeadLetter: Codable, Sendable, Hashable {
    /// ISO 8601, UTC, to the second.
    public var time: String
    /// The service that gave up on it: `store`, `ingester`.
    public var service: String
    /// Why, in the words of the error (`'extraction' message: missing field 'extractor'`).
    public var reason: String
    /// The article concerned, when the bytes name one.
    public var articleID: String?
    /// How many bytes the message had.
    public var bytes: Int
    /// The message's first bytes (at most ``maxExcerptBytes``, cut at a character), so the record stays small
    /// whatever was sent.
    public var excerpt: String

    public static let maxExcerptBytes = 512

    public init(time: Date, service: String, reason: String, articleID: String? = nil, payload: Data) {
        self.init(time: Self.format(time), service: service, reason: reason, articleID: articleID ?? Self.articleID(in: payload),
                  bytes: payload.count, excerpt: Self.excerpt(of: payload))
    }

    /// A record as read back.
    public init(time: String, service: String, reason: String, articleID: String?, bytes: Int, excerpt: String) {
        self.time = time
        self.service = service
        self.reason = reason
        self.articleID = articleID
        self.bytes = bytes
        self.excerpt = excerpt
    }

    enum CodingKeys: String, CodingKey {
        case time, service, reason, bytes, excerpt
        case articleID = "article_id"
    }

    static func format(_ time: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: time)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    /// The first bytes as text; a multi-byte character cut by the bound is left out rather than garbled.
    static func excerpt(of payload: Data) -> String {
        var end = min(payload.count, maxExcerptBytes)
        let bytes = [UInt8](payload.prefix(end))
        // back off over continuation bytes (10xxxxxx) to the start of the cut character, if the cut fell inside one
        if end < payload.count {
            var start = end
            while start > 0, bytes[start - 1] & 0xC0 == 0x80 { start -= 1 }
            if start > 0, bytes[start - 1] >= 0xC0 { end = start - 1 }
        }
        return String(decoding: bytes[0..<end], as: UTF8.self)
    }

    /// `article.id` of a message that may not decode as a whole.
    static func articleID(in payload: Data) -> String? {
        struct Named: Decodable {
            struct Article: Decodable { var id: String? }
            var article: Article?
        }
        guard let id = (try? WireCodec.makeDecoder().decode(Named.self, from: payload))?.article?.id, !id.isEmpty else { return nil }
        return String(id.prefix(64))
    }
}
