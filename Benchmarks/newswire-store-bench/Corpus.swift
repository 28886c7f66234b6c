import Extraction
import Foundation
import Ingestion
import NewsModel

/// The base corpus: every article of a CSV through the real extraction once, kept as JSON Lines of
/// `{"article": ..., "extraction": ...}` so that building stores of any size never extracts again.
enum Corpus {
    /// Reads `csv` as `newswire ingest` does (normalised, content ids), skips the held-out records, extracts each
    /// article with the shipped model and writes the lines to `output`. Returns how many were written.
    static func extract(csv: String, heldOut: String?, to output: String) throws -> Int {
        let held = try heldOut.map(readHeldOut) ?? []
        let batch = ArticleReader().read(path: csv)
        for error in batch.errors { printError("skipped: \(error)") }
        let pipeline = try ExtractionPipeline.trained()
        let encoder = WireCodec.makeEncoder()
        var data = Data()
        var written = 0
        let started = ContinuousClock.now
        for item in batch.articles where !held.contains(item.recordID ?? "") {
            let extraction = pipeline.extract(item.article)
            data.append(try encoder.encode(StoredArticle(article: item.article, extraction: extraction)))
            data.append(0x0A)
            written += 1
        }
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: output).deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: output))
        printError("extracted \(written) articles (\(held.count) held-out ids skipped) in \(seconds(since: started)) s")
        return written
    }

    static func load(_ path: String) throws -> [StoredArticle] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let decoder = WireCodec.makeDecoder()
        return try data.split(separator: 0x0A).map { try decoder.decode(StoredArticle.self, from: Data($0)) }
    }

    /// The ids of ../shared/data/held-out.txt: one a line, `#` comments.
    static func readHeldOut(_ path: String) throws -> Set<String> {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

func seconds(since start: ContinuousClock.Instant) -> String {
    String(format: "%.1f", (ContinuousClock.now - start).seconds)
}

extension Duration {
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    var milliseconds: Double { seconds * 1000 }
}

/// A line to standard output at once (print buffers when the output is a file, and the build runs for minutes).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
