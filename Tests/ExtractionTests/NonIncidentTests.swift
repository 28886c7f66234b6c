import NewsModel
import Testing
@testable import Extraction

/// What is not an incident, and whose incident it is: each rule of the event stage's second pass with a sentence of
/// its own (constructed, not from the gold articles).
@Suite struct NonIncidentTests {
    static let pipeline = ExtractionPipeline.standard()

    func extract(_ text: String) -> Extraction {
        Self.pipeline.extract(Article(text: text, published: "2017-02-15"))
    }

    func incidents(_ text: String) -> [Event] {
        extract(text).events.filter { $0.root?.isIncident == true }
    }

    func name(_ id: String?, _ x: Extraction) -> String? {
        id.flatMap { id in x.entities.first { $0.id == id }?.name }
    }

    @Test func aVerbAfterADeterminerIsANoun() {
        #expect(incidents("Olga Ivanova won gold in the shot put at the Rome Games in 2012.").isEmpty)
        #expect(incidents("The singer Lara Voss posed for an Instagram shot outside the Ritz in Paris.").isEmpty)
        // the doer before the verb is no determiner phrase
        #expect(!incidents("The gunman shot two guards outside the bank in Lyon on Monday.").isEmpty)
        #expect(!incidents("The Taliban shot two soldiers in Kandahar on Monday.").isEmpty)
    }

    @Test func aTollAsAModifierRecallsTheIncident() {
        let x = extract("A bomb exploded at a market in Kandahar on Monday, wounding three soldiers. "
            + "The three injured soldiers were flown to hospitals in Kabul.")
        let found = x.events.filter { $0.root?.isIncident == true }
        #expect(found.count == 1)
        #expect(found.first?.injured == 3)
    }

    @Test func aFightAgainstAnIllIsNoViolence() {
        #expect(incidents("The ministers discussed governance, fighting \"terrorism\" and trade in Geneva.").isEmpty)
        #expect(incidents("Kenya and Uganda pledged to step up the fight against corruption in Nairobi.").isEmpty)
        #expect(incidents("Apple is fighting for market share in India.").isEmpty)
        #expect(!incidents("Rebels were fighting government troops near Idlib on Sunday.").isEmpty)
    }

    @Test func aMatterOfTimeIsNotYetADeed() {
        #expect(incidents("Erdogan said the capture of Al Bab was just a matter of time.").isEmpty)
    }

    @Test func anIdiomIsNoAccident() {
        let found = incidents("An attempt on the life of Hamid Mir put Geo News on a collision course with the ISI.")
        #expect(found.map(\.cameo) == ["18"])
    }

    @Test func securityForcesKillingAnAttackerFight() {
        #expect(incidents("The gunman was later shot dead by police in Sousse.").first?.cameo == "19")
        #expect(incidents("Police shot dead the gunman outside the museum in Tunis.").first?.cameo == "19")
        // an attacker killing security forces stays an assault
        #expect(incidents("Gunmen shot dead two policemen in Quetta on Friday.").first?.cameo == "18")
    }

    @Test func beingArrestedAfterTheMainClauseArrestsItsSubject() {
        let x = extract("Michael Lane went to work before being arrested in Brighton.")
        let arrest = x.events.first { $0.cameo == "17" }
        #expect(arrest != nil)
        #expect(arrest.map { $0.targets.compactMap { name($0, x) } } == ["Michael Lane"])
    }

    @Test func newTriggers() {
        #expect(incidents("Turkey launched an incursion into northern Syria in August.").first?.cameo == "19")
        #expect(incidents("Security forces launched a crackdown on protesters in Minsk on Saturday.").first?.cameo == "17")
    }

    @Test func aPlaceThatIsTheVictimIsWhereItHappened() {
        let x = extract("ISIL captured Raqqa in northern Syria in March 2013.")
        let capture = x.events.first { $0.root?.isIncident == true }
        #expect(name(capture?.location, x) == "Raqqa")
    }

    @Test func anUnplacedIncidentTakesTheStorysSetting() {
        let x = extract("Police are investigating a death in Portslade. Officers said on Monday a woman had been murdered by her former partner.")
        let murder = x.events.first { $0.root?.isIncident == true }
        #expect(name(murder?.location, x) == "Portslade")
    }

    @Test func beingShotAfterwardsIsTheSameIncident() {
        let found = incidents("A gunman opened fire on tourists at a hotel in Sousse on Friday. "
            + "A nurse gave first aid to a woman who was still alive after being shot.")
        #expect(found.count == 1)
    }
}
