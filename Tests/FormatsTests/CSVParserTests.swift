import Formats
import Testing

@Suite struct CSVParserTests {
    @Test func quotedFieldsWithCommasQuotesAndNewlines() {
        let csv = "a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"line one\nline two\",z\n3,,\n"
        let result = CSVParser.parse(Array(csv.utf8))
        #expect(result.failure == nil)
        #expect(result.records.map(\.fields) == [
            ["a", "b", "c"], ["1", "x, y", "say \"hi\""], ["2", "line one\nline two", "z"], ["3", "", ""],
        ])
        #expect(result.records.map(\.line) == [1, 2, 3, 5])
    }

    @Test func crlfAndNoFinalNewlineAndBlankLines() {
        let result = CSVParser.parse(Array("a,b\r\n\r\n1,\"x\r\ny\"\r\n2,3".utf8))
        #expect(result.records.map(\.fields) == [["a", "b"], ["1", "x\r\ny"], ["2", "3"]])
        #expect(result.records.map(\.line) == [1, 3, 5])
    }

    @Test func unterminatedQuoteNamesTheLineItOpened() {
        let result = CSVParser.parse(Array("a,b\n1,2\n3,\"never\ncloses\n4,5\n".utf8))
        #expect(result.records.count == 2)
        #expect(result.failure?.line == 3)
    }

    @Test func lenientAboutStrayQuotes() {
        let result = CSVParser.parse(Array("a,b\n5\" tall,\"x\"y\n".utf8))
        #expect(result.records.last?.fields == ["5\" tall", "xy"])
    }

    @Test func multiByteCharactersSurvive() {
        let result = CSVParser.parse(Array("t\n\"Goïta, Bamako — “quoted”\"\n".utf8))
        #expect(result.records.last?.fields == ["Goïta, Bamako — “quoted”"])
    }
}
