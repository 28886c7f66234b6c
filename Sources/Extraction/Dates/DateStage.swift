import NewsModel

/// Finds date expressions and gives each an absolute value and a granularity (day, month, year).
///
/// Forms: "Wednesday, August 10", "August 10", "Aug. 10, 2022", "10 August 2022", "10th of August", "March 2019",
/// "in March", "mid-March", "last/next March", "In May last year", "2019", "mid-2019", "2017-02-07", "Sunday",
/// "last/next/this Sunday", "yesterday", "today", "tonight", "last night", "this morning", "tomorrow",
/// "last/this/next week|month|year", "earlier/later this month|year|week", "three days ago", "a week ago",
/// "the next day", "the following day|week|month|year", "the previous day", "the day after" / "the day before"
/// (standing alone), "a day later", "a month later", "three years earlier", "January 10 attacks".
///
/// Anchoring: relative expressions resolve against the publication date. Without one, the anchor is inferred from
/// the text (see ``DateResolver/inferAnchor(_:)``); without either, only absolute values ("August 10, 2022", "2019")
/// are given and relative ones are skipped. No clock is read.
///
/// Rules: a bare weekday, month or day of a month lies on the side of the anchor its clause's tense says (read from
/// the parse, ``Document/dateDirection(_:)``: "will be released Tuesday" is the coming Tuesday, "was killed Tuesday"
/// the last one; "adjourned until Monday" ahead); with no tense, a weekday is the most recent such day on or before
/// the anchor (unless a future word precedes it), a month the most recent such month, a day of a month the one in the
/// year nearest the anchor (a future day counting double). "next" is strictly after, "last" strictly before, "this" on
/// or after. A week is no day: "last week" is the month holding most of its days (the day itself when only one is
/// meant, as "earlier this week" said on a Tuesday). "the day after", "a month later" count from the previous date of
/// the text at the coarser granularity of the two (after "in June 2016", "the next day" is June 2016), and "the day
/// after" only when it stands alone ("the day after Bamako received ..." names an event, not a date).
///
/// Not dates: "may"/"march" lower case, "May I", "Theresa May", "Sunday Times", "Good Friday", "USA Today",
/// "1,800", "42", "2000 people", "at 1930 GMT", a year inside a name ("Vision 2030", "Healthy China 2030",
/// "Euro 2016"). Boilerplate sentences are skipped.
struct DateStage: ExtractionStage {
    func run(_ document: inout Document) {
        let found = DateScanner(document: document).scan()
        guard !found.isEmpty else { return }
        var resolver = DateResolver()
        if let published = document.published, let day = CivilDate.parseISO(published) {
            resolver.anchor = day
        } else {
            resolver.anchor = DateResolver.inferAnchor(found.map(\.expression))
        }
        var dates: [DateMention] = []
        dates.reserveCapacity(found.count)
        for f in found {
            let clause = document.dateDirection(f.tokens) ?? (f.futureByWords ? .onOrAfter : nil)
            guard let (value, granularity) = resolver.resolve(f.expression, clause: clause) else { continue }
            let start = document.tokens[f.tokens.lowerBound].start
            let end = document.tokens[f.tokens.upperBound - 1].end
            dates.append(DateMention(text: document.string(start..<end), value: value, granularity: granularity,
                                     start: start, end: end))
        }
        document.dates = dates
    }
}

/// One expression found in the text: its tokens and what it says.
struct FoundDate: Sendable, Hashable {
    var tokens: Range<Int>
    var expression: DateExpression
    /// A future marker among the words before a bare weekday ("will", "is due"): the direction when the parse gives none.
    var futureByWords = false
}

