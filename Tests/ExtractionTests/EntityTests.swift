import EntityTagger
import NewsModel
import Testing
@testable import Extraction

/// A tagger that tags words from a fixed list (and "I-" tags for the words marked so), to test the entity stage alone.
struct ListTagger: DocumentTagger {
    let tags: [String: String]
    func tag(sentences: [[String]]) -> [[String]] {
        sentences.map { $0.map { tags[$0] ?? "O" } }
    }
}

@Suite struct EntityTests {
    func run(_ text: String, _ tags: [String: String]) -> Document {
        ExtractionPipeline(tagger: ListTagger(tags: tags)).run(Document(text: text))
    }

    @Test func surnameJoinsTheFullName() {
        let text = "Colonel Assimi Goïta met diplomats in Bamako. Later, Goïta spoke. GOITA left."
        let document = run(text, ["Assimi": "B-PER", "Goïta": "I-PER", "Bamako": "B-LOC", "GOITA": "B-PER"])
        // "Goïta" alone is tagged I-PER: a lenient decoder starts a mention there
        #expect(document.entities.count == 2)
        let goita = document.entities[0]
        #expect(goita.id == "E1" && goita.type == .person && goita.name == "Assimi Goïta")
        #expect(goita.aliases == ["Goïta", "GOITA"])
        #expect(goita.mentions.map { document.string($0) } == ["Assimi Goïta", "Goïta", "GOITA"])
        #expect(document.entities[1].id == "E2" && document.entities[1].name == "Bamako")
    }

    @Test func earlyShortNameJoinsTheOneLongerName() {
        let document = run("Camara spoke first. Later Sadio Camara left.", ["Camara": "I-PER", "Sadio": "B-PER"])
        #expect(document.entities.count == 1)
        #expect(document.entities[0].name == "Sadio Camara" && document.entities[0].aliases == ["Camara"])
        #expect(document.entities[0].mentions.count == 2)
    }

    @Test func sameSurnameGoesToTheMostRecentPerson() {
        let text = "John Smith met Jane Smith. Smith said no."
        let document = run(text, ["John": "B-PER", "Jane": "B-PER", "Smith": "I-PER"])
        #expect(document.entities.map(\.name) == ["John Smith", "Jane Smith"])
        #expect(document.entities[1].mentions.count == 2)
    }

    @Test func typesAreKeptApartAndIdsFollowFirstMention() {
        let text = "Niger is a country. The Niger flows. Mali borders Niger."
        let document = run(text, ["Niger": "B-LOC", "Mali": "B-LOC"])
        #expect(document.entities.map(\.id) == ["E1", "E2"])
        #expect(document.entities.map(\.name) == ["Niger", "Mali"])
        #expect(document.entities[0].mentions.count == 3)
        #expect(document.entities[0].mentions == document.entities[0].mentions.sorted())
    }

    @Test func acronyms() {
        let text = "The Islamic State in the Greater Sahara (EIGS) attacked. EIGS denied it. The United Nations and UN staff."
        let document = run(text, ["Islamic": "B-ORG", "State": "I-ORG", "in": "I-ORG", "the": "I-ORG",
                                  "Greater": "I-ORG", "Sahara": "I-ORG", "United": "B-ORG", "Nations": "I-ORG",
                                  "UN": "B-ORG", "EIGS": "B-ORG"])
        let isgs = document.entities.first { $0.name == "Islamic State in the Greater Sahara" }
        #expect(isgs?.aliases == ["EIGS"] && isgs?.mentions.count == 3)
        let un = document.entities.first { $0.name == "United Nations" }
        #expect(un?.aliases == ["UN"])
    }

    @Test func iobDecoding() {
        let document = Fixtures.document("Sadio Camara met Mali officials", through: [TokenizeStage(), SentenceStage()])
        let decode = { (tags: [String]) in
            EntityStage.decode(tags: tags, tokens: 0..<document.tokens.count, in: document).map { "\($0.text)/\($0.type.rawValue)" }
        }
        #expect(decode(["B-PER", "I-PER", "O", "B-LOC", "O"]) == ["Sadio Camara/PER", "Mali/LOC"])
        #expect(decode(["I-PER", "I-PER", "O", "I-LOC", "O"]) == ["Sadio Camara/PER", "Mali/LOC"])
        #expect(decode(["B-PER", "B-PER", "O", "B-LOC", "I-ORG"]) == ["Sadio/PER", "Camara/PER", "Mali/LOC", "officials/ORG"])
        #expect(decode(["B-XYZ", "garbage", "O"]) == [])
        #expect(decode([]) == [])          // a tagger that answers too few tags
    }

    @Test(.enabled(if: Fixtures.hasSeed, "needs ../shared/data/seed and ../shared/gold (the seed and its gold)")) func mentionsAreSlicesOfTheText() throws {
        let text = try Fixtures.seedText()
        let document = ExtractionPipeline().run(Document(text: text))
        for mention in document.mentions {
            #expect(document.string(mention.span) == mention.text)
            #expect(document.entities[mention.entity].mentions.contains(mention.span))
        }
        for entity in document.entities {
            for span in entity.mentions {
                let surface = document.string(span)
                #expect(surface == entity.name || entity.aliases.contains(surface))
            }
        }
    }
}
