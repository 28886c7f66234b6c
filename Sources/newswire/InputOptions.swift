import ArgumentParser
import Foundation
import Ingestion

/// How to read input files: the format of standard input, and CSV columns by name.
struct InputOptions: ParsableArguments {
    @Option(help: "Format of standard input or of files without a known extension: text, json, jsonl, csv, html.")
    var format: String?

    @Option(help: "CSV column holding the title (default: title or headline).")
    var titleColumn: String?

    @Option(help: "CSV column holding the text (default: text, body, content or article).")
    var textColumn: String?

    @Option(help: "CSV column holding the publication date (default: published, publish_date, date or pubdate).")
    var dateColumn: String?

    @Option(help: "CSV column holding the URL (default: url, link or article_source_link).")
    var urlColumn: String?

    @Option(help: "CSV column holding the source (default: source or publisher).")
    var sourceColumn: String?

    @Option(help: "The most MiB one file or standard input may have; larger inputs are refused before they are read.")
    var maxInputMb = ArticleReader.defaultMaxInputBytes / (1024 * 1024)

    func validate() throws {
        if let format, InputFormat(rawValue: format) == nil {
            throw ValidationError("unknown --format '\(format)'; use one of: \(InputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard maxInputMb >= 1, maxInputMb <= 64 * 1024 else { throw ValidationError("--max-input-mb must be between 1 and 65536") }
    }

    var reader: ArticleReader {
        var columns = CSVColumns()
        columns.title = titleColumn
        columns.text = textColumn
        columns.published = dateColumn
        columns.url = urlColumn
        columns.source = sourceColumn
        return ArticleReader(columns: columns, defaultFormat: format.flatMap(InputFormat.init(rawValue:)) ?? .text,
                             maxInputBytes: maxInputMb * 1024 * 1024)
    }

    /// Reads every path ("-" is standard input), in order.
    func read(_ paths: [String]) -> [ReadBatch] {
        let reader = self.reader
        return paths.map { path in
            if path == "-" { return reader.readStandardInput(format: format.flatMap(InputFormat.init(rawValue:))) }
            return reader.read(path: path)
        }
    }
}

