import Extraction
import Foundation
import Testing
@testable import Evaluation

/// Issue 4's targets on the hand-annotated set (Tests/Gold and the seed), so a regression in any stage fails CI.
/// The thresholds are the issue's, not the current scores.
@Suite("Gold targets")
struct GoldTargetTests {
    static let goldFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Gold")

    /// Issue 4's targets were set for the session-1 files (Tests/Gold/sets/dev-session1.txt); the dev and test sets
    /// drawn later carry the events issue's own targets.
    static var goldPaths: [String] {
        let list = (try? String(contentsOf: goldFolder.appendingPathComponent("sets/dev-session1.txt"), encoding: .utf8)) ?? ""
        let ids = list.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
        return ids.map { goldFolder.appendingPathComponent("\($0).gold.json").path } + [Paths.seedGold]
    }

    @Test("speaker accuracy >= 0.9, counts >= 0.9, dates >= 0.9, events >= 0.8 on the annotated set", .enabled(if: Paths.hasSeed && Paths.hasNews, "needs ../shared (the seed, its gold and the news CSV)"))
    func targets() throws {
        let paths = Self.goldPaths
        #expect(paths.count >= 13, "at least 12 annotated articles and the seed")
        let run = GoldEvaluator(dataFolder: Paths.data, pipeline: try .trained()).evaluate(paths)
        #expect(run.failures.isEmpty, "\(run.failures)")
        let total = run.total
        let speaker = try #require(total.attributes[.quoteSpeaker]?.accuracy)
        let counts = try #require(total.categories[.counts]?.recall)
        let dates = try #require(total.categories[.dates]?.recall)
        let events = try #require(total.categories[.events]?.recall)
        #expect(speaker >= 0.9, "speaker accuracy \(speaker)")
        #expect(counts >= 0.9, "counts recall \(counts)")
        #expect(dates >= 0.9, "dates recall \(dates)")
        #expect(events >= 0.8, "events recall \(events)")
    }
}
