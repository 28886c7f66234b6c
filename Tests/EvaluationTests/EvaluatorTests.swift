import Extraction
import Foundation
import NewsModel
import Testing
@testable import Evaluation

/// End to end: gold files read, articles found, the standard pipeline run, scores computed.
@Suite("Evaluator")
struct EvaluatorTests {
    @Test("The seed scored end to end: every category has gold items, entity recall >= 0.8", .enabled(if: Paths.hasSeed && Paths.hasNews, "needs ../shared (the seed, its gold and the news CSV)"))
    func seed() throws {
        let evaluator = GoldEvaluator(dataFolder: Paths.data, pipeline: try .trained())
        let run = evaluator.evaluate([Paths.seedGold])
        #expect(run.failures.isEmpty)
        try #require(run.files.count == 1)
        #expect(run.files[0].extraction.article.id.isEmpty == false)
        let total = run.total
        // the seed's gold is not exhaustive: incidents are scored on exhaustive files only
        #expect(total[.incidents] == CategoryScore())
        for category in GoldCategory.allCases where category != .incidents {
            _ = try #require(total[category].recall, "\(category) has gold items")
        }
        #expect(try #require(total[.entities].recall) >= 0.8)
        #expect(total[.entities].gold == 18)
        #expect(total.overall.found <= total.overall.gold)
    }

    @Test("A bad gold file and a missing article are errors naming their files; the others are still scored", .enabled(if: Paths.hasSeed && Paths.hasNews, "needs ../shared (the seed, its gold and the news CSV)"))
    func failuresNameTheirFiles() throws {
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.gold.json")
        try Paths.write("not json", to: bad)
        let missingArticle = folder.appendingPathComponent("missing.gold.json")
        try Paths.write(#"{"article": "seed/no-such-article.txt"}"#, to: missingArticle)

        let run = GoldEvaluator(dataFolder: Paths.data, pipeline: try .trained()).evaluate([bad.path, Paths.seedGold, missingArticle.path])
        #expect(run.files.map(\.file) == [Paths.seedGold])
        #expect(run.failures.map(\.file) == [bad.path, missingArticle.path])
        #expect(run.failures[0].description.hasPrefix(bad.path + ": "))
        #expect(run.failures[1].description.contains("seed/no-such-article.txt not found"))
    }

    @Test("A CSV record is found by article_id; published from the CSV, else from the gold")
    func csvLookup() throws {
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Paths.write("""
            article_id,publish_date,title,text
            7,2017/2/7,First,"Rebels killed 12 soldiers in Gao on Sunday, the army said."
            8,,Second,"President Assimi Goïta met the delegation in Bamako on Monday."
            """, to: folder.appendingPathComponent("news/articles.csv"))
        let locator = ArticleLocator(dataFolder: folder.path)

        let first = try locator.article(for: GoldFile(article: "news/articles.csv#7", published: "2020-01-01"))
        #expect(first.title == "First")
        #expect(first.published == "2017-02-07")
        #expect(first.id.isEmpty == false)
        let second = try locator.article(for: GoldFile(article: "news/articles.csv", articleID: 8, published: "2022-08-10"))
        #expect(second.title == "Second")
        #expect(second.published == "2022-08-10")

        let error = #expect(throws: GoldFormatError.self) {
            try locator.article(for: GoldFile(article: "news/articles.csv#99"))
        }
        #expect(error?.reason.contains("no article_id 99") == true)
        #expect(throws: GoldFormatError.self) { try locator.article(for: GoldFile(article: "news/other.csv#1")) }
    }

    @Test("The report: an aligned table with an overall row, and JSON", .enabled(if: Paths.hasSeed && Paths.hasNews, "needs ../shared (the seed, its gold and the news CSV)"))
    func report() throws {
        let run = GoldEvaluator(dataFolder: Paths.data, pipeline: try .trained()).evaluate([Paths.seedGold])
        let table = EvaluationReport.table(run.total)
        let lines = table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].hasPrefix("CATEGORY"))
        #expect(lines[0].hasSuffix("PRECISION"))
        #expect(lines.contains { $0.hasPrefix("overall") })
        #expect(lines.contains { $0.hasPrefix("speaker accuracy") })
        // Right-aligned numbers: every category row is as wide as the header or less.
        let rows = lines[1...8]
        #expect(rows.allSatisfy { $0.count <= lines[0].count })
        #expect(EvaluationReport.details(run.files[0]).hasPrefix("== \(Paths.seedGold)"))

        let json = try JSONSerialization.jsonObject(with: EvaluationReport.json(run)) as? [String: Any]
        let total = try #require(json?["total"] as? [String: Any])
        let categories = try #require(total["categories"] as? [String: Any])
        #expect(Set(categories.keys) == Set(GoldCategory.allCases.map(\.rawValue)))
        let entities = try #require(categories["entities"] as? [String: Any])
        #expect(entities["gold"] as? Int == 18)
        #expect(total["overall"] != nil)
        #expect((json?["files"] as? [Any])?.count == 1)
    }

    @Test("The data folder is found from the repo: <repo>/../shared/data", .enabled(if: Paths.hasSeed && Paths.hasNews, "needs ../shared (the seed, its gold and the news CSV)"))
    func dataFolder() {
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path
        #expect(ArticleLocator.defaultDataFolder(from: here) == URL(fileURLWithPath: Paths.data).standardizedFileURL.path)
    }
}
