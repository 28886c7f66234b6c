import Foundation
import NewsModel
@testable import Evaluation

/// Paths and small builders shared by the evaluation tests.
enum Paths {
    /// `<repo>/../shared`, found from this file's path.
    static let shared: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")
    static let seedGold = shared.appendingPathComponent("gold/mali-junta-russia.gold.json").path
    static let data = shared.appendingPathComponent("data").path
    /// Whether ../shared holds the seed and its gold: tests that score it are skipped, saying so, when it does not.
    static let hasSeed = FileManager.default.fileExists(atPath: seedGold)
        && FileManager.default.fileExists(atPath: shared.appendingPathComponent("data/seed/mali-junta-russia.txt").path)
    /// Whether ../shared holds the news CSV the gold files point into.
    static let hasNews = FileManager.default.fileExists(atPath: shared.appendingPathComponent("data/news/NewsArticles.csv").path)

    /// A fresh folder under the temporary folder, removed by the caller's `defer`.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("eval-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}

/// An Extraction built by hand.
func extraction(entities: [Entity] = [], quotes: [Quote] = [], dates: [DateMention] = [],
                counts: [CountMention] = [], events: [Event] = [], sentences: [Span] = []) -> Extraction {
    Extraction(article: ArticleMetadata(id: "test"), entities: entities, quotes: quotes, dates: dates,
               counts: counts, events: events, sentences: sentences)
}
