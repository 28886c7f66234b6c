import EntityTagger
import NewsModel
import Testing
@testable import Extraction

/// The role stage: titles before a name, appositions after it, descriptions, and the limits of each.
@Suite struct RoleTests {
    /// Runs both taggers and returns each document.
    func both(_ text: String) -> [Document] {
        [ExtractionPipeline(), ExtractionPipeline.standard()].map { $0.run(Document(text: text)) }
    }

    func run(_ text: String, _ tags: [String: String]) -> Document {
        ExtractionPipeline(tagger: ListTagger(tags: tags)).run(Document(text: text))
    }

    func roles(_ document: Document, _ name: String) -> [String]? {
        document.entities.first { $0.name == name }?.roles
    }

    func organisation(_ document: Document, _ role: String) -> String? {
        document.roles.first { $0.text == role }?.organisation.map { document.entities[$0].name }
    }

    @Test func titleBeforeTheNameWithItsCountry() {
        for document in both("Malian Defense Minister Sadio Camara visited Mali on Monday.") {
            #expect(roles(document, "Sadio Camara") == ["Defense Minister"])
            #expect(organisation(document, "Defense Minister") == "Mali")
        }
    }

    @Test func militaryAndStateTitles() {
        let text = "Brigadier General Charles Cleveland arrived. President Assimi Goïta spoke, and Colonel Assimi Goïta left. "
            + "Lt. Gen. Stephen Townsend was there."
        for document in both(text) {
            #expect(roles(document, "Charles Cleveland") == ["Brigadier General"])
            #expect(roles(document, "Assimi Goïta") == ["President", "Colonel"])
            #expect(roles(document, "Stephen Townsend") == ["Lt. Gen."])
        }
    }

    @Test func organisationBeforeTheTitle() {
        let text = "UN Secretary-General Antonio Guterres spoke. The UN's spokesman Stephane Dujarric said more."
        let document = run(text, ["UN": "B-ORG", "Antonio": "B-PER", "Guterres": "I-PER", "Stephane": "B-PER",
                                  "Dujarric": "I-PER"])
        #expect(roles(document, "Antonio Guterres") == ["Secretary-General"])
        #expect(organisation(document, "Secretary-General") == "UN")
        #expect(roles(document, "Stephane Dujarric") == ["spokesman"])
        #expect(organisation(document, "spokesman") == "UN")
    }

    @Test func titleRunsSplitAndHonorificsAreSkipped() {
        let text = "The army spokesman Colonel Souleymane Dembele said so. Later Mr. Ahmed Diallo and Secretary of State "
            + "Antony Blinken spoke with President of Mali Bah Ndaw."
        let document = run(text, ["Souleymane": "B-PER", "Dembele": "I-PER", "Ahmed": "B-PER", "Diallo": "I-PER",
                                  "Antony": "B-PER", "Blinken": "I-PER", "Mali": "B-LOC", "Bah": "B-PER", "Ndaw": "I-PER"])
        #expect(roles(document, "Souleymane Dembele") == ["army spokesman", "Colonel"])
        #expect(roles(document, "Ahmed Diallo") == [])
        #expect(roles(document, "Antony Blinken") == ["Secretary of State"])
        #expect(roles(document, "Bah Ndaw") == ["President of Mali"])
        #expect(organisation(document, "President of Mali") == "Mali")
    }

    @Test func appositionsAfterTheName() {
        let text = "Colonel Assimi Goïta also received on Wednesday Amina J. Mohammed, Deputy Secretary General of the "
            + "United Nations and Mahamat Saleh Annadif, head of the United Nations Office for West Africa and the Sahel, "
            + "in a context of tensions."
        for document in both(text) {
            #expect(roles(document, "Amina J. Mohammed") == ["Deputy Secretary General of the United Nations"])
            #expect(roles(document, "Mahamat Saleh Annadif")
                    == ["head of the United Nations Office for West Africa and the Sahel"])
            #expect(organisation(document, "Deputy Secretary General of the United Nations") == "United Nations")
        }
    }

    @Test func spokesmanForAnOrganisation() {
        let text = "Olivier Salgado, the spokesman for MINUSMA, said on Friday that patrols would resume."
        for document in both(text) {
            #expect(roles(document, "Olivier Salgado") == ["spokesman for MINUSMA"])
            #expect(organisation(document, "spokesman for MINUSMA") == "MINUSMA")
        }
    }

    @Test func titleSetOffByCommasBeforeTheName() {
        let text = "During the ceremony, the Malian Defense Minister, Sadio Camara, praised the partnership."
        for document in both(text) {
            #expect(roles(document, "Sadio Camara") == ["Defense Minister"])
            #expect(organisation(document, "Defense Minister") == "Malian")
        }
        // a title before a comma that does not close the name is no apposition
        let list = run("After meeting the President, Sadio Camara said no.", ["Sadio": "B-PER", "Camara": "I-PER"])
        #expect(roles(list, "Sadio Camara") == [])
    }

    @Test func aRoleNeverSwallowsTheNextClause() {
        let tags = ["Sadio": "B-PER", "Camara": "I-PER", "John": "B-PER", "Smith": "I-PER", "Jane": "B-PER",
                    "Doe": "I-PER", "Ali": "B-PER", "Maiga": "I-PER", "Bamako": "B-LOC"]
        let text = "Sadio Camara, the defence minister, said the army would respond. "
            + "John Smith, head of the mission who arrived on Monday, said little. "
            + "Jane Doe, spokeswoman for the ministry said on Monday that talks had failed. "
            + "Ali Maiga, a spokesman for the army and the police chief in Bamako, left since the talks ended."
        let document = run(text, tags)
        #expect(roles(document, "Sadio Camara") == ["defence minister"])
        #expect(roles(document, "John Smith") == ["head of the mission"])
        #expect(roles(document, "Jane Doe") == ["spokeswoman for the ministry"])
        #expect(roles(document, "Ali Maiga") == ["spokesman for the army"])
    }

    @Test func noRoleFromAPlainApposition() {
        let text = "Sadio Camara, Moussa Diarra and Ali Maiga met. Ali Maiga, who leads the team, spoke. "
            + "Moussa Diarra, 45, a farmer, said officials had left."
        let document = run(text, ["Sadio": "B-PER", "Camara": "I-PER", "Moussa": "B-PER", "Diarra": "I-PER",
                                  "Ali": "B-PER", "Maiga": "I-PER"])
        // an occupation after "a" is a role ("a farmer"); a list, or leading a plain noun, is none
        #expect(document.entities.filter { !$0.roles.isEmpty }.map(\.name) == ["Moussa Diarra"])
        #expect(document.roles.map(\.text) == ["farmer"])
    }

    @Test func ageBeforeTheApposition() {
        let document = run("Moussa Diarra, 45, a village chief, said so.", ["Moussa": "B-PER", "Diarra": "I-PER"])
        #expect(roles(document, "Moussa Diarra") == ["village chief"])
    }

    @Test func headOfTheJuntaGoesToTheOnePresident() {
        let text = "The head of the junta in Mali met envoys on Monday. Later, President Assimi Goïta spoke."
        for document in both(text) {
            #expect(roles(document, "Assimi Goïta") == ["head of the junta", "President"])
            #expect(organisation(document, "head of the junta") == "Mali")
        }
        // two presidents: no telling which one the description means
        let two = "The head of the junta in Mali met envoys. President Assimi Goïta and President Mohamed Bazoum spoke."
        for document in both(two) {
            #expect(roles(document, "Assimi Goïta") == ["President"])
            #expect(roles(document, "Mohamed Bazoum") == ["President"])
        }
        // a president of another country named as such is not the head of this junta
        let other = "The head of the junta in Mali met envoys. French President Emmanuel Macron spoke."
        for document in both(other) {
            #expect(roles(document, "Emmanuel Macron") == ["President"])
        }
    }

    @Test func rolesAreDistinctAndInOrder() {
        let text = "President Assimi Goïta spoke. Colonel Assimi Goïta left. President Assimi Goïta returned."
        for document in both(text) {
            #expect(roles(document, "Assimi Goïta") == ["President", "Colonel"])
            #expect(document.roles.count == 3)
        }
    }

    @Test(.enabled(if: Fixtures.hasSeed, "needs ../shared/data/seed and ../shared/gold (the seed and its gold)")) func seedRolesFromGold() throws {
        let text = try Fixtures.seedText()
        for document in both(text) {
            #expect(roles(document, "Assimi Goïta") == ["head of the junta", "President", "Colonel"])
            #expect(roles(document, "Sadio Camara") == ["Defense Minister"])
            #expect(roles(document, "Amina J. Mohammed") == ["Deputy Secretary General of the United Nations"])
            #expect(roles(document, "Mahamat Saleh Annadif")
                    == ["head of the United Nations Office for West Africa and the Sahel"])
            #expect(organisation(document, "Defense Minister") == "Mali")
            let others = document.entities.filter { $0.type != .person }
            #expect(others.allSatisfy { $0.roles.isEmpty })
        }
    }

    @Test(.enabled(if: Fixtures.hasSeed, "needs ../shared/data/seed and ../shared/gold (the seed and its gold)")) func seedExtractionCarriesTheRoles() throws {
        let text = try Fixtures.seedText()
        let extraction = ExtractionPipeline.standard().extract(Article(id: "seed", text: text))
        let goita = extraction.entities.first { $0.name == "Assimi Goïta" }
        #expect(goita?.roles.contains("President") == true)
    }
}

@Suite struct RoleLexiconTests {
    func run(_ text: String, _ tags: [String: String]) -> Document {
        ExtractionPipeline(tagger: ListTagger(tags: tags)).run(Document(text: text))
    }

    func roles(_ document: Document, _ name: String) -> [String]? {
        document.entities.first { $0.name == name }?.roles
    }

    @Test func compoundTitlesStayWhole() {
        let text = "Russian First Deputy Foreign Minister Vladimir Titov spoke. The union's General Secretary John Douglas "
            + "and Majority Leader Mitch McConnell met Brexit Minister David Jones and Homeland Security Secretary John Kelly."
        let document = run(text, ["Russian": "B-MISC", "Vladimir": "B-PER", "Titov": "I-PER", "John": "B-PER",
                                  "Douglas": "I-PER", "Mitch": "B-PER", "McConnell": "I-PER", "David": "B-PER",
                                  "Jones": "I-PER", "Kelly": "I-PER"])
        #expect(roles(document, "Vladimir Titov") == ["First Deputy Foreign Minister"])
        #expect(roles(document, "John Douglas") == ["General Secretary"])
        #expect(roles(document, "Mitch McConnell") == ["Majority Leader"])
        #expect(roles(document, "David Jones") == ["Brexit Minister"])
        #expect(roles(document, "John Kelly") == ["Homeland Security Secretary"])
    }

    @Test func lowerCaseRankWordsAreNoTitles() {
        let text = "Senator Leila de Lima, a major critic of the president, was arrested. The general Trump plan failed."
        let document = run(text, ["Leila": "B-PER", "de": "I-PER", "Lima": "I-PER", "Trump": "B-PER"])
        // "a major critic" is a description, not the rank Major
        #expect(roles(document, "Leila de Lima") == ["Senator", "major critic of the president"])
        #expect(roles(document, "Trump") == [])
    }

    @Test func aTitleBeforeAnotherNameIsNotAnApposition() {
        let text = "said Sanjay Gupta, CNN's Chief Medical Officer Ann Lee, and others."
        let document = run(text, ["Sanjay": "B-PER", "Gupta": "I-PER", "CNN": "B-ORG", "Ann": "B-PER", "Lee": "I-PER"])
        #expect(roles(document, "Sanjay Gupta") == [])
        #expect(roles(document, "Ann Lee") == ["Chief Medical Officer"])
    }

    @Test func aDashGluedVerbEndsTheRole() {
        let text = "Charles Cleveland, army spokesman in Afghanistan-told Al Jazeera the news."
        let document = run(text, ["Charles": "B-PER", "Cleveland": "I-PER", "Afghanistan-told": "B-LOC",
                                  "Al": "B-ORG", "Jazeera": "I-ORG"])
        #expect(roles(document, "Charles Cleveland") == ["army spokesman"])
    }

    @Test func anotherPersonsNameEndsTheRole() {
        let text = "Anton Siluanov, Chairperson of the Accounts Chamber Tatyana Golikova and others met."
        let document = run(text, ["Anton": "B-PER", "Siluanov": "I-PER", "Accounts": "B-ORG", "Chamber": "I-ORG",
                                  "Tatyana": "B-PER", "Golikova": "I-PER"])
        // the title before Golikova's name is hers; Siluanov's role, if any, never runs into her name
        #expect(!(roles(document, "Anton Siluanov") ?? []).contains { $0.contains("Golikova") || $0.contains("Tatyana") })
    }
}
