import Testing
@testable import Dedup

/// The merge rules on constructed reports: each rule once kept and once broken.
@Suite struct StoryMergeTests {
    let policy = StoryMergePolicy()
    let aleppo = StoryPlace(entity: 10, key: "aleppo")
    let idlib = StoryPlace(entity: 11, key: "idlib")

    func report(_ article: String, cameo: String = "190", day: String? = "2017-03-05", place: StoryPlace? = nil,
                actors: Set<Int64> = [], targets: Set<Int64> = [], killed: Int? = nil, source: String? = nil,
                published: String? = nil) -> StoryReport {
        StoryReport(eventID: article + "-1", article: article, source: source ?? article + ".example", cameo: cameo,
                    day: day, place: place, actors: actors, targets: targets, fatalities: killed,
                    published: published ?? day)
    }

    func storyCount(_ reports: [StoryReport]) -> Int { policy.stories(reports).count }

    @Test func fiveReportsOfOneAbductionAreOneIncident() {
        // GDELT's failure: one abduction in Nigeria counted once per report.
        let place = StoryPlace(entity: 3, key: "dapchi")
        let reports = (1...5).map { report("a\($0)", cameo: "181", place: place, actors: [7]) }
        let stories = policy.stories(reports)
        #expect(stories.count == 1)
        #expect(stories[0].numArticles == 5)
        #expect(stories[0].numSources == 5)
        #expect(stories[0].reports.count == 5)
    }

    @Test func familyMustAgree() {
        #expect(storyCount([report("a", cameo: "183", place: aleppo), report("b", cameo: "190", place: aleppo)]) == 1)
        #expect(storyCount([report("a", cameo: "173", place: aleppo), report("b", cameo: "190", place: aleppo)]) == 2)
    }

    @Test func oneArticlesTwoReportsStayTwoIncidents() {
        let a = report("a", place: aleppo)
        var b = report("a", place: aleppo)
        b.eventID = "a-2"
        #expect(storyCount([a, b]) == 2)
    }

    @Test func daysAtMostTwoApart() {
        #expect(storyCount([report("a", day: "2017-03-01", place: aleppo), report("b", day: "2017-03-03", place: aleppo)]) == 1)
        #expect(storyCount([report("a", day: "2017-02-27", place: aleppo), report("b", day: "2017-03-02", place: aleppo)]) == 2)
        // The window holds for the whole story: 1st, 3rd and 5th are not one incident.
        let chain = [report("a", day: "2017-03-01", place: aleppo), report("b", day: "2017-03-03", place: aleppo),
                     report("c", day: "2017-03-05", place: aleppo)]
        #expect(storyCount(chain) == 2)
        #expect(storyCount([report("a", day: nil, place: aleppo), report("b", day: nil, place: aleppo)]) == 2)
    }

    @Test func placesMustAgree() {
        #expect(storyCount([report("a", place: aleppo), report("b", place: idlib)]) == 2)
        // The same name, different entity ids (another store's, or a relinked entity).
        #expect(storyCount([report("a", place: aleppo), report("b", place: StoryPlace(entity: 99, key: "aleppo"))]) == 1)
    }

    @Test func coordinatesWithinFiftyKilometresOrTheSameRegion() {
        let kabul = StoryPlace(entity: 1, key: "kabul", country: "AF", admin1: "13", lat: 34.53, lon: 69.17)
        let bagram = StoryPlace(entity: 2, key: "bagram", country: "AF", admin1: "23", lat: 34.95, lon: 69.26)
        let kandahar = StoryPlace(entity: 3, key: "kandahar", country: "AF", admin1: "23", lat: 31.61, lon: 65.71)
        let paghman = StoryPlace(entity: 4, key: "paghman", country: "AF", admin1: "13", lat: 34.59, lon: 68.95)
        #expect(policy.samePlace(kabul, bagram))  // 47 km
        #expect(!policy.samePlace(kabul, kandahar))
        #expect(policy.samePlace(kandahar, bagram))  // same region code in this constructed set
        #expect(policy.samePlace(kabul, paghman))
        // A country is no place to merge on: Kandahar and "Afghanistan" are not the same place, and two reports
        // placed only in the country need everything else to agree (below).
        let afghanistan = StoryPlace(entity: 5, key: "afghanistan", country: "AF", lat: 33.9, lon: 67.7, precision: .country)
        #expect(!policy.samePlace(kandahar, afghanistan))
        #expect(!afghanistan.isMergeable && kandahar.isMergeable)
        let region = StoryPlace(entity: 7, key: "kabul province", country: "AF", admin1: "13", precision: .region)
        #expect(policy.samePlace(paghman, region))
        #expect(!policy.samePlace(kandahar, region))
    }

    @Test func aReportWithoutAPlaceJoinsOnlyWhenEverythingElseAgrees() {
        // Same day, same code, a shared actor, and a shared target or the same death toll.
        #expect(storyCount([report("a", place: aleppo, actors: [5], targets: [8]), report("b", actors: [5], targets: [8])]) == 1)
        #expect(storyCount([report("a", place: aleppo, actors: [5], killed: 7), report("b", actors: [5], killed: 7)]) == 1)
        // A shared actor alone is not enough.
        #expect(storyCount([report("a", place: aleppo, actors: [5]), report("b", actors: [5])]) == 2)
        #expect(storyCount([report("a", place: aleppo, actors: [5], targets: [8]), report("b", actors: [6], targets: [8])]) == 2)
        // Another day, or another code of the family.
        #expect(storyCount([report("a", actors: [5], targets: [8]), report("b", day: "2017-03-06", actors: [5], targets: [8])]) == 2)
        #expect(storyCount([report("a", cameo: "190", actors: [5], targets: [8]), report("b", cameo: "193", actors: [5], targets: [8])]) == 2)
        #expect(storyCount([report("a", place: aleppo), report("b")]) == 2)
        #expect(storyCount([report("a"), report("b")]) == 2)
    }

    @Test func tenAppealsOfOneManInAWeekAreTenAppeals() {
        // Main's failure in session 4: unrelated "Trump appeals" with no place merged on the actor alone.
        let usa = StoryPlace(entity: 40, key: "united states", country: "US", lat: 39.8, lon: -98.6, precision: .country)
        var reports: [StoryReport] = []
        for index in 0..<10 {
            let place: StoryPlace? = index % 2 == 0 ? usa : nil
            let targets: Set<Int64> = index < 5 ? [] : [Int64(100 + index)]
            let day = "2017-03-0" + String(1 + index % 3)
            reports.append(report("a" + String(index), cameo: "020", day: day, place: place, actors: [1], targets: targets))
        }
        #expect(storyCount(reports) == 10)
    }

    @Test func countriesThatDifferKeepUnplacedReportsApart() {
        let syria = StoryPlace(entity: 41, key: "syria", country: "SY", precision: .country)
        let iraq = StoryPlace(entity: 42, key: "iraq", country: "IQ", precision: .country)
        #expect(storyCount([report("a", place: syria, actors: [5], targets: [8]), report("b", place: syria, actors: [5], targets: [8])]) == 1)
        #expect(storyCount([report("a", place: syria, actors: [5], targets: [8]), report("b", place: iraq, actors: [5], targets: [8])]) == 2)
    }

    @Test func theSameRegionIsTheSamePlace() {
        let lashkarGah = StoryPlace(entity: 20, key: "lashkar gah", country: "AF", admin1: "10", lat: 31.59, lon: 64.37, precision: .city)
        let sangin = StoryPlace(entity: 21, key: "sangin", country: "AF", admin1: "10", lat: 32.07, lon: 64.83, precision: .city)
        let helmand = StoryPlace(entity: 22, key: "helmand", country: "AF", admin1: "10", lat: 31.0, lon: 64.0, precision: .region)
        let kandahar = StoryPlace(entity: 23, key: "kandahar", country: "AF", admin1: "23", lat: 31.61, lon: 65.71, precision: .city)
        #expect(policy.samePlace(lashkarGah, sangin))  // 69 km apart, one province
        #expect(policy.samePlace(helmand, sangin))
        #expect(!policy.samePlace(helmand, kandahar))
        #expect(storyCount([report("a", place: lashkarGah, actors: [3]), report("b", place: helmand, actors: [3])]) == 1)
    }

    @Test func sidesMustShareANameWhenBothNameThem() {
        #expect(storyCount([report("a", place: aleppo, actors: [1, 2]), report("b", place: aleppo, actors: [2])]) == 1)
        #expect(storyCount([report("a", place: aleppo, actors: [1]), report("b", place: aleppo, actors: [2])]) == 2)
        #expect(storyCount([report("a", place: aleppo, targets: [1]), report("b", place: aleppo, targets: [3])]) == 2)
        // One side unnamed in one report: no contradiction.
        #expect(storyCount([report("a", place: aleppo, actors: [1]), report("b", place: aleppo, targets: [3])]) == 1)
    }

    @Test func tollsThatContradictAreTwoIncidents() {
        #expect(storyCount([report("a", place: aleppo, killed: 10), report("b", place: aleppo, killed: 25)]) == 1)
        #expect(storyCount([report("a", place: aleppo, killed: 5), report("b", place: aleppo, killed: 40)]) == 2)
        #expect(storyCount([report("a", place: aleppo, killed: 0), report("b", place: aleppo, killed: 10)]) == 2)
        #expect(storyCount([report("a", place: aleppo, killed: 12), report("b", place: aleppo)]) == 1)
        #expect(policy.contradicts(5, 40) && !policy.contradicts(40, 100) && !policy.contradicts(nil, 3))
    }

    @Test func theTollIsTheBestSupportedReportNeverTheSum() {
        let reports = [report("a", place: aleppo, killed: 12, published: "2017-03-05T08:00"),
                       report("b", place: aleppo, killed: 15, published: "2017-03-05T09:00"),
                       report("c", place: aleppo, killed: 15, published: "2017-03-05T10:00"),
                       report("d", place: aleppo, killed: 12, published: "2017-03-05T07:00"),
                       report("e", place: aleppo, killed: 15, published: "2017-03-06T07:00")]
        let story = policy.stories(reports)
        #expect(story.count == 1)
        #expect(story[0].fatalities == 15)
        #expect(story[0].lead.fatalities == 15)
        // Equal support: the latest report's figure (a toll rises as bodies are counted).
        let tied = policy.stories([report("a", place: aleppo, killed: 20, published: "2017-03-05T08:00"),
                                   report("b", place: aleppo, killed: 9, published: "2017-03-05T09:00")])
        #expect(tied.map(\.fatalities) == [9])
    }

    @Test func sourcesCountedOnceEach() {
        let reports = [report("a", place: aleppo, source: "aljazeera.com"), report("b", place: aleppo, source: "AlJazeera.com"),
                       report("c", place: aleppo, source: "cnn.com")]
        let story = policy.stories(reports)
        #expect(story.map(\.numArticles) == [3])
        #expect(story.map(\.numSources) == [2])
    }

    @Test func theSameSetGivesTheSameStoriesInAnyOrder() {
        let reports = [report("a", day: "2017-03-05", place: aleppo, actors: [1], killed: 4),
                       report("b", day: "2017-03-06", place: aleppo, actors: [1], killed: 5),
                       report("c", day: "2017-03-06", place: idlib, killed: 30),
                       report("d", day: "2017-03-07", place: idlib, killed: 33),
                       report("e", day: "2017-03-07", place: aleppo, actors: [2]),
                       report("f", day: "2017-03-12", place: aleppo, actors: [1])]
        func grouping(_ list: [StoryReport]) -> Set<Set<String>> {
            Set(policy.stories(list).map { Set($0.reports.map(\.article)) })
        }
        let expected = grouping(reports)
        #expect(expected == [["a", "b"], ["c", "d"], ["e"], ["f"]])
        var gen = SplitMix(seed: 5)
        for _ in 0..<20 {
            #expect(grouping(reports.shuffled(using: &gen)) == expected)
        }
    }

    @Test func civilDays() {
        #expect(CivilDay.number("1970-01-01") == 0)
        #expect(CivilDay.number("2017-03-01")! - CivilDay.number("2017-02-28")! == 1)
        #expect(CivilDay.number("2016-03-01")! - CivilDay.number("2016-02-28")! == 2)
        #expect(CivilDay.number("2017-03") == nil)
        #expect(CivilDay.number("2017-13-01") == nil)
        #expect(CivilDay.number("2017-03-05T10:00:00Z") == CivilDay.number("2017-03-05"))
    }
}

struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Reports with neither place nor names: only copies of one text say they are one incident.
@Suite struct StoryCopiesTests {
    let policy = StoryMergePolicy()

    func report(_ article: String, _ trigger: String, cameo: String = "14", sentence: Int = 0) -> StoryReport {
        StoryReport(eventID: "\(article)-\(trigger)", article: article, sentence: sentence, cameo: cameo,
                    day: "2023-06-03", trigger: trigger)
    }

    @Test func copiesMergeTheirSameWordedReports() {
        let reports = [report("a", "protests"), report("a", "marched", sentence: 2),
                       report("b", "Protests"), report("b", "marched", sentence: 2)]
        let apart = policy.stories(reports)
        #expect(apart.count == 4)
        let merged = policy.stories(reports, copies: ArticleCopies([("b", "a")]))
        #expect(Set(merged.map { Set($0.reports.map(\.eventID)) })
                == [["a-protests", "b-Protests"], ["a-marched", "b-marched"]])
    }

    @Test func aCopyDoesNotMergeDifferentWordsOrCodes() {
        let copies = ArticleCopies([("a", "b")])
        #expect(policy.stories([report("a", "protests"), report("b", "marched")], copies: copies).count == 2)
        #expect(policy.stories([report("a", "protests"), report("b", "protests", cameo: "145")], copies: copies).count == 2)
        // Nor reports of articles that are no copies of each other.
        #expect(policy.stories([report("a", "protests"), report("c", "protests")], copies: copies).count == 2)
    }
}
