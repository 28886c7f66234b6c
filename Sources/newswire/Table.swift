import TextTable

/// A table for the CLI's output, built a row at a time; `TextTable` renders it.
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
        TextTable(rows: [headers] + rows, maxWidth: maxWidth).render()
    }
}
