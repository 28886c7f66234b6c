/// What one message type carries besides the envelope: its own fields, coded flat beside `type`, `v` and
/// `request_id` (its `CodingKeys`, when it has any, name only its own fields).
public protocol MessageBody: Codable, Sendable {
    /// The `type` string every message with this body carries.
    static var messageType: MessageType { get }
}

/// One message on the bus: the fields every message has, written once here, around a type's own `Body`.
///
/// On the wire the envelope and the body are one flat JSON object (docs/protocol.md):
/// `{"type":"query","v":1,"request_id":"r1","query":"search",...}`. `request_id` is set on requests and echoed by
/// their answers; pipeline messages (article, extraction, ack, heartbeat) leave it out. The body's fields read
/// and write through the envelope (`reply.hits`, `request.limit = 5`), so a message is used as one value.
@dynamicMemberLookup
public struct Envelope<Body: MessageBody>: WireMessage {
    public static var messageType: MessageType { Body.messageType }

    /// The message type's name on the wire; fixed by `Body`.
    public var type: String { Body.messageType.rawValue }
    /// The protocol version the message was written in.
    public var v: Int
    /// Matches an answer to its request; nil on pipeline messages.
    public var requestID: String?
    public var body: Body

    public init(_ body: Body, requestID: String? = nil, v: Int = wireProtocolVersion) {
        self.body = body
        self.requestID = requestID
        self.v = v
    }

    public subscript<Value>(dynamicMember field: WritableKeyPath<Body, Value>) -> Value {
        get { body[keyPath: field] }
        set { body[keyPath: field] = newValue }
    }

    private enum EnvelopeKeys: String, CodingKey {
        case type, v
        case requestID = "request_id"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: EnvelopeKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(v, forKey: .v)
        try container.encodeIfPresent(requestID, forKey: .requestID)
        // The same encoder: the body's keyed container is this object, so its fields sit beside the envelope's.
        try body.encode(to: encoder)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: EnvelopeKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        guard type == Body.messageType.rawValue else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: [EnvelopeKeys.type], debugDescription: "'\(type)' where '\(Body.messageType.rawValue)' was expected"))
        }
        v = try container.decode(Int.self, forKey: .v)
        requestID = try container.decodeIfPresent(String.self, forKey: .requestID)
        body = try Body(from: decoder)
    }
}

extension Envelope: Equatable where Body: Equatable {}
extension Envelope: Hashable where Body: Hashable {}
