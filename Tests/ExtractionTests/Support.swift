import Foundation
import NewsModel
@testable import Extraction

/// Shared helpers for the extraction tests.
enum Fixtures {
    /// `<repo>/../shared`, found from this file's path.
    static let shared: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    static func seedText() throws -> String {
        try String(contentsOf: shared.appendingPathComponent("data/seed/mali-junta-russia.txt"), encoding: .utf8)
    }

    static func document(_ text: String, through stages: [any ExtractionStage]? = nil) -> Document {
        var document = Document(text: text)
        for stage in stages ?? ExtractionPipeline().stages { stage.run(&document) }
        return document
    }
}

extension Document {
    func sentenceTexts() -> [String] { sentences.map { string($0.span) } }
}
