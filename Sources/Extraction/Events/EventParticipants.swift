import NewsModel

/// Doers and victims: subjects, objects and coordinated names around a trigger.
extension EventFinder {

    /// Whether a verb follows at `k` (over adverbs): "after Bamako received" opens a clause, "after Mali's defeat"
    /// does not.
    func isVerbAfter(_ k: Int) -> Bool {
        var j = k
        while j < tokens.count, Self.adverbs.contains(words[j]) { j += 1 }
        guard j < tokens.count, tokens[j].kind == .word else { return false }
        let w = words[j]
        return Self.auxiliaries.contains(w) || w.hasSuffix("ed") || CAMEOLexicon.triggers[w].map { $0.form != .noun } == true
    }

    /// The subject entities before `t` in its clause: the nearest entity not governed by a preposition, with those
    /// coordinated before it; over "which"/"who" to the entity before; "he"/"she" as the last person named.
    func subject(before t: Int, bounds: Range<Int>, triggerStarts: Set<Int>) -> [Int] {
        var k = t - 1
        let floor = max(bounds.lowerBound, t - 25)
        // "were held on Monday and are being investigated": a verb after "and" shares the subject of the one before
        do {
            var j = t - 1
            while j >= floor, Self.auxiliaries.contains(words[j]) && words[j] != "to" || Self.adverbs.contains(words[j]) {
                j -= 1
            }
            if j > floor, words[j] == "and", let previous = (floor..<j).last(where: { triggerStarts.contains($0) }) {
                let shared = subject(before: previous, bounds: bounds, triggerStarts: triggerStarts)
                if !shared.isEmpty { return shared }
            }
            // "The charity confirmed the abductions, but denied ...": the subject of the clause before
            if j == bounds.lowerBound, j > 0, words[j] == "but" || words[j] == "and", sentenceOf[j] >= 0 {
                let start = d.sentences[sentenceOf[j]].tokens.lowerBound
                if start < j {
                    var first = start
                    while first < j, Self.adverbs.contains(words[first]) || words[first] == "," { first += 1 }
                    let before = subject(before: min(j, first + 8), bounds: start..<j, triggerStarts: [])
                    if !before.isEmpty { return before }
                }
            }
        }
        // "members of Boko Haram attacked": an entity after "of" when no other is the subject
        var fallback: Int? = nil
        while k >= floor {
            if triggerStarts.contains(k) { return fallback.map { [$0] } ?? [] }
            let m = mentionEnding[k]
            if m >= 0 {
                let g = governor(m, floor: bounds.lowerBound)
                if g == nil {
                    return coordinatedBefore(m, floor: bounds.lowerBound)
                }
                if g == "of", fallback == nil, d.mentions[m].type != .location { fallback = d.mentions[m].entity }
                k = d.mentions[m].tokens.lowerBound - 1
                continue
            }
            if words[k] == "he" || words[k] == "she" {
                return lastPerson(before: k).map { [$0] } ?? []
            }
            // "the charity denied", "the armed group's fighters ambushed": the organisation named before
            if fallback == nil, Self.groupNouns.contains(words[k]),
               k - 1 >= floor && words[k - 1] == "the" || k - 2 >= floor && words[k - 2] == "the" && tokens[k - 1].kind == .word,
               let org = lastOrganisation(before: k) {
                return [org]
            }
            k -= 1
        }
        let lo = bounds.lowerBound
        if k < floor, lo == floor, lo > 0, ["which", "who", "that"].contains(words[lo]),
           !(words[lo] == "that" && (max(0, lo - 4)..<lo).contains { Self.speechVerbs.contains(words[$0]) }) {
            var j = lo - 1
            if j >= 0, words[j] == "," { j -= 1 }
            if j >= 0, sentenceOf[j] == sentenceOf[lo], mentionEnding[j] >= 0 {
                return [d.mentions[mentionEnding[j]].entity]
            }
        }
        return fallback.map { [$0] } ?? []
    }

    /// The mention `m` and those before it joined by "and" or a comma, of the same type and not after a preposition.
    func coordinatedBefore(_ m: Int, floor: Int) -> [Int] {
        var result = [d.mentions[m].entity]
        var current = m
        while result.count < 5 {
            var j = d.mentions[current].tokens.lowerBound - 1
            while j >= floor, Self.determiners.contains(words[j]) { j -= 1 }
            guard j - 1 >= floor, words[j] == "and" || words[j] == "," else { break }
            let other = mentionEnding[j - 1]
            guard other >= 0, d.mentions[other].type == d.mentions[m].type, governor(other, floor: floor) == nil else { break }
            result.insert(d.mentions[other].entity, at: 0)
            current = other
        }
        return result
    }

    /// The first entity from `lo` (over determiners) and those coordinated after it by "and" or a comma, skipping
    /// appositions ("Amina J. Mohammed, Deputy Secretary General of the United Nations and Mahamat Saleh Annadif").
    func coordinatedMentions(from lo: Int, to hi: Int) -> [Int] {
        var k = lo
        while k < hi, Self.determiners.contains(words[k]) || Self.placeModifiers.contains(words[k]) { k += 1 }
        guard k < hi, mentionStarting[k] >= 0 else { return [] }
        return withCoordinated(mentionStarting[k], to: hi)
    }

    func withCoordinated(_ first: Int, to hi: Int) -> [Int] {
        var result = [d.mentions[first].entity]
        let type = d.mentions[first].type
        var k = d.mentions[first].tokens.upperBound
        var steps = 0
        while k < hi, steps < 20, result.count < 6 {
            let m = mentionStarting[k]
            if m >= 0 {
                var j = k - 1
                while j > 0, Self.determiners.contains(words[j]) { j -= 1 }
                let named = ["called", "named", "dubbed"].contains(words[j]) || words[j] == "as" && words[j - 1] == "known"
                if d.mentions[m].type == type && (words[j] == "and" || words[j] == ",") || named {
                    result.append(d.mentions[m].entity)   // "the private Russian army, called Wagner group"
                }
                k = d.mentions[m].tokens.upperBound
                continue
            }
            if inQuote[k] || (Self.boundaries.contains(words[k])) { break }
            k += 1
            steps += 1
        }
        return result
    }

    /// The object entities after a verb: the first entity not governed by a preposition (or by an allowed one), with
    /// those coordinated after it.
    func objects(after start: Int, bounds: Range<Int>, allowed: Set<String>, triggerStarts: Set<Int>) -> [Int] {
        var k = start
        let hi = min(bounds.upperBound, start + 20)
        // "abducted eight aid workers of Samaritan's Purse": an entity after "of"/"for" when no other is the object
        var fallback: Int? = nil
        while k < hi {
            if triggerStarts.contains(k) || words[k] == "by" { break }
            let m = mentionStarting[k]
            if m >= 0 {
                let g = governor(m, floor: start)
                if g == nil || allowed.contains(g!) { return withCoordinated(m, to: bounds.upperBound) }
                // "abducted eight staff from Samaritan's Purse": the people's organisation
                if g == "of" || g == "for" || g == "from" && d.mentions[m].type != .miscellaneous, fallback == nil,
                   d.mentions[m].type != .location {
                    fallback = m
                }
                k = d.mentions[m].tokens.upperBound
                continue
            }
            k += 1
        }
        return fallback.map { withCoordinated($0, to: bounds.upperBound) } ?? []
    }

    /// The subject of a sentence, for a participle clause: the first entity before `t` outside quotes and not after a
    /// preposition, else the speaker of a quote before `t`.
    func mainSubject(_ sentence: Range<Int>, before t: Int) -> [Int] {
        var speaker = -1
        var k = sentence.lowerBound
        while k < t {
            if inQuote[k] {
                if quoteSpeaker[k] >= 0 { speaker = quoteSpeaker[k] }
                k += 1
                continue
            }
            let m = mentionStarting[k]
            if m >= 0 {
                if governor(m, floor: sentence.lowerBound) == nil {
                    return [d.mentions[m].entity]
                }
                k = d.mentions[m].tokens.upperBound
                continue
            }
            k += 1
        }
        return speaker >= 0 ? [speaker] : []
    }

    /// Whether the nearest subject before `t` (over a few words, within the sentence) is "I" or "we".
    func firstPerson(before t: Int, floor: Int) -> Bool {
        var k = t - 1
        while k >= max(floor, t - 8) {
            let w = words[k]
            if w == "i" || w == "we" { return true }
            if ["he", "she", "they", "it", "you", "who", "which"].contains(w) || Self.quoteMarks.contains(w) { return false }
            if mentionEnding[k] >= 0 {
                // "I knew Kaweesi well and met him": a name that is an object does not stop the search
                let m = d.mentions[mentionEnding[k]]
                let before = m.tokens.lowerBound - 1
                guard before >= floor, tokens[before].kind == .word, !["and", "or", ","].contains(words[before]),
                      !Self.prepositions.contains(words[before]) || words[before] == "with" else { return false }
                k = before
                continue
            }
            k -= 1
        }
        return false
    }
}
