import Foundation
import NewsModel
import Testing
@testable import Extraction

@Suite struct EventTests {
    static let pipeline = ExtractionPipeline.standard()

    /// The text through every stage before the events except dates and counts (filled by hand where a test needs them).
    func prepared(_ text: String) -> Document {
        var document = Document(text: text)
        for stage in Self.pipeline.stages where !(stage is DateStage || stage is CountStage || stage is EventStage) {
            stage.run(&document)
        }
        return document
    }

    /// Scalar offsets of the first occurrence of `needle`.
    func span(_ needle: String, in text: String) -> (start: Int, end: Int) {
        let scalars = Array(text.unicodeScalars)
        let n = Array(needle.unicodeScalars)
        for i in 0...(scalars.count - n.count) where Array(scalars[i..<(i + n.count)]) == n {
            return (i, i + n.count)
        }
        Issue.record("\(needle) not in text")
        return (0, 0)
    }

    func date(_ needle: String, _ value: String, in text: String) -> DateMention {
        let s = span(needle, in: text)
        return DateMention(text: needle, value: value, granularity: value.count == 10 ? .day : value.count == 7 ? .month : .year,
                           start: s.start, end: s.end)
    }

    func count(_ needle: String, _ type: CountType, _ number: Int, in text: String, location: String? = nil) -> CountMention {
        let s = span(needle, in: text)
        return CountMention(type: type, number: number, location: location, start: s.start, end: s.end)
    }

    func events(_ document: Document) -> [Event] {
        var document = document
        EventStage().run(&document)
        for e in document.events {
            #expect(e.sentence >= 0 && e.sentence < document.sentences.count)
            if let start = e.start, let end = e.end { #expect(document.string(start..<end) == e.trigger) }
        }
        return document.events
    }

    func events(_ text: String) -> [Event] { events(prepared(text)) }

    /// Entity names of ids.
    func names(_ ids: [String], _ document: Document) -> [String] {
        ids.map { id in document.entities.first { $0.id == id }?.name ?? id }
    }

    func name(_ id: String?, _ document: Document) -> String? { id.flatMap { names([$0], document).first } }

    func one(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> (Event, Document)? {
        let document = prepared(text)
        let found = events(document)
        #expect(found.count == 1, "\(found)", sourceLocation: sourceLocation)
        return found.first.map { ($0, document) }
    }

    // MARK: constructions

    @Test func activeVoice() {
        guard let (e, d) = one("Russian forces attacked Kharkiv on Sunday.") else { return }
        #expect(e.cameo == "18" && e.label == "assault" && e.trigger == "attacked")
        #expect(names(e.actors, d) == ["Russian"])
        #expect(names(e.targets, d) == ["Kharkiv"])
        #expect(e.sentence == 0)
    }

    @Test func activeConsultWithPlace() {
        guard let (e, d) = one("President Macky Sall received Antony Blinken in Dakar.") else { return }
        #expect(e.cameo == "04" && e.trigger == "received")
        #expect(names(e.actors, d) == ["Macky Sall"])
        #expect(names(e.targets, d) == ["Antony Blinken"])
        #expect(name(e.location, d) == "Dakar")
    }

    @Test func passiveWithAgent() {
        guard let (e, d) = one("Three policemen were killed by al-Shabaab in Mogadishu.") else { return }
        #expect(e.cameo == "18")
        #expect(names(e.actors, d) == ["al-Shabaab"])
        #expect(name(e.location, d) == "Mogadishu")
    }

    @Test func passiveTargetsAndPlaceAfterIn() {
        guard let (e, d) = one("Forty-two Malian soldiers were killed in Tessit, in northeastern Mali.") else { return }
        #expect(names(e.targets, d) == ["Malian"])
        #expect(e.actors.isEmpty)
        #expect(name(e.location, d) == "Tessit")
    }

    @Test func reducedRelative() {
        guard let (e, d) = one("The case of the 49 Ivorian soldiers detained in Bamako remains open.")
        else { return }
        #expect(e.cameo == "17" && e.trigger == "detained")
        #expect(names(e.targets, d) == ["Ivorian"])
        #expect(name(e.location, d) == "Bamako")
    }

    @Test func nominalBetween() {
        guard let (e, d) = one("A telephone conversation between Emmanuel Macron and Joe Biden took place on Monday.")
        else { return }
        #expect(e.cameo == "04" && e.trigger == "telephone conversation")
        #expect(names(e.actors, d) == ["Emmanuel Macron", "Joe Biden"])
    }

    @Test func nominalLightVerbSubject() {
        guard let (e, d) = one("Emmanuel Macron and Joe Biden held talks in Paris.") else { return }
        #expect(e.cameo == "04")
        #expect(names(e.actors, d) == ["Emmanuel Macron", "Joe Biden"])
        #expect(name(e.location, d) == "Paris")
    }

    @Test func nominalAttackOn() {
        guard let (e, d) = one("The deadly attack on Kabul shocked the world.") else { return }
        #expect(e.cameo == "18" && e.trigger == "attack")
        #expect(names(e.targets, d) == ["Kabul"])
    }

    @Test func aidNeedsEquipment() {
        #expect(events("Vladimir Putin delivered a speech in Moscow.").isEmpty)
        guard let (e, d) = one("Russia delivered several combat helicopters to Mali.") else { return }
        #expect(e.cameo == "07" && e.trigger == "delivered")
        #expect(names(e.actors, d) == ["Russia"])
        #expect(names(e.targets, d) == ["Mali"])
        #expect(e.location == nil)
    }

    @Test func receiveAidFromAlly() {
        guard let (e, d) = one("Bamako received new military equipment from Russia.") else { return }
        #expect(e.cameo == "07")
        #expect(names(e.actors, d) == ["Russia"])
        #expect(names(e.targets, d) == ["Bamako"])
        #expect(name(e.location, d) == "Bamako")
    }

    @Test func disapproveAndReject() {
        let found = events("The United States condemned the coup. Moscow denied the claims.")
        #expect(found.map(\.cameo) == ["11", "12"])
        #expect(found.map(\.sentence) == [0, 1])
    }

    // MARK: dates, counts, places

    @Test func fatalitiesFromCount() {
        let text = "Gunmen attacked a village in Tessit, killing 42 people."
        var document = prepared(text)
        document.counts = [count("killing 42 people", .kill, 42, in: text)]
        let found = events(document)
        #expect(found.count == 1)
        #expect(found.first?.fatalities == 42 && found.first?.cameo == "18")
        #expect(name(found.first?.location, document) == "Tessit")
    }

    @Test func injuredAndArrested() {
        let text = "Police arrested 30 protesters in Harare. A bomb blast wounded 35 people in Kabul."
        var document = prepared(text)
        document.counts = [count("arrested 30 protesters", .arrest, 30, in: text),
                           count("wounded 35 people", .wound, 35, in: text)]
        let found = events(document)
        #expect(found.map(\.cameo) == ["17", "18"])
        #expect(found.first?.count == 30 && found.last?.injured == 35)
        #expect(found.last?.fatalities == nil)
    }

    @Test func countAloneIsAnEvent() {
        let text = "At least 52 dead in Tessit."
        var document = prepared(text)
        document.counts = [count("52 dead", .kill, 52, in: text, location: document.entities.first { $0.name == "Tessit" }?.id)]
        let found = events(document)
        #expect(found.count == 1 && found.first?.cameo == "18" && found.first?.fatalities == 52)
        #expect(name(found.first?.location, document) == "Tessit")
    }

    @Test func dateOfTheClause() {
        let text = "Macron met Scholz a few days after 42 soldiers were killed on Sunday in Tessit."
        var document = prepared(text)
        document.dates = [date("Sunday", "2022-08-07", in: text)]
        let found = events(document)
        #expect(found.map(\.cameo) == ["04", "18"])
        #expect(found.first?.date == nil && found.first?.location == nil)
        #expect(found.last?.date == "2022-08-07")
        #expect(name(found.last?.location, document) == "Tessit")
    }

    @Test func theDayAfter() {
        let text = "The two presidents spoke on Wednesday, August 10, the day after Bamako received new military equipment from Russia."
        var document = prepared(text)
        document.dates = [date("Wednesday, August 10", "2022-08-10", in: text)]
        let found = events(document)
        let aid = found.first { $0.cameo == "07" }
        #expect(aid?.date == "2022-08-09")
    }

    @Test func continuationTakesThePreviousDate() {
        let text = "Gunmen attacked a village in Tessit on Sunday. Later, troops clashed with rebels in Gao."
        var document = prepared(text)
        document.dates = [date("Sunday", "2022-08-07", in: text)]
        let found = events(document)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.date == "2022-08-07" })
    }

    // MARK: what is not an event

    @Test func negationSkipped() {
        #expect(events("The rebels did not attack Gao.").isEmpty)
        #expect(events("Macron never met Putin.").isEmpty)
        let found = events("Moscow denied attacking Kharkiv.")
        #expect(found.map(\.cameo) == ["12"])
    }

    @Test func boilerplateSkipped() {
        var document = prepared("Troops clashed with rebels in Gao.\nREAD MORE: Gunmen attacked a village in Mali")
        #expect(document.sentences.count == 2)
        document.sentences[1].isBoilerplate = true
        let found = events(document)
        #expect(found.count == 1 && found.first?.cameo == "19" && found.first?.sentence == 0)
    }

    @Test func quotesSkipped() {
        let found = events("\"We will attack them all,\" the commander said.")
        #expect(found.isEmpty)
    }

    @Test func modifiersAreNotEvents() {
        #expect(events("The army bought two combat helicopters and attack drones.").isEmpty)
    }

    // MARK: merging

    @Test func duplicatesMerge() {
        let text = "Gunmen attacked a village in Tessit on Sunday. The attack killed 42 soldiers."
        var document = prepared(text)
        document.dates = [date("Sunday", "2022-08-07", in: text)]
        document.counts = [count("killed 42 soldiers", .kill, 42, in: text)]
        let found = events(document)
        #expect(found.count == 1)
        #expect(found.first?.sentence == 0 && found.first?.date == "2022-08-07" && found.first?.fatalities == 42)
        #expect(name(found.first?.location, document) == "Tessit")
    }

    @Test func differentDatesDoNotMerge() {
        let text = "Russia delivered helicopters to Mali in March. Russia delivered planes to Mali in August."
        var document = prepared(text)
        document.dates = [date("March", "2022-03", in: text), date("August", "2022-08", in: text)]
        let found = events(document)
        #expect(found.map(\.date) == ["2022-03", "2022-08"])
    }

    @Test func phoneAndMeetingStayApart() {
        let found = events("Macron and Biden had a telephone conversation. Macron also received Olaf Scholz.")
        #expect(found.map(\.cameo) == ["04", "04"])
    }

    @Test func attribution() {
        let text = "Forty soldiers were killed in Tessit. The army blamed the Islamic State in the Greater Sahara."
        let document = prepared(text)
        let found = events(document)
        #expect(found.count == 1)
        #expect(names(found.first?.actors ?? [], document) == ["Islamic State in the Greater Sahara"])
    }

    @Test func eventJSON() throws {
        let event = Event(cameo: "18", label: "assault", trigger: "killed", location: "E3", fatalities: 42, sentence: 9,
                          injured: 3, count: nil, start: 10, end: 16)
        let json = String(decoding: try JSONEncoder().encode(event), as: UTF8.self)
        #expect(json.contains("\"injured\":3") && json.contains("\"start\":10") && !json.contains("\"count\""))
        #expect(try JSONDecoder().decode(Event.self, from: Data(json.utf8)) == event)
    }

    // MARK: the seed

    struct Gold: Decodable {
        struct GoldEvent: Decodable {
            let cameo: [String]
            let what: String
            let location: String?
            let date: String?
            let fatalities: Int?
            let count: Int?
        }
        let events: [GoldEvent]
    }

    @Test(.enabled(if: Fixtures.hasSeed, "needs ../shared/data/seed and ../shared/gold (the seed and its gold)")) func seedGoldEvents() throws {
        let text = try Fixtures.seedText()
        let x = Self.pipeline.extract(Article(id: "seed", text: text))
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: Fixtures.shared
            .appendingPathComponent("gold/mali-junta-russia.gold.json")))
        func entityName(_ id: String?) -> String? { id.flatMap { id in x.entities.first { $0.id == id }?.name } }
        let datesLanded = !x.dates.isEmpty
        let countsLanded = !x.counts.isEmpty
        var used = Set<Int>()
        for g in gold.events {
            let match = x.events.indices.first { k in
                let e = x.events[k]
                guard !used.contains(k), g.cameo.contains(e.cameo) else { return false }
                if let place = g.location, entityName(e.location) != place { return false }
                if datesLanded, let date = g.date, e.date != date { return false }
                if countsLanded, let f = g.fatalities, e.fatalities != f { return false }
                if countsLanded, let c = g.count, e.count != c { return false }
                return true
            }
            #expect(match != nil, "missing: \(g.what)")
            if let match { used.insert(match) }
        }
        // no more than two events beyond the gold (a praise, an accusation)
        #expect(x.events.count <= gold.events.count + 2, "\(x.events)")
        // nothing from the trailing "Comments"; every event has its sentence
        #expect(x.events.allSatisfy { $0.sentence < x.sentences.count - 1 })
    }
}
