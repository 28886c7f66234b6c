import Foundation
import NewsModel

/// What the store owes the ingester, waiting for its socket: acknowledgements (stored), refusals (dead-lettered, do
/// not re-send) and extractors' reports of articles taken. The store's loop offers ``next`` without blocking and
/// calls ``sent()`` when the socket took it; while the ingester is away the outbox fills instead of the loop waiting.
///
/// Bounded both ways: past `maxMessages` waiting, the messages of each kind are merged into one (ids in order, each
/// once); past `maxIDs` the oldest ids are dropped and counted, which costs only a re-send (the ingester sends an
/// article again until it is acknowledged, and storing it again changes nothing).
public struct AckOutbox: Sendable {
    public enum Entry: Equatable, Sendable {
        case ack([String])
        case nack([NackItem])
        case taken([String], extractor: String)

        var count: Int {
            switch self {
            case .ack(let ids), .taken(let ids, _): ids.count
            case .nack(let items): items.count
            }
        }

        public var encoded: Data {
            switch self {
            case .ack(let ids): WireCodec.encode(AckMessage(ids: ids))
            case .nack(let items): WireCodec.encode(NackMessage(items: items))
            case .taken(let ids, let extractor): WireCodec.encode(TakenMessage(ids: ids, extractor: extractor))
            }
        }
    }

    public let maxMessages: Int
    public let maxIDs: Int
    private var entries: [Entry] = []
    /// Ids waiting, over all entries.
    public private(set) var waitingIDs = 0
    /// Ids dropped because the outbox was full, since the process started.
    public private(set) var dropped = 0
    /// Times the waiting messages were merged.
    public private(set) var merges = 0

    public init(maxMessages: Int = 256, maxIDs: Int = 100_000) {
        self.maxMessages = max(3, maxMessages)
        self.maxIDs = max(1, maxIDs)
    }

    public var isEmpty: Bool { entries.isEmpty }
    public var count: Int { entries.count }

    /// The message to send next (oldest first), or nil.
    public var next: Entry? { entries.first }

    /// The socket took ``next``.
    public mutating func sent() {
        guard !entries.isEmpty else { return }
        waitingIDs -= entries.removeFirst().count
    }

    public mutating func add(_ entry: Entry) {
        guard entry.count > 0 else { return }
        entries.append(entry)
        waitingIDs += entry.count
        if entries.count > maxMessages { merge() }
        while waitingIDs > maxIDs { dropOldest(waitingIDs - maxIDs) }
    }

    /// One message per kind (taken reports per extractor), ids in their first order, each once. Acks go first:
    /// they are what stops re-sends; a refusal of an id that is also acknowledged is moot.
    mutating func merge() {
        merges += 1
        var ackIDs: [String] = [], ackSeen = Set<String>()
        var nacks: [NackItem] = [], nackSeen = Set<String>()
        var taken: [(extractor: String, ids: [String])] = [], takenSeen = Set<String>()
        for entry in entries {
            switch entry {
            case .ack(let ids):
                for id in ids where ackSeen.insert(id).inserted { ackIDs.append(id) }
            case .nack(let items):
                for item in items where nackSeen.insert(item.id).inserted { nacks.append(item) }
            case .taken(let ids, let extractor):
                for id in ids where takenSeen.insert(id).inserted {
                    if let index = taken.firstIndex(where: { $0.extractor == extractor }) {
                        taken[index].ids.append(id)
                    } else {
                        taken.append((extractor, [id]))
                    }
                }
            }
        }
        nacks.removeAll { ackSeen.contains($0.id) }
        entries = []
        if !ackIDs.isEmpty { entries.append(.ack(ackIDs)) }
        if !nacks.isEmpty { entries.append(.nack(nacks)) }
        // an acknowledged article needs no report that it was taken
        for group in taken {
            let ids = group.ids.filter { !ackSeen.contains($0) }
            if !ids.isEmpty { entries.append(.taken(ids, extractor: group.extractor)) }
        }
        waitingIDs = entries.reduce(0) { $0 + $1.count }
    }

    /// Drops `excess` ids, taken reports first (they only tune re-send timing), then the oldest acks and refusals.
    private mutating func dropOldest(_ excess: Int) {
        var excess = excess
        if let index = entries.firstIndex(where: { if case .taken = $0 { true } else { false } }) {
            let removed = entries.remove(at: index).count
            dropped += removed
            waitingIDs -= removed
            return
        }
        guard !entries.isEmpty else { return }
        switch entries[0] {
        case .ack(let ids) where ids.count > excess:
            entries[0] = .ack(Array(ids.dropFirst(excess)))
        case .nack(let items) where items.count > excess:
            entries[0] = .nack(Array(items.dropFirst(excess)))
        default:
            excess = entries.removeFirst().count
        }
        dropped += excess
        waitingIDs -= excess
    }
}
