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
