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

/// The second round of what is not an incident, from a reading of articles in no gold set.
@Suite struct NonIncidentSecondTests {
    static let pipeline = ExtractionPipeline.standard()

    func incidents(_ text: String, title: String? = nil) -> [Event] {
        Self.pipeline.extract(Article(title: title, text: text, published: "2017-02-15")).events.filter { $0.root?.isIncident == true }
    }

    @Test func aHabitIsNoIncident() {
        #expect(incidents("Some tourists try to cross the buffer zone, so the Cypriot authorities often arrest them.").isEmpty)
        #expect(!incidents("The Cypriot authorities arrested two tourists near Nicosia on Monday.").isEmpty)
    }

    @Test func aDeedAfterAFutureIsAPlan() {
        #expect(incidents("Ankara will complete its operation in Syria only after capturing Manbij.").isEmpty)
    }

    @Test func behindBarsIsASentenceServed() {
        #expect(incidents("Jerry Sandusky is serving 30 to 60 years behind bars in Pennsylvania.").isEmpty)
        #expect(!incidents("Police put Jerry Sandusky behind bars in Pennsylvania on Monday.").isEmpty)
    }

    @Test func aChargeNamesTheDeedToldElsewhere() {
        let found = incidents("A man was stabbed to death in Stourbridge on Monday. "
            + "A man in his 20s has been arrested on suspicion of murder in Stourbridge.")
        #expect(found.map(\.cameo).sorted() == ["17", "18"])
    }

    @Test func aStatisticOfManyIsNoIncident() {
        #expect(incidents("More than 900 attacks on refugee centres were recorded in Germany in 2016.").isEmpty)
        #expect(incidents("The year ended with a record number of shootings in Chicago.").isEmpty)
    }

    @Test func aComebackIsNoFight() {
        #expect(incidents("The Patriots trailed in Houston but fought back to claim a fifth title.").isEmpty)
    }

    @Test func aWoundIsNoStabbing() {
        #expect(incidents("Peter Wilkinson remains in hospital in Birmingham with stab wounds to his chest.").isEmpty)
    }

    @Test func aFightAgainstAPolicyIsVerbal() {
        #expect(incidents("Voices of Reason aims to mobilise Democrats in Illinois to fight Trump's agenda.").isEmpty)
    }

    @Test func aDeathWithNoDeedIsNoIncident() {
        #expect(incidents("Amnesty said five refugees, including one child, have died on Lesbos owing to the conditions.").isEmpty)
    }

    @Test func anAccidentStorysInjuredAreItsToll() {
        let title = "Young man dies in Limerick road collision"
        #expect(incidents("An 18-year-old passenger was seriously injured near Limerick.", title: title).isEmpty)
        #expect(!incidents("An 18-year-old passenger was seriously injured near Limerick.", title: "Gang attack in Limerick").isEmpty)
    }
}

/// One incident once, but no more: what joins a told incident and what is another.
@Suite struct IncidentJoinTests {
    static let pipeline = ExtractionPipeline.standard()

    func incidents(_ text: String) -> [Event] {
        Self.pipeline.extract(Article(text: text, published: "2017-02-15")).events.filter { $0.root?.isIncident == true }
    }

    @Test func aLaterTollOfItsOwnIsAnotherIncident() {
        let found = incidents("Two UN experts were abducted near Kananga in March. "
            + "The experts had been looking into violence in the region. "
            + "There were reports on Friday of more than 100 people killed in Kasai.")
        #expect(found.count == 2)
    }

    @Test func peopleTakenAgainAreHeld() {
        let found = incidents("Some 40 residents escaped from the shelter in Guatemala City but were recaptured.")
        #expect(found.map(\.cameo) == ["17"])
    }

    @Test func aPronounSubjectBeforeBeingArrested() {
        let x = Self.pipeline.extract(Article(text: "Jurors at Lewes Crown Court heard that Michael Lane lied. "
            + "Jurors heard he went to work before being arrested.", published: "2017-02-15"))
        let arrest = x.events.first { $0.cameo == "17" }
        #expect(arrest.map { $0.targets.compactMap { id in x.entities.first { $0.id == id }?.name } } == ["Michael Lane"])
    }
}

/// The third round, from the same reading.
@Suite struct NonIncidentThirdTests {
    static let pipeline = ExtractionPipeline.standard()

    func incidents(_ text: String) -> [Event] {
        Self.pipeline.extract(Article(text: text, published: "2017-02-15")).events.filter { $0.root?.isIncident == true }
    }

    @Test func shootingAVideoIsFilming() {
        #expect(incidents("Justin Lopez told the Daily News that he shot the video in the Bronx.").isEmpty)
        #expect(!incidents("Justin Lopez told the Daily News that a man shot his brother in the Bronx.").isEmpty)
    }

    @Test func aBillIsKilledByNobody() {
        #expect(incidents("The proposal to repeal Obamacare was killed in the House because it failed to garner support.").isEmpty)
    }
}

/// Counts behind the tolls: whose number it is, and which deaths make an incident.
@Suite struct IncidentTollTests {
    static let pipeline = ExtractionPipeline.standard()

    @Test func thePerfectActiveCountsTheKillersNotTheKilled() {
        let x = Self.pipeline.extract(Article(text: "More than 1,000 gunmen from South Sudan have killed 28 people in Ethiopia.",
                                              published: "2017-02-15"))
        #expect(x.counts.filter { $0.type == .kill }.map(\.number) == [28])
        #expect(x.events.first(where: { $0.root?.isIncident == true })?.fatalities == 28)
    }

    @Test func deathsWithNoDeedAreACount() {
        let x = Self.pipeline.extract(Article(text: "Four more refugees drowned on Friday, bringing the death toll to 525 people.",
                                              published: "2017-02-15"))
        let found = x.events.filter { $0.root?.isIncident == true }
        #expect(found.isEmpty)
        let tessit = Self.pipeline.extract(Article(text: "52 dead in Tessit on Sunday.", published: "2017-02-15"))
        #expect(tessit.events.first?.fatalities == 52)
    }
}
