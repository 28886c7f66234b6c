import Testing
@testable import Dedup

@Suite struct LSHTests {
    @Test func bandsCatchHalfSharedTextsAndRarelyUnrelatedOnes() {
        let bands = LSHBands.standard
        #expect(bands.candidateProbability(resemblance: 0.5) > 0.99)
        #expect(bands.candidateProbability(resemblance: 0.1) < 0.05)
        #expect(bands.candidateProbability(resemblance: 0.3) < bands.candidateProbability(resemblance: 0.4))
    }

    @Test func nearCopiesFoundAmongUnrelatedArticles() {
        var gen = NearCopies(seed: 3)
        var index = NearDuplicateIndex()
        var originals: [Int: [String]] = [:]
        for _ in 0..<200 {
            let words = gen.words(300 + Int(gen.next() % 400))
            let added = index.add(words.joined(separator: " "))
            #expect(added.pairs.isEmpty, "unrelated article \(added.index) paired with \(added.pairs)")
            originals[added.index] = words
        }
        // A light edit (3% of words), a trimmed copy (last fifth dropped) and a re-cased, re-punctuated copy.
        for (number, words) in originals.sorted(by: { $0.key < $1.key }).prefix(20) {
            let edited = index.add(gen.edited(words, share: 0.03).joined(separator: " "))
            #expect(edited.pairs.first?.first == number)
            #expect((edited.pairs.first?.overlap ?? 0) > 0.5)
            let trimmed = index.add(words.prefix(words.count * 4 / 5).joined(separator: " "))
            #expect(trimmed.pairs.contains { $0.first == number })
            let recased = index.add(words.map { $0.uppercased() }.joined(separator: ", "))
            #expect(recased.pairs.contains { $0.first == number && $0.overlap == 1 })
        }
    }

    @Test func anEmptyOrTinyTextHasNoBandsAndNoPairs() {
        var index = NearDuplicateIndex()
        index.add("")
        #expect(index.add("").pairs.isEmpty)
        #expect(LSHBands.standard.keys(of: MinHasher.standard.fingerprint(of: "")).isEmpty)
        // Two equal one-line texts (page furniture) are no story copied.
        let line = "Read more about this story on our website today"
        index.add(line)
        #expect(index.add(line).pairs.isEmpty)
        var gen = NearCopies(seed: 1)
        let story = gen.words(NearDuplicates.minimumShingles + 4).joined(separator: " ")
        index.add(story)
        #expect(index.add(story).pairs.count == 1)
    }
}
