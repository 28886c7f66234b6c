import Testing
import ModelSupport
@testable import EntityTagger

@Suite struct FeatureTests {
    @Test func shapesCapRunsAtFour() {
        #expect(WordInfo("Washington").shape == WordInfo("Hamburger").shape)
        #expect(WordInfo("Washington").shape != WordInfo("Wash").shape || WordInfo("Wash").length == 4)
        #expect(WordInfo("Bonn").shape != WordInfo("BONN").shape)
        #expect(WordInfo("1996-08-22").shape == WordInfo("2001-01-01").shape)
    }

    @Test func shortShapesCollapseRuns() {
        #expect(WordInfo("U.S.").shortShape == WordInfo("U.N.").shortShape)
        #expect(WordInfo("U.S.").shortShape != WordInfo("US").shortShape)
        #expect(WordInfo("Charles-Antoine").shortShape == WordInfo("Jean-Pierre").shortShape)
        #expect(WordInfo("McDonald").shortShape == WordInfo("MacArthur").shortShape)
        #expect(WordInfo("Goïta").shortShape == WordInfo("Gaita").shortShape)
    }

    @Test func lowerCaseFoldsCaseDigitsAndDiacriticCapitals() {
        #expect(WordInfo("GOÏTA").lower == WordInfo("goïta").lower)
        #expect(WordInfo("Goïta").lower != WordInfo("Goita").lower)
        #expect(WordInfo("1996").lower == WordInfo("2000").lower)
        #expect(WordInfo("BRUSSELS").title == WordInfo("Brussels").raw)
        #expect(WordInfo("ÉLYSÉE").title == WordInfo("Élysée").raw)
    }

    @Test func prefixesAndSuffixes() {
        let a = WordInfo("Kennedy"), b = WordInfo("kenyan")
        #expect(a.prefixes.0 == b.prefixes.0)
        #expect(a.prefixes.2 == b.prefixes.2)  // "ken"
        #expect(a.prefixes.3 != b.prefixes.3)
        #expect(WordInfo("Stanford").suffixes.2 == WordInfo("Oxford").suffixes.2)  // "ord"
        #expect(WordInfo("a").suffixes.1 == 0)
    }

    @Test func flags() {
        #expect(WordInfo("Charles-Antoine").has(WordInfo.hasHyphen))
        #expect(WordInfo("Ra'ad").has(WordInfo.hasApostrophe))
        #expect(WordInfo("Ra\u{2019}ad").has(WordInfo.hasApostrophe))
        #expect(WordInfo("J.").has(WordInfo.isInitial))
        #expect(!WordInfo("Jr.").has(WordInfo.isInitial))
        #expect(WordInfo("NATO").has(WordInfo.allCaps))
        #expect(WordInfo("Goïta").has(WordInfo.nonASCIILetter))
        #expect(WordInfo("Élysée").isCapitalised)
        #expect(WordInfo("1996").has(WordInfo.allDigits))
        #expect(WordInfo(",").has(WordInfo.punctuation))
        #expect(WordInfo("iPhone").has(WordInfo.innerCapital))
    }

    @Test func fixedNumberOfFeaturesPerToken() {
        let extractor = FeatureExtractor(lexicon: FeatureLexicon(gazetteer: FeatureGazetteer.builtIn))
        let doc = [["Peter", "Blackburn"], ["BRUSSELS", "1996-08-22"], ["The", "European", "Commission", "said", "."]]
        let features = extractor.features(document: doc)
        #expect(features.map(\.count) == doc.map { $0.count * FeatureExtractor.count })
        // deterministic
        #expect(extractor.features(document: doc) == features)
    }

    @Test func gazetteerMatchesMultiWordEntriesCaseInsensitively() {
        let extractor = FeatureExtractor(lexicon: FeatureLexicon(gazetteer: FeatureGazetteer.builtIn))
        var scratch: [UInt32] = []
        let s = extractor.analyse(["He", "flew", "to", "BURKINA", "FASO", "and", "New", "York", "."], scratch: &scratch)
        #expect(s.gazetteer[3] & FeatureGazetteer.Category.country != 0)
        #expect(s.gazetteer[4] & FeatureGazetteer.Category.country != 0)
        #expect(s.gazetteer[6] & FeatureGazetteer.Category.city != 0)
        #expect(s.gazetteer[7] & FeatureGazetteer.Category.city != 0)
        #expect(s.gazetteer[1] == 0)
        #expect(s.headline == false)
    }

    @Test func headlineSentences() {
        let extractor = FeatureExtractor(lexicon: .empty)
        var scratch: [UInt32] = []
        #expect(extractor.analyse(["SOCCER", "-", "JAPAN", "GET", "LUCKY", "WIN", "."], scratch: &scratch).headline)
        #expect(!extractor.analyse(["Japan", "won", "."], scratch: &scratch).headline)
    }

    @Test func documentContextSeesTheSameWordElsewhere() {
        let extractor = FeatureExtractor(lexicon: FeatureLexicon(gazetteer: FeatureGazetteer.builtIn))
        var scratch: [UInt32] = []
        let doc = [["Mr.", "Camara", "spoke", "."], ["CAMARA", "WINS"], ["the", "farmer", "met", "Camara"]]
            .map { extractor.analyse($0, scratch: &scratch) }
        let context = extractor.documentContext(doc)
        let mark = context.marks[WordInfo("camara").lower] ?? 0
        #expect(mark & FeatureExtractor.DocumentContext.afterTitle != 0)
        #expect(mark & FeatureExtractor.DocumentContext.capitalisedMidSentence != 0)
        #expect(mark & FeatureExtractor.DocumentContext.lowerCase == 0)
        #expect((context.marks[WordInfo("farmer").lower] ?? 0) & FeatureExtractor.DocumentContext.lowerCase != 0)
    }
}
