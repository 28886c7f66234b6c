import Foundation

/// extractor -> store -> ingester: the extractor took these articles off its socket and is extracting them. The
/// ingester's re-send clock for an article starts here, not when it left the ingester, so time spent queued is not
/// counted against it. The store relays it to the ingester's acknowledgement socket. Optional for an extractor: one
/// that never sends it only makes its articles wait the longer untaken timeout before a re-send.
public typealias TakenMessage = Envelope<TakenBody>

public struct TakenBody: MessageBody, Hashable {
    public static let messageType = MessageType.taken
    public var ids: [String]
    /// Which extractor instance took them.
    public var extractor: String
}

extension Envelope where Body == TakenBody {
    public init(ids: [String], extractor: String) {
        self.init(TakenBody(ids: ids, extractor: extractor))
    }
}

/// store -> ingester: these articles were refused (each with why) and recorded as dead letters; sending them again
/// would be refused again, so the ingester stops, and counts them as refused.
public typealias NackMessage = Envelope<NackBody>

public struct NackItem: Codable, Sendable, Hashable {
    public var id: String
    public var reason: String

    public init(id: String, reason: String) {
        self.id = id
        self.reason = reason
    }
}

public struct NackBody: MessageBody, Hashable {
    public static let messageType = MessageType.nack
    public var items: [NackItem]
}

extension Envelope where Body == NackBody {
    public init(items: [NackItem]) {
        self.init(NackBody(items: items))
    }
}
