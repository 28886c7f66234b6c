import NewsModel

/// Finds date expressions and gives each an absolute value and a granularity (day, month, year).
///
/// Forms: "Wednesday, August 10", "August 10", "Aug. 10, 2022", "10 August 2022", "10th of August", "March 2019",
/// "in March", "mid-March", "last/next March", "2019", "mid-2019", "2017-02-07", "Sunday", "last/next/this Sunday",
/// "yesterday", "today", "tonight", "tomorrow", "last/this/next week|month|year", "earlier/later this month|year|week",
/// "three days ago", "a week ago", "the next day", "the following day", "the previous day", "the day after" /
/// "the day before" (standing alone), "a day later/earlier", "January 10 attacks".
///
/// Anchoring: relative expressions resolve against the publication date. Without one, the anchor is inferred from
/// the text (see ``DateResolver/inferAnchor(_:)``); without either, only absolute values ("August 10, 2022", "2019")
/// are given and relative ones are skipped. No clock is read.
///
/// Rules: a weekday is the most recent such day on or before the anchor ("next" strictly after, "last" strictly
/// before, "this" on or after); a month alone is the most recent such month on or before the anchor's month; a day
/// without a year takes the year nearest the anchor (a future day counting double); "last week" is the Monday that
/// starts the previous week (granularity day); "the day after" is one day after the previous day-granular date in the
/// text, and only when it stands alone ("the day after Bamako received ..." names an event, not a date).
///
/// Not dates: "may"/"march" lower case, "May I", "Theresa May", "Sunday Times", "Good Friday", "USA Today",
/// "1,800", "42", "2000 people", "at 1930 GMT". Boilerplate sentences are skipped.
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
            guard let (value, granularity) = resolver.resolve(f.expression) else { continue }
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
}

/// Scans the tokens of the non-boilerplate sentences once, left to right.
struct DateScanner {
    let tokens: [Token]
    let sentences: [Sentence]
    /// Lower-cased token texts.
    let lower: [String]

    init(document: Document) {
        tokens = document.tokens
        sentences = document.sentences
        lower = document.tokens.map { $0.kind == .word ? $0.text.lowercased() : $0.text }
    }

    func scan() -> [FoundDate] {
        var found: [FoundDate] = []
        for sentence in sentences where !sentence.isBoilerplate {
            let range = sentence.tokens
            var i = range.lowerBound
            while i < range.upperBound {
                if let f = match(at: i, in: range) {
                    found.append(f)
                    i = f.tokens.upperBound
                } else {
                    i += 1
                }
            }
        }
        return found
    }

    // MARK: - Matching

    private func match(at i: Int, in range: Range<Int>) -> FoundDate? {
        let t = tokens[i]
        let w = lower[i]
        switch t.kind {
        case .number:
            if let f = dayMonth(at: i, in: range) { return f }
            if let f = agoPhrase(at: i, in: range) { return f }
            if let y = year(at: i, in: range) { return FoundDate(tokens: i..<(i + 1), expression: .year(y)) }
            return nil
        case .word:
            break
        default:
            return nil
        }
        let first = t.text.unicodeScalars.first!
        if Chars.isASCIIDigit(first) {
            if let d = CivilDate.parseISO(t.text) { return FoundDate(tokens: i..<(i + 1), expression: .full(d, weekday: nil)) }
            return dayMonth(at: i, in: range)
        }
        let capital = first.properties.isUppercase
        if capital, let wd = Self.weekdays[w] { return weekday(wd, at: i, in: range) }
        if capital, let m = Self.months[w] { return month(m, at: i, in: range, modifier: nil) }
        if w.hasPrefix("mid-") {
            let rest = String(w.dropFirst(4))
            if let m = Self.fullMonths[rest] { return FoundDate(tokens: i..<(i + 1), expression: .month(m, .onOrBefore)) }
            let s = Array(rest.unicodeScalars)
            if s.count == 4, let y = CivilDate.digits(s[...]), (1900...2099).contains(y) {
                return FoundDate(tokens: i..<(i + 1), expression: .year(y))
            }
            return nil
        }
        switch w {
        case "yesterday": return FoundDate(tokens: i..<(i + 1), expression: .dayOffset(-1))
        case "today", "tonight":
            // "USA Today", "Russia Today": a name
            if t.text.unicodeScalars.first!.properties.isUppercase, i > range.lowerBound, isCapitalWord(i - 1) {
                return nil
            }
            return FoundDate(tokens: i..<(i + 1), expression: .dayOffset(0))
        case "tomorrow": return FoundDate(tokens: i..<(i + 1), expression: .dayOffset(1))
        case "last", "next", "this":
            return modified(at: i, in: range)
        case "earlier", "later":
            // "earlier this month"
            guard i + 2 < range.upperBound, lower[i + 1] == "this" else { return nil }
            return unitPhrase(lower[i + 2], offset: 0, tokens: i..<(i + 3))
        case "the":
            return chainedPhrase(at: i, in: range)
        case "a":
            if let f = agoPhrase(at: i, in: range) { return f }
            // "a day later"
            if i + 2 < range.upperBound, lower[i + 1] == "day" {
                if lower[i + 2] == "later" { return FoundDate(tokens: i..<(i + 3), expression: .chained(1)) }
                if lower[i + 2] == "earlier" { return FoundDate(tokens: i..<(i + 3), expression: .chained(-1)) }
            }
            return nil
        default:
            if Self.numberWords[w] != nil { return agoPhrase(at: i, in: range) }
            return nil
        }
    }

    /// "last/next/this" + week|month|year|weekday|month name.
    private func modified(at i: Int, in range: Range<Int>) -> FoundDate? {
        guard i + 1 < range.upperBound else { return nil }
        let w = lower[i]
        var j = i + 1
        // "this coming Sunday"
        if w == "this" && lower[j] == "coming" && j + 1 < range.upperBound { j += 1 }
        let next = lower[j]
        let direction: DateExpression.Direction = w == "last" ? .before : w == "next" ? .after : .onOrAfter
        let capital = tokens[j].text.unicodeScalars.first!.properties.isUppercase
        if capital, let wd = Self.weekdays[next] {
            return FoundDate(tokens: i..<(j + 1), expression: .weekday(wd, direction))
        }
        if capital, let m = Self.fullMonths[next] {
            return month(m, at: j, in: range, modifier: (i, direction))
        }
        guard j == i + 1 else { return nil }
        let offset = w == "last" ? -1 : w == "next" ? 1 : 0
        return unitPhrase(next, offset: offset, tokens: i..<(i + 2))
    }

    private func unitPhrase(_ unit: String, offset: Int, tokens r: Range<Int>) -> FoundDate? {
        switch unit {
        case "week": return FoundDate(tokens: r, expression: .weekOffset(offset))
        case "month": return FoundDate(tokens: r, expression: .monthOffset(offset))
        case "year": return FoundDate(tokens: r, expression: .yearOffset(offset))
        default: return nil
        }
    }

    /// "the next day", "the following day", "the previous day", "the day after" / "the day before" standing alone.
    private func chainedPhrase(at i: Int, in range: Range<Int>) -> FoundDate? {
        guard i + 2 < range.upperBound else { return nil }
        let a = lower[i + 1], b = lower[i + 2]
        if b == "day" {
            switch a {
            case "next", "following": return FoundDate(tokens: i..<(i + 3), expression: .chained(1))
            case "previous", "preceding": return FoundDate(tokens: i..<(i + 3), expression: .chained(-1))
            default: return nil
            }
        }
        guard a == "day", b == "after" || b == "before" else { return nil }
        // standing alone: followed by punctuation or the end of the sentence, not by the event it is relative to
        let k = i + 3
        guard k >= range.upperBound || tokens[k].kind == .punctuation else { return nil }
        return FoundDate(tokens: i..<(i + 3), expression: .chained(b == "after" ? 1 : -1))
    }

    /// "three days ago", "a week ago", "2 years ago".
    private func agoPhrase(at i: Int, in range: Range<Int>) -> FoundDate? {
        guard i + 2 < range.upperBound, lower[i + 2] == "ago" else { return nil }
        let n: Int
        if let v = Self.numberWords[lower[i]] {
            n = v
        } else if lower[i] == "a" || lower[i] == "one" {
            n = 1
        } else if tokens[i].kind == .number, tokens[i].text.unicodeScalars.count <= 3,
                  let v = CivilDate.digits(Array(tokens[i].text.unicodeScalars)[...]) {
            n = v
        } else {
            return nil
        }
        let r = i..<(i + 3)
        switch lower[i + 1] {
        case "day", "days": return FoundDate(tokens: r, expression: .dayOffset(-n))
        case "week", "weeks": return FoundDate(tokens: r, expression: .dayOffset(-7 * n))
        case "month", "months": return FoundDate(tokens: r, expression: .monthOffset(-n))
        case "year", "years": return FoundDate(tokens: r, expression: .yearOffset(-n))
        default: return nil
        }
    }

    /// A weekday, with an optional following "[,] Month Day[,] [Year]".
    private func weekday(_ wd: Int, at i: Int, in range: Range<Int>) -> FoundDate? {
        let prev = i > range.lowerBound ? lower[i - 1] : ""
        if Self.namedDayPrefixes.contains(prev) { return nil }   // "Good Friday", "Palm Sunday"
        var j = i + 1
        if j < range.upperBound, tokens[j].text == "," { j += 1 }
        if j < range.upperBound, tokens[j].kind == .word, tokens[j].text.unicodeScalars.first!.properties.isUppercase,
           let m = Self.months[lower[j]], let f = monthDay(m, at: j, in: range) {
            var expression = f.expression
            switch expression {
            case .full(let d, _): expression = .full(d, weekday: wd)
            case .monthDay(let mm, let dd, _): expression = .monthDay(month: mm, day: dd, weekday: wd)
            default: break
            }
            return FoundDate(tokens: i..<f.tokens.upperBound, expression: expression)
        }
        // "Friday, 10 February"
        if j < range.upperBound, let f = dayMonth(at: j, in: range) {
            var expression = f.expression
            switch expression {
            case .full(let d, _): expression = .full(d, weekday: wd)
            case .monthDay(let mm, let dd, _): expression = .monthDay(month: mm, day: dd, weekday: wd)
            default: break
            }
            return FoundDate(tokens: i..<f.tokens.upperBound, expression: expression)
        }
        if i + 1 < range.upperBound {
            let next = lower[i + 1]
            if Self.weekdayNameFollowers.contains(next) { return nil }   // "Sunday Times"
            if (prev == "the" || prev == "a") && isCapitalWord(i + 1) { return nil }
        }
        // tense decides direction: "will be released Tuesday" is the coming Tuesday, "was released Tuesday" the last
        let direction: DateExpression.Direction = isFuture(before: i, in: range) ? .onOrAfter : .onOrBefore
        return FoundDate(tokens: i..<(i + 1), expression: .weekday(wd, direction))
    }

    /// A future marker in the clause before token `i` ("will", "is due to", "is expected to", "would likely be").
    func isFuture(before i: Int, in range: Range<Int>) -> Bool {
        var k = i - 1
        while k >= range.lowerBound, i - k <= 10 {
            let w = lower[k]
            if Self.tenseBreaks.contains(w) { return false }
            if Self.futureMarkers.contains(w) { return true }
            if Self.pastMarkers.contains(w) { return false }
            k -= 1
        }
        return false
    }

    static let futureMarkers: Set<String> = ["will", "'ll", "shall", "would", "due", "expected", "scheduled", "set",
                                             "plans", "planned", "planning", "going", "tomorrow", "upcoming"]
    static let pastMarkers: Set<String> = ["was", "were", "had", "did", "has", "have", "ago", "said", "told"]
    static let tenseBreaks: Set<String> = [";", ".", "after", "before", "since", "when", "because", "which", "who", "but"]

    /// A month name: "August 10[,] [2022]", "March 2019", or the month alone where the context makes it a date.
    private func month(_ m: Int, at i: Int, in range: Range<Int>, modifier: (Int, DateExpression.Direction)?) -> FoundDate? {
        if let f = monthDay(m, at: i, in: range) {
            guard let (start, _) = modifier else { return f }
            return FoundDate(tokens: start..<f.tokens.upperBound, expression: f.expression)
        }
        let w = lower[i]
        let isAbbreviation = Self.fullMonths[w] == nil
        // "March 2019"
        if i + 1 < range.upperBound, tokens[i + 1].kind == .number, let y = plainYear(i + 1) {
            if isAbbreviation && !w.hasSuffix(".") { return nil }
            return FoundDate(tokens: (modifier?.0 ?? i)..<(i + 2), expression: .monthYear(year: y, month: m))
        }
        guard !isAbbreviation else { return nil }
        if let (start, direction) = modifier {
            return FoundDate(tokens: start..<(i + 1), expression: .month(m, direction))
        }
        guard i > range.lowerBound else { return nil }
        let prev = lower[i - 1]
        if m == 5 {
            // "May" alone is a date only after a clear preposition: "in May", not "Theresa May", "to May", "May I"
            guard Self.mayPrepositions.contains(prev) else { return nil }
            if i + 1 < range.upperBound, lower[i + 1] == "'s" { return nil }
        } else {
            guard Self.monthPrepositions.contains(prev) else { return nil }
        }
        return FoundDate(tokens: i..<(i + 1), expression: .month(m, .onOrBefore))
    }

    /// "Month Day[,] [Year]" starting at the month token `i`.
    private func monthDay(_ m: Int, at i: Int, in range: Range<Int>) -> FoundDate? {
        guard i + 1 < range.upperBound, let d = dayNumber(i + 1), d <= CivilDate.daysIn(2000, m) else { return nil }
        // a bare abbreviation without its period ("Jan 10") is fine; "May 5" fine
        var end = i + 2
        var year: Int?
        if end < range.upperBound, tokens[end].text == ",", end + 1 < range.upperBound, let y = plainYear(end + 1) {
            year = y
            end += 2
        } else if end < range.upperBound, let y = plainYear(end) {
            year = y
            end += 1
        }
        if let year {
            guard d <= CivilDate.daysIn(year, m) else { return nil }
            return FoundDate(tokens: i..<end, expression: .full(CivilDate(year, m, d), weekday: nil))
        }
        return FoundDate(tokens: i..<end, expression: .monthDay(month: m, day: d, weekday: nil))
    }

    /// "10 August [2022]", "10th of August".
    private func dayMonth(at i: Int, in range: Range<Int>) -> FoundDate? {
        guard let d = dayNumber(i) else { return nil }
        var j = i + 1
        if j < range.upperBound, lower[j] == "of" { j += 1 }
        guard j < range.upperBound, tokens[j].kind == .word, tokens[j].text.unicodeScalars.first!.properties.isUppercase,
              let m = Self.months[lower[j]], d <= CivilDate.daysIn(2000, m) else { return nil }
        if Self.fullMonths[lower[j]] == nil && !lower[j].hasSuffix(".") { return nil }
        var end = j + 1
        if end < range.upperBound, let y = plainYear(end) {
            end += 1
            guard d <= CivilDate.daysIn(y, m) else { return nil }
            return FoundDate(tokens: i..<end, expression: .full(CivilDate(y, m, d), weekday: nil))
        }
        return FoundDate(tokens: i..<end, expression: .monthDay(month: m, day: d, weekday: nil))
    }

    /// A day of the month: "10", "10th", "1st".
    private func dayNumber(_ i: Int) -> Int? {
        let t = tokens[i]
        let s = Array(t.text.unicodeScalars)
        var digits = 0
        while digits < s.count && Chars.isASCIIDigit(s[digits]) { digits += 1 }
        guard digits >= 1 && digits <= 2 else { return nil }
        if t.kind == .word {
            let suffix = String(String.UnicodeScalarView(s[digits...])).lowercased()
            guard ["st", "nd", "rd", "th"].contains(suffix) else { return nil }
        } else if t.kind != .number || digits != s.count {
            return nil
        }
        guard let d = CivilDate.digits(s[0..<digits]), (1...31).contains(d) else { return nil }
        return d
    }

    /// Four ASCII digits 1900-2099 in one number token.
    private func plainYear(_ i: Int) -> Int? {
        let t = tokens[i]
        guard t.kind == .number else { return nil }
        let s = t.text.unicodeScalars
        guard s.count == 4, let y = CivilDate.digits(Array(s)[...]), (1900...2099).contains(y) else { return nil }
        return y
    }

    /// A year standing alone: four digits 1900-2099 that are not a count ("2000 people"), an amount ("$2000"),
    /// a percentage or a clock time ("at 1930 GMT").
    private func year(at i: Int, in range: Range<Int>) -> Int? {
        guard let y = plainYear(i) else { return nil }
        if i > range.lowerBound {
            let prev = tokens[i - 1]
            if prev.kind == .symbol || prev.text == "#" { return nil }
            if Self.yearRejectingPrevious.contains(lower[i - 1]) { return nil }
        }
        if i + 1 < range.upperBound {
            let next = lower[i + 1]
            if Self.yearRejectingNext.contains(next) { return nil }
        }
        return y
    }

    private func isCapitalWord(_ i: Int) -> Bool {
        tokens[i].kind == .word && tokens[i].text.unicodeScalars.first!.properties.isUppercase
    }

    // MARK: - Words

    static let fullMonths: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
    ]

    /// Full names and abbreviations ("Aug.", "Sept", "Dec."): abbreviations only count before a day or year.
    static let months: [String: Int] = {
        var m = fullMonths
        let abbreviations: [(String, Int)] = [
            ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
            ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
        ]
        for (a, v) in abbreviations {
            m[a + "."] = v
            m[a] = v
        }
        return m
    }()

    static let weekdays: [String: Int] = [
        "sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    ]

    static let numberWords: [String: Int] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12,
    ]

    /// Words before a month alone that make it a date ("in March", "since March", "early March").
    static let monthPrepositions: Set<String> = [
        "in", "since", "until", "till", "by", "from", "to", "through", "during", "before", "after", "of", "between",
        "and", "or", "early", "late", "mid", "last", "next", "this", "until", "throughout", "in-", "mid-",
    ]

    /// "May" alone needs a stronger cue ("Theresa May", "according to May", "May I").
    static let mayPrepositions: Set<String> = ["in", "since", "until", "till", "during", "early", "late", "mid", "throughout"]

    /// Named days that are not "the most recent such day": "Good Friday", "Palm Sunday", "Bloody Sunday".
    static let namedDayPrefixes: Set<String> = [
        "good", "black", "ash", "palm", "easter", "super", "holy", "maundy", "cyber", "bloody", "whit", "shrove",
    ]

    /// Words after a weekday that make a name of it: "Sunday Times", "Sunday school".
    static let weekdayNameFollowers: Set<String> = [
        "times", "telegraph", "express", "mirror", "post", "herald", "mail", "independent", "observer", "tribune",
        "star", "standard", "sport", "people", "nation", "world", "school", "schools", "league",
    ]

    /// Words before four digits that make a quantity of them: "about 2000", "no. 2010", "at 1930 GMT".
    static let yearRejectingPrevious: Set<String> = [
        "about", "some", "nearly", "almost", "around", "than", "over", "under", "least", "approximately", "roughly",
        "only", "just", "another", "additional", "estimated", "total", "no.", "number", "at", "$", "us$", "usd",
        "eur", "gbp", "cfa", "rs", "rs.", "page", "pages", "route", "flight", "room", "code", "model",
    ]

    /// Words after four digits that make a count or a measure of them: "2000 people", "1930 GMT", "2000 km".
    static let yearRejectingNext: Set<String> = [
        "%", "percent", "per", "gmt", "utc", "hrs", "hours", "h", "km", "kilometres", "kilometers", "miles", "metres",
        "meters", "m", "tonnes", "tons", "dollars", "euros", "pounds", "francs", "people", "persons", "soldiers",
        "troops", "civilians", "men", "women", "children", "fighters", "refugees", "migrants", "dead", "deaths",
        "killed", "wounded", "injured", "families", "households", "houses", "homes", "residents", "militants",
        "jihadists", "insurgents", "members", "workers", "students", "cases", "units", "vehicles", "cars", "weapons",
        "rifles", "rounds", "votes", "voters", "prisoners", "detainees", "hostages", "police", "officers", "personnel",
        "staff", "jobs", "barrels", "feet", "acres", "hectares", "rockets", "missiles", "shells", "victims",
        "protesters", "demonstrators", "villagers", "displaced", "more", "others", "other", "new", "additional", "times",
        "million", "billion", "thousand", "hundred", "pupils", "patients", "kg", "kilograms", "tanks", "aircraft",
    ]
}
