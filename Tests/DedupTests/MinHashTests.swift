import Testing
@testable import Dedup

@Suite struct MinHashTests {
    let hasher = MinHasher.standard

    @Test func estimateFollowsTheExactResemblance() {
        var gen = NearCopies(seed: 7)
        for share in [0.0, 0.02, 0.05, 0.1, 0.2] {
            let base = gen.words(600)
            let copy = gen.edited(base, share: share)
            let a = hasher.shingler.shingles(of: base.joined(separator: " "))
            let b = hasher.shingler.shingles(of: copy.joined(separator: " "))
            let exact = NearCopies.jaccard(a, b)
            let estimate = hasher.fingerprint(shingles: a).resemblance(to: hasher.fingerprint(shingles: b))
            // Four standard deviations of a 126-function estimate at worst (s = 0.5): 4 x 0.0445.
            #expect(abs(estimate - exact) < 0.18, "edit share \(share): exact \(exact), estimate \(estimate)")
        }
    }

    @Test func equalTextsAreOneAndUnrelatedTextsNearZero() {
        var gen = NearCopies(seed: 11)
        let a = gen.words(400).joined(separator: " "), b = gen.words(400).joined(separator: " ")
        #expect(hasher.fingerprint(of: a).resemblance(to: hasher.fingerprint(of: a)) == 1)
        #expect(hasher.fingerprint(of: a).resemblance(to: hasher.fingerprint(of: b)) < 0.1)
    }

    @Test func emptyTextResemblesNothing() {
        let empty = hasher.fingerprint(of: "")
        #expect(empty.shingles == 0)
        #expect(empty.resemblance(to: empty) == 0)
    }

    @Test func bytesRoundTrip() {
        let print = hasher.fingerprint(of: "The ministry said seven people were killed in the blast on Monday.")
        #expect(print.bytes.count == 4 * hasher.count)
        #expect(Fingerprint(bytes: print.bytes, shingles: print.shingles) == print)
        #expect(Fingerprint(bytes: Array(print.bytes.dropLast()), shingles: print.shingles) == nil)
    }

    @Test func theSameFunctionsInEveryHasher() {
        let text = "Forces loyal to the government retook the town after three days of fighting."
        #expect(MinHasher(count: 126).fingerprint(of: text) == MinHasher.standard.fingerprint(of: text))
        #expect(MinHasher(count: 126, seed: 1).fingerprint(of: text) != MinHasher.standard.fingerprint(of: text))
    }
}
