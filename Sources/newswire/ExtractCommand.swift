import ArgumentParser
import Extraction
import Foundation
import Ingestion
import NewsModel

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Run the extraction in this process, with no services: prints what the pipeline finds.",
        discussion: "With --json, one Extraction JSON per article: pretty for one article, JSON Lines for more.")

    @Argument(help: "Files or folders as `ingest` reads them, or - for standard input.")
    var paths: [String]

    @Flag(help: "Print the Extraction JSON.")
    var json = false

    @OptionGroup var input: InputOptions

    func run() throws {
        let pipeline = try ExtractionPipeline.trained()
        let batches = input.read(paths)
        let articles = batches.flatMap(\.articles)
        var failures = 0
        for batch in batches {
            for error in batch.errors {
                failures += 1
                printError("error: \(error)")
            }
        }
        let started = Date()
        let encoder = WireCodec.makeEncoder()
        if articles.count == 1 { encoder.outputFormatting.insert(.prettyPrinted) }
        var output = Data()
        var words = 0
        for item in articles {
            let article: Article
            do {
                article = try ArticleNormalizer.prepare(item.article)
            } catch {
                failures += 1
                printError("error: \(item.origin): \(error)")
                continue
            }
            let extraction = pipeline.extract(article)
            words += article.text.split(whereSeparator: \.isWhitespace).count
            if json {
                output.append(try encoder.encode(extraction))
                output.append(0x0A)
                if output.count > 1 << 20 {
                    FileHandle.standardOutput.write(output)
                    output.removeAll(keepingCapacity: true)
                }
            } else {
                print(ExtractionReport(article: article, extraction: extraction, includeText: false).render())
                print()
            }
        }
        FileHandle.standardOutput.write(output)
        if articles.count > 1 {
            let elapsed = Date().timeIntervalSince(started)
            printError("extracted \(articles.count) articles (\(words) words) in \(String(format: "%.2f", elapsed)) s"
                       + (failures > 0 ? "; \(failures) failed" : ""))
        }
        if failures > 0 { throw ExitCode.failure }
    }
}
