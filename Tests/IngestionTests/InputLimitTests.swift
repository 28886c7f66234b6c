import Foundation
import Testing
@testable import Ingestion

/// No input costs more memory than the reader's limit: a file over it is refused before it is read, an input of
/// unknown size (a device, a pipe) as soon as it passes it.
@Suite("Bounded input")
struct InputLimitTests {
    private func temporaryFile(bytes count: Int) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("limit-\(UUID().uuidString).txt").path
        try Data(repeating: UInt8(ascii: "a"), count: count).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("a file over the limit is refused, naming its size, the limit and the option that raises it")
    func fileOverTheLimit() throws {
        let path = try temporaryFile(bytes: 3 * 1024 * 1024)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let batch = ArticleReader(maxInputBytes: 2 * 1024 * 1024).read(path: path)
        #expect(batch.articles.isEmpty)
        let error = try #require(batch.errors.first)
        #expect(error.origin == path)
        #expect(error.reason.contains("3 MB, over the 2 MB limit"), "\(error.reason)")
        #expect(error.reason.contains(ArticleReader.maxInputFlag))
    }

    @Test("a file at the limit is read")
    func fileAtTheLimit() throws {
        let path = try temporaryFile(bytes: 4096)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let batch = ArticleReader(maxInputBytes: 4096).read(path: path)
        #expect(batch.errors.isEmpty, "\(batch.errors)")
        #expect(batch.articles.count == 1)
    }

    @Test("an endless device is refused once it passes the limit (an unbounded read would never return)",
          .enabled(if: FileManager.default.fileExists(atPath: "/dev/zero"), "needs /dev/zero"))
    func endlessDevice() throws {
        let batch = ArticleReader(maxInputBytes: 1024 * 1024).read(path: "/dev/zero")
        #expect(batch.articles.isEmpty)
        let error = try #require(batch.errors.first)
        #expect(error.reason.contains("more than the 1 MB limit"), "\(error.reason)")
    }

    @Test("in a folder, the file over the limit is refused and the others are read")
    func folderWithOneLargeFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("limit-folder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("A small article.".utf8).write(to: folder.appendingPathComponent("small.txt"))
        try Data(repeating: UInt8(ascii: "b"), count: 8192).write(to: folder.appendingPathComponent("large.txt"))
        let batch = ArticleReader(maxInputBytes: 4096).read(path: folder.path)
        #expect(batch.articles.map(\.article.text) == ["A small article."])
        #expect(batch.errors.map { URL(fileURLWithPath: $0.origin).lastPathComponent } == ["large.txt"])
    }

    @Test("the default limit takes the whole news CSV and refuses a 50 MB file")
    func defaultLimit() {
        #expect(ArticleReader.defaultMaxInputBytes > 13_500_000 * 2)
        #expect(ArticleReader.defaultMaxInputBytes < 50 * 1_000_000)
        #expect(ArticleReader().maxInputBytes == ArticleReader.defaultMaxInputBytes)
    }
}
