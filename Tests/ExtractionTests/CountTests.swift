import Foundation
import NewsModel
import Testing
@testable import Extraction

@Suite struct CountTests {
    /// Counts of a text through the whole default pipeline (rule-based tagger).
    func counts(_ text: String) -> [CountMention] {
        Fixtures.document(text).counts
    }

    func one(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> CountMention? {
        let found = counts(text)
        #expect(found.count == 1, "\(found)", sourceLocation: sourceLocation)
        return found.first
    }

    func check(_ text: String, _ type: CountType, _ number: Int, _ object: String?,
               sourceLocation: SourceLocation = #_sourceLocation) {
        guard let c = one(text, sourceLocation: sourceLocation) else { return }
        #expect(c.type == type, sourceLocation: sourceLocation)
        #expect(c.number == number, sourceLocation: sourceLocation)
        #expect(c.object == object, sourceLocation: sourceLocation)
        let n = text.unicodeScalars.count
        #expect(c.start >= 0 && c.start < c.end && c.end <= n, sourceLocation: sourceLocation)
    }

    @Test func killPhrases() {
        check("42 Malian soldiers were killed on Sunday.", .kill, 42, "Malian soldiers")
        check("Gunmen attacked the village, killing at least 75 people.", .kill, 75, "people")
        check("More than 1,800 US troops have been killed since the war began.", .kill, 1800, "US troops")
        check("The death toll rose to 52 on Monday.", .kill, 52, nil)
        check("The blast left 52 dead.", .kill, 52, nil)
        check("Jihadists killed 17 soldiers.", .kill, 17, "soldiers")
        check("Officials reported 52 deaths.", .kill, 52, "deaths")
        check("Three villagers were shot dead overnight.", .kill, 3, "villagers")
    }

    @Test func otherTypes() {
        check("35 people were wounded.", .wound, 35, "people")
        check("35 people were injured.", .wound, 35, "people")
        check("35 people were hurt.", .wound, 35, "people")
        check("The 49 Ivorian soldiers detained.", .arrest, 49, "Ivorian soldiers")
        check("Police said 49 Ivorian soldiers were arrested.", .arrest, 49, "Ivorian soldiers")
        check("49 Ivorian soldiers held at the airport face charges.", .arrest, 49, "Ivorian soldiers")
        check("Four Congolese nationals working for a Chinese company were also abducted.", .kidnap, 4, "Congolese nationals")
        check("Twelve tourists were kidnapped.", .kidnap, 12, "tourists")
        check("Six aid workers were taken hostage.", .kidnap, 6, "aid workers")
        check("The floods displaced 200,000 people.", .affect, 200_000, "people")
        check("The storm left 3,000 people homeless.", .affect, 3000, "people")
        check("Some 5,000 families were affected.", .affect, 5000, "families")
        check("Customs officers seized 3 tonnes of cocaine.", .seize, 3, "tonnes of cocaine")
        check("The army captured 12 vehicles.", .seize, 12, "vehicles")
        check("Thousands protested outside parliament.", .protest, 1000, nil)
        check("Police faced 10,000 demonstrators.", .protest, 10_000, "demonstrators")
        check("Thousands took to the streets.", .protest, 1000, nil)
    }

    @Test func twoCountsInOneSentence() {
        let found = counts("The attack killed 17 soldiers and wounded 30 others.")
        #expect(found.map(\.type) == [.kill, .wound])
        #expect(found.map(\.number) == [17, 30])
        let joint = counts("17 soldiers and 3 civilians were killed.")
        #expect(joint.map(\.number) == [17, 3])
        #expect(joint.allSatisfy { $0.type == .kill })
        let killers = counts("Two gunmen killed 5 civilians.")
        #expect(killers.map(\.number) == [5])
    }

    @Test func numberWords() {
        func value(_ s: String) -> Int? {
            let tokens = Tokenizer().tokenize(s)
            let words = tokens.map { $0.text.lowercased() }
            return NumberWords.parse(words, tokens.map(\.kind), at: 0, limit: words.count)?.value
        }
        #expect(value("four") == 4)
        #expect(value("Twenty-two") == 22)
        #expect(value("twenty two") == 22)
        #expect(value("a dozen") == 12)
        #expect(value("dozens") == 12)
        #expect(value("scores") == 20)
        #expect(value("hundreds") == 100)
        #expect(value("thousands") == 1000)
        #expect(value("tens of thousands") == 10_000)
        #expect(value("hundreds of thousands") == 100_000)
        #expect(value("two hundred and fifty") == 250)
        #expect(value("a hundred") == 100)
        #expect(value("one thousand five hundred") == 1500)
        #expect(value("1,800") == 1800)
        #expect(value("3.5 million") == 3_500_000)
        #expect(value("2 million") == 2_000_000)
        #expect(value("several") == nil)
        #expect(value("first") == nil)
        #expect(value("an estimated") == nil)
        check("Dozens of people were killed.", .kill, 12, "people")
        check("Hundreds of protesters were arrested.", .arrest, 100, "protesters")
        check("Twenty-two soldiers died.", .kill, 22, "soldiers")
        check("Nearly 3.5 million people were displaced.", .affect, 3_500_000, "people")
        check("About a dozen miners were kidnapped.", .kidnap, 12, "miners")
        check("Between 10 and 15 people were killed.", .kill, 10, "people")
    }

    @Test func noCountFromYearsDatesMoneyPercentAges() {
        #expect(counts("Soldiers were killed in 2019.").isEmpty)
        #expect(counts("Since 2019 the army has killed many.").isEmpty)
        #expect(counts("On August 10 soldiers were killed.").isEmpty)
        #expect(counts("On 10 August soldiers were killed.").isEmpty)
        #expect(counts("The raid seized $5 million.").isEmpty)
        #expect(counts("They seized 5 million dollars in cash.").isEmpty)
        #expect(counts("Prices affected 40 percent of households.").isEmpty)
        #expect(counts("Prices affected 40% of households.").isEmpty)
        #expect(counts("A man aged 42 was killed.").isEmpty)
        #expect(counts("A 42-year-old man was killed.").map(\.number) == [1])  // one man, not 42
        #expect(counts("He was killed 3 days later.").isEmpty)
        #expect(counts("The first soldier was killed on the 2nd day.").isEmpty)
        #expect(counts("Five planes and a combat helicopter were handed over.").isEmpty)
    }

    @Test func locationIsTheEntityOfThePlace() {
        let document = Fixtures.document("42 Malian soldiers were killed on Sunday in Tessit, near the borders of Niger.")
        #expect(document.counts.count == 1)
        if let c = document.counts.first, let id = c.location {
            #expect(document.entities.first { $0.id == id }?.name == "Tessit")
        } else {
            Issue.record("no location: \(document.counts)")
        }
    }

    @Test(.enabled(if: Fixtures.hasSeed, "needs ../shared/data/seed and ../shared/gold (the seed and its gold)")) func boilerplateYieldsNoCounts() {
        let document = Fixtures.document("Soldiers met.\nREAD MORE: 42 soldiers were killed in Tessit")
        for c in document.counts {
            #expect(!document.sentences.contains { $0.isBoilerplate && $0.span.start <= c.start && c.end <= $0.span.end })
        }
    }

    func seedCounts(_ pipeline: ExtractionPipeline) throws -> (Extraction, String) {
        let text = try Fixtures.seedText()
        let article = Article(id: "seed", text: text, published: "2022-08-10")
        return (pipeline.extract(article), text)
    }

    func checkSeed(_ x: Extraction, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        func name(_ id: String?) -> String? { x.entities.first { $0.id == id }?.name }
        let got = x.counts.map { "\($0.type.rawValue) \($0.number) \($0.object ?? "-") \(name($0.location) ?? "-")" }
        #expect(got == ["KILL 42 Malian soldiers Tessit", "ARREST 49 Ivorian soldiers Bamako"], sourceLocation: sourceLocation)
        let n = text.unicodeScalars.count
        let scalars = Array(text.unicodeScalars)
        for c in x.counts {
            #expect(c.start >= 0 && c.start < c.end && c.end <= n, sourceLocation: sourceLocation)
            if c.start >= 0 && c.start < c.end && c.end <= n {
                let phrase = makeString(scalars, c.start, c.end)
                #expect(phrase.contains(String(c.number)), sourceLocation: sourceLocation)
                if let object = c.object { #expect(phrase.contains(object), sourceLocation: sourceLocation) }
            }
        }
    }

    @Test(.enabled(if: Fixtures.hasSeed, "needs ../shared/data/seed and ../shared/gold (the seed and its gold)")) func seedGoldWithRuleBasedTagger() throws {
        let (x, text) = try seedCounts(ExtractionPipeline())
        checkSeed(x, text)
    }

    @Test(.enabled(if: Fixtures.hasSeed, "needs ../shared/data/seed and ../shared/gold (the seed and its gold)")) func seedGoldWithShippedTagger() throws {
        let (x, text) = try seedCounts(ExtractionPipeline.standard())
        checkSeed(x, text)
    }

    @Test func oddTextIsSafe() {
        for text in ["", "42", "killed", "killing 42", "the death toll", "Thousands", "a", "$", "1,800 -",
                     "\u{202E}42 ناس were killed 🇲🇱", String(repeating: "42 killed ", count: 200)] {
            let found = counts(text)
            let n = text.unicodeScalars.count
            for c in found { #expect(c.start >= 0 && c.start < c.end && c.end <= n) }
        }
    }
}

extension CountTests {
    @Test func appositionAgeAndAdverbs() {
        #expect(counts("John Smith, 62, was killed.").isEmpty)
        check("At least 26 journalists currently imprisoned.", .arrest, 26, "journalists")
    }
}
