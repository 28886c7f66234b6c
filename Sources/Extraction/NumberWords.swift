/// Numbers as news text writes them, for the count stage: figures ("42", "1,800", "3.5 million") and words ("four",
/// "twenty-two", "a dozen", "two hundred and fifty").
///
/// Vague plurals take the lowest value the phrase allows, as ACLED counts: "dozens" = 12, "scores" = 20,
/// "hundreds" = 100, "thousands" = 1,000, "tens of thousands" = 10,000, "hundreds of thousands" = 100,000,
/// "millions" = 1,000,000; "half a dozen" = 6. "Several", "a few" and "many" are not numbers.
enum NumberWords {
    /// A number phrase starting at `words[i]`: its value, the index just past it, and whether it is a figure.
    struct Parsed: Equatable {
        var value: Int
        var end: Int
        var isFigure: Bool
        /// The figure has a thousands separator or a decimal point ("1,800", "3.5"), so it is no year.
        var isFormatted: Bool
        /// A scale word followed the figure ("3.5 million").
        var hasScale: Bool
    }

    static let units: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let scales: [String: Int] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    ]
    /// Vague plurals and their conservative values.
    static let plurals: [String: Int] = [
        "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
        "billions": 1_000_000_000,
    ]

    /// The value of one number word ("four", "twenty-two"), or nil.
    static func wordValue(_ w: String) -> Int? {
        if let v = units[w] ?? tens[w] { return v }
        if w.contains("-") {
            let parts = w.split(separator: "-", omittingEmptySubsequences: false)
            if parts.count == 2, let t = tens[String(parts[0])], let u = units[String(parts[1])], u < 10 { return t + u }
        }
        return nil
    }

    /// The value of a figure token ("42", "1,800", "3.5"), or nil when it is not a plain figure.
    static func figureValue(_ text: String) -> (value: Double, formatted: Bool)? {
        var digits = 0
        var value: Double = 0
        var fraction: Double = 0
        var scale: Double = 1
        var seenDot = false
        var formatted = false
        for c in text.unicodeScalars {
            switch c {
            case "0"..."9":
                let d = Double(c.value - 48)
                if seenDot { scale /= 10; fraction += d * scale } else { value = value * 10 + d }
                digits += 1
            case ",":
                if seenDot || digits == 0 { return nil }
                formatted = true
            case ".":
                if seenDot || digits == 0 { return nil }
                seenDot = true
                formatted = true
            default:
                return nil
            }
        }
        guard digits > 0, digits <= 15 else { return nil }
        return (value + fraction, formatted)
    }

    /// Parses the number phrase at `i` of lowercased `words` (with their token `kinds`), not reading at or past `limit`.
    static func parse(_ words: [String], _ kinds: [TokenKind], at i: Int, limit: Int) -> Parsed? {
        guard i < limit else { return nil }
        let w = words[i]
        func word(_ k: Int) -> String? { k < limit ? words[k] : nil }

        if kinds[i] == .number {
            guard let (raw, formatted) = figureValue(w) else { return nil }
            var value = raw
            var end = i + 1
            var hasScale = false
            if let s = word(end), let scale = scales[s] {
                value *= Double(scale)
                end += 1
                hasScale = true
            }
            guard value >= 1, value < 1e15 else { return nil }
            return Parsed(value: Int(value), end: end, isFigure: true, isFormatted: formatted, hasScale: hasScale)
        }
        guard kinds[i] == .word else { return nil }

        // "tens of thousands", "hundreds of thousands", "dozens", "thousands"
        if w == "tens" || w == "hundreds", word(i + 1) == "of", let s = word(i + 2), s == "thousands" || s == "millions" {
            return Parsed(value: (w == "tens" ? 10 : 100) * plurals[s]!, end: i + 3, isFigure: false,
                          isFormatted: false, hasScale: true)
        }
        if let v = plurals[w] {
            return Parsed(value: v, end: i + 1, isFigure: false, isFormatted: false, hasScale: false)
        }
        // "half a dozen"
        if w == "half", word(i + 1) == "a", word(i + 2) == "dozen" {
            return Parsed(value: 6, end: i + 3, isFigure: false, isFormatted: false, hasScale: false)
        }
        // "a dozen", "a hundred", "an estimated" is not a number
        if w == "a" || w == "an" {
            guard let next = word(i + 1) else { return nil }
            if next == "dozen" { return Parsed(value: 12, end: i + 2, isFigure: false, isFormatted: false, hasScale: false) }
            guard scales[next] != nil else { return nil }
            return wordRun(words, kinds, from: i + 1, limit: limit, start: 1).map {
                Parsed(value: $0.value, end: $0.end, isFigure: false, isFormatted: false, hasScale: true)
            }
        }
        guard wordValue(w) != nil else { return nil }
        return wordRun(words, kinds, from: i, limit: limit, start: 0).map {
            Parsed(value: $0.value, end: $0.end, isFigure: false, isFormatted: false, hasScale: false)
        }
    }

    /// A run of number words: "two hundred and fifty", "twenty two", "four", "two dozen".
    private static func wordRun(_ words: [String], _ kinds: [TokenKind], from i: Int, limit: Int,
                              start: Int) -> (value: Int, end: Int)? {
        var total = 0
        var current = start
        var k = i
        var lastWasScale = false
        var any = false
        while k < limit, kinds[k] == .word {
            let w = words[k]
            if let v = wordValue(w) {
                // "twenty two" but not "four five"
                if any && !lastWasScale && !(current % 100 >= 20 && current % 10 == 0 && v < 10) { break }
                current += v
                lastWasScale = false
            } else if w == "dozen", any || current > 0 {
                current = max(current, 1) * 12
                lastWasScale = true
            } else if let s = scales[w] {
                if s == 100 {
                    current = max(current, 1) * 100
                } else {
                    total += max(current, 1) * s
                    current = 0
                }
                lastWasScale = true
            } else if w == "and", lastWasScale, k + 1 < limit, wordValue(words[k + 1]) != nil {
                k += 1
                continue
            } else {
                break
            }
            any = true
            k += 1
        }
        guard any, total + current > 0 else { return nil }
        return (total + current, k)
    }
}
