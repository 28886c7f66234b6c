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
    /// The most ids one merged message carries: the ingester refuses an ack of more than 4,096 (`AckCheck`).
    public let maxIDsPerMessage: Int
    private var entries: [Entry] = []
    /// Ids waiting, over all entries.
    public private(set) var waitingIDs = 0
    /// Ids dropped because the outbox was full, since the process started.
    public private(set) var dropped = 0
    /// Times the waiting messages were merged.
    public private(set) var merges = 0

    public init(maxMessages: Int = 256, maxIDs: Int = 100_000, maxIDsPerMessage: Int = 4096) {
        self.maxIDsPerMessage = max(1, maxIDsPerMessage)
        self.maxIDs = max(1, maxIDs)
        // room for every id merged into messages of maxIDsPerMessage, and one of each kind
        self.maxMessages = max(3 + self.maxIDs / self.maxIDsPerMessage, maxMessages)
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
        for chunk in chunks(ackIDs) { entries.append(.ack(chunk)) }
        for chunk in chunks(nacks) { entries.append(.nack(chunk)) }
        // an acknowledged article needs no report that it was taken
        for group in taken {
            for chunk in chunks(group.ids.filter { !ackSeen.contains($0) }) {
                entries.append(.taken(chunk, extractor: group.extractor))
            }
        }
        waitingIDs = entries.reduce(0) { $0 + $1.count }
    }

    private func chunks<Element>(_ items: [Element]) -> [[Element]] {
        stride(from: 0, to: items.count, by: maxIDsPerMessage).map { Array(items[$0..<min($0 + maxIDsPerMessage, items.count)]) }
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
