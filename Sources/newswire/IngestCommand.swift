import GatewayAccess
import ArgumentParser
import Foundation
import Ingestion
import NewsModel

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Send articles to the pipeline: text, .json, .jsonl, .csv and .html files, folders (recursively), - for standard input, or http(s) addresses of pages and feeds (fetched once).")

    @Argument(help: "Files, folders, - for standard input, or http(s) addresses (a page is one article; a feed, one per item).")
    var paths: [String]

    @Option(help: "Articles per request to the gateway.")
    var batchSize = 64

    @OptionGroup var input: InputOptions
    @OptionGroup var client: ClientOptions

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("name at least one file, folder, or - for standard input") }
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
    }

    func run() throws {
        let started = Date()
        let gateway = try client.connect()
        var tally = IngestTally()
        var progress = Progress(enabled: !client.json && isatty(STDERR_FILENO) != 0)
        var outcomes: [[String: String]] = []
        for batch in input.read(paths.filter { !WebInput.isAddress($0) }) + WebInput.read(paths.filter(WebInput.isAddress)) {
            for error in batch.errors {
                tally.inputErrors += 1
                outcomes.append(["origin": error.origin, "status": "failed", "error": error.reason])
                if !client.json { progress.interrupt { printError("error: \(error)") } }
            }
            tally.read += batch.articles.count
            progress.total += batch.articles.count
            for start in stride(from: 0, to: batch.articles.count, by: batchSize) {
                let slice = Array(batch.articles[start..<min(start + batchSize, batch.articles.count)])
                let reply: IngestReply
                do {
                    reply = try gateway.ingest(slice.map(\.article))
                } catch {
                    // The gateway or the ingester stayed away for the whole retry time: nothing more can go in, say so
                    // and stop (exit 3; what was answered is in).
                    progress.finish()
                    printError("error: \(error)")
                    tally.report(elapsed: Date().timeIntervalSince(started), json: client.json, outcomes: outcomes)
                    let unreachable = (error as? ClientError)?.isUnreachable ?? false
                    throw ExitCode(unreachable ? CLIExit.unreachable : CLIExit.failure)
                }
                for outcome in reply.results {
                    let origin = outcome.index < slice.count ? slice[outcome.index].origin : "?"
                    tally.count(outcome)
                    var row = ["origin": origin, "status": outcome.status.rawValue]
                    row["id"] = outcome.id
                    row["error"] = outcome.error
                    outcomes.append(row)
                    if outcome.status == .rejected, !client.json {
                        progress.interrupt { printError("error: \(origin): rejected: \(outcome.error ?? "no reason given")") }
                    }
                }
                progress.update(done: tally.sent, failed: tally.rejected + tally.inputErrors, since: started)
            }
        }
        progress.finish()
        tally.report(elapsed: Date().timeIntervalSince(started), json: client.json, outcomes: outcomes)
        if tally.inputErrors + tally.rejected > 0 { throw ExitCode(CLIExit.failure) }
    }
}

/// Counts of one ingest run.
struct IngestTally {
    var read = 0
    var accepted = 0
    var duplicates = 0
    var rejected = 0
    var inputErrors = 0

    var sent: Int { accepted + duplicates + rejected }

    mutating func count(_ outcome: IngestOutcome) {
        switch outcome.status {
        case .accepted: accepted += 1
        case .duplicate: duplicates += 1
        case .rejected: rejected += 1
        }
    }

    func report(elapsed: TimeInterval, json: Bool, outcomes: [[String: String]]) {
        if json {
            struct Summary: Encodable {
                var read, accepted, duplicates, rejected, failed: Int
                var seconds: Double
                var articles: [[String: String]]
            }
            try? printJSON(Summary(read: read, accepted: accepted, duplicates: duplicates, rejected: rejected,
                                   failed: inputErrors, seconds: (elapsed * 1000).rounded() / 1000, articles: outcomes))
            return
        }
        let rate = elapsed > 0 ? Double(sent) / elapsed : 0
        print("ingested \(sent) of \(read) articles: \(accepted) accepted, \(duplicates) duplicates, \(rejected) rejected, "
              + "\(inputErrors) unreadable; \(String(format: "%.1f", elapsed)) s (\(Int(rate)) articles/s)")
    }
}

/// One line on a terminal, redrawn in place: done, failed, rate.
struct Progress {
    let enabled: Bool
    var total = 0
    private var shown = false
    private var lastDraw = Date.distantPast

    init(enabled: Bool) {
        self.enabled = enabled
    }

    mutating func update(done: Int, failed: Int, since started: Date) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) > 0.1 || done == total else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let percent = total > 0 ? done * 100 / total : 100
        let line = "\u{1B}[2K\ringesting \(done)/\(total) (\(percent)%)  failed \(failed)  \(Int(Double(done) / elapsed)) articles/s"
        FileHandle.standardError.write(Data(line.utf8))
        shown = true
    }

    /// Prints a message without garbling the progress line.
    mutating func interrupt(_ print: () -> Void) {
        if shown {
            FileHandle.standardError.write(Data("\u{1B}[2K\r".utf8))
            shown = false
        }
        print()
    }

    mutating func finish() {
        if shown {
            FileHandle.standardError.write(Data("\n".utf8))
            shown = false
        }
    }
}
