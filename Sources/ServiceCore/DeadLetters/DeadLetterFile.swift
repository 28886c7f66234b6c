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

    /// Every record in a dead-letter file, oldest first (a torn last line is skipped).
    public static func read(path: String) throws -> [DeadLetter] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let decoder = WireCodec.makeDecoder()
        return data.split(separator: UInt8(ascii: "\n")).compactMap { try? decoder.decode(DeadLetter.self, from: Data($0)) }
    }
}
