import NewsModel
import Testing
@testable import Extraction

/// One constructed sentence per date rule: tense, weeks, chains, names.
@Suite("Dates: tense, weeks, chains and names")
struct DateRuleTests {
    /// (text, value) pairs of the dates the whole pipeline finds.
    func pairs(_ text: String, published: String) -> [[String]] {
        ExtractionPipeline().run(Document(text: text, published: published)).dates.map { [$0.text, $0.value] }
    }

    func value(_ text: String, published: String = "2017-03-17") -> String? {
        pairs(text, published: published).first?[1]
    }

    // 2017-03-17 is a Friday.

    @Test("A past clause puts a day of a month before the publication date, a future one after it")
    func dayOfMonthByTense() {
        #expect(value("On 9 July, he was cautioned by police.") == "2016-07-09")
        #expect(value("The summit will be held on 9 July.") == "2017-07-09")
        #expect(value("The talks were held on 20 March.") == "2016-03-20")
    }

    @Test("A future clause puts a bare month ahead; a past one behind")
    func monthByTense() {
        #expect(value("Elections will be held in March.", published: "2022-08-12") == "2023-03")
        #expect(value("Elections were held in March.", published: "2022-08-12") == "2022-03")
    }

    @Test("Tense from the parse: progressive and 'expected to' look ahead, a modified noun keeps the past")
    func weekdayByParse() {
        #expect(value("They are meeting on Tuesday.") == "2017-03-21")
        #expect(value("He is expected to arrive on Monday.") == "2017-03-20")
        #expect(value("Gunmen attacked the base on Monday.") == "2017-03-13")
        #expect(value("Officials will investigate Tuesday's attack.") == "2017-03-14")
        #expect(value("Voters gathered ahead of Sunday's vote.") == "2017-03-19")
    }

    @Test("'until' looks ahead, unless its clause is past; putting off looks ahead in any tense")
    func until() {
        #expect(value("The trial was adjourned until Monday.") == "2017-03-20")
        #expect(value("The curfew stays in force until Monday.") == "2017-03-20")
        #expect(value("The fighting went on until Monday.") == "2017-03-13")
    }

    @Test("A week is the month holding most of its days, or the one day left of it")
    func weeks() {
        #expect(pairs("It happened last week.", published: "2022-08-12") == [["last week", "2022-08"]])
        // Monday 2017-01-30 to Sunday 2017-02-05: five days in February
        #expect(pairs("Rebels launched an offensive last week.", published: "2017-02-12") == [["last week", "2017-02"]])
        // told on a Tuesday, "earlier this week" is the Monday
        #expect(pairs("They met earlier this week.", published: "2017-02-07") == [["earlier this week", "2017-02-06"]])
        #expect(pairs("They met earlier this week.", published: "2017-03-25") == [["earlier this week", "2017-03"]])
        #expect(pairs("They meet later this week.", published: "2017-03-20") == [["later this week", "2017-03"]])
    }

    @Test("Chains count from the previous date at the coarser granularity")
    func chains() {
        let text = "In May last year, he was freed. A month later, he offended again. He was arrested the following day."
        #expect(pairs(text, published: "2017-03-15")
                == [["May last year", "2016-05"], ["A month later", "2016-06"], ["the following day", "2016-06"]])
        #expect(pairs("He was elected in 2011. Three years later, he resigned.", published: "2017-03-15")
                == [["2011", "2011"], ["Three years later", "2014"]])
        #expect(pairs("They met on March 3. Two days later, talks failed.", published: "2017-03-15")
                == [["March 3", "2017-03-03"], ["Two days later", "2017-03-05"]])
    }

    @Test("Parts of a day")
    func partsOfDay() {
        #expect(pairs("A man was stabbed last night.", published: "2017-03-17") == [["last night", "2017-03-16"]])
        #expect(pairs("He was freed this morning.", published: "2017-03-17") == [["this morning", "2017-03-17"]])
    }

    @Test("A year inside a name is no date; after a time word it is")
    func yearsInNames() {
        #expect(pairs("The Vision 2030 plan and the Healthy China 2030 blueprint were praised.", published: "2017-03-17").isEmpty)
        #expect(pairs("Fans came to Euro 2016 in France.", published: "2017-03-17").isEmpty)
        #expect(pairs("In 2008, he left. The 2008 murder was never solved.", published: "2017-03-17")
                == [["2008", "2008"], ["2008", "2008"]])
        #expect(pairs("Prices rose in Jan 2016.", published: "2017-03-17").count == 1)
    }
}

/// The date an event's trigger takes from the parse of its sentence.
@Suite("Dates: which date is the event's, by the parse")
struct EventDateAttachmentTests {
    /// The text of the date attached to the first token spelled `trigger`, or nil.
    func attached(_ trigger: String, in text: String, published: String = "2017-03-17") -> String? {
        let d = ExtractionPipeline().run(Document(text: text, published: published))
        guard let t = d.tokens.firstIndex(where: { $0.text == trigger }),
              let sentence = d.sentences.first(where: { $0.tokens.contains(t) }) else {
            Issue.record("no token \(trigger)")
            return nil
        }
        guard let choice = EventDateAttachment.date(of: t..<(t + 1), sentence: sentence.tokens, in: d) else { return nil }
        return d.dates[choice.date].text
    }

    @Test("The date on the verb's own chain, not the nearest one")
    func direct() {
        #expect(attached("arrested", in: "Dokuchaev was arrested in a Russian sweep in December and accused of spying for the US, a lawyer said.") == "December")
        #expect(attached("killed", in: "Gunmen killed 12 people in Kabul on Monday night, police said on Tuesday.") == "Monday")
        #expect(attached("attack", in: "He was arrested after Sunday's attack on the base.") == "Sunday")
        #expect(attached("killed", in: "Andrew Burns was 27 when he was killed on 12 February 2008.") == "12 February 2008")
    }

    @Test("A saying's date is not the deed's")
    func reported() {
        #expect(attached("killed", in: "Police said on Tuesday that gunmen killed 12 people.") == nil)
    }

    @Test("A bound of a span, or another event's time, dates nothing")
    func bounds() {
        #expect(attached("detained", in: "Protesters were detained until Monday.") == nil)
        #expect(attached("arrested", in: "He was arrested after Sunday's attack on the base.") == nil)
    }

    @Test("An ongoing deed dates from its 'since', unless it has a date of its own")
    func since() {
        #expect(attached("seized", in: "Rebels have seized 11 villages since Tuesday.") == "Tuesday")
        #expect(attached("seized", in: "Rebels, fighting since 2011, seized the town on Tuesday.") == "Tuesday")
    }

    @Test("A 'when' clause and coordinated verbs share their time")
    func shared() {
        #expect(attached("killed", in: "The ceasefire was broken last April when dozens were killed.") == "last April")
        #expect(attached("killed", in: "Gunmen stormed the hotel on Sunday and killed 12 guests.") == "Sunday")
    }

    @Test("A nominal trigger takes the date of its clause's verb")
    func nominal() {
        #expect(attached("attack", in: "Troops carried out an attack on the village on Sunday.") == "Sunday")
        #expect(attached("murder", in: "Police renewed their appeal for information on a murder in Donegal nine years ago.") == "nine years ago")
    }

    @Test("Without a parse there is no attachment")
    func noParse() {
        var d = ExtractionPipeline(syntax: nil).run(Document(text: "Gunmen killed 12 people on Monday.", published: "2017-03-17"))
        d.syntax = []
        #expect(EventDateAttachment.date(of: 1..<2, sentence: d.sentences[0].tokens, in: d) == nil)
    }
}

/// The event stage's dates with the parse: one constructed sentence per rule.
@Suite("Dates: events dated by the parse")
struct EventDateWiringTests {
    static let pipeline = ExtractionPipeline.standard()

    func events(_ text: String, published: String = "2017-03-14") -> [Event] {
        Self.pipeline.extract(Article(text: text, published: published)).events
    }

    @Test("The arrest takes the date of its own chain, not the nearest trigger's")
    func ownChain() {
        let found = events("Dokuchaev was arrested in a Russian sweep in December and accused of spying for the US, a lawyer said.")
        #expect(found.first { $0.cameo.hasPrefix("17") }?.date == "2016-12")
    }

    @Test("A deed is not dated by its report")
    func report() {
        let found = events("Police said on Tuesday that gunmen killed 12 people in Kabul.")
        let killing = found.first { $0.trigger == "killed" }
        #expect(killing != nil)
        #expect(killing?.date == nil)
    }

    @Test("An undated lead in the present perfect is of the publication day; a murder under an appeal is not")
    func lead() {
        let lead = events("At least 20 people have been killed in a bombing in Kabul.", published: "2017-03-14")
        #expect(lead.contains { $0.date == "2017-03-14" })
        let appeal = events("Police have renewed their appeal for information on the murder of a farmer in Donegal.",
                            published: "2017-02-13")
        #expect(!appeal.contains { $0.date == "2017-02-13" })
    }

    @Test("A background incident keeps its own year")
    func background() {
        let found = events("El Espectador's office in Bogota was bombed in 1989 by the Medellin cartel.",
                           published: "2017-03-28")
        #expect(found.contains { $0.trigger == "bombed" && $0.date == "1989" })
        #expect(!found.contains { $0.date == "2017-03-28" })
    }
}
