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

    /// The user's seed article (tokenised with `seedSentences`, below): the gold people, places and nationalities are
    /// all found with their types; of the organisations, the CoNLL-style ones.
    @Test(.enabled(if: TestData.hasSeed, "needs ../shared/data/seed and ../shared/gold"))
    func seedArticle() throws {
        let tagger = try #require(Self.tagger)
        let text = try String(contentsOfFile: TestData.seed, encoding: .utf8)
        let sentences = Self.seedSentences(text)
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

    /// A small CoNLL-like tokeniser for the seed test only (the pipeline's real one lives in Extraction, which this
    /// target cannot import): punctuation apart, clitics "'s" and "n't" apart, abbreviations and initials kept whole;
    /// a sentence ends after ".", "!" or "?" (quotes and brackets may follow).
    static func seedSentences(_ text: String) -> [[String]] {
        let abbreviations: Set<String> = ["Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sen.", "Gen.", "Lt.", "Col.", "St.",
                                          "Jr.", "Inc.", "Corp.", "Co.", "Ltd.", "No.", "Jan.", "Feb.", "Aug.", "Sept.",
                                          "Oct.", "Nov.", "Dec.", "e.g.", "i.e."]
        let leading: Set<Character> = ["\"", "'", "(", "[", "\u{201C}", "\u{2018}", "\u{00AB}"]
        let trailing: Set<Character> = ["\"", "'", ")", "]", ",", ";", ":", "!", "?", ".", "\u{201D}", "\u{2019}", "\u{00BB}"]
        var sentences: [[String]] = [], current: [String] = []
        for chunk in text.split(whereSeparator: \.isWhitespace) {
            var word = Substring(chunk), before: [String] = [], after: [String] = []
            while let f = word.first, leading.contains(f), word.count > 1 { before.append(String(f)); word = word.dropFirst() }
            while let l = word.last, trailing.contains(l), word.count > 1 {
                // "Dr.", "J.", "U.S." keep their period
                if l == ".", abbreviations.contains(String(word)) || (word.dropLast().contains(".") && word.filter { $0 != "." }.count <= 3)
                    || (word.count == 2 && word.first!.isUppercase) { break }
                after.insert(String(l), at: 0)
                word = word.dropLast()
            }
            current += before
            if let clitic = ["'s", "\u{2019}s", "n't"].first(where: { word.hasSuffix($0) && word.count > $0.count }) {
                current += [String(word.dropLast(clitic.count)), clitic]
            } else {
                current.append(String(word))
            }
            current += after
            if let last = after.last(where: { !["\"", "'", "\u{201D}", ")"].contains($0) }), [".", "!", "?"].contains(last) {
                sentences.append(current)
                current = []
            }
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }
}
