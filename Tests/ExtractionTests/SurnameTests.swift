import NewsModel
import Testing
@testable import Extraction

/// A bare surname shared by several people of the article goes to the most prominent of them.
@Suite struct SurnameTests {
    let tags = ["Donald": "B-PER", "Ivanka": "B-PER", "Melania": "B-PER", "Trump": "I-PER", "Sadio": "B-PER",
                "Moussa": "B-PER", "Camara": "I-PER"]

    func run(_ text: String) -> Document {
        ExtractionPipeline(tagger: ListTagger(tags: tags)).run(Document(text: text))
    }

    func mentions(_ d: Document, _ name: String) -> Int? { d.entities.first { $0.name == name }?.mentions.count }

    @Test func aTitledPersonWinsOverOneNamedLater() {
        let d = run("President Donald Trump spoke. Ivanka Trump listened, and Ivanka Trump smiled. Trump said no.")
        #expect(mentions(d, "Donald Trump") == 2)
        #expect(mentions(d, "Ivanka Trump") == 2)
        // and the quote and the role follow the person
        let q = run("President Donald Trump spoke. Ivanka Trump listened. \"No,\" Trump said.")
        let speaker = q.quotes.first?.speaker
        #expect(q.entities.first { $0.id == speaker }?.name == "Donald Trump")
    }

    @Test func theFirstLadyIsNoTitleOfOffice() {
        let d = run("First Lady Melania Trump visited. Donald Trump stayed home, and Donald Trump tweeted. Trump said so.")
        #expect(mentions(d, "Donald Trump") == 3)
        #expect(mentions(d, "Melania Trump") == 1)
        #expect(!(d.entities.first { $0.name == "Melania Trump" }?.roles.contains("President") ?? false))
    }

    @Test func theMostMentionedWinsWithoutTitles() {
        let d = run("Sadio Camara met Moussa Camara. Sadio Camara left. Moussa Camara stayed. Sadio Camara wrote. Camara said no.")
        #expect(mentions(d, "Sadio Camara") == 4)
        #expect(mentions(d, "Moussa Camara") == 2)
    }

    @Test func equallyProminentKeepsTheMostRecent() {
        let d = run("Sadio Camara met Moussa Camara. Camara said no.")
        #expect(mentions(d, "Sadio Camara") == 1)
        #expect(mentions(d, "Moussa Camara") == 2)
    }

    @Test func aSurnameBeforeAnyFullNameGoesToTheTitledOne() {
        let d = run("Trump spoke first. President Donald Trump met Ivanka Trump.")
        #expect(mentions(d, "Donald Trump") == 2)
        #expect(d.entities.first { $0.name == "Trump" } == nil)
    }

    @Test func aLoneNameJoinsTheNameWithAnArabicArticle() {
        let d = ExtractionPipeline(tagger: ListTagger(tags: ["Nasr": "B-PER", "al-Hariri": "I-PER", "Hariri": "B-PER"]))
            .run(Document(text: "Nasr al-Hariri spoke first. Hariri said the talks would go on."))
        #expect(d.entities.filter { $0.type == .person }.map(\.name) == ["Nasr al-Hariri"])
    }

    @Test func aRelativesFullNameDoesNotTakeThePresidentsSurname() {
        // the president is never named in full; his daughter is
        let d = run("President Trump spoke on Friday. His daughter Ivanka Trump listened. Trump said the deal was done.")
        #expect(mentions(d, "Ivanka Trump") == 1)
        #expect(mentions(d, "Trump") == 2)
        // a surname written before the relative is introduced is the other person too
        let first = run("Trump met Xi. Trump relies on his daughter Ivanka Trump. Ivanka visited the embassy.")
        #expect(mentions(first, "Ivanka Trump") == 1)
        #expect(mentions(first, "Trump") == 2)
        // a full name not introduced as a relative keeps its surname
        let plain = run("Ivanka Trump spoke. Trump said the deal was done.")
        #expect(mentions(plain, "Ivanka Trump") == 2)
    }
}
