import Formats
import Testing

@Suite struct DelimitedWriterTests {
    let csv = DelimitedWriter(format: .csv)
    let tsv = DelimitedWriter(format: .tsv)

    @Test func plainCellsAreWrittenAsTheyAre() {
        #expect(csv.line(["a", "b c", "42"]) == "a,b c,42\r\n")
        #expect(tsv.line(["a", "b c", "42"]) == "a\tb c\t42\n")
    }

    @Test func unknownCellsAreEmpty() {
        #expect(csv.line(["a", nil, "", "d"]) == "a,,,d\r\n")
        #expect(tsv.line([nil, "b", nil]) == "\tb\t\n")
    }

    @Test func csvQuotesCommasQuotesAndLineBreaks() {
        #expect(csv.line(["Mali, Bamako"]) == "\"Mali, Bamako\"\r\n")
        #expect(csv.line(["He said \"no\"."]) == "\"He said \"\"no\"\".\"\r\n")
        #expect(csv.line(["one\ntwo", "three\r\nfour", "five\rsix"]) == "\"one\ntwo\",\"three\r\nfour\",\"five\rsix\"\r\n")
        // A tab is no special character in CSV.
        #expect(csv.line(["a\tb"]) == "a\tb\r\n")
    }

    @Test func aLoneEmptyCellStaysARecord() {
        #expect(csv.line([""]) == "\"\"\r\n")
        #expect(csv.line([nil]) == "\"\"\r\n")
    }

    @Test func tsvTurnsTabsAndLineBreaksIntoSpaces() {
        #expect(tsv.line(["a\tb", "one\ntwo", "three\r\nfour", "five\rsix"]) == "a b\tone two\tthree four\tfive six\n")
        // Quotes and commas mean nothing in TSV.
        #expect(tsv.line(["\"x\", y"]) == "\"x\", y\n")
    }

    @Test func nonASCIITextIsKept() {
        #expect(csv.line(["Assimi Goïta", "“quoted”", "🙂,"]) == "Assimi Goïta,“quoted”,\"🙂,\"\r\n")
    }

    @Test func documentIsHeaderThenRows() {
        let text = DelimitedWriter(format: .csv, lineEnding: "\n").document(header: ["id", "name"], rows: [["1", "a,b"], ["2", nil]])
        #expect(text == "id,name\n1,\"a,b\"\n2,\n")
    }

    /// Reads CSV back the RFC 4180 way, to check the writer's output parses into the same cells.
    private func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            if quoted {
                if c == "\"" {
                    if scalars.first == "\"" { cell.unicodeScalars.append("\""); scalars.removeFirst() } else { quoted = false }
                } else {
                    cell.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(cell); cell = ""
            } else if c == "\r" || c == "\n" {
                if c == "\r", scalars.first == "\n" { scalars.removeFirst() }
                row.append(cell); rows.append(row); row = []; cell = ""
            } else {
                cell.unicodeScalars.append(c)
            }
        }
        return rows
    }

    @Test(arguments: [["plain", "with,comma", "with \"quotes\"", "multi\nline", "", "crlf\r\ninside", "\"", ",,,"]])
    func csvRoundTrips(cells: [String]) {
        #expect(parse(csv.line(cells)) == [cells])
        #expect(parse(csv.document(header: ["h"], rows: [[cells[1]], [cells[3]]])) == [["h"], [cells[1]], [cells[3]]])
    }
}
