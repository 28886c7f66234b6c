import Foundation
import TextTable

/// What `newswire eval-gold` prints: an aligned table, the per-file details, or JSON.
public enum EvaluationReport {
    /// The category table (with the overall row) and the attribute table.
    public static func table(_ card: Scorecard) -> String {
        var rows: [[String]] = [["CATEGORY", "GOLD", "PREDICTED", "FOUND", "RECALL", "PRECISION"]]
        for category in GoldCategory.allCases {
            rows.append(row(category.rawValue, card[category]))
        }
        rows.append(row("overall", card.overall))
        var attributes: [[String]] = [["ATTRIBUTE", "RIGHT", "OF FOUND", "ACCURACY"]]
        for attribute in GoldAttribute.allCases {
            let score = card[attribute]
            attributes.append([attribute.label, String(score.correct), String(score.total), format(score.accuracy)])
        }
        return align(rows) + "\n\n" + align(attributes)
    }

    /// For each file: its scores, the gold items missed, the predictions that match nothing, the wrong attributes.
    public static func details(_ file: FileEvaluation) -> String {
        var lines = ["== \(file.file) (\(file.gold.article))"]
        for category in GoldCategory.allCases {
            let result = file.score[category]
            lines.append("\(category.rawValue): recall \(format(result.score.recall)) (\(result.score.found)/\(result.score.gold)), "
                + "precision \(format(result.score.precision)) (\(result.score.matched)/\(result.score.predicted))")
            lines += result.missed.map { "  missed:    \($0)" }
            lines += result.wrongAttributes.map { "  wrong:     \($0)" }
            lines += result.unmatched.map { "  unmatched: \($0)" }
        }
        return lines.joined(separator: "\n")
    }

    /// The scores as JSON: each file's, the failures, and the total (micro-averaged over the files scored).
    public static func json(_ run: EvaluationRun) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(RunJSON(run))
    }

    /// One JSON object with each named run (a gold set) under its name.
    public static func json(sets: [(name: String, run: EvaluationRun)]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Dictionary(sets.map { ($0.name, RunJSON($0.run)) }, uniquingKeysWith: { a, _ in a }))
    }

    private struct RunJSON: Encodable {
        struct File: Encodable {
            var file: String
            var article: String
            var scores: Scorecard
            var missed: [String: [String]]
            var unmatched: [String: [String]]
            var wrong: [String: [String]]
        }
        struct Failure: Encodable {
            var file: String
            var error: String
        }
        var files: [File]
        var failures: [Failure]
        var total: Scorecard

        init(_ run: EvaluationRun) {
            files = run.files.map { file in
                func collect(_ pick: (CategoryResult) -> [String]) -> [String: [String]] {
                    Dictionary(uniqueKeysWithValues: file.score.results.map { ($0.key.rawValue, pick($0.value)) })
                }
                return File(file: file.file, article: file.gold.article, scores: file.score.scorecard,
                            missed: collect(\.missed), unmatched: collect(\.unmatched), wrong: collect(\.wrongAttributes))
            }
            failures = run.failures.map { Failure(file: $0.file, error: $0.reason) }
            total = run.total
        }
    }

    static func row(_ name: String, _ score: CategoryScore) -> [String] {
        [name, String(score.gold), String(score.predicted), String(score.found), format(score.recall), format(score.precision)]
    }

    /// Two decimals, or "-" when undefined (no gold items, no predictions).
    public static func format(_ value: Double?) -> String {
        guard let value else { return "-" }
        return String(format: "%.2f", value)
    }

    /// The first column left-aligned, the others right-aligned, two spaces apart.
    static func align(_ rows: [[String]]) -> String {
        let columns = rows.map(\.count).max() ?? 0
        let right = Dictionary(uniqueKeysWithValues: (1..<max(1, columns)).map { ($0, TextTable.Alignment.right) })
        return TextTable(rows: rows, alignments: right).render()
    }
}
