import EntityTagger
import NewsModel
import Testing
@testable import Extraction

/// Aliases: family names written first, organisation suffixes, plurals of peoples, well-known other names, and
/// acronyms in brackets after a one-word name.
@Suite struct AliasRecallTests {
    func run(_ text: String, _ tags: [String: String]) -> Document {
        ExtractionPipeline(tagger: ListTagger(tags: tags)).run(Document(text: text))
    }

    func entity(_ document: Document, _ name: String) -> Entity? { document.entities.first { $0.name == name } }

    @Test func familyNameWrittenFirstJoinsTheFullName() {
        let d = run("Park Min-ho arrived on Monday. Park said little.", ["Park": "B-PER", "Min-ho": "I-PER"])
        #expect(entity(d, "Park Min-ho")?.aliases == ["Park"])
    }

    @Test func aGivenNameAloneDoesNotJoin() {
        let d = run("Tom Berg arrived on Monday. Tom said little.", ["Tom": "B-PER", "Berg": "I-PER"])
        #expect(entity(d, "Tom Berg")?.aliases == [])
    }

    @Test func organisationWithAndWithoutGroup() {
        let d = run("Nordex Group grew. Nordex hired staff.", ["Nordex": "B-ORG", "Group": "I-ORG"])
        #expect(entity(d, "Nordex Group")?.aliases == ["Nordex"])
    }

    @Test func pluralOfAPeopleJoinsTheSingular() {
        let d = run("A Kenyan was hurt. Kenyans protested.", ["Kenyan": "B-MISC", "Kenyans": "B-MISC"])
        #expect(d.entities.count == 1)
    }

    @Test func knownOtherNameOfACountry() {
        let d = run("North Korea fired. The DPRK denied it.", ["North": "B-LOC", "Korea": "I-LOC", "DPRK": "B-ORG"])
        #expect(entity(d, "North Korea")?.aliases == ["DPRK"])
    }

    @Test func bracketAcronymAfterAOneWordPlaceNeedsItsLetter() {
        let d = run("Troops of the mission in Chad (UNMOC) left.", ["Chad": "B-LOC"])
        #expect(entity(d, "Chad")?.aliases == [])
    }
}
