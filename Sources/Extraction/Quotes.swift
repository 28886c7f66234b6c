import NewsModel

/// Direct quotes in straight ("...") and curly (“...”, «...») marks, with their cue verb and speaker.
///
/// - A quote may run over sentence boundaries; one left open at the end of a paragraph runs to its end when the next
///   paragraph opens a quote again (the newspaper convention for long quotes).
/// - `text` is the inside of the marks, without surrounding spaces and without the trailing comma of
///   `"...," he said`; `start`/`end` cover exactly `text`.
/// - A straight mark glued to a word on its left and followed by `?` and a letter (`DeVos"?highly`,
///   `Hokkaido "?Etorofu`) is a mis-decoded apostrophe or dash, not a quote mark (it still closes an open quote
///   when it follows a word).
/// - The cue is the nearest speech verb outside quotes in the same sentence (a verb after the quote counts only
///   within its clause: not the "denies" of `"mercenaries", which Abidjan denies`; a cue word used as a noun, as in
///   `after claims that`, is no cue), or, when the quote is alone in its sentence, the last cue of the sentence
///   before or the first of the sentence after.
/// - Speakers: see `QuoteSpeakers.swift`. A quote with no cue that opens its sentence right after a sentence
///   that held an attributed quote continues that speaker (`"...," Zhang says. "But ..." - for example, ...`).
/// - Scare quotes are dropped: a quote of at most four words with no cue before it in its sentence, no cue right
///   after it (`"No," he said`) and no person as the subject of its sentence (`the "two-plus-two" talks`,
///   `known as "insider attacks," have claimed`); so is a short capitalised name in quote marks (a newspaper, a march)
///   unless a speech verb stands right next to it.
struct QuoteStage: ExtractionStage {
    func run(_ document: inout Document) {
        let finder = QuoteAttribution(document)
        document.quotes = finder.quotes()
    }
}

/// How a quote's cue was found.
enum CuePlace {
    case before, after, neighbour
}

struct QuoteAttribution {
    let d: Document
    let tokens: [Token]
    var inQuote: [Bool]
    let sentenceOf: [Int]
    var startingAt: [Int: Int] = [:]
    var endingAt: [Int: Int] = [:]
    /// Token -> the mention covering it, or -1.
    var mentionAt: [Int]
    var raw: [(open: Int, close: Int, inside: Range<Int>)] = []
    /// What the speaker resolution remembers while it walks through the text (see `QuoteSpeakers.swift`).
    let memory = SpeakerMemory()

    init(_ document: Document) {
        d = document
        tokens = document.tokens
        inQuote = [Bool](repeating: false, count: document.tokens.count)
        sentenceOf = document.sentenceIndexByToken()
        mentionAt = [Int](repeating: -1, count: document.tokens.count)
        for (index, m) in document.mentions.enumerated() {
            startingAt[m.tokens.lowerBound] = index
            endingAt[m.tokens.upperBound - 1] = index
            for t in m.tokens where t < mentionAt.count { mentionAt[t] = index }
        }
        findQuotes()
    }

    // MARK: finding quote marks

    /// A straight mark followed by "?" and a letter: the remains of a mis-decoded curly quote, apostrophe or dash.
    private func isGarbled(_ t: Int) -> Bool {
        let s = d.scalars
        let e = tokens[t].end
        return e + 1 < s.count && s[e] == "?" && Chars.isLetter(s[e + 1])
    }

    /// A straight mark between two letters (`don"t`): an apostrophe, never a quote mark.
    private func isInsideWord(_ t: Int) -> Bool {
        let s = d.scalars
        let a = tokens[t].start, e = tokens[t].end
        return a > 0 && e < s.count && Chars.isLetter(s[a - 1]) && Chars.isLetter(s[e])
    }

    private mutating func findQuotes() {
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
                            add(o, t); open = nil
                        }
                        continue
                    }
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
        memory.prepare(self)
        for (index, q) in raw.enumerated() {
            memory.current = sentenceOf[q.open]
            var quote = Quote(text: d.string(q.inside), start: q.inside.lowerBound, end: q.inside.upperBound)
            var resolved: (entity: Int?, name: String?) = (nil, nil)
            var keep = true
            if let (cue, place) = findCue(open: q.open, close: q.close) {
                let word = cueWord(cue)
                quote.cue = word == "according" ? "according to" : word
                resolved = speaker(cue: cue)
                if isScare(q.open, q.close) {
                    keep = place == .neighbour || (place == .before && !isCapitalisedName(q.open, q.close))
                        || (place == .before && cue >= q.open - 3) || (place == .after && isRightAfter(cue, q.close))
                }
            } else if let previous = continued(index) {
                quote.cue = previous.cue
                resolved = previous.speaker
            } else if let (noun, found) = speechNounSpeaker(open: q.open) {
                quote.cue = noun
                resolved = found
            } else if let person = sentenceSubject(open: q.open) {
                resolved = (person, nil)
                keep = !isScare(q.open, q.close) || !isCapitalisedName(q.open, q.close)
            } else if isScare(q.open, q.close) {
                keep = false
            }
            if let entity = resolved.entity {
                quote.speaker = d.entities[entity].id
                quote.speakerName = d.entities[entity].name
            } else {
                quote.speakerName = resolved.name
            }
            memory.quoteSpeaker[index] = resolved
            memory.quoteCue[index] = quote.cue
            if keep { result.append(quote) }
        }
        return result.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    /// The speaker and cue of the quote before `index` when this one opens its sentence and that one ends in the
    /// sentence before: a quote running on over a sentence with no cue of its own.
    func continued(_ index: Int) -> (speaker: SpeakerGuess, cue: String?)? {
        guard index > 0, let speaker = memory.quoteSpeaker[index - 1], speaker.entity != nil || speaker.name != nil else { return nil }
        let q = raw[index], before = raw[index - 1]
        let s = sentenceOf[q.open]
        guard s > 0, d.sentences[s].tokens.lowerBound == q.open,
              sentenceOf[min(before.close, tokens.count - 1)] == s - 1 else { return nil }
        return (speaker, memory.quoteCue[index - 1])
    }

    /// The cue as a word: the verb of a token such as `minister-said` (a space lost to a hyphen) is `said`.
    func cueWord(_ t: Int) -> String {
        let lower = tokens[t].text.lowercased()
        if let split = hyphenatedCue(t) { return String(lower.unicodeScalars.dropFirst(split + 1)) }
        return lower
    }

    /// For a word like `minister-said`, the number of scalars before the hyphen that precedes the speech verb.
    func hyphenatedCue(_ t: Int) -> Int? {
        guard tokens[t].kind == .word, tokens[t].text.unicodeScalars.contains("-") else { return nil }
        let scalars = Array(tokens[t].text.lowercased().unicodeScalars)
        guard let hyphen = scalars.lastIndex(of: "-"), hyphen >= 3, hyphen + 1 < scalars.count else { return nil }
        let head = makeString(scalars, 0, hyphen)
        let verb = makeString(scalars, hyphen + 1, scalars.count)
        guard !head.contains("-"), !QuoteWords.hyphenPrefixes.contains(head),
              head.unicodeScalars.allSatisfy(Chars.isLetter),
              Lexicon.cueVerbs.contains(verb) || QuoteWords.extraCues.contains(verb), verb != "according" else { return nil }
        return hyphen
    }

    func isCue(_ t: Int) -> Bool {
        guard t >= 0, t < tokens.count, tokens[t].kind == .word, !inQuote[t] else { return false }
        let lower = tokens[t].text.lowercased()
        guard Lexicon.cueVerbs.contains(lower) || QuoteWords.extraCues.contains(lower) else {
            return hyphenatedCue(t) != nil
        }
        let next = t + 1 < tokens.count ? tokens[t + 1].text.lowercased() : ""
        if lower == "according" { return next == "to" }
        // a cue word inside a name or tagged a proper noun ("the United States", "the Calls for Peace") is no verb
        if mentionAt[t] >= 0 || (t < d.syntax.count && d.syntax[t].tag.isProperNoun) { return false }
        // a cue word used as a noun: "after claims that", "the statement's warnings"
        if t > 0, QuoteWords.nounMarkers.contains(tokens[t - 1].text.lowercased()) { return false }
        // "called for a march", "known as": naming or demanding, not saying
        if ["called", "calls", "call"].contains(lower), next == "for" { return false }
        if lower == "pointed" { return next == "out" }
        return true
    }

    func findCue(open: Int, close: Int) -> (Int, CuePlace)? {
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
            var end = sentences[last].tokens.upperBound
            // `,"?Cuban said`: the "?" of a mis-decoded mark is no sentence end
            if isGarbled(close), end == close + 2, last + 1 < sentences.count { end = sentences[last + 1].tokens.upperBound }
            // `"...?" Trump tweeted.`: a quote that ends its sentence, and a cue right at the start of the next
            if end == close + 1, last + 1 < sentences.count, !sentences[last + 1].isBoilerplate {
                end = min(sentences[last + 1].tokens.upperBound, close + 6)
            }
            let upper = min(end, close + 41)
            while t < upper {
                if inQuote[t] { break }
                let w = tokens[t].text.lowercased()
                if w == ";" || w == "which" || w == "that" || w == "but" || w == "while" || w == "whereas" { break }
                if isCue(t) { after = t; break }
                t += 1
            }
        }
        switch (before, after) {
        case let (b?, a?): return (open - b) < (a - close) ? (b, .before) : (a, .after)
        case let (b?, nil): return (b, .before)
        case let (nil, a?): return (a, .after)
        case (nil, nil): break
        }
        // a quote alone in its sentence: the sentence before, then the one after
        let outside = (sentences[first].tokens.lowerBound..<sentences[last].tokens.upperBound).filter {
            !inQuote[$0] && (tokens[$0].kind == .word || tokens[$0].kind == .number)
        }
        guard outside.isEmpty else { return nil }
        if first > 0, !sentences[first - 1].isBoilerplate,
           let cue = sentences[first - 1].tokens.reversed().first(where: isCue) {
            return (cue, .neighbour)
        }
        if last + 1 < sentences.count, !sentences[last + 1].isBoilerplate,
           let cue = sentences[last + 1].tokens.first(where: isCue) {
            return (cue, .neighbour)
        }
        return nil
    }

    // MARK: scare quotes

    /// At most four words and no sentence end inside the marks: a term, a name or a fragment.
    func isScare(_ open: Int, _ close: Int) -> Bool {
        var words = 0
        for t in (open + 1)..<min(close, tokens.count) {
            switch tokens[t].kind {
            case .word, .number: words += 1
            case .punctuation where [".", "!", "?", "...", "…"].contains(tokens[t].text): return false
            default: break
            }
        }
        return words <= 4
    }

    /// Every word capitalised but for small function words: "Le Temps", "March of Angry Belarusians".
    func isCapitalisedName(_ open: Int, _ close: Int) -> Bool {
        var capitalised = 0
        for t in (open + 1)..<min(close, tokens.count) where tokens[t].kind == .word || tokens[t].kind == .number {
            let text = tokens[t].text
            if QuoteWords.nameLinks.contains(text) { continue }
            guard let first = text.unicodeScalars.first, Chars.isUpper(first) || tokens[t].kind == .number else { return false }
            capitalised += 1
        }
        // a single capitalised word may be a whole answer ("Never"), two or more read as a name
        return capitalised >= 2
    }

    /// The cue follows the closing mark with at most a short subject between: `"No," he said`, `"No," said Ahmed`.
    func isRightAfter(_ cue: Int, _ close: Int) -> Bool {
        var words = 0
        let passive = tokens[cue].text.lowercased() == "quoted"     // "...," X was quoted as saying
        for t in (close + 1)..<cue where tokens[t].kind != .punctuation {
            let w = tokens[t].text.lowercased()
            if QuoteWords.clauseWords.contains(w), !(passive && QuoteWords.passiveAuxiliaries.contains(w)) { return false }
            words += 1
        }
        return words <= 4
    }
}

/// Word lists of the quote stage.
enum QuoteWords {
    /// Speech verbs beyond `Lexicon.cueVerbs`.
    static let extraCues: Set<String> = [
        "dismissed", "dismisses", "rejected", "rejects", "mentioned", "mentions", "criticised", "criticized",
        "criticises", "criticizes", "slammed", "slams", "characterised", "characterized", "pointed",
        "asserted", "asserts", "joked", "jokes", "laughed",
    ]

    /// Words before a cue word that make it a noun: "after claims", "the statement", "his remarks".
    static let nounMarkers: Set<String> = [
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "these", "those", "this", "after",
        "of", "following", "amid", "despite", "such", "new", "recent", "'s", "’s",
    ]

    /// Prefixes of hyphenated words that are real compounds, not a lost space: "so-called", "self-described".
    static let hyphenPrefixes: Set<String> = ["so", "self", "well", "ill", "much", "oft", "ever", "long", "un", "re"]

    /// Small words inside capitalised names: "March of Angry Belarusians", "Le Temps".
    static let nameLinks: Set<String> = ["of", "the", "and", "for", "de", "du", "la", "le", "des", "al", "el", "on", "in", "&"]

    /// Words that show a clause, not a subject, between a quote and a later verb.
    static let clauseWords: Set<String> = [
        "have", "has", "had", "is", "are", "was", "were", "which", "that", "who", "whom", "be", "been", "will",
        "would", "in", "on", "at", "to", "for", "of", "with",
    ]
}
