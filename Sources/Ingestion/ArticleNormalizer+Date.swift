import Foundation

extension ArticleNormalizer {
    /// The calendar date `text` names, as `YYYY-MM-DD`; nil if it is not a date this understands.
    ///
    /// Understood: `2017/2/7`, `2017-02-07`, `2017.02.07`, ISO 8601 with a time (`2017-02-07T10:00:00Z`),
    /// a date followed by a time (`2016/12/30 7:11`), `7 Feb 2017`, `7th February 2017`, `February 7, 2017`,
    /// `Feb. 7 2017`, RFC 822 (`Tue, 07 Feb 2017 10:00:00 GMT`), and a bare Unix time in seconds.
    /// The date is the one written: a time zone does not move it, because the publisher's calendar day
    /// is what the article means by "today". Day-first or month-first all-numeric forms (`07/02/2017`)
    /// are ambiguous and give nil rather than a guess.
    public static func normalizeDate(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count < 100 else { return nil }
        if let date = numericDate(trimmed) { return date }
        if let date = wordDate(trimmed) { return date }
        if let seconds = Int64(trimmed), trimmed.count >= 9, trimmed.count <= 11 {
            return isoDay(Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        return nil
    }

    /// `YYYY-MM-DD` of a moment, in UTC.
    static func isoDay(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return format(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? "1970-01-01"
    }

    /// Year first, then month and day, separated by "-", "/" or "."; anything after a "T" or a space is the time.
    private static func numericDate(_ text: String) -> String? {
        let datePart = text.split(whereSeparator: { $0 == "T" || $0 == " " }).first.map(String.init) ?? text
        let separators: Set<Character> = ["-", "/", "."]
        let parts = datePart.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) })
        guard parts.count == 3, parts[0].count == 4,
              (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return format(year: year, month: month, day: day)
    }

    /// Dates with a month name: the words may come in any common order (`7 Feb 2017`, `February 7, 2017`);
    /// weekday names, times and zones are ignored.
    private static func wordDate(_ text: String) -> String? {
        let tokens = text.lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
            .map { $0.hasSuffix(".") ? String($0.dropLast()) : String($0) }
        var month: Int?
        var numbers: [Substring] = []
        for token in tokens where !token.isEmpty {
            if let m = monthNumber(token) {
                guard month == nil else { return nil }
                month = m
            } else if weekdays.contains(token) || token.contains(":") || zones.contains(token)
                        || token.hasPrefix("+") || token.hasPrefix("-") || token == "at" || token == "on" || token == "of" {
                continue
            } else {
                var digits = Substring(token)
                for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) {
                    digits = digits.dropLast(2)
                }
                guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
                numbers.append(digits)
            }
        }
        guard let month, numbers.count == 2 else { return nil }
        let yearToken = numbers.first(where: { $0.count == 4 })
        let dayToken = numbers.first(where: { $0.count <= 2 })
        guard let yearToken, let dayToken, let year = Int(yearToken), let day = Int(dayToken) else { return nil }
        return format(year: year, month: month, day: day)
    }

    private static func format(year: Int, month: Int, day: Int) -> String? {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
              day <= daysIn(month: month, year: year) else { return nil }
        func pad(_ n: Int, _ width: Int) -> String {
            let digits = String(n)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func monthNumber(_ token: String) -> Int? {
        let names = ["january", "february", "march", "april", "may", "june", "july",
                     "august", "september", "october", "november", "december"]
        if let index = names.firstIndex(of: token) { return index + 1 }
        if token == "sept" { return 9 }
        if token.count == 3, let index = names.firstIndex(where: { $0.hasPrefix(token) }) { return index + 1 }
        return nil
    }

    private static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]
    private static let zones: Set<String> = ["gmt", "utc", "z", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet", "cest", "am", "pm", "a.m", "p.m"]
}
