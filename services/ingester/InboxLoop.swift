import Foundation
import Ingestion
import Intake
import Logging
import ServiceSupport

/// The ingester's inbox thread: files dropped in the folder (any format `newswire ingest` reads) are read once
/// complete (`InboxPolicy`), their articles journaled through the `IntakeQueue`, and the file moved to `done/`
/// (or, when nothing in it could be read or journaled, to `failed/` with `NAME.error` saying why).
struct InboxLoop: Sendable {
    let folder: URL
    let reader: ArticleReader
    let queue: IntakeQueue
    let logger: Logger
    /// Seconds between looks; a file is ready once two looks agree on its size and time.
    var interval: TimeInterval = 1

    func run(until stop: StopSignal) throws {
        let fileManager = FileManager.default
        for sub in ["done", "failed"] {
            try fileManager.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        logger.info("inbox watched", metadata: ["folder": .string(folder.path)])
        var policy = InboxPolicy()
        var done = 0
        var failed = 0
        while !stop.isStopped {
            for name in policy.ready(listing()) where !stop.isStopped {
                let path = folder.appendingPathComponent(name).path
                let batch = reader.read(path: path)
                var problems = batch.errors.map { "\($0)" }
                var journaled = 0
                if !batch.articles.isEmpty {
                    guard let reply = queue.submit(batch.articles.map(\.article)) else { return } // the loop has stopped
                    for outcome in reply.results {
                        if outcome.status == .rejected {
                            let origin = outcome.index < batch.articles.count ? batch.articles[outcome.index].origin : path
                            problems.append("\(origin): rejected: \(outcome.error ?? "no reason given")")
                        } else {
                            journaled += 1
                        }
                    }
                    if reply.results.isEmpty { problems.append("the ledger answered nothing (journal write failed?)") }
                }
                let target = journaled > 0 ? "done" : "failed"
                if journaled == 0, problems.isEmpty { problems.append("no articles in it") }
                move(name, to: target, problems: problems)
                policy.taken(name)
                if journaled > 0 { done += 1 } else { failed += 1 }
                logger.info("inbox file \(target)", metadata: ["file": .string(name), "articles": .stringConvertible(journaled),
                                                              "problems": .stringConvertible(problems.count)])
                queue.setCounters(["inbox_done": done, "inbox_failed": failed])
            }
            let steps = max(1, Int(interval * 10))
            for _ in 0..<steps where !stop.isStopped { Thread.sleep(forTimeInterval: 0.1) }
        }
    }

    /// Regular files directly in the folder, with their sizes and times.
    func listing() -> [InboxPolicy.Entry] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.compactMap { name in
            guard !InboxPolicy.ignored(name),
                  let attributes = try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path),
                  attributes[.type] as? FileAttributeType == .typeRegular else { return nil }
            return InboxPolicy.Entry(name: name, size: (attributes[.size] as? Int) ?? 0,
                                     modified: (attributes[.modificationDate] as? Date) ?? .distantPast)
        }
    }

    /// Moves the file into `done/` or `failed/` (a name already there gets a number), with `NAME.error` beside it
    /// listing the problems, if any.
    func move(_ name: String, to sub: String, problems: [String]) {
        let fileManager = FileManager.default
        let targetFolder = folder.appendingPathComponent(sub)
        var targetName = name
        var attempt = 1
        while fileManager.fileExists(atPath: targetFolder.appendingPathComponent(targetName).path) {
            attempt += 1
            targetName = "\(name).\(attempt)"
        }
        do {
            try fileManager.moveItem(at: folder.appendingPathComponent(name), to: targetFolder.appendingPathComponent(targetName))
            if !problems.isEmpty {
                let report = problems.joined(separator: "\n") + "\n"
                try Data(report.utf8).write(to: targetFolder.appendingPathComponent(targetName + ".error"))
            }
        } catch {
            logger.error("cannot move inbox file", metadata: ["file": .string(name), "error": .string("\(error)")])
        }
    }
}
