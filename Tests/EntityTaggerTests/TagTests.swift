import Testing
@testable import EntityTagger

@Suite struct TagTests {
    @Test func bilouRoundTripsThroughIOB2() {
        let iob2 = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "I-LOC", "O", "B-MISC", "B-ORG", "I-ORG"]
        let bilou = Tags.toBILOU(iob2)
        #expect(bilou.map(Tags.name(ofBILOU:)) == ["B-PER", "L-PER", "O", "U-LOC", "B-LOC", "I-LOC", "L-LOC", "O", "U-MISC", "B-ORG", "L-ORG"])
        #expect(Tags.toIOB2(bilou: bilou) == iob2)
    }

    @Test func iob1BecomesIOB2() {
        // CoNLL-2003's original files are IOB1: I- opens an entity, B- only between two of one type.
        #expect(Tags.toIOB2(["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"]) == ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "B-ORG"])
    }

    @Test func everyBILOUIndexHasANameAndValidTransitions() {
        #expect(Tags.count == 17)
        #expect(Set((0..<Tags.count).map(Tags.name(ofBILOU:))).count == Tags.count)
        let bPer = Tags.index(type: 0, position: 0), lPer = Tags.index(type: 0, position: 2), iLoc = Tags.index(type: 2, position: 1)
        #expect(Tags.allowed(bPer, lPer))
        #expect(!Tags.allowed(bPer, 0))
        #expect(!Tags.allowed(bPer, iLoc))
        #expect(!Tags.allowed(-1, lPer))
        #expect(Tags.allowed(lPer, bPer))
        #expect(!Tags.allowedAtEnd(bPer))
    }

    @Test func malformedBILOUIsRepaired() {
        let l = Tags.index(type: 1, position: 2), i = Tags.index(type: 1, position: 1)
        #expect(Tags.toIOB2(bilou: [0, i, l, 0, l]) == ["O", "B-ORG", "I-ORG", "O", "B-ORG"])
    }

    @Test func viterbiPrefersTheBestWholePath() {
        // Two tokens. Greedy would take U-PER then U-PER; but the transition U-PER -> U-PER is heavily
        // penalised and B-PER L-PER scores better as a whole.
        let T = Tags.count
        let uPer = Tags.index(type: 0, position: 3), bPer = Tags.index(type: 0, position: 0), lPer = Tags.index(type: 0, position: 2)
        var emissions = [Float](repeating: 0, count: 2 * T)
        emissions[uPer] = 3; emissions[bPer] = 2.5
        emissions[T + uPer] = 3; emissions[T + lPer] = 2.5
        var transitions = [Float](repeating: 0, count: (T + 1) * T)
        transitions[uPer * T + uPer] = -2
        var backpointers: [Int32] = [], scores: [Float] = []
        let path = viterbi(emissions: emissions, count: 2, transitions: transitions,
                           endScores: [Float](repeating: 0, count: T), backpointers: &backpointers, scores: &scores)
        #expect(path == [bPer, lPer])
        // Without the penalty, the two unit entities win.
        transitions[uPer * T + uPer] = 0
        let path2 = viterbi(emissions: emissions, count: 2, transitions: transitions,
                            endScores: [Float](repeating: 0, count: T), backpointers: &backpointers, scores: &scores)
        #expect(path2 == [uPer, uPer])
        // An I without an open entity is never chosen, however high its emission.
        emissions[Tags.index(type: 1, position: 1)] = 100
        let path3 = viterbi(emissions: emissions, count: 2, transitions: transitions,
                            endScores: [Float](repeating: 0, count: T), backpointers: &backpointers, scores: &scores)
        #expect(Tags.allowed(-1, path3[0]))
        #expect(Tags.allowed(path3[0], path3[1]) && Tags.allowedAtEnd(path3[1]))
    }
}
