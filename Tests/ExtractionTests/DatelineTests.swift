import NewsModel
import Testing
@testable import Extraction

/// Datelines: the place where an article was filed and the agency that filed it, typed as such.
@Suite struct DatelineTests {
    func run(_ text: String, _ tags: [String: String] = [:]) -> Document {
        ExtractionPipeline(tagger: ListTagger(tags: tags)).run(Document(text: text))
    }

    func type(_ document: Document, _ name: String) -> EntityType? {
        document.entities.first { $0.name == name }?.type
    }

    @Test func tassCreditIsAnAgencyNotAPlace() {
        // the tagger calls TASS a place, as the shipped model does on these lines
        let d = run("MOSCOW, February 7. /TASS/. Russia will ease the visa regime, Grigory Karasin said.",
                    ["MOSCOW": "B-LOC", "TASS": "B-LOC", "Russia": "B-LOC", "Grigory": "B-PER", "Karasin": "I-PER"])
        #expect(d.datelines.count == 1)
        #expect(d.datelines.first.map { d.string(tokens: $0.place) } == "MOSCOW")
        #expect(d.datelines.first?.agency.map { d.string(tokens: $0) } == "TASS")
        #expect(type(d, "TASS") == .organisation)
        #expect(type(d, "MOSCOW") == .location)
        #expect(type(d, "Russia") == .location)
    }

    @Test func periodGluedToTheDate() {
        let d = run("MOSCOW, February 6./TASS/. The pullback failed.", ["TASS": "B-PER"])
        #expect(d.datelines.first?.agency.map { d.string(tokens: $0) } == "TASS")
        #expect(type(d, "TASS") == .organisation)
        #expect(type(d, "MOSCOW") == .location)
    }

    @Test func agencyInBracketsBeforeADash() {
        let d = run("SEOUL (Reuters) - Samsung Group chief Jay Y. Lee was arrested on Friday.", ["Reuters": "B-LOC"])
        #expect(d.datelines.first?.agency.map { d.string(tokens: $0) } == "Reuters")
        #expect(type(d, "Reuters") == .organisation)
        let dated = run("LASHKAR GAH, Afghanistan, Feb 28 (Reuters) - Taliban fighters attacked.")
        #expect(dated.datelines.first.map { dated.string(tokens: $0.place) } == "LASHKAR GAH")
        #expect(type(dated, "Reuters") == .organisation)
    }

    @Test func placeAndDashAlone() {
        let d = run("SOFIA, Bulgaria - Europe should build bridges with China.")
        #expect(d.datelines.first.map { d.string(tokens: $0.place) } == "SOFIA")
        #expect(d.datelines.first?.agency == nil)
        #expect(type(d, "SOFIA") == .location)
    }

    @Test func noDatelineInOrdinaryText() {
        #expect(run("NATO said on Monday that troops would stay. The UN (in Geneva) - agreed.").datelines.isEmpty)
        #expect(run("Moscow, February 7. Talks began.").datelines.isEmpty)
        #expect(run("The US (Reuters) - no.").datelines.isEmpty)
    }
}
