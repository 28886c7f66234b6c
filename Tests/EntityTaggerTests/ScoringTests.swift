import Testing
@testable import EntityTagger

@Suite struct ScoringTests {
    @Test func conllevalCountsExactSpansAndTypes() {
        // gold: PER(0-2) LOC(3) ORG(5-7) MISC(8)         = 4 entities
        // pred: PER(0-2) LOC(3) ORG(5) (wrong span) PER(8) (wrong type) LOC(9) (spurious) = 5 entities, 2 correct
        let gold = ["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O", "B-MISC", "O"]
        let pred = ["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "O", "O", "B-PER", "B-LOC"]
        let score = evaluate(gold: [gold], predicted: [pred])
        #expect(score.overall.gold == 4)
        #expect(score.overall.predicted == 5)
        #expect(score.overall.correct == 2)
        #expect(abs(score.overall.precision - 0.4) < 1e-12)
        #expect(abs(score.overall.recall - 0.5) < 1e-12)
        #expect(abs(score.f1 - 2 * 0.4 * 0.5 / 0.9) < 1e-12)
        #expect(score.byType["PER"] == TypeScore(gold: 1, predicted: 2, correct: 1))
        #expect(score.byType["LOC"] == TypeScore(gold: 1, predicted: 2, correct: 1))
        #expect(score.byType["ORG"] == TypeScore(gold: 1, predicted: 1, correct: 0))
        #expect(score.byType["MISC"] == TypeScore(gold: 1, predicted: 0, correct: 0))
        #expect(score.tokens == 10)
        #expect(score.correctTokens == 7)
        #expect(score.report().contains("FB1:  44.44"))
    }

    @Test func iAfterOStartsAChunkAsInConlleval() {
        let spans = Tags.spans(iob: ["O", "I-PER", "I-PER", "I-LOC", "B-LOC", "I-LOC"])
        #expect(spans == [EntitySpan(start: 1, end: 3, type: "PER"), EntitySpan(start: 3, end: 4, type: "LOC"),
                          EntitySpan(start: 4, end: 6, type: "LOC")])
    }

    @Test func emptyScoreIsZeroNotNaN() {
        let score = evaluate(gold: [["O"]], predicted: [["O"]])
        #expect(score.f1 == 0)
        #expect(score.accuracy == 1)
    }
}
