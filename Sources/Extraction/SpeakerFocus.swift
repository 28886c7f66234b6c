import NewsModel

/// Pronouns, titles and focus for the quote speakers: "he"/"she" to the subject person of the sentence, else the
/// person in focus in the sentences before (who spoke there, else its subject), else the last person named, always
/// skipping a person known to be of the other gender (SpeakerGender.swift); "it"/"they" to the last speaker that is
/// not a person.
extension QuoteAttribution {
    // MARK: pronouns and focus

    /// "he"/"she" at token `t`: the subject person earlier in the sentence, else the focus of the sentences before,
    /// else the last person named outside quotes.
    func resolvePerson(at t: Int) -> SpeakerGuess? {
        let s = sentenceOf[t]
        guard s >= 0 else { return nil }
        let w = tokens[t].text.lowercased()
        let gender: Character? = w == "he" || w == "his" || w == "him" ? "m" : w == "she" || w == "her" ? "f" : nil
        var found: SpeakerGuess? = nil
        if let p = subjectPerson(in: d.sentences[s].tokens.lowerBound..<t), fits((p, nil), gender) {
            found = (p, nil)
        } else if let p = focusPerson(before: t, gender: gender) {
            found = p
        } else if let p = lastPerson(before: tokens[t].start, gender: gender) {
            found = (p, nil)
        }
        if let found, let gender, let key = genderKey(found), memory.gender[key] == nil { memory.gender[key] = gender }
        return found
    }

    func genderKey(_ guess: SpeakerGuess) -> String? {
        if let e = guess.entity { return "#\(e)" }
        return guess.name
    }

    /// The candidate is not known (or named: "mother", "spokesman") to be of the other gender.
    func fits(_ guess: SpeakerGuess, _ gender: Character?) -> Bool {
        guard let gender else { return true }
        if let key = genderKey(guess), let known = memory.gender[key], known != gender { return false }
        if let e = guess.entity, let known = textGender(of: e), known != gender { return false }
        if let name = guess.name, let last = name.split(separator: " ").last?.lowercased() {
            if gender == "m", QuoteWords.femaleNouns.contains(last) { return false }
            if gender == "f", QuoteWords.maleNouns.contains(last) { return false }
        }
        return true
    }

    /// The person in focus in the (up to four) sentences before that of token `t` that have words outside quotes.
    /// (A person known to be of the gender does not come before one of unknown gender named more recently: measured
    /// on the dev sets, that lost more than it won.)
    func focusPerson(before t: Int, gender: Character? = nil) -> SpeakerGuess? {
        guard sentenceOf[t] >= 0 else { return nil }
        var candidates: [SpeakerGuess] = []
        var k = sentenceOf[t] - 1
        while k >= 0, candidates.count < 4 {
            if hasWordsOutsideQuotes(k) { candidates.append(focus(k).person ?? (nil, nil)) }
            k -= 1
        }
        return candidates.first { ($0.entity != nil || $0.name != nil) && fits($0, gender) }
    }


    /// "it"/"they" at token `t`: the last speaker that is not a person in the (up to three) sentences before.
    func resolveOther(at t: Int) -> SpeakerGuess? {
        guard sentenceOf[t] >= 0 else { return nil }
        var k = sentenceOf[t] - 1
        var looked = 0
        while k >= 0, looked < 3 {
            if hasWordsOutsideQuotes(k) {
                looked += 1
                if let other = focus(k).other { return other }
            }
            k -= 1
        }
        return nil
    }

    func hasWordsOutsideQuotes(_ k: Int) -> Bool {
        let sentence = d.sentences[k]
        guard !sentence.isBoilerplate else { return false }
        return sentence.tokens.contains { !inQuote[$0] && tokens[$0].kind == .word }
    }

    func focus(_ k: Int) -> SpeakerFocus {
        guard k < memory.current else { return computeFocus(k) }
        while memory.computedThrough < k {
            let next = memory.computedThrough + 1
            memory.focusCache[next] = computeFocus(next)
            memory.computedThrough = next
        }
        return memory.focusCache[k] ?? SpeakerFocus()
    }

    private func computeFocus(_ k: Int) -> SpeakerFocus {
        var focus = SpeakerFocus()
        let sentence = d.sentences[k]
        guard !sentence.isBoilerplate else { return focus }
        func note(_ guess: SpeakerGuess) {
            if let e = guess.entity {
                // a speaker tagged MISC is most often a person the tagger missed ("says Hong")
                switch d.entities[e].type {
                case .person, .miscellaneous: focus.person = guess
                default: focus.other = guess
                }
            } else if let name = guess.name {
                if isPersonLike(name) { focus.person = guess } else { focus.other = guess }
            }
        }
        for t in sentence.tokens where isCue(t) { note(speaker(cue: t)) }
        for q in memory.quotesBySentence[k] { if let guess = memory.quoteSpeaker[q] { note(guess) } }
        if focus.person == nil { focus.person = subject(of: sentence.tokens) }
        return focus
    }

    /// A speaker named by text that is a person: "Majed's mother", "a senior official", or a capitalised name the
    /// tagger missed ("Majed"); not "police", "the ministry" or "the report".
    func isPersonLike(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard let last = words.last?.lowercased() else { return false }
        if QuoteWords.personNouns.contains(last) { return true }
        guard let first = words.first, !Lexicon.determiners.contains(first.lowercased()) else { return false }
        return words.count <= 3 && !QuoteWords.collectives.contains(last)
            && words.allSatisfy { $0.unicodeScalars.first.map(Chars.isUpper) == true }
    }

    /// The subject of a sentence with no speaker: a first "he"/"she"/"his"/"her" ("He so far has not attacked X",
    /// "Targets of his hatred ...") or the first person mention that is not the object of a preposition.
    func subject(of range: Range<Int>) -> SpeakerGuess? {
        var t = range.lowerBound
        while t < range.upperBound {
            if !inQuote[t] {
                let w = tokens[t].text.lowercased()
                if Lexicon.personPronouns.contains(w) || w == "his" || w == "her" { return resolvePerson(at: t) }
                if let m = startingAt[t], d.mentions[m].tokens.upperBound <= range.upperBound {
                    let mention = d.mentions[m]
                    if mention.type == .person, mention.entity >= 0, !modifiesANoun(mention) {
                        let previous = t > 0 ? tokens[t - 1].text.lowercased() : ""
                        if !QuoteWords.prepositions.contains(previous) { return (mention.entity, nil) }
                    }
                    t = mention.tokens.upperBound
                    continue
                }
            }
            t += 1
        }
        return nil
    }

    /// The first person mention in `range`, outside quotes, that is not the object of a preposition.
    func subjectPerson(in range: Range<Int>) -> Int? {
        var t = range.lowerBound
        while t < range.upperBound {
            if !inQuote[t], let m = startingAt[t], d.mentions[m].tokens.upperBound <= range.upperBound {
                let mention = d.mentions[m]
                if mention.type == .person, mention.entity >= 0, !modifiesANoun(mention) {
                    let previous = t > 0 ? tokens[t - 1].text.lowercased() : ""
                    if !QuoteWords.prepositions.contains(previous) { return mention.entity }
                }
                t = mention.tokens.upperBound
                continue
            }
            t += 1
        }
        return nil
    }

    /// The index of the last mention that starts before `offset`.
    func lastMentionIndex(before offset: Int) -> Int? { d.lastMentionIndex(before: offset) }

    /// The entity of the last person mention outside quotes that starts before `offset`.
    func lastPerson(before offset: Int, gender: Character? = nil) -> Int? {
        guard var k = lastMentionIndex(before: offset) else { return nil }
        let mentions = d.mentions
        while k >= 0 {
            if mentions[k].type == .person, mentions[k].entity >= 0, !inQuote[mentions[k].tokens.lowerBound],
               !modifiesANoun(mentions[k]), fits((mentions[k].entity, nil), gender) {
                return mentions[k].entity
            }
            k -= 1
        }
        return nil
    }

    /// A name used as a modifier of a common noun ("a Trump co-worker", "the Obama administration"): no person a
    /// pronoun or a quote can point at.
    func modifiesANoun(_ m: EntityMention) -> Bool {
        let next = m.tokens.upperBound
        guard next < d.syntax.count, d.syntax[next].tag == .NN || d.syntax[next].tag == .NNS,
              tokens[next].text.unicodeScalars.first.map(Chars.isLower) == true else { return false }
        // the noun after the name is its head, or the head of a compound the name opens ("Trump co-worker")
        let last = m.tokens.upperBound - 1
        guard last < d.syntax.count, let h = d.head(of: last) else { return false }
        return h >= next && [.compound, .nmod, .amod, .poss].contains(d.syntax[last].label)
    }

}
