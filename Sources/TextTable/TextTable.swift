/// An aligned plain-text table for people, the one renderer the CLI and the evaluation report share: columns two
/// spaces apart, each as wide as its widest cell, left- or right-aligned; newlines in a cell become spaces, and a
/// cell longer than its column's limit is cut with "…". No line ends in spaces.
public struct TextTable: Sendable {
    public enum Alignment: Sendable {
        case left, right
    }

    /// The rows, a header row first if there is one.
    public var rows: [[String]]
    /// Per column; columns not named are left-aligned.
    public var alignments: [Int: Alignment]
    /// Per column, the most characters a cell keeps, "…" included.
    public var maxWidth: [Int: Int]

    public init(rows: [[String]], alignments: [Int: Alignment] = [:], maxWidth: [Int: Int] = [:]) {
        self.rows = rows
        self.alignments = alignments
        self.maxWidth = maxWidth
    }

    public func render() -> String {
        let cells = rows.map { row in
            row.enumerated().map { index, cell in
                let flat = String(cell.map { $0.isNewline ? " " : $0 })
                guard let limit = maxWidth[index], limit >= 1, flat.count > limit else { return flat }
                return String(flat.prefix(limit - 1)) + "…"
            }
        }
        var widths = Array(repeating: 0, count: cells.map(\.count).max() ?? 0)
        for row in cells {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        return cells.map { row in
            var line = row.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                return alignments[index] == .right ? pad + cell : cell + pad
            }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
