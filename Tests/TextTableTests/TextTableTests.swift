import Testing
import TextTable

@Suite("Text tables")
struct TextTableTests {
    @Test("columns are as wide as their widest cell, two spaces apart, with no trailing spaces")
    func widths() {
        let table = TextTable(rows: [["NAME", "N"], ["Goïta", "12"], ["Putin", "3"]])
        #expect(table.render() == "NAME   N\nGoïta  12\nPutin  3")
    }

    @Test("right-aligned columns pad on the left")
    func rightAligned() {
        let table = TextTable(rows: [["CATEGORY", "GOLD"], ["entities", "120"], ["quotes", "7"]], alignments: [1: .right])
        #expect(table.render() == "CATEGORY  GOLD\nentities   120\nquotes       7")
    }

    @Test("a long cell is cut to its column's limit with an ellipsis; newlines become spaces")
    func cutting() {
        let table = TextTable(rows: [["a\nb", "abcdefghij", "x"]], maxWidth: [1: 5])
        #expect(table.render() == "a b  abcd…  x")
    }

    @Test("rows of different lengths and an empty table render without trapping")
    func ragged() {
        #expect(TextTable(rows: []).render() == "")
        #expect(TextTable(rows: [["a"], ["bb", "c"]]).render() == "a\nbb  c")
    }
}
