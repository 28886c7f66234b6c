import EntityTagger
import NewsModel
import Testing
@testable import Extraction

/// Roles read in more places: after "as", "who is", "who heads", two titles joined by "and", a long title with a
/// tail before the name, a lower-case title after a comma, descriptive appositions.
@Suite struct RoleRecallTests {
    func run(_ text: String, _ tags: [String: String]) -> Document {
        ExtractionPipeline(tagger: ListTagger(tags: tags)).run(Document(text: text))
    }

    func roles(_ document: Document, _ name: String) -> [String] {
        document.entities.first { $0.name == name }?.roles ?? []
    }

    @Test func roleAfterServedAs() {
        let d = run("Tomas Verd served as the party's treasurer until 2019.", ["Tomas": "B-PER", "Verd": "I-PER"])
        #expect(roles(d, "Tomas Verd") == ["party's treasurer"])
    }

    @Test func roleAfterAsHis() {
        let d = run("Ola Brun ran the office, with Kai Mott as his deputy.",
                    ["Ola": "B-PER", "Brun": "I-PER", "Kai": "B-PER", "Mott": "I-PER"])
        #expect(roles(d, "Kai Mott") == ["deputy"])
        #expect(roles(d, "Ola Brun").isEmpty)
    }

    @Test func roleAfterWhoIs() {
        let d = run("Rana Odel, who is the mayor of Tarvo, spoke.", ["Rana": "B-PER", "Odel": "I-PER", "Tarvo": "B-LOC"])
        #expect(roles(d, "Rana Odel") == ["mayor of Tarvo"])
    }

    @Test func roleAfterWhoHeads() {
        let d = run("Pim Sato, who heads the Harbour Board, declined.",
                    ["Pim": "B-PER", "Sato": "I-PER", "Harbour": "B-ORG", "Board": "I-ORG"])
        #expect(roles(d, "Pim Sato") == ["head of the Harbour Board"])
    }

    @Test func twoTitlesJoinedByAndBeforeTheName() {
        let d = run("The poet and presidential candidate Ivo Lenk was held.", ["Ivo": "B-PER", "Lenk": "I-PER"])
        #expect(roles(d, "Ivo Lenk") == ["poet", "presidential candidate"])
    }

    @Test func twoTitlesJoinedByAndBeforeACommaName() {
        let d = run("Troops killed a village chief and militia leader, Tano Ruu, last year.", ["Tano": "B-PER", "Ruu": "I-PER"])
        #expect(roles(d, "Tano Ruu") == ["village chief", "militia leader"])
    }

    @Test func longTitleWithATailBeforeTheName() {
        let d = run("The talks were opened by director of the Vela news agency Ari Plum on Friday.",
                    ["Vela": "B-ORG", "Ari": "B-PER", "Plum": "I-PER"])
        #expect(roles(d, "Ari Plum") == ["director of the Vela news agency"])
    }

    @Test func aCapitalisedWordBeforeTheNameIsNoTail() {
        // "Sheikh" is no part of the role: the parse reads "head of operations" as the title of the name
        let d = run("The head of operations Sheikh Ari Plum was held.", ["Ari": "B-PER", "Plum": "I-PER"])
        #expect(!roles(d, "Ari Plum").contains { $0.contains("Sheikh") })
    }

    @Test func titleInPlaceBeforeTheName() {
        let d = run("The ombudsman in Varna Elin Tosh said so.", ["Varna": "B-LOC", "Elin": "B-PER", "Tosh": "I-PER"])
        #expect(roles(d, "Elin Tosh") == ["ombudsman in Varna"])
    }

    @Test func lowerCaseTitleAfterACommaBeforeTheName() {
        let d = run("Delays must end, permanent secretary at the ministry of works, Uma Dey, said.",
                    ["Uma": "B-PER", "Dey": "I-PER"])
        #expect(roles(d, "Uma Dey") == ["permanent secretary at the ministry of works"])
    }

    @Test func descriptiveAppositionWithAnAge() {
        let d = run("Rafi, a 41-year-old bus driver who lives nearby, saw it.", ["Rafi": "B-PER"])
        #expect(roles(d, "Rafi") == ["bus driver"])
    }

    @Test func appositionAfterADash() {
        let d = run("He met Lea Voss -- the Dutch ambassador.", ["Lea": "B-PER", "Voss": "I-PER", "Dutch": "B-MISC"])
        #expect(roles(d, "Lea Voss") == ["ambassador"])
    }

    @Test func theNextNamesTitleIsNotAnApposition() {
        let d = run("He hailed his counterpart, Oli Varn, Secretary of State Ben Roe said.",
                    ["Oli": "B-PER", "Varn": "I-PER", "Ben": "B-PER", "Roe": "I-PER"])
        #expect(roles(d, "Oli Varn") == ["counterpart"])
        #expect(roles(d, "Ben Roe") == ["Secretary of State"])
    }
}
