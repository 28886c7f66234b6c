import Foundation
@testable import Ingestion

/// The shared development data: <repo>/../shared/data, found from this file so tests run from any directory.
let sharedData: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/data")

/// A fresh folder under the system temporary directory, one per test, so tests can run in parallel.
func makeTempFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("ingestion-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

@discardableResult
func write(_ text: String, to name: String, in folder: URL) throws -> String {
    try write(Data(text.utf8), to: name, in: folder)
}

@discardableResult
func write(_ data: Data, to name: String, in folder: URL) throws -> String {
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: url)
    return url.path
}

/// Reads bytes given in a test as if they came from a file of that name.
func read(_ text: String, as origin: String, reader: ArticleReader = ArticleReader()) -> ReadBatch {
    reader.read(data: Data(text.utf8), origin: origin)
}

/// Whether a file of the shared data is here; tests that read it are skipped, saying so, when it is not.
func hasSharedData(_ relativePath: String) -> Bool {
    FileManager.default.fileExists(atPath: sharedData.appendingPathComponent(relativePath).path)
}
