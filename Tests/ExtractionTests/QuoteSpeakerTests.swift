import NewsModel
import Testing
@testable import Extraction

/// Speakers resolved beyond the cue's own subject: pronouns, titles, possessives, organisations, and quote marks
/// that are not quotes.
@Suite struct QuoteSpeakerTests {
    func extract(_ text: String) -> Extraction { ExtractionPipeline().extract(Article(text: text)) }

    func speaker(_ x: Extraction, _ starts: String) -> String? {
        guard let q = x.quotes.first(where: { $0.text.hasPrefix(starts) }) else { return "no such quote" }
        return x.entities.first { $0.id == q.speaker }?.name ?? q.speakerName
    }

    @Test func pronounSkipsPeopleNamedInsideQuotes() {
        let x = extract("Mayor Ana Ruiz spoke to reporters. \"I met Thomas Berger last week,\" Ruiz said. "
            + "\"I knew Berger well and trusted him,\" she said.")
        #expect(speaker(x, "I knew Berger") == "Ana Ruiz")
    }

    @Test func pronounPointsAtTheLastSpeaker() {
        let x = extract("\"They came from behind,\" said witness Joseph Mwangi. \"The car tried to escape,\" he continued. "
            + "\"They were fast,\" he added.")
        #expect(speaker(x, "The car tried") == "Joseph Mwangi")
        #expect(speaker(x, "They were fast") == "Joseph Mwangi")
    }

    @Test func pronounPointsAtTheSubjectOfTheSentenceBefore() {
        let x = extract("\"Rescue teams helped us,\" said Ahmed Karimi. The director of the shipping firm, captain "
            + "Pavel Orlov, is hopeful. \"The crew will be home soon,\" he explained.")
        #expect(speaker(x, "The crew will") == "Pavel Orlov")
    }

    @Test func pronounIsNotTheVictimOfAPreposition() {
        let x = extract("Police chief Mark Owens described the killing of Paul Reed. \"It was planned,\" he said.")
        #expect(speaker(x, "It was planned") == "Mark Owens")
    }

    @Test func possessiveSpeakerNamesTheOwner() {
        let x = extract("President Hana Sato condemned the attack and \"ordered an inquiry into the bombing,\" her office said.")
        #expect(speaker(x, "ordered an inquiry") == "Hana Sato's office")
    }

    @Test func titleNounPointsAtThePersonWithThatTitle() {
        let x = extract("Information Minister John Okello spoke on Monday. \"We will not pay,\" the minister said.")
        #expect(speaker(x, "We will not pay") == "John Okello")
    }

    @Test func roleNounFallsBackOnThePersonInFocus() {
        let x = extract("Editor Maria Lund wrote on Facebook that the staff were freed. \"They are safe and well,\" the journalist wrote.")
        #expect(speaker(x, "They are safe") == "Maria Lund")
    }

    @Test func itPointsAtTheLastSpeakerThatIsNoPerson() {
        let x = extract("The health ministry said in a statement that two nurses were missing. The army gave no details. "
            + "They had been \"taken by armed men near the border\", it said.")
        #expect(speaker(x, "taken by armed men") == "the health ministry")
    }

    @Test func speechNounWithItsOwner() {
        let x = extract("Kenji Mori's visit followed his remarks on Friday that the talks were \"close to a deal.\"")
        #expect(speaker(x, "close to a deal") == "Kenji Mori")
    }

    @Test func passiveQuotedByIsTheSubject() {
        let x = extract("\"We want justice,\" Ada Obi was quoted by the state news agency as saying.")
        #expect(speaker(x, "We want justice") == "Ada Obi")
    }

    @Test func subjectOfTheSentenceForACuelessFragment() {
        let x = extract("Foreign Minister Sadia Rahman also ordered an \"independent\" inquiry into the attacks.")
        #expect(speaker(x, "independent") == "Sadia Rahman")
    }

    @Test func scareQuotesWithoutCueAreDropped() {
        #expect(extract("Both countries held \"three-way\" talks in May.").quotes.isEmpty)
        #expect(extract("Police closed the weekly newspaper \"Le Soir\" on Monday.").quotes.isEmpty)
        #expect(extract("The latest \"drone strike\" in the region killed four people, officials say.").quotes.isEmpty)
        #expect(extract("Such raids, also known as \"night raids,\" have claimed many lives.").quotes.isEmpty)
    }

    @Test func attributedFragmentsStay() {
        let x = extract("The rebels dismissed as \"propaganda\" the army's claim.")
        #expect(speaker(x, "propaganda") == "the rebels")
    }

    @Test func aMisDecodedMarkIsNoQuote() {
        let x = extract("Aid reached the farmers\"?fields on Monday. Officials said the aid was \"long overdue and welcome\".")
        #expect(x.quotes.map(\.text) == ["long overdue and welcome"])
    }

    @Test func aSecondVerbSharesTheSubject() {
        let x = extract("The charity confirmed the kidnapping in Juba, but denied \"any ransom demand at all\".")
        #expect(speaker(x, "any ransom demand") == "the charity")
    }

    @Test func saidByEmailIsNoAgent() {
        let x = extract("The party's press office said by email that it had seen \"a sharp rise in members\".")
        #expect(speaker(x, "a sharp rise")?.hasSuffix("press office") == true)
    }

    @Test func aLostSpaceBeforeTheVerb() {
        let x = extract("Finance Minister Ruth Alemu spoke on Monday. \"We will not pay the ransom,\" the minister-said.")
        #expect(speaker(x, "We will not pay") == "Ruth Alemu")
        #expect(x.quotes.first?.cue == "said")
    }

    @Test func aNameAfterAPrepositionIsNoSubject() {
        let x = extract("Minister Ivan Petrov agreed with Anna Berg on Friday, saying the plan was \"a good start\".")
        #expect(speaker(x, "a good start") == "Ivan Petrov")
    }

    @Test func aPlaceInsideTheSubjectNounPhrase() {
        let x = extract("\"We are tired of waiting,\" the young teacher from Lagos explained.")
        #expect(speaker(x, "We are tired") == "the young teacher from Lagos")
    }

    @Test func aNounAfterACueIsNoCue() {
        let x = extract("A senior official said she was shocked by \"a terrible loss of life\", after claims that a school was hit.")
        #expect(x.quotes.first?.cue == "said")
        #expect(speaker(x, "a terrible loss") == "a senior official")
    }
}

@Suite struct QuoteFocusTests {
    func extract(_ text: String) -> Extraction { ExtractionPipeline().extract(Article(text: text)) }

    func speaker(_ x: Extraction, _ starts: String) -> String? {
        guard let q = x.quotes.first(where: { $0.text.hasPrefix(starts) }) else { return "no such quote" }
        return x.entities.first { $0.id == q.speaker }?.name ?? q.speakerName
    }

    @Test func aPronounSubjectKeepsTheFocus() {
        let x = extract("\"We will appeal,\" said Governor Paul Mensah. He so far has not named Judge Kofi Asante. "
            + "Later he tweeted that the \"biased ruling\" must go.")
        #expect(speaker(x, "biased ruling") == "Paul Mensah")
    }

    @Test func aCoordinatedVerbAfterTheQuote() {
        let x = extract("Governor Paul Mensah spoke in Accra. He described the plan as \"a weak copy of the first\" and said more.")
        #expect(speaker(x, "a weak copy") == "Paul Mensah")
    }

    @Test func genderSkipsAMismatchedCandidate() {
        let x = extract("The boy's mother said she was at the market. \"They told me it was my son,\" she said. "
            + "Doctors treated Samuel Okoro for burns. \"I was very cold,\" he said.")
        #expect(speaker(x, "They told me") == "The boy's mother" || speaker(x, "They told me") == "the boy's mother")
        #expect(speaker(x, "I was very cold") == "Samuel Okoro")
    }

    @Test func aQuoteRunningOnWithoutACue() {
        let x = extract("\"We want more engineers,\" Chen Wei says. \"But there are reasons that hold them back\" - for example, families.")
        #expect(speaker(x, "But there are") == "Chen Wei")
    }

    @Test func pointedOutNamesTheSpeakerAfterIt() {
        let x = extract("\"Well, maybe not,\" pointed out Mark Galloway.")
        #expect(speaker(x, "Well, maybe") == "Mark Galloway")
    }

    @Test func anApostropheBetweenLettersIsNoQuoteMark() {
        let x = extract("I don\"t know, said Tom. Officials called it \"a good first step\".")
        #expect(x.quotes.map(\.text) == ["a good first step"])
    }
}

@Suite struct QuoteClauseTests {
    @Test func aParticipleAfterAQuoteTakesTheSentenceSubject() {
        let x = ExtractionPipeline().extract(Article(text: "David Moreau denied any links to the group, calling them "
            + "\"a danger to all of us,\" adding, \"That is the worst kind.\""))
        let names = x.quotes.map { q in x.entities.first { $0.id == q.speaker }?.name ?? q.speakerName }
        #expect(names == ["David Moreau", "David Moreau"])
    }
}
