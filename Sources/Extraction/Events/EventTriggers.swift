import NewsModel

/// Finding triggers: the words around a trigger that tell whether it is a verb, a passive, a light-verb noun.
extension EventFinder {
    /// The triggers of a sentence (longest phrase first, never inside an entity name) and its attribution cues.
    func findTriggers(in range: Range<Int>) -> (found: [(trigger: CAMEOTrigger, range: Range<Int>)],
                                                attributions: [(range: Range<Int>, after: Bool)]) {
        var found: [(trigger: CAMEOTrigger, range: Range<Int>)] = []
        var attributions: [(range: Range<Int>, after: Bool)] = []
        var t = range.lowerBound
        while t < range.upperBound {
            guard tokens[t].kind == .word, mentionCovering[t] < 0 else { t += 1; continue }
            var matched = false
            // "has called repeatedly for": a two-word trigger with an adverb inside
            if t + 2 < range.upperBound, Self.adverbs.contains(words[t + 1]) || words[t + 1].hasSuffix("ly"),
               mentionCovering[t + 2] < 0, let trigger = CAMEOLexicon.triggers[words[t] + " " + words[t + 2]], !inQuote[t] {
                found.append((trigger, t..<(t + 3)))
                t += 3
                continue
            }
            let longest = CAMEOLexicon.phraseStarts.contains(words[t]) ? CAMEOLexicon.maxWords : 1
            for length in stride(from: longest, through: 1, by: -1) where t + length <= range.upperBound {
                let phraseRange = t..<(t + length)
                guard phraseRange.allSatisfy({ tokens[$0].kind == .word && mentionCovering[$0] < 0 }) else { continue }
                let key = length == 1 ? words[t] : phraseRange.map { words[$0] }.joined(separator: " ")
                if let after = CAMEOLexicon.attribution[key] {
                    attributions.append((phraseRange, after))
                    t += length
                    matched = true
                    break
                }
                if let trigger = CAMEOLexicon.triggers[key] {
                    // inside a quote, only a told deed ("The rebels attacked and abducted ..."), not words or plans;
                    // or what the speaker says they do ("We call on all parties", "I met him")
                    if inQuote[t], !(quoteSpeaker[t] >= 0 && Self.firstPersonRoots.contains(trigger.root)
                                     && firstPerson(before: t, floor: range.lowerBound)),
                       !trigger.root.isIncident
                        || inQuote[t] && !trigger.participle && trigger.form == .verb
                        || inQuote[t] && t > range.lowerBound && Self.modals.contains(words[t - 1]) {
                        continue
                    }
                    if trigger.lowercaseOnly, let c = tokens[t].text.unicodeScalars.first, Chars.isUpper(c) { continue }
                    if isNoDeed(trigger, at: t, length: length, sentence: range) {
                        t += length
                        matched = true
                        break
                    }
                    if trigger.form != .verb, t + length < range.upperBound,
                       CAMEOLexicon.modifiedHeads.contains(words[t + length]) {
                        // "combat helicopters", "attack drones", "protest movement": a modifier, no event
                        t += length
                        matched = true
                        break
                    }
                    found.append((trigger, phraseRange))
                    t += length
                    matched = true
                    break
                }
            }
            if !matched { t += 1 }
        }
        return (found, attributions)
    }

    /// Whether the word at `t` (a form that may be a noun or a verb) is a verb here.
    func isVerbContext(_ t: Int, floor: Int, ing: Bool) -> Bool {
        guard t > floor else { return false }
        let prev = words[t - 1]
        if t + 1 < tokens.count, words[t + 1] == "of" { return false }
        // "resolutions sanctioning North Korea": an -ing form right before a name is a verb
        if ing, t + 1 < tokens.count, mentionStarting[t + 1] >= 0, !Self.determiners.contains(prev) { return true }
        if Self.determiners.contains(prev) { return false }
        // "the gunmen's attack": a possessive, not "he's"
        if prev == "'s", t >= floor + 2, !["he", "she", "it", "that", "there", "what", "who"].contains(words[t - 2]) {
            return false
        }
        if prev == "," || Self.auxiliaries.contains(prev) || Self.pronouns.contains(prev) || Self.adverbs.contains(prev)
            || Self.actorNouns.contains(prev) || prev == "and" || prev == "not" || prev == "n't" {
            return true
        }
        if ing, ["after", "before", "while", "when", "by", "since", "without", "of"].contains(prev) { return true }
        if mentionEnding[t - 1] >= 0 {
            let type = d.mentions[mentionEnding[t - 1]].type
            return type != .miscellaneous && type != .location || !ing && t + 1 < tokens.count
                && (Self.determiners.contains(words[t + 1]) || mentionStarting[t + 1] >= 0)
        }
        return false
    }

    func isPassive(_ t: Int, floor: Int) -> Bool {
        var k = t - 1
        while k >= floor, Self.adverbs.contains(words[k]) { k -= 1 }
        return k >= floor && Self.passiveAuxiliaries.contains(words[k])
    }

    /// "49 Ivorian soldiers detained in Bamako": a participle right after a noun, with no object after it.
    func isReducedRelative(_ t: Int, _ end: Int, root: CAMEORoot, floor: Int, ceiling: Int) -> Bool {
        guard [.aid, .disapprove, .reduceRelations, .coerce, .assault].contains(root), t > floor else { return false }
        let prev = tokens[t - 1]
        guard prev.kind == .word, mentionEnding[t - 1] < 0, let c = prev.text.unicodeScalars.first, !Chars.isUpper(c) else {
            return false
        }
        let p = words[t - 1]
        if Self.auxiliaries.contains(p) || Self.adverbs.contains(p) || Self.pronouns.contains(p) || Self.determiners.contains(p)
            || Self.prepositions.contains(p) || Self.actorNouns.contains(p) && !["soldiers", "troops", "people", "officers",
                                                                               "workers", "students"].contains(p) {
            return false
        }
        if p == "and" || p == "or" || p == "," { return false }
        guard end < ceiling else { return true }
        let n = words[end]
        if Self.determiners.contains(n) || mentionStarting[end] >= 0 || tokens[end].kind == .number
            || ["him", "her", "them", "us", "me", "at", "several", "dozens", "hundreds", "thousands", "scores"].contains(n) {
            return n == "at" && end + 1 < ceiling && words[end + 1] != "least"
        }
        return true
    }

    /// A light verb ("had", "held", "launched") shortly before a nominal trigger, over determiners and modifiers.
    func lightVerb(before t: Int, floor: Int) -> Int? {
        var k = t - 1
        var reach = t - 5
        while k >= floor, k > reach {
            let w = words[k]
            if Self.lightVerbs.contains(w) { return k }
            if Self.quoteMarks.contains(w) { k -= 1; reach -= 1; continue }   // an "impartial" inquiry
            guard tokens[k].kind == .word, mentionEnding[k] < 0, !Self.prepositions.contains(w) else { return nil }
            k -= 1
        }
        return nil
    }

    func hasWord(_ set: Set<String>, near r: Range<Int>, in sentence: Range<Int>, before: Int, after: Int) -> Bool {
        let lo = max(sentence.lowerBound, r.lowerBound - before)
        let hi = min(sentence.upperBound, r.upperBound + after)
        return (lo..<hi).contains { !inQuote[$0] && set.contains(words[$0]) }
    }
}
