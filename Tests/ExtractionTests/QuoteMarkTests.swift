import EntityTagger
import NewsModel
import Testing
@testable import Extraction

/// Straight quote marks paired by the side they face (QuoteMarks.swift), and the speakers of quotes whose cue is
/// in another sentence or missing (Quotes.swift, QuoteSyntax.swift): each rule on a constructed sentence.
@Suite struct QuoteMarkTests {
    func run(_ text: String, _ tags: [String: String]) -> Extraction {
        ExtractionPipeline(tagger: ListTagger(tags: tags)).extract(Article(text: text))
    }

    func speaker(_ x: Extraction, _ starts: String) -> String? {
        guard let q = x.quotes.first(where: { $0.text.hasPrefix(starts) }) else { return "no such quote" }
        return x.entities.first { $0.id == q.speaker }?.name ?? q.speakerName
    }

    @Test func aQuoteRunOnWithoutItsClosingMarkIsTwoQuotesOfOneSpeaker() {
        // paragraphs lost: each paragraph of the long quote opened with a mark, only the last one closed
        let x = run("Izzi Seccombe said: \"We have warned that the care market is close to collapse. \"These figures show "
            + "the strain providers are under.\" Many home care companies say their problem is recruitment.",
                    ["Izzi": "B-PER", "Seccombe": "I-PER"])
        #expect(x.quotes.map(\.text) == ["We have warned that the care market is close to collapse.",
                                         "These figures show the strain providers are under."])
        #expect(speaker(x, "These figures") == "Izzi Seccombe")
        #expect(!x.quotes.contains { $0.text.hasPrefix("Many home care") })
    }

    @Test func aClosingMarkWithNoOpeningMarkIsDropped() {
        // the opening mark of the first quote was lost: the pairing must not turn the next quote inside out
        let x = run("Exports rose by ten percent last year,\" the premier said. \"It is important for us to keep this "
            + "market,\" Dmitry Medvedev said.", ["Dmitry": "B-PER", "Medvedev": "I-PER"])
        #expect(x.quotes.map(\.text) == ["It is important for us to keep this market"])
        #expect(speaker(x, "It is important") == "Dmitry Medvedev")
    }

    @Test func aGarbledApostropheInsideAQuoteDoesNotCloseIt() {
        let x = run("Sergey Ivanov said that \"animals should never live in citizens\"?houses and apartments.\" "
            + "He spoke in Moscow.", ["Sergey": "B-PER", "Ivanov": "I-PER", "Moscow": "B-LOC"])
        #expect(x.quotes.count == 1)
        #expect(x.quotes.first?.text.hasSuffix("houses and apartments.") == true)
    }

    @Test func aQuoteAloneInItsSentenceContinuesItsSpeakerNotAnAccordingToAfterIt() {
        let x = run("\"The office will bring a creative approach,\" Jared Kushner said in a statement. \"We have an "
            + "opportunity to find solutions now.\" According to the Centers for Disease Control, 91 Americans die every day.",
                    ["Jared": "B-PER", "Kushner": "I-PER", "Centers": "B-ORG", "Disease": "I-ORG", "Control": "I-ORG"])
        #expect(speaker(x, "We have an opportunity") == "Jared Kushner")
    }

    @Test func aVerbWithItsOwnObjectInTheNextSentenceIsNoCue() {
        let x = run("President Petro Poroshenko called the shooting a \"Russian state terrorist act.\" Russian "
            + "authorities denied the accusation.", ["Petro": "B-PER", "Poroshenko": "I-PER", "Russian": "B-MISC"])
        #expect(speaker(x, "Russian state") == "Petro Poroshenko")
    }

    @Test func aPassiveVerbInTheNextSentenceIsNoCue() {
        let x = run("\"The government should be more open,\" said Weera Somnuk of the group iLaw. \"They should start "
            + "listening to people now.\" Thailand was asked to address several rights issues in Geneva.",
                    ["Weera": "B-PER", "Somnuk": "I-PER", "iLaw": "B-ORG", "Thailand": "B-LOC", "Geneva": "B-LOC"])
        #expect(speaker(x, "They should start") == "Weera Somnuk")
    }

    @Test func aPronounSubjectSpeaksAQuoteWithNoCue() {
        let x = run("The army chief, General Qamar Bajwa, has lost patience. On Thursday he issued a veiled threat "
            + "that \"each drop of blood shall be avenged immediately.\"", ["Qamar": "B-PER", "Bajwa": "I-PER"])
        #expect(speaker(x, "each drop") == "Qamar Bajwa")
    }

    @Test func aSentenceThatOnlyNamesAPersonSignsTheQuoteBeforeIt() {
        let x = run("\"We will grow faster. The issue is whether other approaches help.\" Jiang Shan, researcher at "
            + "the Center for China and Globalization, based in Beijing. \"The products we make overseas are ten "
            + "percent of sales.\" Liu Yonghao, chairman of New Hope Group, explaining the plan.",
                    ["Jiang": "B-PER", "Shan": "I-PER", "Liu": "B-PER", "Yonghao": "I-PER", "Beijing": "B-LOC",
                     "New": "B-ORG", "Hope": "I-ORG", "Group": "I-ORG"])
        #expect(speaker(x, "We will grow") == "Jiang Shan")
        #expect(speaker(x, "The products") == "Liu Yonghao")
    }

    @Test func someoneSpeakingForAPersonIsNotThatPerson() {
        let x = run("Theresa May's official spokesman said the prime minister was \"disappointed that once again the "
            + "union is disrupting passengers\".", ["Theresa": "B-PER", "May": "I-PER"])
        #expect(speaker(x, "disappointed") == "Theresa May's official spokesman")
    }

    @Test func aNameModifyingANounIsNoOneAPronounPointsAt() {
        let x = run("Ann Reed runs the office. A friend of mine is hammered by a Trump co-worker. \"He makes my work "
            + "life hell every single day,\" she says.", ["Ann": "B-PER", "Reed": "I-PER", "Trump": "B-PER"])
        #expect(speaker(x, "He makes") == "Ann Reed")
    }

    @Test func theTitleOfAWorkIsNoQuote() {
        let x = run("Veera Somwong asked which promises of the junta's theme song \"Returning Happiness to Thailand\" "
            + "had been kept. Mikk Marran presented a report dubbed \"Estonia in the international security environment.\"",
                    ["Veera": "B-PER", "Somwong": "I-PER", "Mikk": "B-PER", "Marran": "I-PER"])
        #expect(x.quotes.isEmpty)
    }

    @Test func theWordsOfAChargeAreNotTheAccused() {
        let x = run("Mahmoud Hussein faces a fabricated allegation of \"disseminating false news and receiving funds "
            + "from abroad.\"", ["Mahmoud": "B-PER", "Hussein": "I-PER"])
        #expect(speaker(x, "disseminating") == nil)
    }

    @Test func aViewIsASpeechNoun() {
        let x = run("Enda Kenny spoke in Washington. The Taoiseach repeated his view that Brexit would be \"bad for "
            + "Britain, for Ireland and for Europe\".", ["Enda": "B-PER", "Kenny": "I-PER", "Washington": "B-LOC"])
        #expect(speaker(x, "bad for Britain") == "Enda Kenny")
    }

    @Test func rememberingIsSaying() {
        let x = run("Gerlinde Rohr was in the stadium that night. \"I was there with a school mate and we cheered,\" "
            + "she remembers.", ["Gerlinde": "B-PER", "Rohr": "I-PER"])
        #expect(speaker(x, "I was there") == "Gerlinde Rohr")
    }

    @Test func aMediaNameRightAfterTheCueIsNoQuote() {
        let x = run("\"The real question is who the others will back,\" expert Michael Leach told \"The Australian\" "
            + "newspaper.", ["Michael": "B-PER", "Leach": "I-PER"])
        #expect(x.quotes.map(\.text) == ["The real question is who the others will back"])
    }
}

/// A person's surname the tagger left untagged: a mention where the context makes it a person (UntaggedSurnames).
@Suite struct UntaggedSurnameTests {
    /// Tags "Theresa May" as a name and leaves a bare "May" untagged, as the trained tagger does.
    struct FullNameTagger: DocumentTagger {
        func tag(sentences: [[String]]) -> [[String]] {
            sentences.map { words in
                words.indices.map { k in
                    if words[k] == "Theresa" { return "B-PER" }
                    if words[k] == "May", k > 0, words[k - 1] == "Theresa" { return "I-PER" }
                    return "O"
                }
            }
        }
    }

    func mayMentions(_ text: String) -> [String] {
        let document = ExtractionPipeline(tagger: FullNameTagger()).run(Document(text: text))
        return document.mentions.filter { $0.type == .person }.map { document.string($0.span) }
    }

    @Test func aSurnameBeforeASpeechVerbIsThePerson() {
        #expect(mayMentions("Theresa May met the Irish leader. \"We will deliver,\" May said.") == ["Theresa May", "May"])
    }

    @Test func aSurnameAfterAnHonorificOrATitleIsThePerson() {
        #expect(mayMentions("Theresa May spoke. Mrs May left. Later Prime Minister May returned.")
            == ["Theresa May", "May", "May"])
    }

    @Test func theMonthStaysAMonth() {
        #expect(mayMentions("Theresa May spoke. Talks begin in May. The vote is on 9 May. May 5 is a Friday.") == ["Theresa May"])
    }

    @Test func aQuoteOfTheBareSurnameGoesToThePerson() {
        let x = ExtractionPipeline(tagger: FullNameTagger()).extract(Article(text:
            "Theresa May met the Irish leader on Monday. \"We will deliver a Brexit that works for everyone,\" May said."))
        let speaker = x.quotes.first.flatMap { q in x.entities.first { $0.id == q.speaker }?.name }
        #expect(speaker == "Theresa May")
    }
}
