import Testing
@testable import Evaluation

@Suite("Name normalisation")
struct NameNormalizerTests {
    @Test("Goïta = Goita = GOÏTA: case and accents ignored")
    func accentsAndCase() {
        #expect(NameNormalizer.normalize("Goïta") == "goita")
        #expect(NameNormalizer.normalize("GOÏTA") == "goita")
        #expect(NameNormalizer.sameName("Goïta", "Goita"))
        #expect(NameNormalizer.sameName("Assimi GOÏTA", "assimi goïta"))
        // Decomposed input (e + combining diaeresis) is the same name too.
        #expect(NameNormalizer.sameName("Goi\u{0308}ta", "Goïta"))
        #expect(NameNormalizer.sameName("Søren Kierkegaard", "Soren Kierkegaard"))
    }

    @Test("Punctuation ignored: a possessive 's dropped, other apostrophes deleted, other marks become spaces")
    func punctuation() {
        #expect(NameNormalizer.normalize("Amina J. Mohammed") == "amina j mohammed")
        #expect(NameNormalizer.normalize("  win-win  partnership, ") == "win win partnership")
        #expect(NameNormalizer.normalize("Mali’s army") == "mali army")
        #expect(NameNormalizer.sameName("Thursday's", "Thursday"))
        #expect(NameNormalizer.normalize("Côte d'Ivoire's") == "cote divoire")
        #expect(NameNormalizer.normalize("Samaritan's Purse") == "samaritan purse")
        #expect(NameNormalizer.normalize("'stan") == "stan")
        #expect(NameNormalizer.normalize("“mercenaries”") == "mercenaries")
        #expect(NameNormalizer.normalize("...!") == "")
    }

    @Test("A leading \"the\" is ignored for same name and overlap")
    func article() {
        #expect(NameNormalizer.sameName("the Wagner group", "Wagner Group"))
        #expect(NameNormalizer.sameName("The Malian army", "Malian army"))
        #expect(!NameNormalizer.sameName("Theresa May", "resa May"))
        #expect(!NameNormalizer.sameName("", ""))
    }

    @Test("Overlap is whole-word containment either way")
    func overlap() {
        #expect(NameNormalizer.overlap("Defense Minister", "Malian Defense Minister"))
        #expect(NameNormalizer.overlap("head of the junta in Mali", "head of the junta"))
        #expect(!NameNormalizer.overlap("Malian army", "Mali"))
        #expect(!NameNormalizer.overlap("President", ""))
    }
}
