import NewsModel

/// Direct quotes in straight ("...") and curly (“...”, «...») marks, with their cue verb and speaker.
///
/// - A quote may run over sentence boundaries; one left open at the end of a paragraph runs to its end when the next
///   paragraph opens a quote again (the newspaper convention for long quotes).
/// - `text` is the inside of the marks, without surrounding spaces and without the trailing comma of
///   `"...," he said`; `start`/`end` cover exactly `text`.
/// - The cue is the nearest speech verb outside quotes in the same sentence (a verb after the quote counts only
///   within its clause: not the "denies" of `"mercenaries", which Abidjan denies`), or, when the quote is alone in its
///   sentence, the last cue of the sentence before or the first of the sentence after.
/// - The speaker is the subject of the cue: after it when the cue follows the quote (`"...," declared President X`,
///   `according to X`, `accused by X`), otherwise before it (`X said`, `X, ..., praised "..."`); a person is preferred,
///   then an organisation; "he"/"she" is the last person named before; with no entity, `speakerName` is the noun
///   phrase ("the Malian army") and `speaker` stays nil.
struct QuoteStage: ExtractionStage {
    func run(_ document: inout Document) {
        let finder = QuoteAttribution(document)
        document.quotes = finder.quotes()
    }
}

struct QuoteAttribution {
    let d: Document
    let tokens: [Token]
    var inQuote: [Bool]
    let sentenceOf: [Int]
    var startingAt: [Int: Int] = [:]
    var endingAt: [Int: Int] = [:]
    var raw: [(open: Int, close: Int, inside: Range<Int>)] = []

    init(_ document: Document) {
        d = document
        tokens = document.tokens
        inQuote = [Bool](repeating: false, count: document.tokens.count)
        sentenceOf = document.sentenceIndexByToken()
        for (index, m) in document.mentions.enumerated() {
            startingAt[m.tokens.lowerBound] = index
            endingAt[m.tokens.upperBound - 1] = index
        }
        findQuotes()
    }

    // MARK: finding quote marks

    private mutating func findQuotes() {
        let paragraphs = d.paragraphs
        for (p, paragraph) in paragraphs.enumerated() where !paragraph.isBoilerplate {
            var open: Int? = nil
            for t in paragraph.tokens where tokens[t].kind == .quote {
                switch tokens[t].text {
                case "\"", "＂":
                    if let o = open { add(o, t); open = nil } else { open = t }
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
    private mutating func add(_ open: Int, _ close: Int) {
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

    // MARK: attribution

    func quotes() -> [Quote] {
        var result: [Quote] = []
        result.reserveCapacity(raw.count)
        for q in raw {
            var quote = Quote(text: d.string(q.inside), start: q.inside.lowerBound, end: q.inside.upperBound)
            if let cue = findCue(open: q.open, close: q.close) {
                let word = tokens[cue].text.lowercased()
                quote.cue = word == "according" ? "according to" : word
                let (entity, name) = speaker(cue: cue)
                if let entity {
                    quote.speaker = d.entities[entity].id
                    quote.speakerName = d.entities[entity].name
                } else {
                    quote.speakerName = name
                }
            }
            result.append(quote)
        }
        return result.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    func isCue(_ t: Int) -> Bool {
        guard t >= 0, t < tokens.count, tokens[t].kind == .word, !inQuote[t] else { return false }
        let lower = tokens[t].text.lowercased()
        guard Lexicon.cueVerbs.contains(lower) else { return false }
        if lower == "according" { return t + 1 < tokens.count && tokens[t + 1].text.lowercased() == "to" }
        return true
    }

    func findCue(open: Int, close: Int) -> Int? {
        let first = sentenceOf[open]
        let last = sentenceOf[min(close, tokens.count - 1)]
        guard first >= 0, last >= 0 else { return nil }
        let sentences = d.sentences
        var before: Int? = nil
        var t = open - 1
        let lower = max(sentences[first].tokens.lowerBound, open - 40)
        while t >= lower {
            if isCue(t) { before = t; break }
            t -= 1
        }
        var after: Int? = nil
        if close < tokens.count {
            t = close + 1
            let upper = min(sentences[last].tokens.upperBound, close + 41)
            while t < upper {
                if inQuote[t] { break }
                let w = tokens[t].text.lowercased()
                if w == ";" || w == "which" || w == "that" || w == "but" || w == "while" || w == "whereas" { break }
                if isCue(t) { after = t; break }
                t += 1
            }
        }
        switch (before, after) {
        case let (b?, a?): return (open - b) < (a - close) ? b : a
        case let (b?, nil): return b
        case let (nil, a?): return a
        case (nil, nil): break
        }
        // a quote alone in its sentence: the sentence before, then the one after
        let outside = (sentences[first].tokens.lowerBound..<sentences[last].tokens.upperBound).filter {
            !inQuote[$0] && (tokens[$0].kind == .word || tokens[$0].kind == .number)
        }
        guard outside.isEmpty else { return nil }
        if first > 0, !sentences[first - 1].isBoilerplate,
           let cue = sentences[first - 1].tokens.reversed().first(where: isCue) {
            return cue
        }
        if last + 1 < sentences.count, !sentences[last + 1].isBoilerplate,
           let cue = sentences[last + 1].tokens.first(where: isCue) {
            return cue
        }
        return nil
    }

    /// The subject of the cue at `c`: an entity index, or the noun phrase that names the speaker.
    func speaker(cue c: Int) -> (entity: Int?, name: String?) {
        let s = sentenceOf[c]
        guard s >= 0 else { return (nil, nil) }
        let sentence = d.sentences[s].tokens
        let word = tokens[c].text.lowercased()
        if word == "according" { return forward(from: c + 2, limit: sentence.upperBound) }
        if c + 1 < sentence.upperBound, tokens[c + 1].text.lowercased() == "by" {
            return forward(from: c + 2, limit: sentence.upperBound)       // "accused by the military"
        }
        // the cue follows the quote: "...," declared President Assimi Goïta
        var p = c - 1
        while p >= sentence.lowerBound, !inQuote[p], tokens[p].kind == .punctuation { p -= 1 }
        if p >= sentence.lowerBound, inQuote[p] {
            let found = forward(from: c + 1, limit: sentence.upperBound)
            if found.entity != nil || found.name != nil { return found }
        }
        return backward(from: c, sentenceStart: sentence.lowerBound)
    }

    private func forward(from start: Int, limit: Int) -> (entity: Int?, name: String?) {
        var end = start
        let upper = min(limit, start + 12)
        while end < upper {
            let t = tokens[end]
            guard t.kind == .word || t.kind == .number, !inQuote[end], !isCue(end) else { break }
            let lower = t.text.lowercased()
            if lower == "of" {
                // "the head of the junta" goes on; "the military ... of being" stops
                guard end + 1 < upper, tokens[end + 1].text == "the"
                    || tokens[end + 1].text.unicodeScalars.first.map(Chars.isUpper) == true else { break }
            } else if lower != "in", Lexicon.phraseStops.contains(lower) {
                break
            }
            end += 1
        }
        while end > start, ["in", "of", "the"].contains(tokens[end - 1].text.lowercased()) { end -= 1 }
        guard end > start else { return (nil, nil) }
        if Lexicon.personPronouns.contains(tokens[start].text.lowercased()) {
            return (lastPerson(before: tokens[start].start), nil)
        }
        var org: Int? = nil
        for t in start..<end {
            guard let m = startingAt[t], d.mentions[m].tokens.upperBound <= end else { continue }
            let mention = d.mentions[m]
            if mention.type == .person { return (mention.entity, nil) }
            if mention.type == .organisation, org == nil { org = mention.entity }
        }
        if let org { return (org, nil) }
        return phrase(start..<end)
    }

    private func backward(from c: Int, sentenceStart: Int) -> (entity: Int?, name: String?) {
        let lower = max(sentenceStart, c - 15)
        var org: Int? = nil
        var t = c - 1
        while t >= lower, !inQuote[t] {
            if Lexicon.personPronouns.contains(tokens[t].text.lowercased()) {
                return (lastPerson(before: tokens[t].start), nil)
            }
            if let m = endingAt[t] {
                let mention = d.mentions[m]
                if mention.type == .person { return (mention.entity, nil) }
                if mention.type == .organisation, org == nil { org = mention.entity }
                t = mention.tokens.lowerBound - 1
                continue
            }
            t -= 1
        }
        if let org { return (org, nil) }
        // the noun phrase right before the verb: "The Malian army incriminates"
        var end = c
        while end > lower, !inQuote[end - 1], Lexicon.verbModifiers.contains(tokens[end - 1].text.lowercased()) { end -= 1 }
        var start = end
        while start > lower, start > end - 6 {
            let token = tokens[start - 1]
            guard token.kind == .word || token.kind == .number, !inQuote[start - 1], !isCue(start - 1) else { break }
            let w = token.text.lowercased()
            if Lexicon.phraseStops.contains(w) { break }
            start -= 1
            if Lexicon.determiners.contains(w) { break }
        }
        guard start < end else { return (nil, nil) }
        return phrase(start..<end)
    }

    /// A noun phrase as a speaker: an entity when it is exactly one mention, else its text ("the Malian presidency").
    private func phrase(_ range: Range<Int>) -> (entity: Int?, name: String?) {
        var core = range
        if Lexicon.determiners.contains(tokens[core.lowerBound].text.lowercased()), core.count > 1 {
            core = (core.lowerBound + 1)..<core.upperBound
        }
        if let m = startingAt[core.lowerBound], d.mentions[m].tokens.upperBound == core.upperBound {
            return (d.mentions[m].entity, nil)
        }
        if range.count == 1, Lexicon.otherPronouns.contains(tokens[range.lowerBound].text.lowercased()) {
            return (nil, nil)
        }
        var text = d.string(tokens: range)
        if let first = tokens[range.lowerBound].text.unicodeScalars.first, Chars.isUpper(first),
           Lexicon.determiners.contains(tokens[range.lowerBound].text.lowercased()) {
            text = tokens[range.lowerBound].text.lowercased() + String(text.unicodeScalars.dropFirst(tokens[range.lowerBound].text.unicodeScalars.count))
        }
        return (nil, text)
    }

    /// The entity of the last person mention that starts before `offset`.
    private func lastPerson(before offset: Int) -> Int? {
        let mentions = d.mentions
        var lo = 0
        var hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].span.start < offset { lo = mid + 1 } else { hi = mid }
        }
        var k = lo - 1
        while k >= 0 {
            if mentions[k].type == .person { return mentions[k].entity }
            k -= 1
        }
        return nil
    }
}
