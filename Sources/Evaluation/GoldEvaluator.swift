import Extraction
import Foundation
import Geo
import Ingestion
import NewsModel

/// Why one gold file could not be scored; the message names the file.
public struct GoldFileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { "\(file): \(reason)" }
}

/// Finds the article a gold file names, in the data folder.
///
/// `seed/mali-junta-russia.txt` is a file read as `newswire ingest` reads it; `news/NewsArticles.csv#812` is the
/// CSV record whose `article_id` is 812 (a gold file without the `#812` may give it as `article_id`). Each CSV is
/// read once per locator.
public final class ArticleLocator {
    public let dataFolder: String
    private let reader = ArticleReader()
    private var csvCache: [String: Result<[String: ReadArticle], GoldFormatError>] = [:]

    public init(dataFolder: String) {
        self.dataFolder = dataFolder
    }

    /// The article, normalised as the services normalise it, with its content id; `published` is the source's,
    /// else the gold's.
    public func article(for gold: GoldFile) throws(GoldFormatError) -> Article {
        var reference = gold.article.trimmingWhitespace()
        var recordID: String?
        if let hash = reference.lastIndex(of: "#") {
            recordID = String(reference[reference.index(after: hash)...]).trimmingWhitespace()
            reference = String(reference[..<hash])
        } else if let id = gold.articleID, reference.lowercased().hasSuffix(".csv") {
            recordID = String(id)
        }
        guard !reference.isEmpty else { throw GoldFormatError(reason: "\"article\" names no file") }
        let path = reference.hasPrefix("/") ? reference : ArticleLocator.join(dataFolder, reference)
        var article: Article
        if let recordID {
            let records = try csvRecords(path, reference: reference)
            guard let found = records[recordID] else {
                throw GoldFormatError(reason: "article \(gold.article) not found: \(path) has no article_id \(recordID)")
            }
            article = found.article
        } else {
            guard FileManager.default.fileExists(atPath: path) else {
                throw GoldFormatError(reason: "article \(gold.article) not found: no file \(path)")
            }
            let batch = reader.read(path: path)
            guard let first = batch.articles.first else {
                let why = batch.errors.first.map { $0.reason } ?? "no article in it"
                throw GoldFormatError(reason: "article \(gold.article) cannot be read: \(why)")
            }
            article = first.article
        }
        if article.published == nil { article.published = gold.published }
        do {
            return try ArticleNormalizer.prepare(article)
        } catch {
            throw GoldFormatError(reason: "article \(gold.article) cannot be used: \(error)")
        }
    }

    private func csvRecords(_ path: String, reference: String) throws(GoldFormatError) -> [String: ReadArticle] {
        if let cached = csvCache[path] { return try cached.get() }
        let result: Result<[String: ReadArticle], GoldFormatError>
        if !FileManager.default.fileExists(atPath: path) {
            result = .failure(GoldFormatError(reason: "article file \(reference) not found: no file \(path)"))
        } else {
            let batch = reader.read(path: path)
            var records: [String: ReadArticle] = [:]
            for item in batch.articles {
                if let id = item.recordID, records[id] == nil { records[id] = item }
            }
            if records.isEmpty, let error = batch.errors.first {
                result = .failure(GoldFormatError(reason: "cannot read \(path): \(error.reason)"))
            } else {
                result = .success(records)
            }
        }
        csvCache[path] = result
        return try result.get()
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// `<repo>/../shared/data`, the repo being the nearest folder at or above `start` that holds a
    /// Package.swift; nil when there is none or it has no such data folder.
    public static func defaultDataFolder(from start: String) -> String? {
        var folder = URL(fileURLWithPath: start).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                let data = folder.deletingLastPathComponent().appendingPathComponent("shared/data").standardizedFileURL.path
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: data, isDirectory: &isFolder), isFolder.boolValue { return data }
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }
}

/// One gold file scored.
public struct FileEvaluation: Sendable {
    public var file: String
    public var gold: GoldFile
    public var extraction: Extraction
    public var score: ArticleScore
}

/// The result of scoring many gold files: each file's score, the files that failed, and the micro-averaged total.
public struct EvaluationRun: Sendable {
    public var files: [FileEvaluation] = []
    public var failures: [GoldFileError] = []

    public init(files: [FileEvaluation] = [], failures: [GoldFileError] = []) {
        self.files = files
        self.failures = failures
    }

    /// Every file's counts summed: micro-averaged over all gold files.
    public var total: Scorecard {
        var card = Scorecard()
        for category in GoldCategory.allCases { card.categories[category] = CategoryScore() }
        for file in files { card.add(file.score.scorecard) }
        return card
    }
}

/// Reads gold files, extracts their articles as the services do (`ArticleNormalizer.normalize`, then `pipeline`:
/// `ExtractionPipeline.trained()` to score what the services store), and scores them with `GoldMatcher`.
public final class GoldEvaluator {
    public let locator: ArticleLocator
    public let pipeline: ExtractionPipeline
    /// Coordinates of the GeoNames ids of gold places (from the shipped gazetteer).
    let towns: [Int: GeoPoint]

    public init(dataFolder: String, pipeline: ExtractionPipeline, gazetteer: PlaceGazetteer? = PlaceGazetteer.bundled) {
        self.locator = ArticleLocator(dataFolder: dataFolder)
        self.pipeline = pipeline
        towns = gazetteer.map(PlaceMatcher.coordinates) ?? [:]
    }

    /// Scores each file; a file that cannot be read, decoded or whose article is missing is a failure, and the
    /// rest are still scored.
    public func evaluate(_ paths: [String]) -> EvaluationRun {
        var run = EvaluationRun()
        for path in paths {
            do {
                run.files.append(try evaluate(path))
            } catch {
                run.failures.append(error)
            }
        }
        return run
    }

    public func evaluate(_ path: String) throws(GoldFileError) -> FileEvaluation {
        let gold = try Self.readGold(path)
        let article: Article
        do {
            article = try locator.article(for: gold)
        } catch {
            throw GoldFileError(file: path, reason: error.reason)
        }
        let extraction = pipeline.extract(article)
        return FileEvaluation(file: path, gold: gold, extraction: extraction, score: GoldMatcher.score(gold, extraction, text: article.text, towns: towns))
    }

    /// A gold file decoded; the error names the file and says what is wrong.
    public static func readGold(_ path: String) throws(GoldFileError) -> GoldFile {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw GoldFileError(file: path, reason: "no such gold file")
        }
        if isFolder.boolValue { throw GoldFileError(file: path, reason: "a folder, not a gold file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GoldFileError(file: path, reason: "cannot read the gold file")
        }
        do {
            return try GoldFile.decode(data)
        } catch {
            throw GoldFileError(file: path, reason: "not a gold file: \(error.reason)")
        }
    }
}
