import Testing
@testable import Storage

/// The resolution policy on its own: statistics in, the key a joinable key belongs to out; no database.
/// One constructed case per rule of `CanonResolution`, and one per thing it must refuse.
@Suite struct CanonResolutionTests {
    static func key(_ key: String, articles: Int, per: Int = 0, org: Int = 0, loc: Int = 0) -> CanonCandidate {
        CanonCandidate(key: key, articles: articles, votes: [per, org, loc, 0])
    }

    static func root(_ short: CanonCandidate, claims: [(CanonCandidate, Int)] = [], sameLastWord: [CanonCandidate] = []) -> String {
        CanonResolution.root(CanonEvidence(short: short, claims: claims.map { (candidate: $0.0, articles: $0.1) },
                                           sameLastWord: sameLastWord))
    }

    // MARK: - Which keys take part

    @Test func joinableKeysAreOneWordOrAParticleSurname() {
        #expect(ShortForm.isJoinable("trump"))
        #expect(ShortForm.isJoinable("le pen"))
        #expect(ShortForm.isJoinable("al assad"))
        #expect(ShortForm.isJoinable("van der bellen"))
        #expect(!ShortForm.isJoinable("donald trump"))
        #expect(!ShortForm.isJoinable("ben carson"), "'ben' begins given names as often")
        #expect(!ShortForm.isJoinable("al qaeda in the arabian peninsula"))
    }

    @Test func surnamesOfAFullName() {
        #expect(ShortForm.surnames(of: "barack obama") == ["obama"])
        #expect(ShortForm.surnames(of: "bashar al assad") == ["assad", "al assad"])
        #expect(ShortForm.surnames(of: "alexander van der bellen") == ["bellen", "der bellen", "van der bellen"])
        #expect(ShortForm.surnames(of: "obama") == [])
        #expect(ShortForm.isSurname("le pen", of: "marine le pen"))
        #expect(!ShortForm.isSurname("le pen", of: "le pen"))
        #expect(!ShortForm.isSurname("kim", of: "kim jong un"), "a first word is no surname")
    }

    @Test func aFullNameIsNeverJoined() {
        let ivanka = Self.key("ivanka trump", articles: 1, per: 1)
        #expect(Self.root(ivanka, sameLastWord: [Self.key("donald trump", articles: 9, per: 20)]) == "ivanka trump")
    }

    // MARK: - Rule 1: a surname by vote

    @Test func aPersonsSurnameJoinsTheFullNameWithMostArticles() {
        let trump = Self.key("trump", articles: 5, per: 9)
        let names = [Self.key("ivanka trump", articles: 3, per: 4), Self.key("donald trump", articles: 8, per: 20),
                     Self.key("trump tower", articles: 12, loc: 15)]
        #expect(Self.root(trump, sameLastWord: names) == "donald trump")
        #expect(Self.root(trump, sameLastWord: names.reversed()) == "donald trump", "the order of the rows does not matter")
    }

    @Test func aSurnameOfSeveralWordsJoinsToo() {
        let lePen = Self.key("le pen", articles: 6, per: 10)
        let names = [Self.key("marine le pen", articles: 9, per: 12), Self.key("jean marie le pen", articles: 2, per: 2),
                     Self.key("sean penn", articles: 1, per: 1)]
        #expect(Self.root(lePen, sameLastWord: names) == "marine le pen")
        #expect(Self.root(Self.key("al assad", articles: 3, per: 3),
                          sameLastWord: [Self.key("bashar al assad", articles: 7, per: 9)]) == "bashar al assad")
    }

    @Test func aTieLeavesTheSurnameAlone() {
        let camara = Self.key("camara", articles: 1, per: 1)
        #expect(Self.root(camara, sameLastWord: [Self.key("sadio camara", articles: 2, per: 2),
                                                 Self.key("oumar camara", articles: 2, per: 2)]) == "camara")
    }

    @Test func aSurnameDoesNotJoinANameOfAnotherType() {
        let pen = Self.key("penn", articles: 2, per: 2)
        #expect(Self.root(pen, sameLastWord: [Self.key("university of penn", articles: 5, org: 5)]) == "penn")
    }

    @Test func aParticleSurnameDoesNotJoinAnotherParticleSurname() {
        let assad = Self.key("assad", articles: 4, per: 5)
        let names = [Self.key("al assad", articles: 30, per: 40), Self.key("bashar al assad", articles: 7, per: 9)]
        #expect(Self.root(assad, sameLastWord: names) == "bashar al assad", "'al assad' is short itself, never an entity to join")
    }

    // MARK: - Rule 2: a surname by company

    @Test func aSurnameTaggedAsAnotherTypeJoinsAProminentFullNameBesideIt() {
        let obama = Self.key("obama", articles: 30, org: 40)
        let barack = Self.key("barack obama", articles: 200, per: 500)
        #expect(Self.root(obama, claims: [(barack, 22)], sameLastWord: [barack]) == "barack obama")
        #expect(Self.root(obama, claims: [(barack, 2)], sameLastWord: [barack]) == "obama", "beside it in under a tenth of its articles")
        let michelle = Self.key("michelle obama", articles: 5, per: 9)
        #expect(Self.root(obama, claims: [(michelle, 5)], sameLastWord: [michelle]) == "obama",
                "a full name in fewer than half as many articles as the word is not what the word means")
        let ford = Self.key("ford", articles: 16, org: 27)
        let gerald = Self.key("gerald ford", articles: 4, per: 10)
        #expect(Self.root(ford, claims: [(gerald, 2)], sameLastWord: [gerald]) == "ford")
        #expect(Self.root(ford, claims: [(Self.key("gerald ford", articles: 8, per: 20), 2)]) == "gerald ford")
        #expect(Self.root(obama, sameLastWord: [barack]) == "obama", "never beside it: an ORG is no surname by vote")
    }

    @Test func aPlaceRarelyBesideAPersonOfItsNameStaysAPlace() {
        let washington = Self.key("washington", articles: 400, loc: 900)
        let george = Self.key("george washington", articles: 6, per: 8)
        #expect(Self.root(washington, claims: [(george, 5)], sameLastWord: [george]) == "washington")
        #expect(Self.root(washington, claims: [(george, 60)], sameLastWord: [george]) == "washington",
                "often beside it, but the city is what the word mostly means")
    }

    @Test func oneArticleIsNoCompany() {
        let obama = Self.key("obama", articles: 1, org: 1)
        #expect(Self.root(obama, claims: [(Self.key("barack obama", articles: 50, per: 90), 1)]) == "obama")
    }

    // MARK: - Rule 3: a claim

    @Test func aWordUsedForAFullNameJoinsItsMostProminentExpansion() {
        let eu = Self.key("eu", articles: 10, org: 20)
        let claims = [(Self.key("european union", articles: 40, org: 80), 5), (Self.key("energy union", articles: 2, org: 2), 1)]
        #expect(Self.root(eu, claims: claims) == "european union")
        #expect(Self.root(Self.key("kim", articles: 4, per: 4), claims: [(Self.key("kim jong un", articles: 20, per: 30), 1)]) == "kim jong un")
    }

    @Test func oneArticlesOddGroupingJoinsNothing() {
        let cnn = Self.key("cnn", articles: 50, org: 60)
        #expect(Self.root(cnn, claims: [(Self.key("paula hancocks beijing", articles: 1, per: 1), 1)]) == "cnn")
        let britain = Self.key("britain", articles: 30, loc: 40)
        let uk = Self.key("united kingdom", articles: 60, loc: 90)
        #expect(Self.root(britain, claims: [(uk, 1)]) == "britain", "not a word or the initials: one article is no proof")
        #expect(Self.root(britain, claims: [(uk, 2)]) == "united kingdom", "two articles are")
    }

    @Test func aNameOfOneArticleTakesAWordOfMoreOnlyAsItsInitials() {
        let george = Self.key("george", articles: 10, per: 14)
        #expect(Self.root(george, claims: [(Self.key("jamie george", articles: 1, per: 1), 1)]) == "george")
        let cia = Self.key("cia", articles: 36, org: 77)
        #expect(Self.root(cia, claims: [(Self.key("central intelligence agency", articles: 1, org: 2), 1)])
                == "central intelligence agency")
        let dw = Self.key("dw", articles: 100, org: 150)
        #expect(Self.root(dw, claims: [(Self.key("deutsche welle", articles: 6, org: 11), 1)]) == "deutsche welle")
        let uk = Self.key("uk", articles: 0)
        #expect(Self.root(uk, claims: [(Self.key("united kingdom", articles: 1, loc: 1), 1)]) == "united kingdom",
                "a word used only as the name's alias")
    }

    @Test func aClaimAcrossTypesJoinsNothing() {
        let kim = Self.key("kim", articles: 3, per: 3)
        #expect(Self.root(kim, claims: [(Self.key("us kim", articles: 1, loc: 1), 3)]) == "kim")
    }

    @Test func aParticleSurnameJoinsOnlyByTheSurnameRules() {
        let alJazeera = Self.key("al jazeera", articles: 40, org: 60)
        #expect(Self.root(alJazeera, claims: [(Self.key("al jazeera english", articles: 50, org: 50), 3)]) == "al jazeera")
    }

    // MARK: - The type of an entity

    @Test func keysJoinedByCompanyDoNotVoteForTheType() {
        // Barack Obama's own mentions, and "Obama" tagged ORG far more often.
        #expect(CanonResolution.entityType(root: [174, 76, 2, 3], joined: [[17, 506, 1, 1]]) == .person)
        // Keys that agree vote: a name tagged ORG a little more than PER, and a word joined to it, ORG throughout.
        #expect(CanonResolution.entityType(root: [10, 12, 0, 0], joined: [[0, 30, 0, 0]]) == .organisation)
        #expect(CanonResolution.entityType(root: [3, 0, 0, 0], joined: [[1, 0, 0, 0], [0, 9, 0, 0]]) == .person)
        #expect(CanonResolution.entityType(root: [0, 0, 450, 0], joined: []) == .location, "a single key is its own vote")
        #expect(CanonResolution.entityType(root: [0, 0, 0, 0], joined: [[0, 2, 0, 0]]) == .organisation)
    }
}
