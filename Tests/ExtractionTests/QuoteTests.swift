import NewsModel
import Testing
@testable import Extraction

@Suite struct QuoteTests {
    func extract(_ text: String) -> Extraction { ExtractionPipeline().extract(Article(text: text)) }

    func entityName(_ extraction: Extraction, _ id: String?) -> String? {
        extraction.entities.first { $0.id == id }?.name
    }

    @Test func straightQuoteWithTheSpeakerAfterTheVerb() {
        let text = "\"We will win this war,\" declared President Ahmed Traoré on television."
        let x = extract(text)
        #expect(x.quotes.count == 1)
        let q = x.quotes[0]
        #expect(q.text == "We will win this war")
        #expect(q.cue == "declared")
        #expect(entityName(x, q.speaker) == "Ahmed Traoré" && q.speakerName == "Ahmed Traoré")
        let scalars = Array(text.unicodeScalars)
        #expect(makeString(scalars, q.start, q.end) == q.text)
    }

    @Test func curlyQuoteWithSurnameSpeaker() {
        let x = extract("President Assimi Goïta spoke on Monday. “We will not give in,” Goïta said.")
        #expect(x.quotes.count == 1)
        #expect(x.quotes[0].text == "We will not give in" && x.quotes[0].cue == "said")
        #expect(entityName(x, x.quotes[0].speaker) == "Assimi Goïta")
    }

    @Test func splitQuoteWithPronounSpeaker() {
        let x = extract("Prime Minister Choguel Maïga addressed parliament. \"We will win,\" he said. \"And we will rebuild.\"")
        #expect(x.quotes.map(\.text) == ["We will win", "And we will rebuild."])
        #expect(x.quotes.allSatisfy { entityName(x, $0.speaker) == "Choguel Maïga" })
        #expect(x.quotes.allSatisfy { $0.cue == "said" })
    }

    @Test func fragmentInsideASentence() {
        let x = extract("During the ceremony, the Malian Defense Minister, Sadio Camara, praised the \"win-win partnership with the Russian Federation.\"")
        #expect(x.quotes.count == 1)
        #expect(x.quotes[0].text == "win-win partnership with the Russian Federation.")
        #expect(x.quotes[0].cue == "praised")
        #expect(entityName(x, x.quotes[0].speaker) == "Sadio Camara")
    }

    @Test func accordingToANounPhrase() {
        let x = extract("They spoke of \"common concerns,\" according to the Malian presidency.")
        #expect(x.quotes.count == 1)
        #expect(x.quotes[0].text == "common concerns")
        #expect(x.quotes[0].cue == "according to")
        #expect(x.quotes[0].speaker == nil && x.quotes[0].speakerName == "the Malian presidency")
    }

    @Test func organisationSpeakerBeforeTheVerb() {
        let x = extract("\"The situation is stable,\" the United Nations said in a statement.")
        #expect(entityName(x, x.quotes.first?.speaker) == "United Nations")
    }

    @Test func quoteOverASentenceBoundary() {
        let x = extract("\"We came. We saw. We stayed,\" said Jean Dupont.")
        #expect(x.sentences.count >= 2)
        #expect(x.quotes.count == 1)
        #expect(x.quotes[0].text == "We came. We saw. We stayed")
        #expect(entityName(x, x.quotes[0].speaker) == "Jean Dupont")
    }

    @Test func cueInTheNextSentenceForALoneQuote() {
        let x = extract("Amina J. Mohammed met the press.\n\"Peace is possible.\"\nShe said it twice.")
        #expect(x.quotes.count == 1)
        #expect(x.quotes[0].cue == "said" && entityName(x, x.quotes[0].speaker) == "Amina J. Mohammed")
    }

    @Test func aRelativeClauseAfterTheQuoteIsNotTheCue() {
        let x = extract("They are accused by the military in power in Mali of being \"mercenaries\", which Abidjan denies.")
        #expect(x.quotes.count == 1)
        #expect(x.quotes[0].cue == "accused")
        #expect(x.quotes[0].speakerName == "the military in power in Mali")
    }

    @Test func longQuoteOverParagraphs() {
        let x = extract("\"We came here first.\n\"And we will stay,\" said Jean Dupont.")
        #expect(x.quotes.map(\.text) == ["We came here first.", "And we will stay"])
    }

    @Test func scareQuotesAreNoQuotes() {
        let x = extract("The so-called \"peace plan\" failed.")
        #expect(x.quotes.isEmpty)
    }

    @Test func unbalancedAndEmptyMarksDoNotCrash() {
        for text in ["\"", "\"\"", "“”", "”backwards“", "\"open only", "a \"b\" c \"d", "\"\n\"\n\""] {
            let x = extract(text)
            let count = text.unicodeScalars.count
            #expect(x.quotes.allSatisfy { $0.start >= 0 && $0.start < $0.end && $0.end <= count })
        }
    }
}
