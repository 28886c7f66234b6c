import Foundation
import NewsModel
@testable import Extraction

/// Shared helpers for the extraction tests.
enum Fixtures {
    /// `<repo>/../shared`, found from this file's path.
    static let shared: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    /// Whether ../shared holds the seed and its gold: tests that read them are skipped, saying so, when it does not.
    static let hasSeed = FileManager.default.fileExists(atPath: shared.appendingPathComponent("data/seed/mali-junta-russia.txt").path)
        && FileManager.default.fileExists(atPath: shared.appendingPathComponent("gold/mali-junta-russia.gold.json").path)

    static func seedText() throws -> String {
        try String(contentsOf: shared.appendingPathComponent("data/seed/mali-junta-russia.txt"), encoding: .utf8)
    }

    static func document(_ text: String, through stages: [any ExtractionStage]? = nil) -> Document {
        var document = Document(text: text)
        for stage in stages ?? ExtractionPipeline().stages { stage.run(&document) }
        return document
    }
}

extension ExtractionPipeline {
    /// The pipeline the services run (`trained()`: the shipped entity and syntax models), loaded once for the suite.
    /// The library has no silent fallback; here a shipped model that does not load stops the suite with the reason.
    static func standard() -> ExtractionPipeline { shippedPipeline }
}

private let shippedPipeline: ExtractionPipeline = {
    do { return try ExtractionPipeline.trained() } catch { fatalError("the shipped models must load: \(error)") }
}()

extension Document {
    func sentenceTexts() -> [String] { sentences.map { string($0.span) } }
}
