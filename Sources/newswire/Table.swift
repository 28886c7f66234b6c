/// An aligned plain-text table for people: columns padded to their widest cell, long cells cut with "…".
struct Table {
    var headers: [String]
    var rows: [[String]] = []
    var maxWidth: [Int: Int] = [:]

    init(_ headers: String...) {
        self.headers = headers
    }

    mutating func add(_ cells: String...) {
        rows.append(cells)
    }

    func render() -> String {
        let cut: ([String]) -> [String] = { cells in
            cells.enumerated().map { index, cell in
                let flat = cell.replacingOccurrences(of: "\n", with: " ")
                guard let limit = maxWidth[index], flat.count > limit else { return flat }
                return String(flat.prefix(limit - 1)) + "…"
            }
        }
        let all = [headers] + rows.map(cut)
        var widths = Array(repeating: 0, count: headers.count)
        for row in all {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        return all.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
