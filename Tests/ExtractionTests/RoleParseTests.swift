import NewsModel
import Testing
@testable import Extraction

/// Roles read from the parse: compound titles, appositions both ways, copulas, relative clauses; clean noun phrases.
@Suite struct RoleParseTests {
    func run(_ text: String, _ tags: [String: String]) -> Document {
        ExtractionPipeline(tagger: ListTagger(tags: tags)).run(Document(text: text))
    }

    func roles(_ d: Document, _ name: String) -> [String] { d.entities.first { $0.name == name }?.roles ?? [] }

    func organisation(_ d: Document, _ role: String) -> String? {
        d.roles.first { $0.text == role }?.organisation.map { d.entities[$0].name }
    }

    @Test func anOpenClassTitleCompoundedBeforeTheName() {
        let d = run("He gave first aid to British holidaymaker Cheryl Moor, who was still alive.",
                    ["British": "B-MISC", "Cheryl": "B-PER", "Moor": "I-PER"])
        #expect(roles(d, "Cheryl Moor") == ["holidaymaker"])
        #expect(organisation(d, "holidaymaker") == "British")
        let f = run("FCC chairman Ajit Rao said the rule was wrong.", ["FCC": "B-ORG", "Ajit": "B-PER", "Rao": "I-PER"])
        #expect(roles(f, "Ajit Rao") == ["chairman"])
        #expect(organisation(f, "chairman") == "FCC")
    }

    @Test func aCapitalisedNounOpeningTheSentence() {
        let d = run("Survivor Allen Brook told the BBC how he found people.", ["Allen": "B-PER", "Brook": "I-PER", "BBC": "B-ORG"])
        #expect(roles(d, "Allen Brook") == ["Survivor"])
    }

    @Test func theNounTheNameIsInAppositionTo() {
        let d = run("The gunman, Saif Rez, was later shot dead by police.", ["Saif": "B-PER", "Rez": "I-PER"])
        #expect(roles(d, "Saif Rez") == ["gunman"])
    }

    @Test func anAppositionWithAnOpenClassHead() {
        let d = run("But Howard Steen, counsel for TUI, said the guards had failed.",
                    ["Howard": "B-PER", "Steen": "I-PER", "TUI": "B-ORG"])
        #expect(roles(d, "Howard Steen") == ["counsel for TUI"])
        #expect(organisation(d, "counsel for TUI") == "TUI")
    }

    @Test func aCopulaGivesTheRoleAndItsCountry() {
        let d = run("Omar Bakr is the ambassador of Jordan.", ["Omar": "B-PER", "Bakr": "I-PER", "Jordan": "B-LOC"])
        #expect(roles(d, "Omar Bakr") == ["ambassador of Jordan"])
        #expect(organisation(d, "ambassador of Jordan") == "Jordan")
        let negated = run("Omar Bakr is not the ambassador of Jordan.", ["Omar": "B-PER", "Bakr": "I-PER", "Jordan": "B-LOC"])
        #expect(roles(negated, "Omar Bakr") == [])
    }

    @Test func aSecondRoleJoinedWithoutADeterminer() {
        let d = run("The delegation is led by Ivan Vass, deputy speaker of the lower house and leader of the Unity faction.",
                    ["Ivan": "B-PER", "Vass": "I-PER", "Unity": "B-ORG"])
        #expect(roles(d, "Ivan Vass").contains("deputy speaker of the lower house"))
        #expect(roles(d, "Ivan Vass").contains("leader of the Unity faction"))
    }

    @Test func aPlaceAtTheEndIsThePlaceNotTheText() {
        let d = run("Alexei Naval, an opposition leader in Russia and longtime critic of Vladimir Putin, spoke.",
                    ["Alexei": "B-PER", "Naval": "I-PER", "Russia": "B-LOC", "Vladimir": "B-PER", "Putin": "I-PER"])
        #expect(roles(d, "Alexei Naval").contains("opposition leader"))
        #expect(organisation(d, "opposition leader") == "Russia")
        #expect(roles(d, "Vladimir Putin") == [])
        #expect(!roles(d, "Alexei Naval").contains { $0.hasSuffix(" of") || $0.hasSuffix(" and") })
    }

    @Test func aRelativeClauseIsNoPartOfTheRole() {
        let d = run("Ajit Rao, the son of Indian immigrants who grew up in Kansas, took office.",
                    ["Ajit": "B-PER", "Rao": "I-PER", "Indian": "B-MISC", "Kansas": "B-LOC"])
        #expect(roles(d, "Ajit Rao") == ["son of Indian immigrants"])
    }

    @Test func noRoleFromAPluralADistanceOrAPhotoCaption() {
        let d = run("Sadaf Kan, Contributors, wrote it. Jose Pin, 25km southwest of the capital, was quiet. "
            + "Michael Fell, center, waved.",
                    ["Sadaf": "B-PER", "Kan": "I-PER", "Jose": "B-PER", "Pin": "I-PER", "Michael": "B-PER", "Fell": "I-PER"])
        #expect(roles(d, "Sadaf Kan") == [])
        #expect(roles(d, "Jose Pin") == [])
        #expect(roles(d, "Michael Fell") == [])
    }

    @Test func whoHeadsAnOrganisation() {
        let d = run("Carlos Roda, who heads the Welfare Agency, resigned.", ["Carlos": "B-PER", "Roda": "I-PER",
                                                                             "Welfare": "B-ORG", "Agency": "I-ORG"])
        #expect(roles(d, "Carlos Roda") == ["head of the Welfare Agency"])
    }

    @Test func aNameQualifyingTheOwnerStaysInTheRole() {
        let d = run("Nasr Harir, the Syrian opposition's chief negotiator, spoke.", ["Nasr": "B-PER", "Harir": "I-PER",
                                                                                  "Syrian": "B-MISC"])
        #expect(roles(d, "Nasr Harir") == ["Syrian opposition's chief negotiator"])
    }

    @Test func noRoleFromANounThatNamesNoPerson() {
        // the parse may put such nouns in apposition to a name, or after a copula; they are no roles
        let d = run("Donald Trump is a priority for the party. Donald Trump, a hot-button issue for Mexico, spoke. "
            + "Donald Trump was the first president in decades to do it.",
                    ["Donald": "B-PER", "Trump": "I-PER", "Mexico": "B-LOC"])
        #expect(!roles(d, "Donald Trump").contains("priority for the party"))
        #expect(!roles(d, "Donald Trump").contains { $0.hasPrefix("hot-button") })
        #expect(roles(d, "Donald Trump").contains { $0.hasPrefix("first president") })
    }

    @Test func theObjectOfAVerbGetsNoTitleFromTheWordsBefore() {
        let d = run("Jeff Hale was the first senator to endorse Donald Trump.", ["Jeff": "B-PER", "Hale": "I-PER",
                                                                             "Donald": "B-PER", "Trump": "I-PER"])
        #expect(roles(d, "Donald Trump") == [])
        #expect(roles(d, "Jeff Hale").contains { $0.hasPrefix("first senator") })
    }

    @Test func anAdverbBeforeTheRoleIsNoPartOfIt() {
        let d = run("Sean Spice, now the White House press secretary, said so.", ["Sean": "B-PER", "Spice": "I-PER",
                                                                                "White": "B-ORG", "House": "I-ORG"])
        #expect(roles(d, "Sean Spice").allSatisfy { !$0.hasPrefix("now") })
        #expect(!roles(d, "Sean Spice").isEmpty)
    }
}
