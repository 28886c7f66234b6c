import NewsModel

/// Which way a straight quote mark (") faces, read from the characters beside it: an opening mark has a space (or the
/// start, a bracket, a dash) before it and a word right after it (` "We`); a closing mark is glued to what it closes
/// and has a space or punctuation after it (`crisis." `, `said,"`). A mark that shows neither is either.
enum MarkSide {
    case opening, closing, either
}

/// Pairing the quote marks of each paragraph into quotes.
///
/// Curly marks say which way they face. Straight marks pair in turn, but a mark's side keeps one lost mark from
/// turning every later quote of the paragraph inside out:
/// - a closing mark with no quote open is dropped (its opening mark was lost);
/// - an opening mark while a quote is open starts a new quote, and the open one ends before it: British text runs a
///   long quote over paragraphs with an opening mark at the start of each and a closing mark only at the end, and
///   when the line breaks are lost, `... collapse. "These figures ... crisis."` is two quotes, not one quote
///   ` These figures ...` and the narration after it taken for another;
/// - a garbled mark after a word (`citizens"?houses`, a lost apostrophe, or `"massacre"?or`, a lost closing mark)
///   closes the open quote only when the next straight mark would not close it instead.
extension QuoteAttribution {
    /// A straight mark followed by "?" and a letter: the remains of a mis-decoded curly quote, apostrophe or dash.
    func isGarbled(_ t: Int) -> Bool {
        let s = d.scalars
        let e = tokens[t].end
        return e + 1 < s.count && s[e] == "?" && Chars.isLetter(s[e + 1])
    }

    /// A straight mark between two letters (`don"t`): an apostrophe, never a quote mark.
    func isInsideWord(_ t: Int) -> Bool {
        let s = d.scalars
        let a = tokens[t].start, e = tokens[t].end
        return a > 0 && e < s.count && Chars.isLetter(s[a - 1]) && Chars.isLetter(s[e])
    }

    /// The side a straight mark faces (see ``MarkSide``).
    func side(_ t: Int) -> MarkSide {
        let s = d.scalars
        let a = tokens[t].start, e = tokens[t].end
        let before: Unicode.Scalar? = a > 0 ? s[a - 1] : nil
        let after: Unicode.Scalar? = e < s.count ? s[e] : nil
        let openBefore = before.map { $0.properties.isWhitespace || QuoteMarks.beforeOpening.contains($0) } ?? true
        let wordAfter = after.map { Chars.isWord($0) || QuoteMarks.startsQuoted.contains($0) } ?? false
        let closedAfter = after.map { $0.properties.isWhitespace || QuoteMarks.afterClosing.contains($0) } ?? true
        if openBefore, wordAfter { return .opening }
        if !openBefore, closedAfter { return .closing }
        return .either
    }

    /// Whether the straight mark at `t` follows the end of a sentence (`collapse. "These`).
    func followsSentenceEnd(_ t: Int) -> Bool {
        let s = d.scalars
        var a = tokens[t].start - 1
        var spaced = false
        while a >= 0, s[a].properties.isWhitespace { a -= 1; spaced = true }
        return spaced && a >= 0 && [".", "!", "?"].contains(s[a])
    }

    /// The next straight mark after `t` in the paragraph that is a quote mark (not an apostrophe or garbled).
    func nextStraightMark(after t: Int, before end: Int) -> Int? {
        var k = t + 1
        while k < end {
            if tokens[k].kind == .quote, tokens[k].text == "\"" || tokens[k].text == "＂", !isInsideWord(k), !isGarbled(k) {
                return k
            }
            k += 1
        }
        return nil
    }

    mutating func findQuotes() {
        let paragraphs = d.paragraphs
        let s = d.scalars
        for (p, paragraph) in paragraphs.enumerated() where !paragraph.isBoilerplate {
            var open: Int? = nil
            for t in paragraph.tokens where tokens[t].kind == .quote {
                switch tokens[t].text {
                case "\"", "＂":
                    if isInsideWord(t) { continue }
                    if isGarbled(t) {
                        // `word"?word`: closes an open quote (`"massacre"?or`), else an apostrophe or a dash
                        let a = tokens[t].start
                        let afterPunctuation = a > 0 && [",", ".", "!", "?"].contains(s[a - 1])
                        let afterWord = a > 0 && Chars.isWord(s[a - 1])
                        if afterPunctuation {
                            if let o = open { add(o, t); open = nil }
                        } else if afterWord, let o = open {
                            // `citizens"?houses and apartments."`: the later mark closes the quote
                            if let next = nextStraightMark(after: t, before: paragraph.tokens.upperBound),
                               side(next) == .closing { continue }
                            add(o, t); open = nil
                        }
                        continue
                    }
                    let facing = side(t)
                    if let o = open {
                        if facing == .opening, followsSentenceEnd(t) {
                            add(o, t)               // a quote run on without its closing mark
                            open = t
                        } else {
                            add(o, t); open = nil
                        }
                    } else if facing != .closing {
                        open = t
                    }
                case "“", "«", "„", "「", "『":
                    open = t
                case "”", "»", "」", "』":
                    if let o = open { add(o, t); open = nil }
                default:
                    continue
                }
            }
            if let o = open, p + 1 < paragraphs.count, !paragraphs[p + 1].isBoilerplate {
                let next = tokens[paragraphs[p + 1].tokens.lowerBound]
                if next.kind == .quote, ["\"", "“", "«", "„"].contains(next.text) {
                    add(o, paragraph.tokens.upperBound)   // runs on into the next paragraph
                }
            }
        }
    }

    /// Records a quote from the mark at `open` to the mark at `close` (or to the paragraph end when `close` is past it).
    mutating func add(_ open: Int, _ close: Int) {
        let closed = close < tokens.count && tokens[close].kind == .quote
        guard (open + 1..<close).contains(where: { tokens[$0].kind == .word || tokens[$0].kind == .number }) else { return }
        var a = tokens[open].end
        var b = closed ? tokens[close].start : tokens[close - 1].end
        let s = d.scalars
        while a < b, Chars.isIgnorable(s[a]) { a += 1 }
        while b > a, Chars.isIgnorable(s[b - 1]) { b -= 1 }
        if b > a, s[b - 1] == "," { b -= 1 }
        while b > a, Chars.isIgnorable(s[b - 1]) { b -= 1 }
        guard b > a else { return }
        for t in open...min(close, tokens.count - 1) { inQuote[t] = true }
        raw.append((open, close, a..<b))
    }
}

/// Characters around straight quote marks.
enum QuoteMarks {
    /// Before an opening mark, besides a space: `("`, `-"But` (a lost space), `/"`.
    static let beforeOpening: Set<Unicode.Scalar> = ["(", "[", "{", "-", "—", "–", "/", ":"]
    /// Right after an opening mark, besides a letter or digit: `"[Carers] get`, `"'Tis`, `"...and`.
    static let startsQuoted: Set<Unicode.Scalar> = ["[", "(", "'", "‘", "…", "$", "£", "€", "#", "@"]
    /// Right after a closing mark, besides a space: `"...",`, `"...".`, `"...")`, `"...-`.
    static let afterClosing: Set<Unicode.Scalar> = [",", ".", ";", ":", "!", "?", ")", "]", "-", "—", "–", "'", "’"]
}
