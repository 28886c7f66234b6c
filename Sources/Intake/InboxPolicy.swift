import Foundation

/// Which files dropped in the inbox are ready to read: a file is taken only once its size has stayed the same
/// across two looks (a writer still copying it changes the size between them), and never while its name starts
/// with "." (where write-then-rename writers put a file until it is whole). Pure: listings in, names out.
public struct InboxPolicy: Sendable {
    public struct Entry: Sendable, Hashable {
        public var name: String
        public var size: Int
        public var modified: Date

        public init(name: String, size: Int, modified: Date) {
            self.name = name
            self.size = size
            self.modified = modified
        }
    }

    /// What each file looked like at the previous look.
    private var previous: [String: Entry] = [:]

    public init() {}

    /// The files of this look that are ready, in name order; remembers the look for the next.
    public mutating func ready(_ listing: [Entry]) -> [String] {
        var ready: [String] = []
        var current: [String: Entry] = [:]
        for entry in listing where !Self.ignored(entry.name) {
            current[entry.name] = entry
            if let before = previous[entry.name], before.size == entry.size, before.modified == entry.modified {
                ready.append(entry.name)
            }
        }
        previous = current
        return ready.sorted()
    }

    /// Forget a file (it was moved away; a new file of that name is looked at afresh).
    public mutating func taken(_ name: String) {
        previous[name] = nil
    }

    /// Hidden and temporary names, and the inbox's own folders.
    public static func ignored(_ name: String) -> Bool {
        name.hasPrefix(".") || name == "done" || name == "failed" || name.hasSuffix(".tmp") || name.hasSuffix(".part")
            || name.hasSuffix(".crdownload")
    }
}
