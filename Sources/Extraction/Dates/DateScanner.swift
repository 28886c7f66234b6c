import NewsModel

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
            if let f = laterPhrase(at: i, in: range) { return f }
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
            if let m = Self.fullMonths[rest] { return FoundDate(tokens: i..<(i + 1), expression: .month(m, nil)) }
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
            // "earlier this month", "earlier this week" (the days of the week before the anchor)
            guard i + 2 < range.upperBound, lower[i + 1] == "this" else { return nil }
            if lower[i + 2] == "week" {
                return FoundDate(tokens: i..<(i + 3), expression: .week(0, w == "earlier" ? .earlier : .later))
            }
            return unitPhrase(lower[i + 2], offset: 0, tokens: i..<(i + 3))
        case "the":
            // "in the past week": the seven days before the anchor
            if i + 2 < range.upperBound, lower[i + 1] == "past" || lower[i + 1] == "last", lower[i + 2] == "week" {
                return FoundDate(tokens: i..<(i + 3), expression: .week(0, .pastSeven))
            }
            return chainedPhrase(at: i, in: range)
        case "a", "one":
            if let f = agoPhrase(at: i, in: range) { return f }
            return laterPhrase(at: i, in: range)
        default:
            if Self.numberWords[w] != nil { return agoPhrase(at: i, in: range) ?? laterPhrase(at: i, in: range) }
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
        // "last night", "this morning": a part of a day
        if w == "last", next == "night" { return FoundDate(tokens: i..<(i + 2), expression: .dayOffset(-1)) }
        if w == "this", Self.partsOfDay.contains(next) { return FoundDate(tokens: i..<(i + 2), expression: .dayOffset(0)) }
        let offset = w == "last" ? -1 : w == "next" ? 1 : 0
        return unitPhrase(next, offset: offset, tokens: i..<(i + 2))
    }

    private func unitPhrase(_ unit: String, offset: Int, tokens r: Range<Int>) -> FoundDate? {
        switch unit {
        case "week": return FoundDate(tokens: r, expression: .week(offset, .whole))
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
            case "next", "following": return FoundDate(tokens: i..<(i + 3), expression: .chained(1, .day))
            case "previous", "preceding": return FoundDate(tokens: i..<(i + 3), expression: .chained(-1, .day))
            default: return nil
            }
        }
        // "the following week|month|year" (not "the next month": that is also said from the anchor)
        if a == "following", let unit = Self.units[b] {
            return FoundDate(tokens: i..<(i + 3), expression: .chained(1, unit))
        }
        guard a == "day", b == "after" || b == "before" else { return nil }
        // standing alone: followed by punctuation or the end of the sentence, not by the event it is relative to
        let k = i + 3
        guard k >= range.upperBound || tokens[k].kind == .punctuation else { return nil }
        return FoundDate(tokens: i..<(i + 3), expression: .chained(b == "after" ? 1 : -1, .day))
    }

    /// "a month later", "three years later", "two days earlier": from the previous date of the text.
    private func laterPhrase(at i: Int, in range: Range<Int>) -> FoundDate? {
        guard i + 2 < range.upperBound, lower[i + 2] == "later" || lower[i + 2] == "earlier",
              let n = count(at: i), let unit = Self.units[lower[i + 1]] else { return nil }
        return FoundDate(tokens: i..<(i + 3), expression: .chained(lower[i + 2] == "later" ? n : -n, unit))
    }

    /// "a", "one", "three", "3" (up to three digits) as a number of units.
    private func count(at i: Int) -> Int? {
        if let v = Self.numberWords[lower[i]] { return v }
        if lower[i] == "a" || lower[i] == "one" { return 1 }
        guard tokens[i].kind == .number, tokens[i].text.unicodeScalars.count <= 3 else { return nil }
        return CivilDate.digits(Array(tokens[i].text.unicodeScalars)[...])
    }

    /// "three days ago", "a week ago", "2 years ago".
    private func agoPhrase(at i: Int, in range: Range<Int>) -> FoundDate? {
        guard i + 2 < range.upperBound, lower[i + 2] == "ago", let n = count(at: i) else { return nil }
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
            return FoundDate(tokens: i..<f.tokens.upperBound, expression: f.expression.naming(weekday: wd))
        }
        // "Friday, 10 February"
        if j < range.upperBound, let f = dayMonth(at: j, in: range) {
            return FoundDate(tokens: i..<f.tokens.upperBound, expression: f.expression.naming(weekday: wd))
        }
        if i + 1 < range.upperBound {
            let next = lower[i + 1]
            if Self.weekdayNameFollowers.contains(next) { return nil }   // "Sunday Times"
            if (prev == "the" || prev == "a") && isCapitalWord(i + 1) { return nil }
        }
        // bare: the clause's tense decides ("will be released Tuesday" is the coming Tuesday); the words before it
        // stand in when the parse says nothing
        return FoundDate(tokens: i..<(i + 1), expression: .weekday(wd, nil), futureByWords: isFuture(before: i, in: range))
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
        // "In May last year", "in March this year"
        if modifier == nil, i + 2 < range.upperBound, lower[i + 2] == "year",
           let k = ["last": -1, "this": 0, "next": 1][lower[i + 1]] {
            return FoundDate(tokens: i..<(i + 3), expression: .monthOfYear(m, yearOffset: k))
        }
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
        return FoundDate(tokens: i..<(i + 1), expression: .month(m, nil))
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
            if isNameWord(i - 1) { return nil }
        }
        if i + 1 < range.upperBound {
            let next = lower[i + 1]
            if Self.yearRejectingNext.contains(next) { return nil }
        }
        return y
    }

    /// A year inside a name: "Vision 2030", "Healthy China 2030", "Euro 2016", "Agenda 2063" (a capitalised word
    /// before it that is no month and no word opening a time phrase, as "In 2008", "Since 2011", "By 2030" are).
    private func isNameWord(_ i: Int) -> Bool {
        isCapitalWord(i) && Self.months[lower[i]] == nil && Self.weekdays[lower[i]] == nil
            && !Self.yearOpeners.contains(lower[i])
    }

    private func isCapitalWord(_ i: Int) -> Bool {
        tokens[i].kind == .word && tokens[i].text.unicodeScalars.first!.properties.isUppercase
    }
}
