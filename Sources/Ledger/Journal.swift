import Foundation
import NewsModel

/// The ingester's on-disk memory: every accepted article, and every acknowledgement from the store, appended as
/// JSON lines to two files in one folder. After a restart the ingester reads both back, and whatever was accepted
/// but never acknowledged is sent again, so an article once accepted is never lost.
///
/// Not thread-safe: one ingester loop owns it.
public final class Journal {
    public struct Contents {
        public var articles: [Article]
        public var acknowledged: Set<String>
        /// Articles given up on after too many unacknowledged sends (see `IngestLedger.maxAttempts`).
        public var abandoned: Set<String>
        /// Lines that could not be read (a write cut short by a crash): skipped, counted, logged by the caller.
        public var damagedLines: Int
    }

    public let directory: URL
    private let articlesFile: FileHandle
    private let acksFile: FileHandle
    private let encoder: JSONEncoder

    public var articlesURL: URL { directory.appendingPathComponent("articles.jsonl") }
    public var acksURL: URL { directory.appendingPathComponent("acks.log") }

    /// Opens (creating when missing) the journal in `directory` and reads what it holds.
    public init(directory: URL) throws {
        self.directory = directory
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let articlesURL = directory.appendingPathComponent("articles.jsonl")
        let acksURL = directory.appendingPathComponent("acks.log")
        for url in [articlesURL, acksURL] where !FileManager.default.fileExists(atPath: url.path) {
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
            }
        }
        articlesFile = try FileHandle(forUpdating: articlesURL)
        acksFile = try FileHandle(forUpdating: acksURL)
        // A write cut short by a crash leaves a line without its newline; end it, so the next line stands apart.
        for file in [articlesFile, acksFile] where try file.seekToEnd() > 0 {
            try file.seek(toOffset: try file.offset() - 1)
            if try file.read(upToCount: 1) != Data([0x0A]) {
                try file.write(contentsOf: Data([0x0A]))
            }
        }
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    deinit {
        try? articlesFile.close()
        try? acksFile.close()
    }

    /// Everything journaled so far.
    public func read() throws -> Contents {
        var contents = Contents(articles: [], acknowledged: [], abandoned: [], damagedLines: 0)
        let decoder = JSONDecoder()
        for line in try Self.lines(of: articlesURL) {
            if let article = try? decoder.decode(Article.self, from: line) {
                contents.articles.append(article)
            } else {
                contents.damagedLines += 1
            }
        }
        for line in try Self.lines(of: acksURL) {
            guard let id = String(data: line, encoding: .utf8), !id.isEmpty else { continue }
            if id.hasPrefix("!") {
                contents.abandoned.insert(String(id.dropFirst()))
            } else {
                contents.acknowledged.insert(id)
            }
        }
        return contents
    }

    /// Appends articles and forces them to disk before the ingester answers "accepted".
    public func append(_ articles: [Article]) throws {
        guard !articles.isEmpty else { return }
        var data = Data()
        for article in articles {
            data.append(try encoder.encode(article))
            data.append(0x0A)
        }
        try articlesFile.write(contentsOf: data)
        try articlesFile.synchronize()
    }

    /// Records acknowledgements. Not synced: losing one to a crash only means one harmless re-send.
    public func appendAcknowledgements(_ ids: [String]) throws {
        guard !ids.isEmpty else { return }
        try acksFile.write(contentsOf: Data(ids.map { $0 + "\n" }.joined().utf8))
    }

    /// Records articles given up on, as `!id` lines beside the acknowledgements, so a restart does not revive them.
    public func appendAbandoned(_ ids: [String]) throws {
        guard !ids.isEmpty else { return }
        try acksFile.write(contentsOf: Data(ids.map { "!" + $0 + "\n" }.joined().utf8))
    }

    private static func lines(of url: URL) throws -> [Data] {
        let data = try Data(contentsOf: url)
        return data.split(separator: 0x0A, omittingEmptySubsequences: true).map { Data($0) }
    }
}
