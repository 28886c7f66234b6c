import Testing
@testable import Dedup

@Suite struct ShinglerTests {
    let shingler = Shingler()

    @Test func caseQuoteMarksAndSpacingDoNotMatter() {
        let a = shingler.shingles(of: "Trump's speech to Congress on Tuesday, the White House said.")
        let b = shingler.shingles(of: "TRUMP’S  speech to congress on Tuesday -- the White House said")
        #expect(!a.isEmpty)
        #expect(a == b)
    }

    @Test func wordOrderMatters() {
        let a = shingler.shingles(of: "police killed five gunmen near the border crossing")
        let b = shingler.shingles(of: "five gunmen killed police near the border crossing")
        #expect(Set(a) != Set(b))
    }

    @Test func oneShinglePerWindowOfFiveDistinctWords() {
        let words = "one two three four five six seven eight nine ten"
        #expect(shingler.shingles(of: words).count == 6)
        // A repeated window is one shingle: the text twice adds only the four windows across the join.
        #expect(shingler.shingles(of: words + " " + words).count == 10)
    }

    @Test func shortAndEmptyTexts() {
        #expect(shingler.shingles(of: "Breaking news now").count == 1)
        #expect(shingler.shingles(of: " ... -- !! ").isEmpty)
        #expect(shingler.shingles(of: "").isEmpty)
    }

    @Test func lettersBeyondASCIIAreWords() {
        let a = shingler.shingles(of: "Ölçek İstanbul Çarşamba günü açıklandı")
        let b = shingler.shingles(of: "ölçek istanbul çarşamba günü açıklandı")
        #expect(a.count == 1)
        #expect(a == b)
    }
}
