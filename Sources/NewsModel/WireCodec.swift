import Foundation

/// Encodes and decodes wire messages, turning every decoding failure into an `ErrorReply` that names the problem.
public enum WireCodec {
    public static func encode<M: WireMessage>(_ message: M) -> Data {
        // Encoding a value of our own types cannot fail: no floats that are NaN, no non-string keys.
        (try? makeEncoder().encode(message)) ?? Data()
    }

    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    public static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    /// Reads `type` and `v` and checks the version.
    public static func header(of data: Data) throws(ErrorReply) -> MessageHeader {
        let header: MessageHeader
        do {
            header = try makeDecoder().decode(MessageHeader.self, from: data)
        } catch {
            throw ErrorReply(code: .malformedRequest, message: describe(error, decoding: "message header"))
        }
        guard header.v == wireProtocolVersion else {
            throw ErrorReply(code: .unsupportedVersion,
                             message: "protocol version \(header.v) is not supported; this service speaks v\(wireProtocolVersion)")
        }
        return header
    }

    /// The known message type of `data`, or an `unknown_type` error naming the type it has.
    public static func messageType(of data: Data) throws(ErrorReply) -> MessageType {
        let header = try header(of: data)
        guard let type = MessageType(rawValue: header.type) else {
            throw ErrorReply(code: .unknownType, message: "unknown message type '\(header.type)'")
        }
        return type
    }

    public static func decode<M: WireMessage>(_: M.Type, from data: Data) throws(ErrorReply) -> M {
        do {
            return try makeDecoder().decode(M.self, from: data)
        } catch {
            throw ErrorReply(code: .malformedRequest, message: describe(error, decoding: "'\(M.messageType.rawValue)' message"))
        }
    }

    /// The `request_id` of any message, even one that fails to decode as its type, so an error can echo it.
    public static func requestID(in data: Data) -> String? {
        struct OnlyRequestID: Decodable {
            var request_id: String?
        }
        return (try? makeDecoder().decode(OnlyRequestID.self, from: data))?.request_id
    }

    /// A one-line account of a decoding error that names the field, e.g. `missing field 'text' at articles[2]`.
    public static func describe(_ error: any Error, decoding what: String) -> String {
        guard let error = error as? DecodingError else {
            return "could not decode \(what): \(error)"
        }
        func path(_ keys: [any CodingKey]) -> String {
            var out = ""
            for key in keys {
                if let index = key.intValue {
                    out += "[\(index)]"
                } else {
                    out += out.isEmpty ? key.stringValue : ".\(key.stringValue)"
                }
            }
            return out.isEmpty ? "top level" : out
        }
        switch error {
        case .keyNotFound(let key, let context):
            let at = context.codingPath.isEmpty ? "" : " at \(path(context.codingPath))"
            return "\(what): missing field '\(key.stringValue)'\(at)"
        case .typeMismatch(let type, let context):
            return "\(what): field '\(path(context.codingPath))' should be \(typeName(type))"
        case .valueNotFound(let type, let context):
            return "\(what): field '\(path(context.codingPath))' is null, should be \(typeName(type))"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return "\(what): not valid JSON"
            }
            return "\(what): field '\(path(context.codingPath))' is invalid: \(context.debugDescription)"
        @unknown default:
            return "could not decode \(what): \(error)"
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "an integer"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "\(type)".lowercased().contains("array") ? "an array" : "an object"
        }
    }
}
