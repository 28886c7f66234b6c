import NewsModel

/// What kind of text a token is.
public enum TokenKind: String, Sendable, Hashable {
    case word, number, punctuation, quote, symbol, url, email
}

/// A token: `text == document.string(start..<end)` exactly, offsets in Unicode scalars.
public struct Token: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String
    public var kind: TokenKind

    public init(start: Int, end: Int, text: String, kind: TokenKind) {
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
    }

    public var span: Span { Span(start: start, end: end) }

    /// A word ending in a period that the tokenizer kept: "U.S.", "Dr.", "J.", "Jan.".
    var isAbbreviation: Bool { kind == .word && text.count > 1 && text.unicodeScalars.last == "." }
}

/// Splits text into tokens, PTB/CoNLL style, working on Unicode scalars.
///
/// - abbreviations and initials keep their period ("U.S.", "Lt.", "J."), numbers keep their separators ("1,800", "3.5");
/// - hyphens and apostrophes inside words stay ("Charles-Antoine", "Ra'ad"), clitics split ("Mali" "'s", "do" "n't");
/// - URLs and e-mail addresses stay whole; quotes, dashes and other punctuation are tokens of their own;
/// - emoji sequences (ZWJ, skin tones, flags) stay one token; whitespace and format characters are skipped.
public struct Tokenizer: Sendable {
    public init() {}

    public func tokenize(_ text: String) -> [Token] { tokenize(Array(text.unicodeScalars)) }

    public func tokenize(_ s: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 5 + 1)
        let n = s.count
        var i = 0

        func emit(_ a: Int, _ b: Int, _ kind: TokenKind) {
            tokens.append(Token(start: a, end: b, text: makeString(s, a, b), kind: kind))
        }

        while i < n {
            let c = s[i]
            if Chars.isIgnorable(c) { i += 1; continue }
            if let e = urlEnd(s, i) { emit(i, e, .url); i = e; continue }
            if let e = emailEnd(s, i) { emit(i, e, .email); i = e; continue }
            if Chars.isWord(c) {
                i = scanWord(s, i, emit)
                continue
            }
            if Chars.isApostrophe(c), let last = tokens.last, last.end == i, last.kind == .word || last.kind == .number,
               let e = cliticEnd(s, i), e - i > 1, !(e - i == 2 && (s[i + 1] == "t" || s[i + 1] == "T")) {
                emit(i, e, .word); i = e; continue
            }
            if Chars.isQuote(c) { emit(i, i + 1, .quote); i += 1; continue }
            if c == "." || c == "-" || c == "!" || c == "?" {
                // "...", "--", "!!!", "?!": one token
                var j = i + 1
                if c == "." || c == "-" {
                    while j < n && s[j] == c { j += 1 }
                } else {
                    while j < n && (s[j] == "!" || s[j] == "?") { j += 1 }
                }
                emit(i, j, .punctuation); i = j; continue
            }
            var j = i + 1
            if Chars.isRegionalIndicator(c), j < n, Chars.isRegionalIndicator(s[j]) { j += 1 }
            j = extendCluster(s, j)
            emit(i, j, Chars.isPunctuation(c) ? .punctuation : .symbol)
            i = j
        }
        return tokens
    }

    /// Scans a word or number starting at `i`; emits it and returns where scanning goes on.
    private func scanWord(_ s: [Unicode.Scalar], _ i: Int, _ emit: (Int, Int, TokenKind) -> Void) -> Int {
        let n = s.count
        // "n't" after a split verb ("do" "n't")
        if i + 2 < n, s[i] == "n" || s[i] == "N", Chars.isApostrophe(s[i + 1]), s[i + 2] == "t" || s[i + 2] == "T",
           i + 3 == n || !Chars.isWord(s[i + 3]) {
            emit(i, i + 3, .word)
            return i + 3
        }
        var j = i
        var allDigits = true
        scan: while true {
            while j < n && Chars.isWord(s[j]) {
                if allDigits && !Chars.isDigit(s[j]) { allDigits = false }
                j += 1
            }
            guard j < n else { break }
            let c = s[j]
            let hasNext = j + 1 < n
            // 1,800 and 3.5
            if (c == "," || c == "."), allDigits, hasNext, Chars.isASCIIDigit(s[j + 1]), Chars.isASCIIDigit(s[j - 1]) {
                j += 1
                continue
            }
            // Charles-Antoine, 24-hour
            if Chars.isHyphen(c), hasNext, Chars.isWord(s[j + 1]) {
                allDigits = false
                j += 1
                continue
            }
            if Chars.isApostrophe(c), hasNext, Chars.isLetter(s[j + 1]) {
                if let e = cliticEnd(s, j) {
                    let isT = e - j == 2 && (s[j + 1] == "t" || s[j + 1] == "T")
                    if isT {
                        if j - 1 > i && (s[j - 1] == "n" || s[j - 1] == "N") {
                            emit(i, j - 1, .word)   // "do" | "n't"
                            return j - 1
                        }
                    } else {
                        break scan                  // "Mali" | "'s"
                    }
                }
                allDigits = false
                j += 1                              // Ra'ad, O'Brien
                continue
            }
            // zero-width joiners inside words (Indic, Arabic scripts)
            if (c.value == 0x200C || c.value == 0x200D), hasNext, Chars.isWord(s[j + 1]) {
                j += 1
                continue
            }
            if c == "." {
                if j == i + 1 && Chars.isLetter(s[i]) {
                    // initials and acronyms: "J.", "U.S.", "e.g.", "a.m."
                    j += 1
                    while j + 1 < n && Chars.isLetter(s[j]) && s[j + 1] == "." { j += 2 }
                    break
                }
                if j - i <= 5 {
                    let lower = makeString(s, i, j).lowercased()
                    if Lexicon.abbreviations.contains(lower) {
                        j += 1
                    } else if lower == "no" || lower == "nos" {
                        // "No. 1", not "said no."
                        var k = j + 1
                        while k < n && s[k] == " " { k += 1 }
                        if k < n && Chars.isASCIIDigit(s[k]) { j += 1 }
                    }
                }
            }
            break
        }
        emit(i, j, allDigits ? .number : .word)
        return j
    }

    /// If `s[j]` is an apostrophe starting a clitic ('s 're 've 'll 'd 'm 't) that ends the word, its end.
    private func cliticEnd(_ s: [Unicode.Scalar], _ j: Int) -> Int? {
        let n = s.count
        var k = j + 1
        while k < n && k - j <= 3 && Chars.isLetter(s[k]) { k += 1 }
        guard k > j + 1, k == n || !Chars.isWord(s[k]) else { return nil }
        switch makeString(s, j + 1, k).lowercased() {
        case "s", "re", "ve", "ll", "d", "m", "t": return k
        default: return nil
        }
    }

    private func urlEnd(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        let c = s[i]
        guard c == "h" || c == "H" || c == "w" || c == "W" else { return nil }
        if i > 0 && Chars.isWord(s[i - 1]) { return nil }
        var prefix = 0
        for p in ["https://", "http://", "www."] where hasPrefix(s, i, p) {
            prefix = p.unicodeScalars.count
            break
        }
        guard prefix > 0 else { return nil }
        let n = s.count
        var j = i + prefix
        let limit = min(n, i + 2048)
        while j < limit && !Chars.isIgnorable(s[j]) && !Chars.isQuote(s[j]) && s[j] != "<" && s[j] != ">" { j += 1 }
        while j > i + prefix, ".,;:!?)]}'".unicodeScalars.contains(s[j - 1]) { j -= 1 }
        return j > i + prefix ? j : nil
    }

    private func emailEnd(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        guard Chars.isASCIIAlnum(s[i]) else { return nil }
        if i > 0, Chars.isWord(s[i - 1]) || s[i - 1] == "." || s[i - 1] == "-" || s[i - 1] == "_" || s[i - 1] == "+" { return nil }
        let n = s.count
        var j = i
        while j < n && j - i < 64 && (Chars.isASCIIAlnum(s[j]) || "._%+-".unicodeScalars.contains(s[j])) { j += 1 }
        guard j < n, s[j] == "@", j > i, Chars.isASCIIAlnum(s[j - 1]) else { return nil }
        var k = j + 1
        var dots = 0
        while k < n && k - j < 253 && (Chars.isASCIIAlnum(s[k]) || s[k] == "." || s[k] == "-") {
            if s[k] == "." { dots += 1 }
            k += 1
        }
        while k > j + 1 && (s[k - 1] == "." || s[k - 1] == "-") {
            if s[k - 1] == "." { dots -= 1 }
            k -= 1
        }
        guard dots > 0, k > j + 3 else { return nil }
        return k
    }

    private func hasPrefix(_ s: [Unicode.Scalar], _ i: Int, _ p: String) -> Bool {
        var k = i
        for ps in p.unicodeScalars {
            guard k < s.count else { return false }
            let v = s[k].value
            let lower = (v >= 0x41 && v <= 0x5A) ? v + 0x20 : v
            if lower != ps.value { return false }
            k += 1
        }
        return true
    }

    /// Extends a symbol over the scalars that belong to it: marks, variation selectors, skin tones, tags, ZWJ sequences.
    private func extendCluster(_ s: [Unicode.Scalar], _ start: Int) -> Int {
        let n = s.count
        var j = start
        while j < n {
            let v = s[j].value
            if v == 0x200D {
                if j + 1 < n && !Chars.isIgnorable(s[j + 1]) { j += 2 } else { j += 1 }
                continue
            }
            if (0xFE00...0xFE0F).contains(v) || (0x1F3FB...0x1F3FF).contains(v) || (0xE0020...0xE007F).contains(v) || v == 0x20E3 {
                j += 1
                continue
            }
            if v >= 0x300 {
                switch s[j].properties.generalCategory {
                case .nonspacingMark, .enclosingMark, .spacingMark: j += 1; continue
                default: break
                }
            }
            break
        }
        return j
    }
}

/// Character classes on Unicode scalars, with ASCII fast paths.
enum Chars {
    @inline(__always) static func isASCIIDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    @inline(__always) static func isASCIIAlnum(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return isASCIIDigit(c) }
        return c.properties.numericType == .decimal
    }

    /// Letters, digits and combining marks: what words are made of.
    static func isWord(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return isASCIIAlnum(c) }
        let p = c.properties
        if p.isAlphabetic { return true }
        switch p.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        return c.properties.isAlphabetic
    }

    static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return c.properties.isUppercase || c.properties.generalCategory == .titlecaseLetter
    }

    static func isLower(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return c.properties.isLowercase
    }

    /// Whitespace, controls and invisible format characters (RTL marks, BOM, soft hyphen): never part of a token.
    static func isIgnorable(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v <= 0x20 || v == 0x7F }
        if c.properties.isWhitespace { return true }
        switch c.properties.generalCategory {
        case .format, .control, .lineSeparator, .paragraphSeparator, .spaceSeparator, .surrogate: return true
        default: return false
        }
    }

    static func isLineBreak(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    static func isHyphen(_ c: Unicode.Scalar) -> Bool { c == "-" || c.value == 0x2010 || c.value == 0x2011 }

    static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c.value == 0x2019 }

    static func isQuote(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x22, 0x27, 0x60, 0xAB, 0xBB, 0x2018, 0x2019, 0x201A, 0x201B, 0x201C, 0x201D, 0x201E, 0x201F,
             0x2039, 0x203A, 0x300C, 0x300D, 0x300E, 0x300F, 0xFF02:
            return true
        default: return false
        }
    }

    static func isRegionalIndicator(_ c: Unicode.Scalar) -> Bool { (0x1F1E6...0x1F1FF).contains(c.value) }

    static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default: return false
        }
    }
}
