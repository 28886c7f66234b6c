import NewsModel
import Testing
@testable import Storage

@Suite struct EntityKeyFoldingTests {
    @Test(arguments: [
        ("Kim Jong-un", "Kim Jong Un"),
        ("KIM JONG-UN", "kim jong un"),
        ("Donald J. Trump", "Donald Trump"),
        ("George W. Bush", "George Bush"),
        ("U.S.", "US"),
        ("Department of Justice", "Justice Department"),
        ("the Department of Justice", "Justice Department"),
        ("Ministry of the Interior", "Interior Ministry"),
        ("Russian Ministry of Defence", "Russian Defence Ministry"),
        ("The New York Times", "New York Times"),
        ("Assimi Goïta", "ASSIMI GOITA"),
        ("Côte d’Ivoire", "Cote d'Ivoire"),
        ("al-Qaeda", "Al Qaeda"),
        ("Islamic State (IS)", "Islamic State IS"),
    ])
    func variantsFoldToOneKey(_ a: String, _ b: String) {
        #expect(EntityKey.fold(a) == EntityKey.fold(b))
        #expect(!EntityKey.fold(a).isEmpty)
    }

    @Test(arguments: [
        ("Kim Jong Un", "Kim Jong Il"),
        ("J Street", "Street"),
        ("Plan B", "Plan"),
        ("AT&T", "AT T"),
        ("Department of Homeland Security", "Department Security"),
        ("US", "UK"),
    ])
    func differentNamesStayApart(_ a: String, _ b: String) {
        #expect(EntityKey.fold(a) != EntityKey.fold(b))
    }

    @Test func keysAreLowerCaseWordsSeparatedBySingleSpaces() {
        #expect(EntityKey.fold("  Kim   Jong-Un ") == "kim jong un")
        #expect(EntityKey.fold("Department of Homeland Security") == "homeland security department")
        #expect(EntityKey.fold("Donald J. Trump") == "donald trump")
        // A name of punctuation only keeps a key of its own rather than sharing "".
        #expect(EntityKey.fold("--") == "--")
        #expect(EntityKey.fold(" ") == "")
    }

    @Test func stableIDsAreAFunctionOfTheKeyThatFitsInAJSONNumber() {
        let id = EntityKey.stableID("donald trump")
        #expect(id == EntityKey.stableID("donald trump"))
        #expect(id != EntityKey.stableID("donald trum"))
        #expect(id > 0 && id < 1 << 53)
        #expect(EntityKey.stableID("donald trump", probe: 1) != id)
    }

    @Test func shortForms() {
        #expect(ShortForm.isShortForm("trump", of: "donald trump"))
        #expect(ShortForm.isShortForm("kim", of: "kim jong un"))
        #expect(ShortForm.isShortForm("fbi", of: "federal bureau of investigation"))
        #expect(ShortForm.isShortForm("eu", of: "european union"))
        #expect(ShortForm.isShortForm("eu", of: "energy union"))
        #expect(!ShortForm.isShortForm("cnn", of: "paula hancocks beijing"))
        #expect(!ShortForm.isShortForm("britain", of: "united kingdom"))
        #expect(!ShortForm.isShortForm("trump", of: "trump"))
        #expect(ShortForm.isInitials("doj", of: "justice department"), "as in 'Department of Justice'")
        #expect(ShortForm.isInitials("mod", of: "defence ministry"))
        #expect(!ShortForm.isInitials("trump", of: "donald trump"))
    }

    @Test func theVoteGoesToTheMostMentionedTypeAndTiesToTheEarlierType() {
        #expect(EntityVote.winner([5, 1, 2, 0]) == .person)
        #expect(EntityVote.winner([1, 0, 3, 0]) == .location)
        #expect(EntityVote.winner([2, 2, 0, 0]) == .person)
        #expect(EntityVote.winner([0, 0, 0, 0]) == nil)
    }

    @Test func tallyOfAnArticleAddedAndSubtractedIsZero() {
        let (_, extraction) = Canon.doc("a", [Canon.per("Donald Trump", ["Trump"], mentions: 3), Canon.loc("Trump")])
        var tally = EntityTally()
        tally.add(extraction)
        #expect(tally.keys["donald trump"] == EntityTally.KeyCounts(votes: [3, 0, 0, 0], articles: 1, uses: 1))
        #expect(tally.keys["trump"] == EntityTally.KeyCounts(votes: [0, 0, 1, 0], articles: 1, uses: 2))
        #expect(tally.claims == [EntityTally.Claim(short: "trump", long: "donald trump"): 1])
        tally.add(extraction, sign: -1)
        #expect(tally.keys.values.allSatisfy { $0 == EntityTally.KeyCounts() })
        #expect(tally.claims.values.allSatisfy { $0 == 0 })
    }
}
