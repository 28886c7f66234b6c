import Foundation
import NewsModel
import Testing
@testable import Extraction

/// The count rules for long subjects, singular counts, idioms and places.
@Suite struct CountRuleTests {
    let base = CountTests()

    func check(_ text: String, _ type: CountType, _ number: Int, _ object: String?,
               sourceLocation: SourceLocation = #_sourceLocation) {
        base.check(text, type, number, object, sourceLocation: sourceLocation)
    }

    /// The pipeline with the shipped tagger, which knows more places than the rule-based one.
    static let shipped = ExtractionPipeline.standard()

    /// "TYPE number object place" of each count (shipped tagger).
    func described(_ text: String) -> [String] {
        let document = Fixtures.document(text, through: CountRuleTests.shipped.stages)
        return document.counts.map { c in
            let place = c.location.flatMap { id in document.entities.first { $0.id == id }?.name } ?? "-"
            return "\(c.type.rawValue) \(c.number) \(c.object ?? "-") \(place)"
        }
    }

    @Test func longSubjectWithNamesAndParenthesis() {
        check("Three aid workers from a charity in the Central African Republic (CAR) were abducted by gunmen.",
              .kidnap, 3, "aid workers")
        check("Two French engineers working in Niger's uranium mines near the town of Arlit were kidnapped on Monday.",
              .kidnap, 2, "French engineers")
    }

    @Test func singularArticleCountsOne() {
        check("A Kenyan policeman was shot and wounded at the checkpoint.", .wound, 1, "Kenyan policeman")
        check("An elderly farmer was killed overnight.", .kill, 1, "elderly farmer")
        #expect(base.counts("A soldier killed two rebels.").map(\.number) == [2])
        #expect(base.counts("It was such a man who was arrested.").isEmpty)
        #expect(base.counts("A bridge was destroyed.").isEmpty)
    }

    @Test func idioms() {
        check("The ambushes claimed the lives of more than 40 soldiers.", .kill, 40, "soldiers")
        check("In 2010, over 60 miners lost their lives.", .kill, 60, "miners")
        check("Pirates have taken hostage nine sailors.", .kidnap, 9, "sailors")
        check("Police rounded up 30 people.", .arrest, 30, "people")
        check("Some 20,000 residents are trapped in the city.", .affect, 20_000, "residents")
        check("An estimated 5,000 families are said to be at risk.", .affect, 5000, "families")
    }

    @Test func deedNounBeforeOf() {
        check("He was accused of causing the deaths of nearly 90 protesters.", .kill, 90, "protesters")
        check("Police confirmed the arrest of 12 activists on Monday.", .arrest, 12, "activists")
        check("They reported the kidnapping of two engineers along with their driver.", .kidnap, 2, "engineers")
    }

    @Test func sufferedInjuries() {
        check("One guard suffered minor head injuries.", .wound, 1, "guard")
        #expect(base.counts("One plan that is executed by the police works.").isEmpty)
    }

    @Test func halfADozen() {
        check("Half a dozen miners were kidnapped.", .kidnap, 6, "miners")
    }

    @Test func seizedPeopleAreArrested() {
        check("A total of 14 people were seized by police.", .arrest, 14, "people")
        check("Agents seized 14 protesters.", .arrest, 14, "protesters")
        check("Agents seized 14 rifles.", .seize, 14, "rifles")
    }

    @Test func alongWithTakesTheSentenceTrigger() {
        let found = base.counts("The mayor was arrested in the capital along with four aides.")
        #expect(found.map(\.type) == [.arrest])
        #expect(found.map(\.number) == [4])
        check("The pilots fell into the hands of rebels along with three soldiers.", .kidnap, 3, "soldiers")
        #expect(base.counts("The minister arrived along with four aides.").isEmpty)
    }

    @Test func objectOfAnEllipticCount() {
        let found = base.counts("Gunmen killed 12 villagers and wounded 30.")
        #expect(found.map(\.object) == ["villagers", "villagers"])
    }

    @Test func strayHyphenGlue() {
        check("The attacks killed more than-150 soldiers.", .kill, 150, "soldiers")
    }

    @Test func placeThroughOfAndPossessive() {
        #expect(described("Eight people were killed in the western district of Ghazni.") == ["KILL 8 people Ghazni"])
        #expect(described("Reporters in western Mosul's Jadideh neighbourhood saw 30 bodies.") == ["KILL 30 bodies Jadideh"])
        #expect(described("Some 9,000 people are trapped in the Old City of Hebron.") == ["AFFECT 9000 people Hebron"])
    }

    @Test func placeOfWiderAreaGivesWay() {
        #expect(described("A raid on traders in the Habibya area of Sadr City left 18 dead.") == ["KILL 18 - Habibya"])
    }

    @Test func placeBeforeTheCount() {
        #expect(described("In Mogadishu, a car bomb killed 18 people.") == ["KILL 18 people Mogadishu"])
        #expect(described("A bomb in the south of Kabul killed four people.") == ["KILL 4 people Kabul"])
    }

    @Test func placeInsideTheSubject() {
        #expect(described("Two engineers working in the Kaduna region were kidnapped by gunmen.")
                    == ["KIDNAP 2 engineers Kaduna"])
    }

    @Test func placeOfTheSubjectCountry() {
        #expect(described("Somalia has suffered decades of war, with thousands killed.") == ["KILL 1000 - Somalia"])
        #expect(described("Somalia killed 20 rebels.") == ["KILL 20 rebels -"])
    }

    @Test func placeOfThePreviousSentence() {
        #expect(described("At least 30 people were killed in Kandahar. More than 50 people were injured.")
                    == ["KILL 30 people Kandahar", "WOUND 50 people Kandahar"])
        #expect(described("At least 30 people were killed in Kandahar. Another 50 people were injured last year.")
                    == ["KILL 30 people Kandahar", "WOUND 50 people -"])
    }
}
