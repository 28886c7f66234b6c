import Foundation
import NewsModel
import Testing
@testable import Extraction

/// The event rules added over the gold misses: each with a short sentence of its own.
@Suite struct EventRuleTests {
    static let pipeline = ExtractionPipeline.standard()

    func prepared(_ text: String, published: String? = nil) -> Document {
        var document = Document(text: text, published: published)
        for stage in Self.pipeline.stages where !(stage is EventStage) { stage.run(&document) }
        return document
    }

    func events(_ text: String, published: String? = nil) -> (events: [Event], document: Document) {
        var document = prepared(text, published: published)
        EventStage().run(&document)
        return (document.events, document)
    }

    func names(_ ids: [String], _ document: Document) -> [String] {
        ids.map { id in document.entities.first { $0.id == id }?.name ?? id }
    }

    // MARK: new triggers

    @Test func gunnedDownIsAnAssaultOnOnePerson() {
        let (found, d) = events("Two gunmen gunned down a judge in Harare.")
        #expect(found.count == 1)
        #expect(found.first?.cameo == "18" && found.first?.fatalities == 1)
        #expect(names([found.first?.location].compactMap { $0 }, d) == ["Harare"])
    }

    @Test func heldNeedsPeople() {
        let (found, d) = events("Opposition leader Peter Mensah was held on Tuesday.")
        #expect(found.map(\.cameo) == ["17"])
        #expect(names(found.first?.targets ?? [], d) == ["Peter Mensah"])
        #expect(events("The conference was held in Accra.").events.isEmpty)
    }

    @Test func inCustody() {
        let (found, d) = events("The third suspect, Lars Berg, is still in custody.")
        #expect(found.map(\.cameo) == ["17"])
        #expect(names(found.first?.targets ?? [], d) == ["Lars Berg"])
    }

    @Test func dismissedAsARejection() {
        #expect(events("The rebels dismissed the claim as propaganda.").events.map(\.cameo) == ["12"])
        #expect(events("The bank dismissed its chief executive.").events.isEmpty)
    }

    @Test func summonedTheAmbassador() {
        let (found, d) = events("Ghana summoned the French ambassador.")
        #expect(found.map(\.cameo) == ["11"])
        #expect(names(found.first?.actors ?? [], d) == ["Ghana"])
        #expect(events("The judge summoned the witnesses.").events.isEmpty)
    }

    @Test func acceptedDefeat() {
        let (found, d) = events("After weeks of pressure, President Yahya Jammeh accepted his election defeat.")
        #expect(found.map(\.cameo) == ["08"])
        #expect(names(found.first?.actors ?? [], d) == ["Yahya Jammeh"])
        #expect(events("The defeat of the army surprised many.").events.isEmpty)
    }

    @Test func raisedConcerns() {
        let (found, d) = events("The United Nations has raised grave concerns about the arrests of journalists.")
        #expect(found.contains { $0.cameo == "11" && names($0.actors, d) == ["United Nations"] })
    }

    @Test func bannedImports() {
        let (found, _) = events("Last month, Japan banned imports of coal from Peru.")
        #expect(found.map(\.cameo) == ["16"])
        #expect(events("The city banned smoking in bars.").events.isEmpty)
    }

    @Test func airAttacksAreFighting() {
        let (found, _) = events("Houses were razed in air attacks on Mosul.")
        #expect(found.map(\.cameo) == ["19"])
    }

    // MARK: participants

    @Test func firstPersonInsideAQuote() {
        let text = "\"We call on all parties to allow aid convoys,\" said Jan Egeland."
        let (found, d) = events(text)
        let appeal = found.first { $0.cameo == "02" }
        #expect(appeal != nil)
        if let appeal, !d.quotes.isEmpty, d.quotes[0].speaker != nil {
            #expect(names(appeal.actors, d) == ["Jan Egeland"])
        }
        // words and plans of others inside a quote are still not events
        #expect(events("\"They will attack the town,\" said Jan Egeland.").events.isEmpty)
    }

    @Test func possessiveDoesNotMakeASubject() {
        // "the country's Interior Ministry" follows "with": it is not the subject of "arrested"
        let (found, d) = events("Peter Mensah, unknown to the country's Interior Ministry, was arrested.")
        #expect(found.map(\.cameo) == ["17"])
        let targets = names(found.first?.targets ?? [], d)
        #expect(!targets.contains("Interior Ministry") && targets.contains("Peter Mensah"))
    }

    @Test func asOpensAClause() {
        let (found, d) = events("Meetings stopped as Japan joined sanctions against Russia.")
        let sanction = found.first { $0.cameo == "16" }
        #expect(sanction.map { names($0.actors, d) } == ["Japan"])
        #expect(sanction.map { names($0.targets, d) } == ["Russia"])
    }

    @Test func thatAfterASpeechVerbOpensAClause() {
        let (found, d) = events("The spokesman told Reuters that the rebels had ambushed Kenyan soldiers.")
        #expect(found.count == 1)
        let actors = found.first.map { names($0.actors, d) } ?? []
        #expect(!actors.contains("Reuters"))
    }

    @Test func aDenialIsNotTheDeedItDenies() {
        let (found, _) = events("The charity denied that a ransom had been demanded.")
        #expect(found.map(\.cameo) == ["12"])
    }

    @Test func oneVictimOrMore() {
        #expect(events("Soldiers killed a militia leader.").events.first?.fatalities == 1)
        #expect(events("Soldiers killed a tribal chief and militia leader, Kamwina Nsapu.").events.first?.fatalities == 1)
        #expect(events("Soldiers killed a farmer and a teacher.").events.first?.fatalities == nil)
        #expect(events("Soldiers killed the farmers.").events.first?.fatalities == nil)
    }

    // MARK: dates and merging

    @Test func theLeadHappenedOnThePublicationDay() {
        let (found, _) = events("Troops have clashed with rebels near Gao, officials said.", published: "2020-05-04")
        #expect(found.first?.date == "2020-05-04")
        // a lead in the past tense with no date says nothing of its day
        let (past, _) = events("Troops clashed with rebels near Gao, officials said.", published: "2020-05-04")
        #expect(past.first?.date == nil)
    }

    @Test func differentDeedsInNextSentencesStayApart() {
        let (found, _) = events("Gunmen attacked a village in Gao. The military responded with air strikes on Kidal.")
        #expect(found.map(\.cameo) == ["18", "19"])
    }

    @Test func aPossessiveNounRefersBack() {
        let (found, _) = events("Gunmen attacked a convoy in Tessit. Two days later, officials discussed the town. The gunmen's attack was condemned.")
        #expect(found.filter { $0.cameo == "18" }.count == 1)
    }
}

/// Rules of the second round: phrases with an adverb inside, participle clauses, shared subjects, "the group".
@Suite struct EventRuleTestsMore {
    let base = EventRuleTests()

    @Test func calledRepeatedlyFor() {
        let (found, d) = base.events("Beijing has called repeatedly for restraint.")
        #expect(found.map(\.cameo) == ["02"])
        // a capital as the subject of a deed stands for its country (CapitalActors)
        #expect(base.names(found.first?.actors ?? [], d) == ["China"])
    }

    @Test func byDoingTakesTheSentenceSubject() {
        let (found, d) = base.events("Last month, Japan hurt Kim Jong Un's economy by banning imports of coal.")
        let ban = found.first { $0.cameo == "16" }
        #expect(ban.map { base.names($0.actors, d) } == ["Japan"])
    }

    @Test func askedSomeoneToAct() {
        let (found, d) = base.events("Antonio Guterres asked the Security Council to send more police.")
        #expect(found.map(\.cameo) == ["02"])
        #expect(base.names(found.first?.actors ?? [], d) == ["Antonio Guterres"])
        #expect(base.events("Reporters asked about the weather.").events.isEmpty)
    }

    @Test func annexationAndMissiles() {
        let (found, d) = base.events("Russia's annexation of Crimea angered Kiev.")
        #expect(found.first?.cameo == "19")
        #expect(found.first.map { base.names($0.actors, d) } == ["Russia"])
        #expect(base.events("Russia installed missiles on Etorofu.").events.map(\.cameo) == ["15"])
    }

    @Test func controlAndDrivenOut() {
        let (found, d) = base.events("The fighters were driven out of Mogadishu by African Union troops.")
        #expect(found.map(\.cameo) == ["19"])
        #expect(base.names([found.first?.location].compactMap { $0 }, d) == ["Mogadishu"])
        #expect(base.events("Mutineers seized control of Bouake.").events.map(\.cameo) == ["19"])
    }

    @Test func aVerbAfterAndSharesTheSubject() {
        let (found, d) = base.events("Lars Berg and Peter Mensah were held on Monday and are being investigated for fraud.")
        let probe = found.first { $0.cameo == "09" }
        #expect(probe.map { base.names($0.targets, d) } == ["Lars Berg", "Peter Mensah"])
    }

    @Test func firstPersonOverAnObjectName() {
        let (found, d) = base.events("\"I knew Andrew Kaweesi well and met him last week,\" said Charles Sserunjogi.")
        let meeting = found.first { $0.cameo == "04" }
        #expect(meeting != nil)
        if let meeting, d.quotes.first?.speaker != nil {
            #expect(base.names(meeting.actors, d) == ["Charles Sserunjogi"])
        }
    }

    @Test func theCharityIsTheOrganisationNamedBefore() {
        let text = "Gunmen abducted eight workers of Samaritan's Purse near Juba. The charity denied that a ransom was paid."
        let (found, d) = base.events(text)
        let denial = found.first { $0.cameo == "12" }
        #expect(denial.map { base.names($0.actors, d).count } == 1)
        #expect(denial.map { base.names($0.actors, d).first?.contains("Purse") == true } == true)
    }

    @Test func aCountInTheNextSentenceKeepsItsOwnEvent() {
        let text = "Police arrested members of the White Legion. A total of 26 people were seized in Minsk."
        var document = base.prepared(text)
        let scalars = Array(text.unicodeScalars)
        let needle = Array("26 people".unicodeScalars)
        let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle } ?? 0
        document.counts = [CountMention(type: .arrest, number: 26, location: nil, start: start, end: start + needle.count)]
        EventStage().run(&document)
        #expect(document.events.map(\.cameo) == ["17", "17"])
        #expect(document.events.last?.count == 26 && document.events.last?.sentence == 1)
    }

    @Test func theDateGoesToTheVerbBeforeIt() {
        let text = "Ghana summoned the French ambassador on Wednesday following mob attacks on students."
        var document = base.prepared(text)
        let scalars = Array(text.unicodeScalars)
        let needle = Array("Wednesday".unicodeScalars)
        let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle } ?? 0
        document.dates = [DateMention(text: "Wednesday", value: "2017-03-29", granularity: .day, start: start,
                                      end: start + needle.count)]
        EventStage().run(&document)
        #expect(document.events.first { $0.cameo == "11" }?.date == "2017-03-29")
    }

    @Test func placesOnTheOutskirtsAndAfterACapital() {
        let (found, d) = base.events("Soldiers clashed with rebels on the eastern outskirts of Damascus.")
        #expect(base.names([found.first?.location].compactMap { $0 }, d) == ["Damascus"])
        let (driven, d2) = base.events("The rebels were driven out of the capital, Mogadishu, by African Union troops.")
        #expect(base.names([driven.first?.location].compactMap { $0 }, d2) == ["Mogadishu"])
    }

    @Test func anIngFormBeforeANameIsAVerb() {
        let (found, d) = base.events("China backed resolutions sanctioning North Korea.")
        let sanction = found.first { $0.cameo == "16" }
        #expect(sanction.map { base.names($0.targets, d) } == ["North Korea"])
    }

    @Test func butSharesTheSubjectOfTheClauseBefore() {
        let (found, d) = base.events("Amnesty International confirmed the report, but denied that it had paid anyone.")
        let denial = found.first { $0.cameo == "12" }
        #expect(denial.map { base.names($0.actors, d) } == ["Amnesty International"])
    }

    @Test func abductedFromAnOrganisation() {
        let (found, d) = base.events("Gunmen abducted eight staff from Doctors Without Borders.")
        #expect(found.first.map { base.names($0.targets, d) } == ["Doctors Without Borders"])
    }

    @Test func anEventNamesSomebodySomewhereOrANumber() {
        // nobody, nowhere, no number: no event
        #expect(base.events("Fighting continued and talks stalled.").events.isEmpty)
        // a doer in a common noun is enough
        #expect(base.events("Police arrested the former spy chief.").events.map(\.cameo) == ["17"])
    }
}
