import Foundation
import NewsModel
import Testing
@testable import Extraction

@Suite struct DateTests {
    /// The dates of a text run through the whole pipeline.
    func dates(_ text: String, published: String? = "2022-08-12") -> [DateMention] {
        var document = Document(text: text, published: published)
        for stage in ExtractionPipeline().stages { stage.run(&document) }
        // offsets round-trip
        for d in document.dates { #expect(document.string(d.start..<d.end) == d.text) }
        return document.dates
    }

    /// (text, value, granularity) triples, for short expectations.
    func triples(_ text: String, published: String? = "2022-08-12") -> [[String]] {
        dates(text, published: published).map { [$0.text, $0.value, $0.granularity.rawValue] }
    }

    // 2022-08-12 is a Friday.

    @Test func calendarArithmetic() {
        #expect(CivilDate(1970, 1, 1).dayNumber == 0)
        #expect(CivilDate(1970, 1, 1).weekday == 4)
        #expect(CivilDate(2022, 8, 10).weekday == 3)
        #expect(CivilDate(dayNumber: CivilDate(2024, 2, 29).dayNumber) == CivilDate(2024, 2, 29))
        #expect(CivilDate(1969, 12, 31).weekday == 3)
        #expect(CivilDate.parseISO("2022-02-30") == nil)
        #expect(CivilDate.parseISO("2022-08-12") == CivilDate(2022, 8, 12))
    }

    @Test func monthDayForms() {
        #expect(triples("They met on Wednesday, August 10, in Bamako.") == [["Wednesday, August 10", "2022-08-10", "day"]])
        #expect(triples("They met on August 10 in Bamako.") == [["August 10", "2022-08-10", "day"]])
        #expect(triples("It was signed on Aug. 10, 2022, in Bamako.") == [["Aug. 10, 2022", "2022-08-10", "day"]])
        #expect(triples("The school was attacked on Dec. 16, 2014, by gunmen.") == [["Dec. 16, 2014", "2014-12-16", "day"]])
        #expect(triples("It was signed on 10 August 2022 in Bamako.") == [["10 August 2022", "2022-08-10", "day"]])
        #expect(triples("It was signed on the 10th of August.") == [["10th of August", "2022-08-10", "day"]])
        #expect(triples("The January 10 attacks killed many.") == [["January 10", "2022-01-10", "day"]])
        #expect(triples("The vote is set for August 20.") == [["August 20", "2022-08-20", "day"]])
        #expect(triples("It happened on December 30.", published: "2023-01-04") == [["December 30", "2022-12-30", "day"]])
        #expect(triples("He is on air on Friday, 10 February at noon.", published: "2017-02-08")
                == [["Friday, 10 February", "2017-02-10", "day"]])
        #expect(triples("The file is dated 2017-02-07.") == [["2017-02-07", "2017-02-07", "day"]])
        #expect(triples("The mission began in March 2019 and ended.") == [["March 2019", "2019-03", "month"]])
    }

    @Test func monthsAndYears() {
        #expect(triples("Russia delivered helicopters in March to Mali.") == [["March", "2022-03", "month"]])
        #expect(triples("Russia delivered helicopters in October to Mali.") == [["October", "2021-10", "month"]])
        #expect(triples("They will meet again next March.") == [["next March", "2023-03", "month"]])
        #expect(triples("Fighting resumed in mid-March.") == [["mid-March", "2022-03", "month"]])
        #expect(triples("The deadliest attack since 2019.") == [["2019", "2019", "year"]])
        #expect(triples("It fell last year.") == [["last year", "2021", "year"]])
        #expect(triples("It fell last month.") == [["last month", "2022-07", "month"]])
        #expect(triples("It fell last month.", published: "2022-01-03") == [["last month", "2021-12", "month"]])
        #expect(triples("It fell earlier this month.") == [["earlier this month", "2022-08", "month"]])
        #expect(triples("It will fall next year.") == [["next year", "2023", "year"]])
    }

    @Test func weekdays() {
        // the most recent such day on or before the publication date (Friday 2022-08-12)
        #expect(triples("42 soldiers were killed on Sunday in Tessit.") == [["Sunday", "2022-08-07", "day"]])
        #expect(triples("He spoke Friday.") == [["Friday", "2022-08-12", "day"]])
        #expect(triples("He spoke on Thursday.") == [["Thursday", "2022-08-11", "day"]])
        #expect(triples("He spoke on Saturday.") == [["Saturday", "2022-08-06", "day"]])
        #expect(triples("They will meet next Monday.") == [["next Monday", "2022-08-15", "day"]])
        #expect(triples("They will meet next Friday.") == [["next Friday", "2022-08-19", "day"]])
        #expect(triples("They met last Friday.") == [["last Friday", "2022-08-05", "day"]])
        #expect(triples("Monday's attack was the worst.") == [["Monday", "2022-08-08", "day"]])
    }

    @Test func relativeDays() {
        #expect(triples("He arrived yesterday.") == [["yesterday", "2022-08-11", "day"]])
        #expect(triples("He arrives today.") == [["today", "2022-08-12", "day"]])
        #expect(triples("He leaves tomorrow.") == [["tomorrow", "2022-08-13", "day"]])
        // "last week": no day, the month holding most of its days (2022-08-01 to 07)
        #expect(triples("It happened last week.") == [["last week", "2022-08", "month"]])
        #expect(triples("It happened three days ago.") == [["three days ago", "2022-08-09", "day"]])
        #expect(triples("Troops arrived on August 3. The attack came the day after.")
                == [["August 3", "2022-08-03", "day"], ["the day after", "2022-08-04", "day"]])
        #expect(triples("Troops arrived on Monday and left the next day.")
                == [["Monday", "2022-08-08", "day"], ["the next day", "2022-08-09", "day"]])
        // "the day after" an event is not a date of its own
        #expect(triples("The call came the day after Bamako received new equipment.").isEmpty)
    }

    @Test func falsePositives() {
        #expect(triples("The talks may fail. May I ask a question?").isEmpty)
        #expect(triples("Protesters march on the capital.").isEmpty)
        #expect(triples("Theresa May said it was over. May's government fell.").isEmpty)
        #expect(triples("The Sunday Times reported it, as did USA Today.").isEmpty)
        #expect(triples("More than 1,800 US troops and 42 soldiers and 2000 people died.").isEmpty)
        #expect(triples("About 2000 fled. Mars is far. The strike was at 1930 GMT.").isEmpty)
        #expect(triples("Christians marked Good Friday quietly.").isEmpty)
        #expect(triples("March to the sea, said June.").isEmpty)
    }

    @Test func boilerplateIsSkipped() {
        let text = "Soldiers were killed on Sunday.\nREAD MORE: Mali attack on Monday kills 42"
        let found = dates(text)
        #expect(!found.contains { $0.text == "Monday" })
    }

    @Test func noAnchorKeepsAbsoluteValuesOnly() {
        let found = triples("On Sunday, in March, the deal of August 10, 2021 and the accord of 2015 stood.",
                            published: nil)
        #expect(found == [["August 10, 2021", "2021-08-10", "day"], ["2015", "2015", "year"]])
    }

    @Test func weekdayFixesTheYear() {
        // August 10 is a Wednesday in 2016, 2022 and 2033: the text's latest year 2019 picks 2022
        let text = "They talked on Wednesday, August 10. Soldiers were killed on Sunday. It was the worst since 2019."
        #expect(triples(text, published: nil) == [
            ["Wednesday, August 10", "2022-08-10", "day"], ["Sunday", "2022-08-07", "day"], ["2019", "2019", "year"],
        ])
        #expect(DateResolver.inferAnchor([.monthDay(month: 8, day: 10, weekday: 3), .year(2012)]) == CivilDate(2016, 8, 10))
        #expect(DateResolver.inferAnchor([.monthDay(month: 8, day: 10, weekday: 3)]) == nil)
    }

    @Test(.enabled(if: Fixtures.hasSeed, "needs ../shared/data/seed and ../shared/gold (the seed and its gold)")) func seedGoldDates() throws {
        struct Gold: Decodable { let dates: [[String]] }
        let url = Fixtures.shared.appendingPathComponent("gold/mali-junta-russia.gold.json")
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: url))
        let text = try Fixtures.seedText()
        let x = ExtractionPipeline().extract(Article(id: "seed", title: nil, text: text))
        let found = Set(x.dates.map { [$0.text, $0.value] })
        for pair in gold.dates { #expect(found.contains(pair), "missing \(pair)") }
        let scalars = Array(text.unicodeScalars)
        for d in x.dates { #expect(makeString(scalars, d.start, d.end) == d.text) }
        let byText = Dictionary(x.dates.map { ($0.text, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byText["Wednesday, August 10"]?.granularity == .day)
        #expect(byText["March"]?.granularity == .month)
        #expect(byText["2019"]?.granularity == .year)
        // "the day after Bamako received ..." names an event, not a date
        #expect(!x.dates.contains { $0.text.hasPrefix("the day") })
        // only the dates the text states: the gold four and the second "Wednesday"
        #expect(x.dates.map(\.value) == ["2022-08-10", "2022-03", "2022-08-10", "2022-08-07", "2019"])
    }
}

@Suite("Dates: tense decides a weekday's direction")
struct WeekdayTenseTests {
    func value(_ text: String) -> String? {
        ExtractionPipeline(tagger: RuleBasedTagger()).extract(Article(text: text, published: "2017-02-15")).dates.first?.value
    }

    @Test("A future clause takes the coming weekday; a past one the last")
    func tense() {
        // 2017-02-15 is a Wednesday
        #expect(value("The report will be released Tuesday, officials say.") == "2017-02-21")
        #expect(value("The report would likely be released Tuesday.") == "2017-02-21")
        #expect(value("The report was released Tuesday.") == "2017-02-14")
        #expect(value("Voters went to the polls on Sunday.") == "2017-02-12")
        #expect(value("The vote is due to take place on Friday.") == "2017-02-17")
    }
}
