import Foundation
import Testing
@testable import EntityTagger

@Suite struct CoNLLTests {
    @Test func readsDocumentsSentencesAndColumns() {
        let docs = CoNLL.parse(tinyCoNLL)
        #expect(docs.count == 2)
        #expect(docs[0].sentences.count == 2)
        #expect(docs[1].sentences.count == 1)
        #expect(docs[0].header == "-DOCSTART- -X- -X- O")
        #expect(docs[0].sentences[0][0] == CoNLLToken(word: "John", columns: ["NNP", "B-NP"], tag: "B-PER"))
        #expect(docs[0].words[1] == ["Acme", "Corp", "hired", "Mary", "."])
        #expect(docs[1].goldTags[0] == ["B-MISC", "O", "O", "B-PER", "O", "B-LOC", "O"])
        #expect(docs.reduce(0) { $0 + $1.tokenCount } == 17)
    }

    @Test func writesBackTheSameLinesAndAnExtraColumn() {
        let docs = CoNLL.parse(tinyCoNLL)
        #expect(CoNLL.format(docs) == tinyCoNLL + "\n")  // every sentence ends with a blank line
        let predicted = docs.map { $0.sentences.map { $0.map { _ in "O" } } }
        let tagged = CoNLL.format(docs, predicted: predicted)
        let lines = tagged.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "-DOCSTART- -X- -X- O O")
        #expect(lines[1] == "")
        #expect(lines[2] == "John NNP B-NP B-PER O")
        #expect(lines.filter { $0.isEmpty }.count == 2 + 3 + 1)  // after 2 DOCSTARTs, 3 sentences, final newline
    }

    @Test func fileWithoutDocstartIsOneDocument() {
        let docs = CoNLL.parse("a O\nb B-LOC\n\nc O\n")
        #expect(docs.count == 1)
        #expect(docs[0].header == nil)
        #expect(docs[0].sentences.count == 2)
    }

    @Test func csvColumnHandlesQuotedMultiLineFields() throws {
        let csv = "id,text\n1,\"Hello, \"\"world\"\"\nsecond line\"\n2,plain\n"
        #expect(try NewsText.csvColumn(Array(csv.utf8), column: "text") == ["Hello, \"world\"\nsecond line", "plain"])
        #expect(try NewsText.csvColumn(Array(csv.utf8), column: "id") == ["1", "2"])
        #expect(try NewsText.csvColumn(Array(csv.utf8), column: "absent") == [])
    }

    /// The second CSV reader this replaced read an unterminated quote as a field running to the end of the file,
    /// so one bad row silently swallowed every row after it into the clusters' training text.
    @Test func csvColumnRefusesAnUnterminatedQuote() {
        let csv = "id,text\n1,fine\n2,\"never closes\n3,lost\n"
        #expect(throws: NewsTextError.malformed(origin: "news.csv", line: 3,
                                                reason: "unterminated quoted field (the quote opens on this line and never closes)")) {
            try NewsText.csvColumn(Array(csv.utf8), column: "text", origin: "news.csv")
        }
    }

    @Test func tokeniserKeepsAbbreviationsAndInitials() {
        let s = NewsText.sentences("Lt. Gen. Smith met Amina J. Mohammed in the U.S. on Monday. \"It's fine,\" she said.")
        #expect(s.count == 2)
        #expect(s[0] == ["Lt.", "Gen.", "Smith", "met", "Amina", "J.", "Mohammed", "in", "the", "U.S.", "on", "Monday", "."])
        #expect(s[1] == ["\"", "It", "'s", "fine", ",", "\"", "she", "said", "."])
    }
}
