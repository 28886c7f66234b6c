import Testing
@testable import Extraction

@Suite struct RuleBasedTaggerTests {
    let tagger = RuleBasedTagger()

    /// Tags a document given as sentences of space-separated words; returns "word/TAG" for the non-O words.
    func tagged(_ sentences: [String]) -> [[String]] {
        let words = sentences.map { $0.split(separator: " ").map(String.init) }
        let tags = tagger.tag(sentences: words)
        return zip(words, tags).map { w, t in zip(w, t).filter { $0.1 != "O" }.map { "\($0.0)/\($0.1)" } }
    }

    @Test func titlesAreNotPartOfNames() {
        #expect(tagged(["declared President Assimi Goïta on his social media ."])
                == [["Assimi/B-PER", "Goïta/I-PER"]])
        #expect(tagged(["the Malian Defense Minister , Sadio Camara , praised the win"])
                == [["Malian/B-MISC", "Sadio/B-PER", "Camara/I-PER"]])
        #expect(tagged(["Amina J. Mohammed , Deputy Secretary General of the United Nations and Mahamat Saleh Annadif"])
                == [["Amina/B-PER", "J./I-PER", "Mohammed/I-PER", "United/B-ORG", "Nations/I-ORG",
                     "Mahamat/B-PER", "Saleh/I-PER", "Annadif/I-PER"]])
    }

    @Test func organisationNamesWithFunctionWords() {
        #expect(tagged(["head of the United Nations Office for West Africa and the Sahel , in"])
                == [["United/B-ORG", "Nations/I-ORG", "Office/I-ORG", "for/I-ORG", "West/I-ORG", "Africa/I-ORG",
                     "and/I-ORG", "the/I-ORG", "Sahel/I-ORG"]])
        #expect(tagged(["incriminates the Islamic State in the Greater Sahara ( EIGS )"])
                == [["Islamic/B-ORG", "State/I-ORG", "in/I-ORG", "the/I-ORG", "Greater/I-ORG", "Sahara/I-ORG",
                     "EIGS/B-ORG"]])
        #expect(tagged(["the private Russian army , called Wagner group ."])
                == [["Russian/B-MISC", "Wagner/B-ORG", "group/I-ORG"]])
        #expect(tagged(["support of the Russian Federation for Mali 's transition"])
                == [["Russian/B-LOC", "Federation/I-LOC", "Mali/B-LOC"]])
    }

    @Test func placesAndNationalities() {
        #expect(tagged(["killed on Sunday in Tessit , near the borders of Burkina Faso and Niger ."])
                == [["Tessit/B-LOC", "Burkina/B-LOC", "Faso/I-LOC", "Niger/B-LOC"]])
        #expect(tagged(["49 Ivorian soldiers detained in Bamako , which Abidjan denies"])
                == [["Ivorian/B-MISC", "Bamako/B-LOC", "Abidjan/B-LOC"]])
    }

    @Test func sentenceInitialCommonWordsAreSkipped() {
        #expect(tagged(["This meeting was held .", "During discussions they met .", "Reports say so ."])
                == [[], [], []])
    }

    @Test func aPersonWordIsAPersonEverywhere() {
        #expect(tagged(["Goïta said so .", "Colonel Assimi Goïta met them ."])
                == [["Goïta/B-PER"], ["Assimi/B-PER", "Goïta/I-PER"]])
    }

    @Test func shapeIsKept() {
        let sentences = [["a", "b"], [], ["Mali"]]
        let tags = tagger.tag(sentences: sentences)
        #expect(tags.map(\.count) == [2, 0, 1])
        #expect(tagger.tag(sentences: []).isEmpty)
    }
}
