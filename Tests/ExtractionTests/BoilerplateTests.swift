import NewsModel
import Testing
@testable import Extraction

@Suite struct BoilerplateTests {
    @Test func trailingFurnitureIsMarked() {
        let text = """
        Bamako received new equipment from Moscow.
        READ MORE: Mali's junta expels French ambassador
        The ceremony was held on Tuesday.
        Source: Al Jazeera and news agencies
        Comments
        """
        let document = Fixtures.document(text, through: [TokenizeStage(), SentenceStage(), BoilerplateStage()])
        #expect(document.paragraphs.map(\.isBoilerplate) == [false, true, false, true, true])
        #expect(document.sentences.filter(\.isBoilerplate).count == 3)
    }

    @Test func furnitureYieldsNoFacts() {
        let text = """
        President Assimi Goïta met Russian diplomats.
        READ MORE: "We are ready," said Emmanuel Macron in Paris
        Comments
        """
        let extraction = ExtractionPipeline().extract(Article(text: text))
        #expect(!extraction.entities.contains { $0.name.contains("Macron") || $0.name == "Paris" })
        #expect(extraction.quotes.isEmpty)
        #expect(extraction.entities.contains { $0.name == "Assimi Goïta" })
    }

    @Test func lines() {
        #expect(Boilerplate.isFurniture("Comments"))
        #expect(Boilerplate.isFurniture("Source: Al Jazeera and news agencies"))
        #expect(Boilerplate.isInlineFurniture("READ MORE: Mali junta"))
        #expect(!Boilerplate.isFurniture("Comments were made by the minister."))
    }

    @Test func anArticleIsNeverAllFurniture() {
        let document = Fixtures.document("Comments", through: [TokenizeStage(), SentenceStage(), BoilerplateStage()])
        #expect(document.sentences.allSatisfy { !$0.isBoilerplate })
    }
}

@Suite("Inline furniture: teasers run into the text")
struct InlineFurnitureTests {
    func sentences(_ text: String) -> [(String, Bool)] {
        let document = Fixtures.document(text, through: [TokenizeStage(), SentenceStage(), BoilerplateStage()])
        return document.sentences.map { (document.string($0.span), $0.isBoilerplate) }
    }

    @Test("A teaser ends where a sentence-opening word starts the article's next sentence")
    func endsAtSentenceStarter() {
        let found = sentences("The council met on Monday. READ MORE: Farmers fear a dry summer in the valley The mayor spoke later.")
        #expect(found.map(\.0) == ["The council met on Monday.", "READ MORE: Farmers fear a dry summer in the valley",
                                   "The mayor spoke later."])
        #expect(found.map(\.1) == [false, true, false])
    }

    @Test("A teaser ends before a name followed by a reporting verb; capitals after a dash stay in the headline")
    func endsAtNameAndVerb() {
        let found = sentences("Talks resumed. OPINION: Harbour plans - A test for the port Jane Doyle said the vote was close.")
        #expect(found.map(\.0) == ["Talks resumed.", "OPINION: Harbour plans - A test for the port",
                                   "Jane Doyle said the vote was close."])
        #expect(found.map(\.1) == [false, true, false])
    }

    @Test("An opening quote glued to the next sentence leaves the teaser")
    func quoteGoesWithSentence() {
        let found = sentences("RELATED: Drivers strike over pay \"This is unfair,\" one driver said.")
        #expect(found.first?.0 == "RELATED: Drivers strike over pay")
        #expect(found.first?.1 == true)
    }

    @Test("Labels must be capitals with a colon: ordinary words are text")
    func ordinaryWords() {
        let found = sentences("Watch: the river rose. Readers watch the opinion pages.")
        #expect(found.allSatisfy { !$0.1 })
    }

    @Test("A teaser yields no events")
    func noEvents() {
        let text = "Ministers met in Rome on Monday. READ MORE: Gunmen kill five soldiers near the border Officials said talks would go on."
        let extraction = ExtractionPipeline().extract(Article(text: text))
        #expect(!extraction.events.contains { ["18", "19", "20"].contains($0.cameo) })
    }
}
