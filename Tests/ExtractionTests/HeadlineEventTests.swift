import Foundation
import NewsModel
import Testing
@testable import Extraction

@Suite struct HeadlineEventTests {
    static let pipeline = ExtractionPipeline.standard()

    func run(_ text: String, title: String?, published: String? = "2023-05-08") -> Document {
        let document = Self.pipeline.run(Document(text: text, title: title, published: published))
        let ids = Set(document.entities.map(\.id))
        for e in document.events {
            #expect(e.sentence >= 0 && e.sentence < document.sentences.count)
            if let start = e.start, let end = e.end { #expect(document.string(start..<end) == e.trigger) }
            // every id is a body entity: none invented for the headline
            for id in e.actors + e.targets + [e.location].compactMap({ $0 }) { #expect(ids.contains(id)) }
        }
        return document
    }

    func name(_ id: String?, _ document: Document) -> String? {
        id.flatMap { id in document.entities.first { $0.id == id }?.name }
    }

    func names(_ ids: [String], _ document: Document) -> [String] { ids.compactMap { name($0, document) } }

    static let headline = "Gunmen kill 12 soldiers in northern Mali"

    @Test func headlineGivesThePlaceTheSentenceLacks() {
        let body = "Gunmen killed 12 soldiers on Sunday in an ambush on an army convoy, the army said. "
            + "Mali has faced a jihadist insurgency since 2012."
        let before = run(body, title: nil)
        #expect(before.events.count == 1)
        #expect(before.events.first?.location == nil)
        let after = run(body, title: Self.headline)
        #expect(after.events.count == 1)
        guard let e = after.events.first else { return }
        #expect(e.root?.isViolence == true)
        #expect(name(e.location, after) == "Mali")
        #expect(e.fatalities == 12)
        #expect(e.sentence == 0)
        #expect(e.trigger == before.events.first?.trigger)
    }

    @Test func headlineGivesTheNumberTheSentenceLacks() {
        let body = "Gunmen attacked an army post in northern Mali on Sunday, the army said. "
            + "Officials did not give a toll."
        let before = run(body, title: nil)
        #expect(before.events.count == 1)
        #expect(before.events.first?.fatalities == nil)
        let after = run(body, title: Self.headline)
        #expect(after.events.count == 1)
        guard let e = after.events.first else { return }
        #expect(e.root?.isViolence == true)
        #expect(name(e.location, after) == "Mali")
        #expect(e.fatalities == 12)
        #expect(e.date == "2023-05-07")
        #expect(e.sentence == 0)
    }

    @Test func headlineDateOnlyWhenTheTitleWritesOne() {
        let body = "Gunmen killed 12 soldiers in an ambush on an army convoy, the army said."
        let before = run(body, title: nil)
        #expect(before.events.first?.date == nil)
        let dated = run(body, title: "Gunmen kill 12 soldiers in Mali on Sunday")
        #expect(dated.events.count == 1)
        #expect(dated.events.first?.date == "2023-05-07")
        let undated = run(body, title: "12 soldiers have been killed in Mali")
        #expect(undated.events.first?.date == nil)
        #expect(undated.events.first?.fatalities == 12)
    }

    @Test func headlineAboutAnotherEventChangesNothing() {
        let body = "Gunmen killed 12 soldiers on Sunday in an ambush on an army convoy, the army said. "
            + "Mali has faced a jihadist insurgency since 2012."
        let before = run(body, title: nil)
        for title in ["Suicide bomber kills five in Kabul", "France and Germany hold talks on energy prices",
                      "Mali's junta expels French ambassador"] {
            let after = run(body, title: title)
            // the title is evidence of the article's country (the geocode stage), not of its events
            #expect(after.events.map(\.withoutGeography) == before.events.map(\.withoutGeography), "\(title)")
        }
    }

    @Test func articleWithoutTitleIsAsBefore() {
        let body = "Gunmen attacked an army post in northern Mali on Sunday, killing 12 soldiers, the army said."
        var document = Document(text: body, published: "2023-05-08")
        for stage in Self.pipeline.stages where !(stage is HeadlineEventStage) { stage.run(&document) }
        #expect(run(body, title: nil).events == document.events)
        #expect(run(body, title: "").events == document.events)
        #expect(run(body, title: "   ").events == document.events)
        // and through the article entry point
        let article = Article(id: "a", title: nil, text: body, published: "2023-05-08")
        #expect(Self.pipeline.extract(article).events == document.events)
    }

    @Test func headlineEntityTheBodyDoesNotNameIsLeftOut() {
        let body = "Gunmen killed 12 soldiers on Sunday in an ambush on an army convoy, the army said."
        let after = run(body, title: Self.headline)
        #expect(after.events.count == 1)
        #expect(after.events.first?.location == nil)
        #expect(after.events.first?.fatalities == 12)
    }

    @Test func headlineActorsJoinTheBodyEventByName() {
        let body = "Russian Foreign Minister Sergei Lavrov met his Malian counterpart in Moscow on Tuesday. "
            + "Abdoulaye Diop, Mali's foreign minister, later told reporters he was satisfied."
        let before = run(body, title: nil)
        let meetingBefore = before.events.first { $0.cameo == "04" }
        #expect(meetingBefore.map { !names($0.actors + $0.targets, before).contains("Abdoulaye Diop") } == true)
        let after = run(body, title: "Lavrov meets Diop in Moscow")
        #expect(after.events.count == before.events.count)
        let meeting = after.events.first { $0.cameo == "04" }
        #expect(meeting != nil)
        if let meeting {
            let who = Set(names(meeting.actors + meeting.targets, after))
            #expect(who.contains("Sergei Lavrov"))
            #expect(who.contains("Abdoulaye Diop"))
        }
    }

    @Test func strongerHeadlineCodeReplacesGenericOne() {
        let body = "Gunmen killed 30 villagers in Ogossagou in central Mali on Saturday, local officials said."
        let before = run(body, title: nil)
        #expect(before.events.count == 1)
        #expect(before.events.first?.cameo == "18")
        let after = run(body, title: "Massacre of 30 villagers in central Mali")
        #expect(after.events.count == 1)
        #expect(after.events.first?.cameo == "20")
        #expect(after.events.first?.trigger == before.events.first?.trigger)
    }

    @Test func headlinePassiveWithoutAuxiliary() {
        var headline = Document(text: "57 al-Shabab fighters killed in Juba raid", published: "2017-03-01")
        for stage in Self.pipeline.stages { stage.run(&headline) }
        let events = headline.events.map { HeadlineMerger.headlinese($0, in: headline) }
        // the killing is found, and the fighters (who were killed) are not made its actors
        #expect(events.contains { $0.trigger == "killed" }, "\(headline.events)")
        #expect(!events.isEmpty && events.allSatisfy { $0.actors.isEmpty }, "\(events)")
        var active = Document(text: "Al-Shabab fighters killed by AMISOM troops in Juba", published: "2017-03-01")
        for stage in Self.pipeline.stages { stage.run(&active) }
        // with the agent named, the headline reading leaves the event as the body stages found it
        #expect(!active.events.isEmpty)
        for e in active.events { #expect(HeadlineMerger.headlinese(e, in: active) == e) }
    }

    @Test func titleCaseHeadlinesAreSentenceCased() {
        #expect(HeadlineEventStage.sentenceCased("Gunmen Kill 12 Soldiers In Northern Mali")
            == "Gunmen kill 12 soldiers in northern Mali")
        #expect(HeadlineEventStage.sentenceCased("U.S. Agents Seize 40,000 Counterfeit Condoms In Puerto Rico")
            == "U.S. Agents seize 40,000 Counterfeit Condoms in Puerto Rico")
        #expect(HeadlineEventStage.sentenceCased(Self.headline) == Self.headline)
        #expect(HeadlineEventStage.sentenceCased("") == "")
        let merged = run("Gunmen attacked an army post in northern Mali on Sunday, the army said.",
                         title: "Gunmen Kill 12 Soldiers In Northern Mali")
        #expect(merged.events.first?.fatalities == 12)
    }

    @Test func deterministic() {
        let body = "Gunmen attacked an army post in northern Mali on Sunday, the army said. "
            + "Mali's army later said it had killed 20 of the attackers in air strikes near Gao."
        let first = run(body, title: Self.headline)
        for _ in 0..<3 { #expect(run(body, title: Self.headline).events == first.events) }
    }
}
