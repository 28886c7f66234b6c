import ArgumentParser
import Evaluation
import Foundation

struct EvalGoldCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-gold",
        abstract: "Score the extraction against hand-annotated gold files: recall and precision per category.",
        discussion: """
            Each gold file names its article: a file under the data folder (seed/mali-junta-russia.txt) or a \
            CSV record (news/NewsArticles.csv#812, by article_id). The article is normalised and extracted in this \
            process, as the services do, and compared with the gold: entities, aliases, roles, quotes (and their \
            speakers), dates, counts and events, each separately and overall, micro-averaged over all files. \
            A file that cannot be scored is reported and the others are still scored; the exit status is then 1. \
            `--set dev` scores the articles listed in Tests/Gold/sets/dev.txt (repeat it for one table per set); \
            incidents (CAMEO 17-20, one to one by evidence) are scored on exhaustive gold files only. \
            The test set's per-item misses are not printed: `--verbose` is refused with `--set test`.
            """)

    @Argument(help: "Gold files (.gold.json).")
    var gold: [String] = []

    @Option(name: .customLong("set"), help: "A gold set by name (dev, dev-session1, test): Tests/Gold/sets/<name>.txt.")
    var sets: [String] = []

    @Option(help: "The folder of the gold files and their sets/ (default: <repo>/Tests/Gold).")
    var goldFolder: String?

    @Option(help: "The data folder the gold files' articles are in (default: <repo>/../shared/data).")
    var data: String?

    @Flag(help: "Print the scores as JSON.")
    var json = false

    @Flag(help: "List, per file, the gold items missed, the predictions that match nothing, and wrong attributes.")
    var verbose = false

    func run() throws {
        guard !gold.isEmpty || !sets.isEmpty else {
            throw ValidationError("give gold files or --set NAME")
        }
        if verbose, sets.contains("test") {
            throw ValidationError("--verbose with --set test is refused: nobody reads the test set's misses")
        }
        let folder = data ?? Self.defaultDataFolder()
        let evaluator = GoldEvaluator(dataFolder: folder, pipeline: try .trained())
        var runs: [(name: String, run: EvaluationRun, missing: [Int])] = []
        if !gold.isEmpty { runs.append(("files", evaluator.evaluate(gold), [])) }
        let goldFolder = goldFolder ?? GoldSet.defaultGoldFolder(from: FileManager.default.currentDirectoryPath) ?? "Tests/Gold"
        for name in sets {
            let set: GoldSet
            do {
                set = try GoldSet.load(name, goldFolder: goldFolder)
            } catch {
                throw ValidationError(error.description)
            }
            let (present, missing) = set.files(goldFolder: goldFolder)
            if !missing.isEmpty {
                printError("note: set \(name): \(missing.count) of \(set.ids.count) gold files not written yet: "
                           + missing.map(String.init).joined(separator: " "))
            }
            runs.append((name, evaluator.evaluate(present), missing))
        }
        var failed = false
        for (_, run, _) in runs {
            for failure in run.failures { printError("error: \(failure)") }
            failed = failed || !run.failures.isEmpty
        }
        if json {
            if sets.isEmpty {
                FileHandle.standardOutput.write(try EvaluationReport.json(runs[0].run))
            } else {
                FileHandle.standardOutput.write(try EvaluationReport.json(sets: runs.map { ($0.name, $0.run) }))
            }
            print()
        } else {
            for (index, (name, run, missing)) in runs.enumerated() {
                if index > 0 { print() }
                if !sets.isEmpty { print("== \(name)") }
                if verbose {
                    for file in run.files {
                        print(EvaluationReport.details(file))
                        print()
                    }
                }
                print(EvaluationReport.table(run.total))
                print()
                print("\(run.files.count) gold file\(run.files.count == 1 ? "" : "s") scored"
                      + (run.failures.isEmpty ? "" : ", \(run.failures.count) failed")
                      + (missing.isEmpty ? "" : ", \(missing.count) not written yet") + " (data: \(folder))")
            }
        }
        if failed { throw ExitCode.failure }
    }

    /// <repo>/../shared/data, the repo found above the working folder or the executable; else ../shared/data.
    static func defaultDataFolder() -> String {
        let starts = [FileManager.default.currentDirectoryPath,
                      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path]
        for start in starts {
            if let found = ArticleLocator.defaultDataFolder(from: start) { return found }
        }
        return "../shared/data"
    }
}
