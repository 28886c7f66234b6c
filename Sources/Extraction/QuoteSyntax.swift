import NewsModel
import Syntax

/// Speakers read from the dependency parse (`Document.syntax`); the word rules of QuoteSpeakers.swift answer when
/// the parse gives nothing (no parse, or no subject outside the quote).
///
/// - The subject of the speech verb, before it or after it: `X said`, `"...," said X`, `X, the minister, said`
///   (the apposition does not hide the name), `"...," the minister told reporters` (the person with that title);
/// - a verb that shares its subject: `X denied it and said`, `..., adding` (a participle takes the subject of the
///   verb it hangs on), `X, who said` (the noun the relative clause is about);
/// - `according to X`: the object of "to"; `X was quoted by Y as saying`: X;
/// - a pronoun subject is resolved as the word rules do (gender and recency); a noun with a name in apposition is
///   that name (`the minister, X, said`).
extension QuoteAttribution {
    /// The speaker the parse gives the cue at `c`; nil when the parse says nothing useful.
    func parsedSpeaker(cue c: Int) -> SpeakerGuess? {
        let syntax = d.syntax
        guard c < syntax.count, hyphenatedCue(c) == nil, sentenceOf[c] >= 0 else { return nil }
        let word = cueWord(c)
        if word == "according" {
            guard c + 1 < syntax.count, tokens[c + 1].text.lowercased() == "to",
                  let object = d.dependents(of: c + 1, .pobj).first ?? d.dependents(of: c, .pobj).first else { return nil }
            return speaker(at: object)
        }
        guard syntax[c].tag.isVerb else { return nil }
        var subjects: [Int]
        if d.isPassive(c) {
            // "X was quoted by Y as saying": X; other passives ("was asked by") are left to the word rules
            guard word == "quoted" else { return nil }
            subjects = d.dependents(of: c, .nsubjpass)
        } else {
            subjects = d.subjects(of: c).filter { syntax[$0].label == .nsubj }
            // "..., adding": a participle with no subject of its own takes that of the verb it hangs on
            if subjects.isEmpty, syntax[c].label == .advcl, syntax[c].tag == .VBG, let h = d.head(of: c) {
                subjects = d.subjects(of: h).filter { syntax[$0].label == .nsubj }
            }
        }
        for s in subjects where !inQuote[s] && sentenceOf[s] == sentenceOf[c] {
            if let found = speaker(at: s) { return found }
            // "X, who said": the noun the relative clause is about
            if ["who", "that"].contains(tokens[s].text.lowercased()), syntax[c].label == .relcl, let h = d.head(of: c),
               !inQuote[h] {
                return speaker(at: h)
            }
        }
        return nil
    }

    /// A quote with no cue inside a clause whose subject is "he" or "she" (`On Thursday he issued a veiled threat that
    /// "..."`, `She called the ruling "..."`): the person the pronoun points at. The clause is that of the nearest verb
    /// outside the quote above the quote's first word; nil when its subject is no such pronoun, or is passive.
    func pronounSubjectSpeaker(open: Int, close: Int) -> SpeakerGuess? {
        let syntax = d.syntax
        guard open + 1 < close, close <= syntax.count, sentenceOf[open] >= 0 else { return nil }
        var v = open + 1, hops = 0
        while hops < 12, let h = d.head(of: v), inQuote[h] || !syntax[h].tag.isVerb {
            v = h
            hops += 1
        }
        guard let verb = d.head(of: v), !inQuote[verb], syntax[verb].tag.isVerb, verb < open else { return nil }
        guard let subject = d.subjects(of: verb).first(where: { syntax[$0].label == .nsubj }), subject < open,
              !inQuote[subject], sentenceOf[subject] == sentenceOf[quoteStart(open)],
              Lexicon.personPronouns.contains(tokens[subject].text.lowercased()) else { return nil }
        guard let person = resolvePerson(at: subject), person.entity != nil || person.name != nil else { return nil }
        return person
    }

    /// The speaker a subject token names: its entity, a resolved pronoun, the name in apposition to a noun, or the
    /// noun phrase ("the Malian army", "the minister" resolved to the person with that title).
    func speaker(at s: Int) -> SpeakerGuess? {
        let syntax = d.syntax
        guard s >= 0, s < syntax.count, !inQuote[s] else { return nil }
        if mentionAt[s] >= 0 {
            let mention = d.mentions[mentionAt[s]]
            guard mention.entity >= 0 else { return nil }
            // "the Delaware Democrat": a description the tagger took for a name
            let last = tokens[mention.tokens.upperBound - 1].text.lowercased()
            if mention.type != .person, QuoteWords.personNouns.contains(last), mention.tokens.lowerBound > 0,
               tokens[mention.tokens.lowerBound - 1].text.lowercased() == "the" {
                let found = nominal(head: last, text: "the " + mention.text, at: mention.tokens.lowerBound - 1)
                if found.entity != nil { return found }
            }
            return (mention.entity, nil)
        }
        let lower = tokens[s].text.lowercased()
        if let pronoun = pronounSpeaker(s) { return pronoun }
        if Lexicon.otherPronouns.contains(lower) { return nil }
        guard syntax[s].tag.isNoun else { return nil }
        // "the minister, X, said": the name in apposition
        for a in d.dependents(of: s, .appos) where mentionAt[a] >= 0 && !inQuote[a] {
            let mention = d.mentions[mentionAt[a]]
            if mention.type == .person || mention.type == .organisation, mention.entity >= 0 { return (mention.entity, nil) }
        }
        guard let range = subjectPhrase(s) else { return nil }
        // "a spokesman for US forces": someone not named, never a person named before
        if ["a", "an"].contains(tokens[range.lowerBound].text.lowercased()) {
            return (nil, lowercasedDeterminer(d.string(tokens: range), range.lowerBound))
        }
        // "the UN envoy": the person with that title, even when the phrase holds a name
        if tokens[range.lowerBound].text.lowercased() == "the", QuoteWords.personNouns.contains(lower) {
            let found = nominal(head: lower, text: lowercasedDeterminer(d.string(tokens: range), range.lowerBound),
                                at: range.lowerBound)
            if found.entity != nil { return found }
        }
        // "the charity", "the AU force": the organisation spoken of just before
        if tokens[range.lowerBound].text.lowercased() == "the", QuoteWords.organisationNouns.contains(lower),
           let organisation = organisation(before: range.lowerBound) {
            return (organisation, nil)
        }
        return phrase(range, head: s)
    }

    /// The subject's noun phrase: its modifiers and prepositional tails, without clauses, appositions or
    /// coordinated phrases; nil when it runs into a quote or is long.
    func subjectPhrase(_ s: Int) -> Range<Int>? {
        let syntax = d.syntax
        var lo = s, hi = s + 1
        for dep in d.dependents(of: s) {
            let label = syntax[dep].label
            if dep < s {
                if label == .punct || label == .cc || label == .preconj { continue }
                lo = min(lo, d.subtree(of: dep).lowerBound)
            } else {
                guard label == .prep || label == .compound || label == .amod || label == .nummod else { break }
                hi = max(hi, tailEnd(dep))
            }
        }
        guard hi - lo <= 10, !(lo..<hi).contains(where: { inQuote[$0] }) else { return nil }
        return lo..<hi
    }

    /// The end of a prepositional tail without its lists, clauses and appositions ("a lawyer for the families from
    /// Spain, Paraguay and Britain" -> "a lawyer for the families from Spain").
    func tailEnd(_ t: Int) -> Int {
        var hi = t + 1
        for dep in d.dependents(of: t) where dep > t {
            guard [.prep, .pobj, .compound, .amod, .nummod, .det, .poss, .case].contains(d.syntax[dep].label) else { break }
            hi = max(hi, tailEnd(dep))
        }
        return hi
    }

    /// The organisation last named outside quotes, in this sentence or the three before: "the charity" after
    /// "Samaritan's Purse".
    func organisation(before t: Int) -> Int? {
        guard sentenceOf[t] >= 0, var k = lastMentionIndex(before: tokens[t].start) else { return nil }
        let oldest = max(0, sentenceOf[t] - 3)
        while k >= 0 {
            let m = d.mentions[k]
            k -= 1
            guard sentenceOf[m.tokens.lowerBound] >= oldest else { break }
            if m.type == .organisation, m.entity >= 0, !inQuote[m.tokens.lowerBound], !QuoteWords.isMedia(m.text) {
                return m.entity
            }
        }
        return nil
    }
}

extension QuoteWords {
    /// A news outlet's name ("The Associated Press", "Reuters", "CNN"): the one reporting, never "the charity".
    static func isMedia(_ name: String) -> Bool {
        name.lowercased().split(whereSeparator: { !$0.isLetter }).contains { mediaWords.contains(String($0)) }
    }

    static let mediaWords: Set<String> = [
        "press", "reuters", "afp", "ap", "news", "tv", "television", "radio", "bbc", "cnn", "tass", "ria", "xinhua",
        "interfax", "times", "post", "journal", "agence", "broadcasting", "newspaper", "gazette", "telegraph",
    ]

    /// Nouns that stand for an organisation named before: "the charity said", "the force said".
    static let organisationNouns: Set<String> = [
        "charity", "force", "mission", "group", "organisation", "organization", "agency", "company", "firm",
        "ministry", "department", "movement", "militia", "party", "alliance", "coalition", "network", "outlet",
        "newspaper", "broadcaster", "channel", "union", "association", "foundation", "bank", "club",
    ]
}
