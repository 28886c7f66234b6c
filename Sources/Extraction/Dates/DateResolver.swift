import NewsModel

/// Turns expressions into values against an anchor day.
struct DateResolver: Sendable {
    /// The publication date, or the day inferred from the text; nil when neither is known.
    var anchor: CivilDate?
    /// The latest value in the text of day or month granularity, for "the day after", "a month later".
    var previousFine: Value?
    /// The latest value of any granularity, for "three years later".
    var previous: Value?

    /// A resolved value: a day, a month (`day` nil) or a year (`month` and `day` nil).
    struct Value: Sendable, Hashable {
        var year: Int
        var month: Int?
        var day: Int?

        var granularity: DateMention.Granularity { day != nil ? .day : month != nil ? .month : .year }
        var text: String { DateValue.format(year, month, day) }
        static func of(_ d: CivilDate) -> Value { Value(year: d.year, month: d.month, day: d.day) }
    }

    /// The anchor for a document without a publication date: the first weekday-fixed day ("Wednesday, August 10")
    /// placed in the earliest year, on or after the latest year the text mentions, whose that day is that weekday.
    ///
    /// The rule: a weekday and a day of a month recur every 5, 6 or 11 years, so the candidates are many (August 10 is a
    /// Wednesday in 2016, 2022 and 2033); an article usually mentions the past, so the first candidate not before the
    /// latest year mentioned ("since 2019") is taken, and no more than 11 years later (the longest gap), so the choice is
    /// never the far future. With no year in the text there is no inference: the candidates are too many.
    static func inferAnchor(_ expressions: [DateExpression]) -> CivilDate? {
        var latest: Int?
        for e in expressions {
            switch e {
            case .full(let d, _): latest = max(latest ?? d.year, d.year)
            case .monthYear(let y, _), .year(let y): latest = max(latest ?? y, y)
            default: break
            }
        }
        for e in expressions {
            if case .full(let d, let w?) = e, d.weekday == w { return d }
        }
        guard let latest else { return nil }
        for e in expressions {
            guard case .monthDay(let m, let d, let w?) = e else { continue }
            for y in latest...(latest + 11) where d <= CivilDate.daysIn(y, m) {
                let candidate = CivilDate(y, m, d)
                if candidate.weekday == w { return candidate }
            }
        }
        return nil
    }

    /// The value and granularity of one expression, or nil when it cannot be anchored. `clause` is the direction its
    /// clause's tense gives ("will be released Tuesday": on or after the anchor; "was killed Tuesday": on or before),
    /// nil when the tense says nothing; it decides the bare forms (a weekday, a month, a day of a month) only.
    mutating func resolve(_ e: DateExpression, clause: DateExpression.Direction? = nil)
        -> (value: String, granularity: DateMention.Granularity)? {
        guard let value = value(of: e, clause: clause) else { return nil }
        previous = value
        if value.granularity != .year { previousFine = value }
        return (value.text, value.granularity)
    }

    private func value(of e: DateExpression, clause: DateExpression.Direction?) -> Value? {
        switch e {
        case .full(let d, _):
            return .of(d)
        case .monthYear(let y, let m):
            return Value(year: y, month: m)
        case .year(let y):
            return Value(year: y)
        case .monthDay(let m, let d, let w):
            guard let anchor else { return nil }
            return .of(Self.place(month: m, day: d, weekday: w, near: anchor, clause: clause))
        case .month(let m, let stated):
            guard let anchor else { return nil }
            let y: Int
            switch stated ?? clause ?? .onOrBefore {
            case .onOrBefore: y = m <= anchor.month ? anchor.year : anchor.year - 1
            case .before: y = m < anchor.month ? anchor.year : anchor.year - 1
            case .after: y = m > anchor.month ? anchor.year : anchor.year + 1
            case .onOrAfter: y = m >= anchor.month ? anchor.year : anchor.year + 1
            }
            return Value(year: y, month: m)
        case .monthOfYear(let m, let k):
            guard let anchor else { return nil }
            return Value(year: anchor.year + k, month: m)
        case .weekday(let w, let stated):
            guard let anchor else { return nil }
            let back = (anchor.weekday - w + 7) % 7
            let forward = (w - anchor.weekday + 7) % 7
            switch stated ?? clause ?? .onOrBefore {
            case .onOrBefore: return .of(anchor.adding(days: -back))
            case .before: return .of(anchor.adding(days: back == 0 ? -7 : -back))
            case .after: return .of(anchor.adding(days: forward == 0 ? 7 : forward))
            case .onOrAfter: return .of(anchor.adding(days: forward))
            }
        case .dayOffset(let k):
            guard let anchor else { return nil }
            return .of(anchor.adding(days: k))
        case .week(let k, let part):
            guard let anchor else { return nil }
            let monday = anchor.adding(days: -((anchor.weekday + 6) % 7) + 7 * k)
            var first = monday, last = monday.adding(days: 6)
            switch part {
            case .whole: break
            case .earlier: last = anchor.adding(days: -1)
            case .later: first = anchor.adding(days: 1)
            case .pastSeven: first = anchor.adding(days: -7); last = anchor.adding(days: -1)
            }
            return Self.span(first, last)
        case .monthOffset(let k):
            guard let anchor else { return nil }
            return Self.month(anchor.year, anchor.month, plus: k)
        case .yearOffset(let k):
            guard let anchor else { return nil }
            return Value(year: anchor.year + k)
        case .chained(let k, let unit):
            return Self.chain(k, unit, from: unit == .year ? previous : previousFine)
        }
    }

    /// Days `first...last` as one value: the day when they are one, else the month holding most of them (a week
    /// straddling two months is the month of its Thursday); nil when the span is empty ("earlier this week" on a Monday).
    static func span(_ first: CivilDate, _ last: CivilDate) -> Value? {
        let n = last.dayNumber - first.dayNumber + 1
        guard n >= 1 else { return nil }
        if n == 1 { return .of(first) }
        let middle = first.adding(days: (n - 1) / 2)
        let counts = (0..<n).reduce(into: [Int: Int]()) { tally, i in
            let d = first.adding(days: i)
            tally[d.year * 12 + d.month - 1, default: 0] += 1
        }
        let best = counts.max { a, b in (a.value, a.key == middle.year * 12 + middle.month - 1 ? 1 : 0)
            < (b.value, b.key == middle.year * 12 + middle.month - 1 ? 1 : 0) }!.key
        return Value(year: best / 12, month: best % 12 + 1)
    }

    static func month(_ y: Int, _ m: Int, plus k: Int) -> Value {
        let index = y * 12 + (m - 1) + k
        let year = index >= 0 ? index / 12 : (index - 11) / 12
        return Value(year: year, month: index - year * 12 + 1)
    }

    /// `k` units after (or before, k < 0) a previous value, at the coarser granularity of the two: "the next day"
    /// after "in June 2016" is June 2016; "a month later" after "May 10" is June.
    static func chain(_ k: Int, _ unit: DateExpression.Unit, from base: Value?) -> Value? {
        guard let base else { return nil }
        switch unit {
        case .day, .week:
            guard let m = base.month else { return nil }
            guard let d = base.day else { return Value(year: base.year, month: m) }
            return .of(CivilDate(base.year, m, d).adding(days: unit == .week ? 7 * k : k))
        case .month:
            guard let m = base.month else { return nil }
            return month(base.year, m, plus: k)
        case .year:
            return Value(year: base.year + k)
        }
    }

    /// The year for a day of a month. A past clause takes the latest such day on or before the anchor, a future one
    /// the first on or after it; otherwise, of the anchor's year and the years either side, the nearest to the anchor,
    /// a future day counting double (news mostly tells of the past). A named weekday picks the year it fits.
    static func place(month m: Int, day d: Int, weekday w: Int?, near anchor: CivilDate,
                      clause: DateExpression.Direction? = nil) -> CivilDate {
        var candidates: [CivilDate] = []
        for y in (anchor.year - 1)...(anchor.year + 1) where d <= CivilDate.daysIn(y, m) {
            candidates.append(CivilDate(y, m, d))
        }
        if let w {
            let fitting = candidates.filter { $0.weekday == w }
            if !fitting.isEmpty { candidates = fitting }
        }
        if w == nil, let clause {
            let fitting: [CivilDate]
            switch clause {
            case .onOrBefore, .before: fitting = candidates.filter { $0 <= anchor }
            case .onOrAfter, .after: fitting = candidates.filter { $0 >= anchor }
            }
            if !fitting.isEmpty { candidates = fitting }
        }
        let a = anchor.dayNumber
        func cost(_ c: CivilDate) -> Int {
            let delta = c.dayNumber - a
            return delta > 0 ? 2 * delta : -delta
        }
        return candidates.min { cost($0) < cost($1) } ?? CivilDate(anchor.year, m, min(d, 28))
    }
}
