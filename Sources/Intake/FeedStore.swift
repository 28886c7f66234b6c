import Foundation

/// The feed list and what the ingester knows of each feed, as files in its journal folder:
///
/// - `feeds.json`: the subscriptions (`newswire feeds add/remove` writes it; the ingester reads it when it changes);
/// - `feeds-status.json`: each feed's last poll, counts and errors, ETag and Last-Modified (the ingester writes it);
/// - `feeds-seen.txt`: one line per item taken, `feed-url TAB guid-or-link`, appended, so a restart takes none twice.
///
/// JSON files are replaced whole by write-then-rename, so a reader never sees half of one.
public struct FeedStore: Sendable {
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    public var subscriptionsFile: URL { folder.appendingPathComponent("feeds.json") }
    public var statusFile: URL { folder.appendingPathComponent("feeds-status.json") }
    public var seenFile: URL { folder.appendingPathComponent("feeds-seen.txt") }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    // MARK: Subscriptions

    public func subscriptions() throws(Failure) -> [FeedSubscription] {
        guard FileManager.default.fileExists(atPath: subscriptionsFile.path) else { return [] }
        do {
            return try JSONDecoder().decode([FeedSubscription].self, from: Data(contentsOf: subscriptionsFile))
        } catch {
            throw Failure(description: "\(subscriptionsFile.path) is not a feed list: \(error)")
        }
    }

    /// Adds a feed, or changes how often an existing one is polled. Returns false when it was already there as is.
    @discardableResult
    public func add(_ subscription: FeedSubscription) throws(Failure) -> Bool {
        var list = try subscriptions()
        if let index = list.firstIndex(where: { $0.url == subscription.url }) {
            if list[index] == subscription { return false }
            list[index] = subscription
        } else {
            list.append(subscription)
        }
        try write(list, to: subscriptionsFile)
        return true
    }

    /// Removes a feed; false when it was not in the list.
    @discardableResult
    public func remove(url: String) throws(Failure) -> Bool {
        var list = try subscriptions()
        let before = list.count
        list.removeAll { $0.url == url }
        guard list.count != before else { return false }
        try write(list, to: subscriptionsFile)
        return true
    }

    /// When the subscriptions last changed (to reload them only then).
    public func subscriptionsModified() -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: subscriptionsFile.path))?[.modificationDate] as? Date
    }

    // MARK: Status

    public func statuses() -> [String: FeedStatus] {
        guard let data = try? Data(contentsOf: statusFile),
              let list = try? Self.decoder.decode([FeedStatus].self, from: data) else { return [:] }
        return Dictionary(list.map { ($0.url, $0) }, uniquingKeysWith: { _, last in last })
    }

    public func save(statuses: [String: FeedStatus]) throws(Failure) {
        try write(statuses.values.sorted { $0.url < $1.url }, to: statusFile)
    }

    // MARK: Seen items

    /// Every (feed, item) taken so far, as `SeenItems.key` keys.
    public func seen() -> Set<String> {
        guard let text = try? String(contentsOf: seenFile, encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").map(String.init))
    }

    public func markSeen(_ keys: [String]) throws(Failure) {
        guard !keys.isEmpty else { return }
        let lines = keys.map { $0 + "\n" }.joined()
        do {
            if !FileManager.default.fileExists(atPath: seenFile.path) {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                _ = FileManager.default.createFile(atPath: seenFile.path, contents: nil)
            }
            let handle = try FileHandle(forWritingTo: seenFile)
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(lines.utf8))
        } catch {
            throw Failure(description: "cannot write \(seenFile.path): \(error)")
        }
    }

    /// The key an item is remembered by: its feed and its guid (else link, else title), tabs and newlines made spaces.
    public static func seenKey(feed: String, item: FeedItem) -> String? {
        guard let identity = item.identity else { return nil }
        let clean = { (text: String) in text.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
        return clean(feed) + "\t" + clean(identity)
    }

    // MARK: Files

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()
    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()

    func write<T: Encodable>(_ value: T, to file: URL) throws(Failure) {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let temporary = folder.appendingPathComponent("." + file.lastPathComponent + ".\(getpid()).tmp")
            try Self.encoder.encode(value).write(to: temporary)
            guard rename(temporary.path, file.path) == 0 else {
                throw Failure(description: "cannot write \(file.path): \(String(cString: strerror(errno)))")
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "cannot write \(file.path): \(error)")
        }
    }
}
