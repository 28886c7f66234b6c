import Testing
@testable import Extraction

/// The CAMEO root type and the clause cutter of the event stage.
@Suite struct CAMEOCodeTests {
    @Test func rootsParseFromAnyWrittenCode() {
        #expect(CAMEORoot(code: "4") == .consult)
        #expect(CAMEORoot(code: "042") == .consult)
        #expect(CAMEORoot(code: "190") == .fight)
        #expect(CAMEORoot(code: "21") == nil)
        #expect(CAMEORoot(code: "attack") == nil)
        #expect(CAMEOCode("183")?.root == .assault && CAMEOCode("183")?.code == "183")
    }

    @Test func codesAreTwoDigitsWithTheirLabels() {
        #expect(CAMEORoot.aid.code == "07")
        #expect(CAMEORoot.assault.code == "18")
        #expect(CAMEORoot.massViolence.label == "use unconventional mass violence")
        #expect(Set(CAMEORoot.allCases.map(\.code)).count == 20)
    }

    @Test func quadClassesFollowTheRootRanges() {
        #expect(CAMEORoot.diplomaticCooperation.quadClass == .verbalCooperation)
        #expect(CAMEORoot.yield.quadClass == .materialCooperation)
        #expect(CAMEORoot.threaten.quadClass == .verbalConflict)
        #expect(CAMEORoot.protest.quadClass == .materialConflict)
    }

    @Test func familiesGroupViolenceAndCooperation() {
        #expect(CAMEORoot.fight.family == CAMEORoot.massViolence.family)
        #expect(CAMEORoot.aid.family == CAMEORoot.materialCooperation.family)
        #expect(CAMEORoot.coerce.family != CAMEORoot.assault.family)
        #expect(CAMEORoot.coerce.isIncident && !CAMEORoot.protest.isIncident)
    }

    @Test func clausesOpenAtBoundariesAndAfterSpeechThat() {
        let words = "police told reporters that gunmen attacked the town after troops left".split(separator: " ").map(String.init)
        let clauses = EventClauses(0..<words.count, words: words, inQuote: [Bool](repeating: false, count: words.count))
        #expect(clauses.starts == [0, 3, 8])
        #expect(clauses.bounds(of: 5) == 3..<8)
        #expect(clauses.segment(of: 10) == 2)
    }

    @Test func theSharedDeterminersKeepNumbersOutOfNounPhrases() {
        #expect(Lexicon.determiners.contains("two") && !Lexicon.nounDeterminers.contains("two"))
        #expect(Lexicon.nounDeterminers.isSuperset(of: Lexicon.countDeterminers))
        #expect(Lexicon.definiteDeterminers.isSubset(of: Lexicon.nounDeterminers))
    }
}
