import Foundation
import NewsModel
import Testing
@testable import Evaluation

@Suite("Incidents: violent incidents and arrests, one to one by evidence")
struct IncidentMatcherTests {
    // Three sentences of a made-up report; spans are Unicode-scalar offsets.
    static let text = "Gunmen shot dead four guards at a depot in Kalabo on Monday. "
        + "Police arrested two suspects near the border. "
        + "The attack on the depot was the third this year, residents said."
    static var spans: [Span] {
        var spans: [Span] = []
        var start = 0
        for sentence in text.components(separatedBy: ". ") {
            let length = sentence.unicodeScalars.count + (start + sentence.unicodeScalars.count < text.unicodeScalars.count ? 2 : 0)
            spans.append(Span(start: start, end: start + length))
            start += length
        }
        return spans
    }
    static let kalabo = Entity(id: "E1", type: .location, name: "Kalabo")

    static func gold(_ events: [GoldEvent], exhaustive: Bool = true) -> GoldFile {
        GoldFile(article: "news/x.csv#1", exhaustive: exhaustive, events: events)
    }

    static let shooting = GoldEvent(cameo: ["18"], what: "gunmen shoot four guards", location: "Kalabo",
                                    date: "2017-02-06", fatalities: 4,
                                    evidence: ["shot dead four guards", "The attack on the depot"])
    static let arrest = GoldEvent(cameo: ["17"], what: "two suspects arrested", evidence: ["Police arrested two suspects"])

    @Test("A prediction matches by a snippet in one of its sentences and a gold code; date and place checked")
    func matchesByEvidence() {
        let x = extraction(entities: [Self.kalabo], events: [
            Event(cameo: "18", label: "assault", trigger: "shot", location: "E1", date: "2017-02-06", sentence: 0),
            Event(cameo: "173", label: "coerce", trigger: "arrested", date: "2017-02-07", sentence: 1),
        ], sentences: Self.spans)
        let result = IncidentMatcher.score(Self.gold([Self.shooting, Self.arrest]), x, text: Self.text)
        #expect(result.score == CategoryScore(gold: 2, predicted: 2, found: 2, matched: 2))
        #expect(result.attributes[.incidentDate] == AttributeScore(correct: 1, total: 1))
        #expect(result.attributes[.incidentPlace] == AttributeScore(correct: 1, total: 1))
    }

    @Test("The CAMEO root must be one of the gold's codes")
    func wrongCode() {
        let x = extraction(events: [Event(cameo: "19", label: "fight", trigger: "shot", sentence: 0)], sentences: Self.spans)
        let result = IncidentMatcher.score(Self.gold([Self.shooting]), x, text: Self.text)
        #expect(result.score == CategoryScore(gold: 1, predicted: 1, found: 0, matched: 0))
        #expect(result.missed.count == 1 && result.unmatched.count == 1)
    }

    @Test("An incident predicted twice (lead and recap apart) counts once; the copy is a false positive")
    func duplicateIsFalsePositive() {
        let x = extraction(events: [
            Event(cameo: "18", label: "assault", trigger: "shot", sentence: 0),
            Event(cameo: "18", label: "assault", trigger: "attack", sentence: 2),
        ], sentences: Self.spans)
        let result = IncidentMatcher.score(Self.gold([Self.shooting]), x, text: Self.text)
        #expect(result.score == CategoryScore(gold: 1, predicted: 2, found: 1, matched: 1))
        #expect(result.score.precision == 0.5)
    }

    @Test("A merged prediction listing both sentences matches through either")
    func mergedSentences() {
        let x = extraction(events: [Event(cameo: "18", label: "assault", trigger: "attack", sentence: 2, sentences: [0, 2])],
                           sentences: Self.spans)
        let gold = GoldEvent(cameo: ["18"], evidence: ["shot dead four guards"])
        let result = IncidentMatcher.score(Self.gold([gold]), x, text: Self.text)
        #expect(result.score.found == 1)
    }

    @Test("One to one: the matching is maximal, not greedy")
    func maximalMatching() {
        // Prediction A fits both golds, prediction B only the first; a greedy pass that gives A to the first gold
        // would find one; the maximum finds two.
        let first = GoldEvent(cameo: ["18", "17"], evidence: ["shot dead four guards", "Police arrested two suspects"])
        let second = GoldEvent(cameo: ["17"], evidence: ["Police arrested two suspects"])
        let x = extraction(events: [
            Event(cameo: "17", label: "coerce", trigger: "arrested", sentence: 1),   // A
            Event(cameo: "18", label: "assault", trigger: "shot", sentence: 0),      // B
        ], sentences: Self.spans)
        let result = IncidentMatcher.score(Self.gold([first, second]), x, text: Self.text)
        #expect(result.score == CategoryScore(gold: 2, predicted: 2, found: 2, matched: 2))
    }

    @Test("Only 17-20 count: other predicted and gold events are left out")
    func onlyIncidents() {
        let x = extraction(events: [
            Event(cameo: "04", label: "consult", trigger: "met", sentence: 1),
            Event(cameo: "20", label: "mass violence", trigger: "massacre", sentence: 2),
        ], sentences: Self.spans)
        let talk = GoldEvent(cameo: ["04"], evidence: ["Police arrested two suspects"])
        let result = IncidentMatcher.score(Self.gold([talk, Self.arrest]), x, text: Self.text)
        #expect(result.score == CategoryScore(gold: 1, predicted: 1, found: 0, matched: 0))
    }

    @Test("A file that is not exhaustive scores no incidents (unmatched predictions would not be errors)")
    func notExhaustive() {
        let x = extraction(events: [Event(cameo: "18", label: "assault", trigger: "shot", sentence: 0)], sentences: Self.spans)
        let result = IncidentMatcher.score(Self.gold([Self.shooting], exhaustive: false), x, text: Self.text)
        #expect(result.score == CategoryScore())
    }

    @Test("Snippets compare with typographic quotes, dashes, case and whitespace made plain")
    func comparableForms() {
        #expect(SentenceTexts.comparable("The  \u{201C}Army\u{201D} \u{2014} said\n it\u{2019}s") == "the \"army\" - said it's")
        let text = "Rebels \u{2018}ambushed\u{2019} a convoy near Tessit."
        let x = extraction(events: [Event(cameo: "19", label: "fight", trigger: "ambushed", sentence: 0)],
                           sentences: [Span(start: 0, end: text.unicodeScalars.count)])
        let gold = GoldEvent(cameo: ["19"], evidence: ["rebels 'ambushed' a convoy"])
        #expect(IncidentMatcher.score(Self.gold([gold]), x, text: text).score.found == 1)
    }

    @Test("Version 2 decodes: exhaustive, evidence, injured, held, cumulative counts with their period")
    func decodesVersionTwo() throws {
        let json = """
            {"article": "news/NewsArticles.csv#5", "exhaustive": true,
             "events": [{"cameo": ["18"], "evidence": ["four consecutive words here"], "injured": "3", "held": 2}],
             "counts": [{"type": "KILL", "number": 300000, "cumulative": true, "period": "since 2011"}]}
            """
        let gold = try GoldFile.decode(Data(json.utf8))
        #expect(gold.exhaustive)
        #expect(gold.events[0].evidence == ["four consecutive words here"])
        #expect(gold.events[0].injured == 3 && gold.events[0].held == 2 && gold.events[0].isIncident)
        #expect(gold.counts[0].cumulative && gold.counts[0].period == "since 2011")
        let again = try GoldFile.decode(try JSONEncoder().encode(gold))
        #expect(again == gold)
        let old = try GoldFile.decode(Data(#"{"article": "a.txt", "counts": [{"type": "KILL", "number": 3}]}"#.utf8))
        #expect(!old.exhaustive && !old.counts[0].cumulative)
    }

    @Test("Sets: one id a line, comments and blanks ignored; a bad line is named")
    func sets() throws {
        let set = try GoldSet.parse("# dev\n179\n\n681  # note\n179\n", name: "dev", file: "dev.txt")
        #expect(set.ids == [179, 681])
        #expect(throws: GoldFileError.self) { try GoldSet.parse("12\nabc\n", name: "x", file: "x.txt") }
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Paths.write("1\n2\n", to: folder.appendingPathComponent("sets/mini.txt"))
        try Paths.write("{\"article\": \"a.txt\"}", to: folder.appendingPathComponent("2.gold.json"))
        let loaded = try GoldSet.load("mini", goldFolder: folder.path)
        let files = loaded.files(goldFolder: folder.path)
        #expect(files.present.count == 1 && files.present[0].hasSuffix("2.gold.json") && files.missing == [1])
        #expect(throws: GoldFileError.self) { try GoldSet.load("nope", goldFolder: folder.path) }
    }
}
