import Foundation
import NewsModel

/// Dead letters as JSON Lines in a file, appended and flushed one at a time. Bounded: past `maxBytes` it stops
/// writing (and says so once through the returned flag) but the service still counts what it refuses.
public final class DeadLetterFile: @unchecked Sendable {
    public let path: String
    public let maxBytes: Int
    private let lock = NSLock()
    private var handle: FileHandle?
    private var written: Int

    public static let defaultMaxBytes = 64 * 1024 * 1024

    public init(path: String, maxBytes: Int = DeadLetterFile.defaultMaxBytes) throws {
        self.path = path
        self.maxBytes = maxBytes
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
            }
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        written = Int(try handle.seekToEnd())
        self.handle = handle
    }

    deinit { try? handle?.close() }

    /// Appends one record; false when the file is full and the record was not written.
    @discardableResult
    public func append(_ letter: DeadLetter) throws -> Bool {
        let encoder = WireCodec.makeEncoder()
        var line = try encoder.encode(letter)
        line.append(UInt8(ascii: "\n"))
        lock.lock()
        defer { lock.unlock() }
        guard let handle, written + line.count <= maxBytes else { return false }
        try handle.write(contentsOf: line)
        written += line.count
        return true
    }

    /// The last `limit` records, newest first, read from the file's tail (at most `tailBytes`), so that answering
    /// `dead_letters` costs the same whatever the file's size. A torn line is skipped.
    public func recent(limit: Int, tailBytes: Int = 1 << 20) -> [DeadLetter] {
        lock.lock()
        defer { lock.unlock() }
        guard limit > 0, let reader = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? reader.close() }
        let start = max(0, written - tailBytes)
        guard (try? reader.seek(toOffset: UInt64(start))) != nil, let data = try? reader.read(upToCount: written - start) else {
            return []
        }
        var lines = data.split(separator: UInt8(ascii: "\n"))
        if start > 0, !lines.isEmpty { lines.removeFirst() }  // begins inside a record
        let decoder = WireCodec.makeDecoder()
        return lines.suffix(limit).reversed().compactMap { try? decoder.decode(DeadLetter.self, from: Data($0)) }
    }

    /// Every record in a dead-letter file, oldest first (a torn last line is skipped).
    public static func read(path: String) throws -> [DeadLetter] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let decoder = WireCodec.makeDecoder()
        return data.split(separator: UInt8(ascii: "\n")).compactMap { try? decoder.decode(DeadLetter.self, from: Data($0)) }
    }
}
