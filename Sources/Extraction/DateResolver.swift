import NewsModel

/// A proleptic Gregorian calendar day: the arithmetic the date stage needs, with no clock and no Foundation.
struct CivilDate: Sendable, Hashable, Comparable {
    var year: Int
    var month: Int
    var day: Int

    init(_ year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    init(dayNumber z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// 0 = Sunday ... 6 = Saturday.
    var weekday: Int { ((dayNumber % 7) + 11) % 7 }

    func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    static func < (a: CivilDate, b: CivilDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysIn(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return isLeap(y) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD` (exactly), or nil.
    static func parseISO(_ text: String) -> CivilDate? {
        let s = Array(text.unicodeScalars)
        guard s.count == 10, s[4] == "-", s[7] == "-" else { return nil }
        guard let y = digits(s[0..<4]), let m = digits(s[5..<7]), let d = digits(s[8..<10]) else { return nil }
        guard (1...12).contains(m), d >= 1, d <= daysIn(y, m) else { return nil }
        return CivilDate(y, m, d)
    }

    static func digits(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
        guard !s.isEmpty else { return nil }
        var v = 0
        for c in s {
            guard c.value >= 48 && c.value <= 57 else { return nil }
            v = v * 10 + Int(c.value - 48)
        }
        return v
    }

    var iso: String { DateValue.format(year, month, day) }
}

/// Formats calendar values as the contract spells them: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`.
enum DateValue {
    static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    static func format(_ y: Int, _ m: Int? = nil, _ d: Int? = nil) -> String {
        var out = pad(y, 4)
        if let m { out += "-" + pad(m, 2) }
        if let m, let d { _ = m; out += "-" + pad(d, 2) }
        return out
    }
}

/// What a date expression says before it is anchored.
enum DateExpression: Sendable, Hashable {
    /// A full calendar day; `weekday` when the text names one too ("Wednesday, August 10, 2022").
    case full(CivilDate, weekday: Int?)
    case monthYear(year: Int, month: Int)
    case year(Int)
    /// A day without its year ("August 10", "Wednesday, August 10", "10 August").
    case monthDay(month: Int, day: Int, weekday: Int?)
    /// A month without its year ("in March", "last March", "next March").
    case month(Int, Direction)
    /// A weekday ("Sunday", "last Sunday", "next Sunday").
    case weekday(Int, Direction)
    /// Days from the anchor: yesterday -1, today 0, tomorrow +1, "three days ago" -3.
    case dayOffset(Int)
    /// Weeks from the anchor's week ("last week" -1); resolved to the Monday starting that week.
    case weekOffset(Int)
    /// Months from the anchor's month ("last month" -1, "earlier this month" 0).
    case monthOffset(Int)
    /// Years from the anchor's year ("last year" -1).
    case yearOffset(Int)
    /// Days from the previous day-granular date in the text ("the day after" +1, "the day before" -1).
    case chained(Int)

    enum Direction: Sendable, Hashable {
        /// the most recent on or before the anchor (the default)
        case onOrBefore
        /// "last": strictly before
        case before
        /// "next": strictly after
        case after
        /// "this", "this coming": on or after
        case onOrAfter
    }

    /// A value the text states outright, with no anchor.
    var isAbsolute: Bool {
        switch self {
        case .full, .monthYear, .year: return true
        default: return false
        }
    }
}

/// Turns expressions into values against an anchor day.
struct DateResolver: Sendable {
    /// The publication date, or the day inferred from the text; nil when neither is known.
    var anchor: CivilDate?
    /// The previous day-granular value in the text, for "the day after".
    var previousDay: CivilDate?

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

    /// The value and granularity of one expression, or nil when it cannot be anchored.
    mutating func resolve(_ e: DateExpression) -> (value: String, granularity: DateMention.Granularity)? {
        switch e {
        case .full(let d, _):
            previousDay = d
            return (d.iso, .day)
        case .monthYear(let y, let m):
            return (DateValue.format(y, m), .month)
        case .year(let y):
            return (DateValue.format(y), .year)
        case .monthDay(let m, let d, let w):
            guard let anchor else { return nil }
            let day = Self.place(month: m, day: d, weekday: w, near: anchor)
            previousDay = day
            return (day.iso, .day)
        case .month(let m, let direction):
            guard let anchor else { return nil }
            let y: Int
            switch direction {
            case .onOrBefore: y = m <= anchor.month ? anchor.year : anchor.year - 1
            case .before: y = m < anchor.month ? anchor.year : anchor.year - 1
            case .after: y = m > anchor.month ? anchor.year : anchor.year + 1
            case .onOrAfter: y = m >= anchor.month ? anchor.year : anchor.year + 1
            }
            return (DateValue.format(y, m), .month)
        case .weekday(let w, let direction):
            guard let anchor else { return nil }
            let back = (anchor.weekday - w + 7) % 7
            let forward = (w - anchor.weekday + 7) % 7
            let day: CivilDate
            switch direction {
            case .onOrBefore: day = anchor.adding(days: -back)
            case .before: day = anchor.adding(days: back == 0 ? -7 : -back)
            case .after: day = anchor.adding(days: forward == 0 ? 7 : forward)
            case .onOrAfter: day = anchor.adding(days: forward)
            }
            previousDay = day
            return (day.iso, .day)
        case .dayOffset(let k):
            guard let anchor else { return nil }
            let day = anchor.adding(days: k)
            previousDay = day
            return (day.iso, .day)
        case .weekOffset(let k):
            guard let anchor else { return nil }
            let sinceMonday = (anchor.weekday + 6) % 7
            let monday = anchor.adding(days: -sinceMonday + 7 * k)
            return (monday.iso, .day)
        case .monthOffset(let k):
            guard let anchor else { return nil }
            let index = anchor.year * 12 + (anchor.month - 1) + k
            let y = index >= 0 ? index / 12 : (index - 11) / 12
            return (DateValue.format(y, index - y * 12 + 1), .month)
        case .yearOffset(let k):
            guard let anchor else { return nil }
            return (DateValue.format(anchor.year + k), .year)
        case .chained(let k):
            guard let base = previousDay else { return nil }
            let day = base.adding(days: k)
            previousDay = day
            return (day.iso, .day)
        }
    }

    /// The year for a day of a month: of the anchor's year and the years either side, the nearest to the anchor,
    /// a future day counting double (news mostly tells of the past); a named weekday picks the year it fits.
    static func place(month m: Int, day d: Int, weekday w: Int?, near anchor: CivilDate) -> CivilDate {
        var candidates: [CivilDate] = []
        for y in (anchor.year - 1)...(anchor.year + 1) where d <= CivilDate.daysIn(y, m) {
            candidates.append(CivilDate(y, m, d))
        }
        if let w {
            let fitting = candidates.filter { $0.weekday == w }
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
