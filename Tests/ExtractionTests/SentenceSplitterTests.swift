import NewsModel
import Testing
@testable import Extraction

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        Fixtures.document(text, through: [TokenizeStage(), SentenceStage()]).sentenceTexts()
    }

    @Test func titlesAndInitialsDoNotEndSentences() {
        #expect(sentences("Lt. Gen. John Smith arrived. He spoke.") == ["Lt. Gen. John Smith arrived.", "He spoke."])
        #expect(sentences("Amina J. Mohammed met U.S. troops in Mali. Then they left.")
                == ["Amina J. Mohammed met U.S. troops in Mali.", "Then they left."])
        #expect(sentences("Dr. Ahmed and Mr. Traoré met on Jan. 5 in Bamako.").count == 1)
        #expect(sentences("Sen. Chris Van Hollen, D-Md., said his office received 14,000 calls about DeVos.").count == 1)
    }

    @Test func abbreviationAtTheEndOfASentence() {
        #expect(sentences("He moved to the U.S. The move was sudden.") == ["He moved to the U.S.", "The move was sudden."])
        #expect(sentences("Troops left the U.S. Embassy.").count == 1)
    }

    @Test func terminatorsAndClosingQuotes() {
        #expect(sentences("Is it over? Yes! Fine.") == ["Is it over?", "Yes!", "Fine."])
        #expect(sentences("\"We are ready.\" The minister left.") == ["\"We are ready.\"", "The minister left."])
        #expect(sentences("“We are ready.” The minister left.") == ["“We are ready.”", "The minister left."])
        #expect(sentences("\"We are ready,\" he said. \"We will win.\"") == ["\"We are ready,\" he said.", "\"We will win.\""])
        #expect(sentences("\"Are we ready?\" he asked.") == ["\"Are we ready?\" he asked."])
        #expect(sentences("Prices rose 3.5 percent (a record). Then they fell.").count == 2)
    }

    @Test func lineBreaksEndSentencesAndHeadlines() {
        let text = "Mali junta chief talks to Putin\nThe head of the junta spoke.\n\nComments"
        #expect(sentences(text) == ["Mali junta chief talks to Putin", "The head of the junta spoke.", "Comments"])
        let document = Fixtures.document(text, through: [TokenizeStage(), SentenceStage()])
        #expect(document.paragraphs.count == 3)
        #expect(document.sentences.map(\.paragraph) == [0, 1, 2])
    }

    @Test(.enabled(if: Fixtures.hasSeed, "needs ../shared/data/seed and ../shared/gold (the seed and its gold)")) func seedSentences() throws {
        let found = sentences(try Fixtures.seedText())
        #expect(found.count == 15)
        #expect(found[1].hasPrefix("\"We spoke of the support") && found[1].hasSuffix("on his social media."))
        #expect(found[7].hasPrefix("Colonel Assimi Goïta also received") && found[7].hasSuffix("with the organization."))
        #expect(found.last == "Comments")
    }

    @Test func emptyText() {
        #expect(sentences("").isEmpty)
        #expect(sentences(" \n\t ").isEmpty)
    }
}
