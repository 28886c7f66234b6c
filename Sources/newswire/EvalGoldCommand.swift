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
            A file that cannot be scored is reported and the others are still scored; the exit status is then 1.
            """)

    @Argument(help: "Gold files (.gold.json).")
    var gold: [String]

    @Option(help: "The data folder the gold files' articles are in (default: <repo>/../shared/data).")
    var data: String?

    @Flag(help: "Print the scores as JSON.")
    var json = false

    @Flag(help: "List, per file, the gold items missed, the predictions that match nothing, and wrong attributes.")
    var verbose = false

    func run() throws {
        let folder = data ?? Self.defaultDataFolder()
        let evaluator = GoldEvaluator(dataFolder: folder, pipeline: try .trained())
        let run = evaluator.evaluate(gold)
        for failure in run.failures {
            printError("error: \(failure)")
        }
        if json {
            FileHandle.standardOutput.write(try EvaluationReport.json(run))
            print()
        } else {
            if verbose {
                for file in run.files {
                    print(EvaluationReport.details(file))
                    print()
                }
            }
            print(EvaluationReport.table(run.total))
            print()
            print("\(run.files.count) gold file\(run.files.count == 1 ? "" : "s") scored"
                  + (run.failures.isEmpty ? "" : ", \(run.failures.count) failed") + " (data: \(folder))")
        }
        if !run.failures.isEmpty { throw ExitCode.failure }
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
