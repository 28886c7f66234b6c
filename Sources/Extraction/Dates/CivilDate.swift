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
