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
    /// In the quote's sentence, before or after it.
    case before, after
    /// The quote is alone in its sentence: the last cue of the sentence before, or the first of the sentence after.
    case neighbour, following
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
            let cueFound = findCue(open: q.open, close: q.close)
            let previous = continued(index)
            if isTitleOfAWork(q.open) {
                keep = false                // `the song "Returning Happiness to Thailand"`: a name, no one's words
            } else if let runOn = runOnSpeaker(index) {
                // the mark that opens this quote closed the one before: one speaker's quote over paragraphs
                quote.cue = memory.quoteCue[index - 1]
                resolved = runOn
            } else if let person = captionSpeaker(open: q.open, close: q.close) {
                resolved = (person, nil)
            } else if let (cue, place) = cueFound, place != .following || previous == nil {
                let word = cueWord(cue)
                quote.cue = word == "according" ? "according to" : word
                resolved = speaker(cue: cue)
                if isScare(q.open, q.close) {
                    keep = place == .neighbour || place == .following || (place == .before && !isCapitalisedName(q.open, q.close))
                        || (place == .before && cue >= q.open - 3 && !isCapitalisedName(q.open, q.close)) || (place == .after && isRightAfter(cue, q.close))
                }
            } else if let previous {
                quote.cue = previous.cue
                resolved = previous.speaker
            } else if let (noun, found) = speechNounSpeaker(open: q.open) {
                quote.cue = noun
                resolved = found
            } else if followsAChargeNoun(q.open) {
                // `Hussein faces a fabricated allegation of "..."`: the charge's words, not the accused's
            } else if let person = sentenceSubject(open: q.open) {
                resolved = (person, nil)
                keep = !isScare(q.open, q.close) || !isCapitalisedName(q.open, q.close)
            } else if !isScare(q.open, q.close), let person = pronounSubjectSpeaker(open: q.open, close: q.close) {
                resolved = person
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
        let s = sentenceOf[quoteStart(q.open)]
        guard s > 0, d.sentences[s].tokens.lowerBound >= q.open,
              sentenceOf[min(before.close, tokens.count - 1)] == s - 1 else { return nil }
        return (speaker, memory.quoteCue[index - 1])
    }

    /// A quote right after a noun of a work, or after "dubbed"/"titled"/"entitled" that follows one (`the junta's
    /// theme song "..."`, `a report dubbed "..."`): the work's title.
    func isTitleOfAWork(_ open: Int) -> Bool {
        guard open > 0 else { return false }
        let before = tokens[open - 1].text.lowercased()
        if QuoteWords.workNouns.contains(before) { return true }
        guard ["dubbed", "titled", "entitled", "headlined", "named"].contains(before), open > 1 else { return false }
        return QuoteWords.workNouns.contains(tokens[open - 2].text.lowercased())
    }

    /// `an allegation of "..."`, `charges of "..."`.
    func followsAChargeNoun(_ open: Int) -> Bool {
        guard open > 1, ["of", "for"].contains(tokens[open - 1].text.lowercased()) else { return false }
        return QuoteWords.chargeNouns.contains(tokens[open - 2].text.lowercased())
    }

    /// The first token of the quote that counts for its sentence: the opening mark, or the word after it when the
    /// sentence splitter left the mark at the end of the sentence before (`... Beijing. "` | `China has ...`).
    func quoteStart(_ open: Int) -> Int {
        guard open + 1 < tokens.count, sentenceOf[open] >= 0, sentenceOf[open + 1] != sentenceOf[open] else { return open }
        return open + 1
    }

    /// The speaker of the quote before `index` when this quote's opening mark is the one that ended it (a quote run
    /// on without its closing mark, QuoteMarks.swift).
    func runOnSpeaker(_ index: Int) -> SpeakerGuess? {
        guard index > 0, raw[index - 1].close == raw[index].open, let speaker = memory.quoteSpeaker[index - 1],
              speaker.entity != nil || speaker.name != nil else { return nil }
        return speaker
    }

    /// A quote alone in its sentence followed by a sentence that only names a person, with no verb of its own
    /// (`"..." Jiang Shan, researcher at the Center for China and Globalization, based in Beijing.`): the quotes of
    /// the day, each signed by its speaker.
    func captionSpeaker(open: Int, close: Int) -> Int? {
        guard open + 1 < close, close + 1 < tokens.count, sentenceOf[open + 1] >= 0 else { return nil }
        // nothing but the quote from the start of its sentence (the marks may sit in the sentences either side)
        let alone = (d.sentences[sentenceOf[open + 1]].tokens.lowerBound..<close).allSatisfy {
            inQuote[$0] || tokens[$0].kind != .word && tokens[$0].kind != .number
        }
        let k = close + 1
        guard alone, let m = startingAt[k], d.mentions[m].type == .person, d.mentions[m].entity >= 0,
              sentenceOf[k] >= 0, !d.sentences[sentenceOf[k]].isBoilerplate else { return nil }
        let end = d.sentences[sentenceOf[k]].tokens.upperBound
        let after = d.mentions[m].tokens.upperBound
        guard after >= end || [",", "."].contains(tokens[after].text) else { return nil }
        for t in after..<end where !inQuote[t] {
            if isCue(t) { return nil }
            if t < d.syntax.count, [.VBD, .VBZ, .VBP, .MD].contains(d.syntax[t].tag) { return nil }
        }
        return d.mentions[m].entity
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
        let first = sentenceOf[quoteStart(open)]
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
            var nextSentence = false
            if end == close + 1, last + 1 < sentences.count, !sentences[last + 1].isBoilerplate {
                end = min(sentences[last + 1].tokens.upperBound, close + 6)
                nextSentence = true
            }
            let upper = min(end, close + 41)
            while t < upper {
                if inQuote[t] { break }
                let w = tokens[t].text.lowercased()
                if w == ";" || w == "which" || w == "that" || w == "but" || w == "while" || w == "whereas" { break }
                if isCue(t) {
                    // in the next sentence only a cue that reports nothing else: not `According to X, ...` nor
                    // `Many companies say their problem is ...` (a verb with a clause of its own), nor a passive
                    // (`Thailand was asked to ...`: the one asked)
                    if nextSentence, t > sentences[last].tokens.upperBound - 1,
                       cueWord(t) == "according" || reportsItsOwnClause(t) || d.isPassive(t) { break }
                    after = t
                    break
                }
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
            return (cue, .following)
        }
        return nil
    }

    /// A speech verb with a clause or an object of its own after it (`say their biggest problem is ...`, `denied the
    /// accusation`): it reports that, not a quote before it. The hearer of "told" is no such object.
    func reportsItsOwnClause(_ cue: Int) -> Bool {
        guard cue < d.syntax.count else { return false }
        if d.dependents(of: cue, .ccomp).contains(where: { $0 > cue && !inQuote[$0] }) { return true }
        guard !QuoteWords.tellVerbs.contains(cueWord(cue)) else { return false }
        return d.dependents(of: cue, .dobj).contains { $0 > cue && !inQuote[$0] }
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
        "asserted", "asserts", "joked", "jokes", "laughed", "remembers", "remembered", "recounted", "recounts",
        "conceded", "concedes",
    ]

    /// Speech verbs whose object is the hearer: "told reporters".
    static let tellVerbs: Set<String> = ["told", "tells", "tell", "asked", "asks", "informed", "assured", "reminded"]

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
