import GatewayAccess
import ArgumentParser
import Foundation
import NewsModel

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Every stored article with its whole extraction, as JSON Lines (one article a line).",
        discussion: """
            Asked for page by page and written as it arrives, so memory stays flat however large the store. \
            Each line is {"article": {... "text": ...}, "extraction": {...}}.
            """)

    @Option(help: "jsonl (the only format).")
    var format = "jsonl"

    @Option(help: "Only articles published on or after this date (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Only articles published on or before this date (YYYY-MM-DD).")
    var to: String?

    @Option(help: "Articles per request to the gateway (1-1000).")
    var pageSize = 100

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @OptionGroup var client: ClientOptions

    func validate() throws {
        guard format.lowercased() == "jsonl" else { throw ValidationError("--format must be jsonl, not '\(format)'") }
    }

    func run() throws {
        let connection = try client.connect()
        let sink: FileHandle
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: nil), let handle = FileHandle(forWritingAtPath: output) else {
                throw ValidationError("cannot write \(output)")
            }
            sink = handle
        } else {
            sink = FileHandle.standardOutput
        }
        defer { if output != nil { try? sink.close() } }
        let encoder = WireCodec.makeEncoder()
        var after: String?
        var written = 0
        repeat {
            var request = QueryRequest(query: .export, from: from, to: to, limit: pageSize)
            request.after = after
            guard let page = try connection.query(request).export else {
                throw ClientError.unexpected("an export answer without a page")
            }
            var lines = Data()
            for article in page.articles {
                lines.append(try encoder.encode(article))
                lines.append(0x0A)
            }
            sink.write(lines)
            written += page.articles.count
            after = page.next
        } while after != nil
        if output != nil || isatty(STDOUT_FILENO) == 0 { printError("exported \(written) articles") }
    }
}
