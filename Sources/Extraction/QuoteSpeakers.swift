import NewsModel

/// A speaker as found: an entity index, or the text that names the speaker ("the Malian army").
typealias SpeakerGuess = (entity: Int?, name: String?)

/// Who the text is about at the end of a sentence: the person who last spoke or was the subject there, and the last
/// speaker that is not a person (an organisation, "the ministry").
struct SpeakerFocus {
    var person: SpeakerGuess?
    var other: SpeakerGuess?
}

/// What the speaker resolution remembers as it walks through the quotes in text order: the speakers found so far
/// and the focus of each sentence before the current quote (computed once, in order, so the work stays linear).
final class SpeakerMemory {
    var quoteSpeaker: [SpeakerGuess?] = []
    var quoteCue: [String?] = []
    /// "m" or "f" for speakers a pronoun has pointed at (by entity index, or by name).
    var gender: [String: Character] = [:]
    /// What the text says of each person's gender (SpeakerGender.swift), computed once.
    var entityGender: [Int: Character?] = [:]
    var quotesBySentence: [[Int]] = []
    var focusCache: [SpeakerFocus?] = []
    var computedThrough = -1
    /// The sentence of the quote being attributed: the focus of sentences from here on is computed, not cached.
    var current = 0

    func prepare(_ a: QuoteAttribution) {
        quoteSpeaker = Array(repeating: nil, count: a.raw.count)
        quoteCue = Array(repeating: nil, count: a.raw.count)
        quotesBySentence = Array(repeating: [], count: a.d.sentences.count)
        focusCache = Array(repeating: nil, count: a.d.sentences.count)
        for (index, q) in a.raw.enumerated() {
            let first = a.sentenceOf[q.open]
            let last = a.sentenceOf[min(q.close, a.tokens.count - 1)]
            guard first >= 0, last >= first else { continue }
            for s in first...last { quotesBySentence[s].append(index) }
        }
    }
}

/// Speakers of quotes.
///
/// - The subject of the cue: after it when the cue follows the quote (`"...," declared President X`,
///   `according to X`, `accused by X`), otherwise before it (`X said`, `X, the spokesman for Y, said`,
///   `X, ..., praised "..."`); a person is preferred, then an organisation. `X was quoted by Y`: X.
/// - "he"/"she" (and "his"/"her") point at a person named earlier in the sentence, outside quotes, as its subject,
///   else at the focus of the sentences before: who spoke there last (a quote's speaker or a cue's subject), else
///   the subject of that sentence (not a person named inside a quote, nor one after a preposition such as a
///   victim "of" an attack).
/// - "it"/"they" point at the last speaker that is not a person in the sentences before ("The government said ...
///   They had ..., it said").
/// - "the minister", "the journalist": the last person given that title before their name or in an apposition,
///   else the person in focus.
/// - "his office" is "<that person>'s office"; "its spokesman" is "<that organisation>'s spokesman".
/// - A verb with no subject of its own (`..., adding, "..."`) takes that of an earlier speech verb of the sentence,
///   else the subject of the sentence.
/// - With no cue: a speech noun with its owner (`his remarks ... "..."`, `X's statement`), else the person who is
///   the subject of the sentence (`Minister X ordered an "impartial" inquiry`).
/// - With no entity, `speakerName` is the noun phrase ("the Malian army", "police") and `speaker` stays nil.
extension QuoteAttribution {
    /// The speaker of the cue at `c`: what the parse says (QuoteSyntax.swift), else what the words around it say.
    /// A parse that names no person or organisation gives way to word rules that do ("Shower of bullets Local Mayor
    /// X said": a heading glued to the sentence misleads the parse, not the nearest name).
    func speaker(cue c: Int) -> SpeakerGuess {
        guard let parsed = parsedSpeaker(cue: c) else { return wordSpeaker(cue: c) }
        if isPersonOrOrganisation(parsed) { return parsed }
        // "Theresa May's official spokesman said": someone speaking for the person, not the person
        if let name = parsed.name, name.contains("'s ") || name.contains("’s "),
           let head = name.split(separator: " ").last.map({ $0.lowercased() }),
           QuoteWords.personNouns.contains(head) || QuoteWords.representatives.contains(head) {
            return parsed
        }
        let word = wordSpeaker(cue: c)
        return isPersonOrOrganisation(word) ? word : parsed
    }

    func isPersonOrOrganisation(_ guess: SpeakerGuess) -> Bool {
        guard let e = guess.entity, e < d.entities.count else { return false }
        return d.entities[e].type == .person || d.entities[e].type == .organisation
    }

    /// The subject of the cue at `c`, read from the words around it.
    func wordSpeaker(cue c: Int) -> SpeakerGuess {
        let s = sentenceOf[c]
        guard s >= 0 else { return (nil, nil) }
        let sentence = d.sentences[s].tokens
        let word = cueWord(c)
        if word == "according" { return forward(from: c + 2, limit: sentence.upperBound) }
        let previous = c > sentence.lowerBound ? tokens[c - 1].text.lowercased() : ""
        if word == "quoted", QuoteWords.passiveAuxiliaries.contains(previous), hyphenatedCue(c) == nil {
            return backward(from: c - 1, sentenceStart: sentence.lowerBound)     // "X was quoted by the agency"
        }
        if c + 1 < sentence.upperBound, tokens[c + 1].text.lowercased() == "by", hyphenatedCue(c) == nil,
           !QuoteWords.activeOnly.contains(word),
           !(c + 2 < sentence.upperBound && QuoteWords.media.contains(tokens[c + 2].text.lowercased())) {
            return forward(from: c + 2, limit: sentence.upperBound)       // "accused by the military"
        }
        if hyphenatedCue(c) != nil { return backward(from: c, sentenceStart: sentence.lowerBound) }
        // the cue follows the quote: "...," declared President Assimi Goïta
        var p = c - 1
        while p >= sentence.lowerBound, !inQuote[p], tokens[p].kind == .punctuation { p -= 1 }
        if p >= sentence.lowerBound, inQuote[p] {
            let particle = word == "pointed" ? 2 : 1                // "...," pointed out Galeotti
            let found = forward(from: c + particle, limit: sentence.upperBound)
            if found.entity != nil || found.name != nil { return found }
        }
        let found = backward(from: c, sentenceStart: sentence.lowerBound)
        if found.entity != nil || found.name != nil { return found }
        return clauseSubject(before: c, from: sentence.lowerBound)
    }

    /// For a verb with no subject of its own (`calling X "...," adding, "..."`): the subject of an earlier speech
    /// verb of the sentence, else the subject of the sentence.
    func clauseSubject(before c: Int, from start: Int) -> SpeakerGuess {
        var k = c - 1
        while k >= start {
            if isCue(k) { return speaker(cue: k) }
            k -= 1
        }
        return subject(of: start..<c) ?? (nil, nil)
    }

    func forward(from start: Int, limit: Int) -> SpeakerGuess {
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
        guard end > start, !QuoteWords.clauseStarts.contains(tokens[start].text.lowercased()) else { return (nil, nil) }
        if let pronoun = pronounSpeaker(start) { return pronoun }
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

    /// The speaker when the token at `t` is a subject pronoun: a person for he/she, the last other speaker for
    /// it/they; nil when `t` is no such pronoun.
    func pronounSpeaker(_ t: Int) -> SpeakerGuess? {
        let w = tokens[t].text.lowercased()
        if Lexicon.personPronouns.contains(w) { return resolvePerson(at: t) ?? (nil, nil) }
        if w == "it" || w == "they" {
            return resolveOther(at: t) ?? (nil, nil)
        }
        return nil
    }

    func backward(from c: Int, sentenceStart: Int) -> SpeakerGuess {
        let lower = max(sentenceStart, c - 15)
        // the words right before the verb: "X said", "the ministry said", "his office said", "he said"
        var p = c - 1
        while p >= lower, !inQuote[p], Lexicon.verbModifiers.contains(tokens[p].text.lowercased()) { p -= 1 }
        if let split = hyphenatedCue(c) {
            // "the minister-said": the subject ends inside the cue's own token
            var start = c
            while start > lower, start > c - 4, !inQuote[start - 1], tokens[start - 1].kind == .word {
                let w = tokens[start - 1].text.lowercased()
                if Lexicon.phraseStops.contains(w) || isCue(start - 1) { break }
                start -= 1
                if Lexicon.determiners.contains(w) { break }
            }
            let head = String(tokens[c].text.lowercased().unicodeScalars.prefix(split))
            let text = d.string(tokens[start].start..<(tokens[c].start + split))
            return nominal(head: head, text: lowercasedDeterminer(text, start), at: c)
        }
        if p >= lower, !inQuote[p] {
            if let pronoun = pronounSpeaker(p) { return pronoun }
            if endingAt[p] == nil, tokens[p].kind == .word, let first = tokens[p].text.unicodeScalars.first,
               Chars.isLower(first), let np = nounPhrase(endingAt: p, lower: lower), np.lowerBound <= p {
                return phrase(np)
            }
        }
        var org: Int? = nil
        var t = c - 1
        while t >= lower, !inQuote[t] {
            // a second verb of the same subject: "The charity confirmed ..., but denied"
            if isCue(t) { return speaker(cue: t) }
            if Lexicon.personPronouns.contains(tokens[t].text.lowercased()) {
                return resolvePerson(at: t) ?? (nil, nil)
            }
            if let m = endingAt[t] {
                let mention = d.mentions[m]
                let first = mention.tokens.lowerBound
                // not the object of a preposition: "confidence in Sessions - while adding"
                let object = first > lower && QuoteWords.prepositions.contains(tokens[first - 1].text.lowercased())
                if mention.type == .person, !object { return (mention.entity, nil) }
                if mention.type == .organisation, org == nil, !object { org = mention.entity }
                t = first - 1
                continue
            }
            t -= 1
        }
        if let org { return (org, nil) }
        if c - 1 >= lower, ["and", "but", "then"].contains(tokens[c - 1].text.lowercased()) {
            // "He described the order as "..." and said": the subject of the verb before
            var k = c - 2
            while k >= sentenceStart {
                if isCue(k) { return speaker(cue: k) }
                k -= 1
            }
        }
        // "the 26-year-old writer from New York said": a noun phrase with a place in it
        if p >= lower, !inQuote[p], let m = endingAt[p], d.mentions[m].type != .person, d.mentions[m].type != .organisation {
            let first = d.mentions[m].tokens.lowerBound
            if first - 1 > lower, ["from", "in", "of", "at"].contains(tokens[first - 1].text.lowercased()),
               let np = nounPhrase(endingAt: first - 2, lower: lower) {
                return phrase(np.lowerBound..<(p + 1), head: first - 2)
            }
        }
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

    /// A subject noun phrase that ends with the common noun at `end` ("police", "the ministry", "a senior UN
    /// official in Iraq"), when it starts a clause: at the sentence start or after a quote, a comma or a
    /// conjunction. Nil when it is the object of a preposition ("who works in the area said").
    func nounPhrase(endingAt end: Int, lower: Int) -> Range<Int>? {
        var start = end + 1
        while start > lower, start > end - 7 {
            var k = start - 1
            if tokens[k].text == ")" {
                // "The Islamic State (IS) group": step over the parenthesis
                var o = k - 1
                while o > lower, o > k - 6, tokens[o].text != "(" { o -= 1 }
                guard o > lower, tokens[o].text == "(" else { break }
                start = o
                k = o - 1
            }
            let token = tokens[k]
            guard token.kind == .word || token.kind == .number || token.text == "'s" || token.text == "’s",
                  !inQuote[k], !isCue(k) else { break }
            let w = token.text.lowercased()
            if w == "in" || w == "of" || w == "for" {
                // "police in Kampala", "the government of DRC": a name or "the" after it, a noun before it
                let next = tokens[k + 1].text
                guard k + 1 <= end, k > lower, next == "the" || next.unicodeScalars.first.map(Chars.isUpper) == true,
                      tokens[k - 1].kind == .word, !Lexicon.phraseStops.contains(tokens[k - 1].text.lowercased()) else { break }
            } else if Lexicon.phraseStops.contains(w) {
                break
            }
            start -= 1
            if Lexicon.determiners.contains(w) { break }
        }
        guard start <= end else { return nil }
        if start == lower { return start..<(end + 1) }
        let before = tokens[start - 1]
        if inQuote[start - 1] || before.kind == .punctuation || before.kind == .quote || isCue(start - 1)
            || ["and", "but", "that", "while", "as"].contains(before.text.lowercased()) {
            return start..<(end + 1)
        }
        return nil
    }

    /// A noun phrase as a speaker: an entity when it is exactly one mention, a person for "the minister", an owner
    /// for "his office", else its text ("the Malian presidency").
    func phrase(_ range: Range<Int>, head: Int? = nil) -> SpeakerGuess {
        let head = head ?? range.upperBound - 1
        var core = range
        let firstWord = tokens[core.lowerBound].text.lowercased()
        if Lexicon.determiners.contains(firstWord), core.count > 1 {
            core = (core.lowerBound + 1)..<core.upperBound
        }
        if let m = startingAt[core.lowerBound], d.mentions[m].tokens.upperBound == core.upperBound {
            return (d.mentions[m].entity, nil)
        }
        if range.count == 1, Lexicon.otherPronouns.contains(firstWord) {
            return (nil, nil)
        }
        let text = lowercasedDeterminer(d.string(tokens: range), range.lowerBound)
        let containsMention = range.contains { startingAt[$0] != nil || endingAt[$0] != nil }
        if containsMention, QuoteWords.organisationHeads.contains(tokens[head].text.lowercased()),
           let m = range.lazy.compactMap({ self.startingAt[$0] }).first(where: { self.d.mentions[$0].type == .organisation }) {
            return (d.mentions[m].entity, nil)          // "the Islamic State (IS) group"
        }
        if range.count > 1, !containsMention || head < range.upperBound - 1 {
            let rest = d.string(tokens: (range.lowerBound + 1)..<range.upperBound)
            switch firstWord {
            case "his", "her":
                if let owner = resolvePerson(at: range.lowerBound), let name = owner.entity.map({ d.entities[$0].name }) ?? owner.name {
                    return (nil, name + "'s " + rest)
                }
            case "its", "their":
                if let owner = resolveOther(at: range.lowerBound) {
                    let name = owner.entity.map { d.entities[$0].name } ?? owner.name
                    if let name { return (nil, name + "'s " + rest) }
                }
            default:
                break
            }
            if firstWord == "the" || firstWord == "a" && range.count > 2 {
                return nominal(head: tokens[head].text.lowercased(), text: text, at: range.lowerBound)
            }
        }
        return (nil, text)
    }

    /// "The Malian army" as a speaker name: "the Malian army".
    func lowercasedDeterminer(_ text: String, _ first: Int) -> String {
        let word = tokens[first].text
        guard let initial = word.unicodeScalars.first, Chars.isUpper(initial),
              Lexicon.determiners.contains(word.lowercased()) else { return text }
        return word.lowercased() + String(text.unicodeScalars.dropFirst(word.unicodeScalars.count))
    }

    /// "the minister": the last person with that title, else the person in focus; other nouns keep their text.
    func nominal(head: String, text: String, at t: Int) -> SpeakerGuess {
        // "the 44-year-old" is a person: the one in focus
        if head.hasSuffix("-year-old"), let focus = focusPerson(before: t) { return focus }
        guard QuoteWords.personNouns.contains(head) else { return (nil, text) }
        let holders = roleHolders(head, before: t)
        let focus = focusPerson(before: t)
        // the person in focus when that person holds the title, else the last one titled so, else the focus
        if let focus, let e = focus.entity, holders.contains(e) { return focus }
        if let titled = titledPerson(head, before: t) ?? holders.first { return (titled, nil) }
        if let focus { return focus }
        return (nil, text)
    }

    /// The last person mention before token `t`, outside quotes and within a few sentences, whose title words
    /// ("Information Minister X") or apposition ("X, the spokesman for Y") hold `head`.
    func titledPerson(_ head: String, before t: Int) -> Int? {
        let mentions = d.mentions
        guard sentenceOf[t] >= 0, var k = lastMentionIndex(before: tokens[t].start) else { return nil }
        let oldest = max(0, sentenceOf[t] - 8)
        while k >= 0 {
            let m = mentions[k]
            k -= 1
            let ms = sentenceOf[m.tokens.lowerBound]
            guard ms >= oldest else { break }
            guard m.type == .person, m.entity >= 0, !inQuote[m.tokens.lowerBound] else { continue }
            let sentence = d.sentences[ms].tokens
            var b = m.tokens.lowerBound - 1
            while b >= max(sentence.lowerBound, m.tokens.lowerBound - 5), tokens[b].kind == .word {
                if tokens[b].text.lowercased() == head { return m.entity }
                b -= 1
            }
            var a = m.tokens.upperBound
            if a < sentence.upperBound, tokens[a].text == "," {
                a += 1
                while a < min(sentence.upperBound, m.tokens.upperBound + 8), tokens[a].text != "," {
                    if tokens[a].text.lowercased() == head { return m.entity }
                    a += 1
                }
            }
        }
        return nil
    }

    /// The persons given a role with the word `head` before token `t`, the most recent first (the role stage's
    /// roles: "UN envoy", "Delaware Democrat", "top Democrat on the committee").
    func roleHolders(_ head: String, before t: Int) -> [Int] {
        let offset = tokens[t].start
        var holders: [(start: Int, entity: Int)] = []
        for role in d.roles where role.span.end <= offset {
            let words = role.text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
            guard words.contains(Substring(head)) else { continue }
            holders.append((role.span.start, role.entity))
        }
        return holders.sorted { $0.start > $1.start }.map(\.entity)
    }

    // MARK: quotes with no cue

    /// `his remarks ... "..."`, `the minister's statement: "..."`: the speech noun and its owner.
    func speechNounSpeaker(open: Int) -> (String, SpeakerGuess)? {
        let s = sentenceOf[quoteStart(open)]
        guard s >= 0 else { return nil }
        let lower = max(d.sentences[s].tokens.lowerBound, open - 40)
        var t = open - 1
        while t >= lower, !inQuote[t] {
            let w = tokens[t].text.lowercased()
            if QuoteWords.speechNouns.contains(w) {
                var o = t - 1
                while o >= lower, o >= t - 3, tokens[o].kind == .word,
                      !QuoteWords.owners.contains(tokens[o].text.lowercased()),
                      tokens[o].text.unicodeScalars.first.map(Chars.isLower) == true { o -= 1 }
                guard o >= lower else { return nil }
                let owner = tokens[o].text.lowercased()
                if owner == "his" || owner == "her" {
                    if let p = resolvePerson(at: o) { return (w, p) }
                } else if owner == "its" || owner == "their" {
                    if let other = resolveOther(at: o) { return (w, other) }
                } else if owner == "'s" || owner == "’s", o > lower, let m = endingAt[o - 1] {
                    return (w, (d.mentions[m].entity, nil))
                }
                return nil
            }
            t -= 1
        }
        return nil
    }

    /// The person who is the subject of the quote's sentence: named near its start, outside quotes, before the
    /// quote, with no relative clause between (`Minister X also ordered an "impartial" inquiry`).
    func sentenceSubject(open: Int) -> Int? {
        let s = sentenceOf[quoteStart(open)]
        guard s >= 0 else { return nil }
        let start = d.sentences[s].tokens.lowerBound
        var t = start
        while t < min(open, start + 9) {
            if let m = startingAt[t], !inQuote[t] {
                let mention = d.mentions[m]
                guard mention.type == .person, mention.entity >= 0 else { t = mention.tokens.upperBound; continue }
                // only title words before it: no preposition, pronoun or verb ("He defended X ...")
                for k in start..<t {
                    let w = tokens[k].text.lowercased()
                    if QuoteWords.prepositions.contains(w) || Lexicon.personPronouns.contains(w)
                        || Lexicon.otherPronouns.contains(w) || isCue(k) || (w.hasSuffix("ed") && w.count > 4) { return nil }
                }
                for k in mention.tokens.upperBound..<open {
                    let w = tokens[k].text.lowercased()
                    if inQuote[k] || QuoteWords.relatives.contains(w) || w == ";" || w == ":" { return nil }
                }
                return mention.entity
            }
            t += 1
        }
        return nil
    }
}
