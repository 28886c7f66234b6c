import NewsModel
import Testing
@testable import Extraction

/// One incident once (issue 8 points 3-4, session 5), on constructed sentences through the shipped pipeline.
@Suite struct IncidentOnceTests {
    let pipeline = ExtractionPipeline.standard()

    func incidents(_ text: String) -> [Event] {
        pipeline.extract(Article(id: "t", title: nil, text: text, published: "2017-02-10")).events
            .filter { $0.root?.isIncident == true }
    }

    @Test("a deed verb in a \"that\" relative clause is its noun's event and gives it its toll")
    func relativeClauseDeed() {
        let events = incidents("Critics noted the 2015 bombing of a market in Kirkuk that killed 40 people, and "
            + "last week's deadly assault on a mosque in Basra.")
        let bombing = events.first { $0.trigger == "bombing" }
        #expect(bombing?.fatalities == 40)
        #expect(bombing?.date == "2015")
        #expect(!events.contains { $0.trigger != "bombing" && $0.fatalities == 40 })
    }

    @Test("\"killed during the decades-long fight\" is a period's toll, not an incident")
    func fightIsAWar() {
        let events = incidents("The group laid down its weapons. Thousands of people have been killed during the "
            + "decades-long fight for an independent homeland.")
        #expect(events.isEmpty)
    }

    @Test("a town and its region told in two sentences are one shooting, placed in the town")
    func nestedPlaces() {
        let events = incidents("Two deputies fatally shot a woman on Thursday in a quiet Texas neighborhood. "
            + "Mary Smith died after being shot by sheriff's deputies on Thursday in a subdivision in Lubbock, officials said.")
        #expect(events.count == 1)
        #expect(events.first?.allSentences.count == 2)
    }
}
