/// Comma- or tab-separated text, the formats spreadsheets and data tools (pandas, R, Excel) read.
public enum DelimitedFormat: String, Sendable, Hashable, CaseIterable {
    /// RFC 4180: a cell with a comma, a double quote or a line break goes in double quotes, inner quotes doubled.
    case csv
    /// IANA text/tab-separated-values: no quoting exists, so tabs and line breaks inside a cell become spaces.
    case tsv

    public var separator: Character { self == .csv ? "," : "\t" }
}

/// Writes rows of cells as CSV or TSV, one line at a time, so a long export can be streamed.
///
/// `nil` and `""` are both an empty cell: in these formats an unknown value has no other spelling.
public struct DelimitedWriter: Sendable, Hashable {
    public var format: DelimitedFormat
    /// RFC 4180 ends CSV records with CRLF; most TSV readers expect LF. Both formats read either.
    public var lineEnding: String

    public init(format: DelimitedFormat, lineEnding: String? = nil) {
        self.format = format
        self.lineEnding = lineEnding ?? (format == .csv ? "\r\n" : "\n")
    }

    /// One record with its line ending.
    public func line(_ cells: [String?]) -> String {
        // A record of one empty cell would be an empty line, which readers skip: quote it so the row survives.
        if format == .csv, cells.count == 1, (cells[0] ?? "").isEmpty { return "\"\"" + lineEnding }
        return cells.map { cell($0 ?? "") }.joined(separator: String(format.separator)) + lineEnding
    }

    /// A header line and the rows under it.
    public func document(header: [String], rows: [[String?]]) -> String {
        ([header] + rows).map(line).joined()
    }

    func cell(_ value: String) -> String {
        switch format {
        case .csv:
            // Character-wise: "\r\n" is one Character in Swift, so test scalars for the line breaks.
            let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            guard needsQuotes else { return value }
            var out = String.UnicodeScalarView(["\""])
            for scalar in value.unicodeScalars {
                out.append(scalar)
                if scalar == "\"" { out.append(scalar) }
            }
            out.append("\"")
            return String(out)
        case .tsv:
            var out = String.UnicodeScalarView()
            var previousWasCR = false
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\t", "\r":
                    out.append(" ")
                case "\n":
                    // CRLF is one break, not two spaces.
                    if !previousWasCR { out.append(" ") }
                default:
                    out.append(scalar)
                }
                previousWasCR = scalar == "\r"
            }
            return String(out)
        }
    }
}
