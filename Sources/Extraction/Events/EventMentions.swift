import NewsModel

/// Mentions around a trigger: which entity names lie in a span, which preposition governs one, who was named last.
extension EventFinder {
    // MARK: mentions around a trigger

    func mentionsIn(_ r: Range<Int>) -> [Int] { mentions(from: r.lowerBound, to: r.upperBound) }

    func mentions(from lo: Int, to hi: Int) -> [Int] {
        var result: [Int] = []
        var k = max(0, lo)
        while k < min(hi, tokens.count) {
            let m = mentionStarting[k]
            if m >= 0, d.mentions[m].tokens.upperBound <= hi {
                result.append(m)
                k = d.mentions[m].tokens.upperBound
            } else {
                k += 1
            }
        }
        return result
    }

    /// The preposition that governs the mention (over determiners and place words: "in northeastern Mali", "in the
    /// town of Tessit"), if any.
    func governor(_ m: Int, floor: Int) -> String? {
        var k = d.mentions[m].tokens.lowerBound - 1
        while k >= floor {
            let w = words[k]
            if Self.determiners.contains(w) || Self.placeModifiers.contains(w)
                || (w.contains("-") && tokens[k].kind == .word && w == tokens[k].text && w.count > 3) {
                k -= 1   // "in northeastern Mali", "in famine-hit South Sudan"
                continue
            }
            if w == "of", k - 1 >= floor, Self.placeNouns.contains(words[k - 1]) {
                // "on the outskirts of the capital Damascus": a place
                var j = k - 2
                while j >= floor, Self.determiners.contains(words[j]) || Self.placeModifiers.contains(words[j]) { j -= 1 }
                if j >= floor, words[j] == "on" { return "in" }
                k -= 2
                continue
            }
            if w == "of", k - 1 >= floor, words[k - 1] == "out" { return "out of" }
            if w == ",", k - 1 >= floor, Self.placeNouns.contains(words[k - 1]) { k -= 1; continue }   // "the capital, Mogadishu"   // "driven out of Mogadishu"
            // a possessor before the name: "with the country's Justice Ministry", "in western Mosul's Jadideh"
            if w == "'s" || w == "’s" || w == "'" && k - 1 >= floor && words[k - 1].hasSuffix("s") {
                if k - 1 >= floor, mentionEnding[k - 1] >= 0 {
                    k = d.mentions[mentionEnding[k - 1]].tokens.lowerBound - 1
                } else {
                    k -= 2
                }
                continue
            }
            // the word that opens a clause ("the day after Bamako received", "as Japan joined") governs nothing
            if Self.boundaries.contains(w) || w == "as", isVerbAfter(d.mentions[m].tokens.upperBound) { return nil }
            return Self.prepositions.contains(w) ? w : nil
        }
        return nil
    }


    static let groupNouns: Set<String> = ["group", "charity", "organisation", "organization", "movement", "militia",
                                          "party", "coalition", "alliance", "company"]
    /// Words of news outlets' names: an outlet that reports is not "the group".
    static let outletWords: Set<String> = ["news", "agency", "reuters", "afp", "ap", "bbc", "cnn", "tass", "press", "times",
                                           "post", "tv", "television", "radio", "jazeera", "xinhua", "dpa", "ria",
                                           "interfax", "guardian", "journal", "herald", "tribune", "media"]

    /// The entity of the last organisation mention of an earlier sentence than token `t`'s, not a news outlet.
    func lastOrganisation(before t: Int) -> Int? {
        let s = sentenceOf[t]
        guard s >= 0 else { return nil }
        var k = d.sentences[s].tokens.lowerBound - 1
        while k >= 0 {
            let m = mentionEnding[k]
            if m >= 0 {
                let mention = d.mentions[m]
                if mention.type == .organisation, d.entities[mention.entity].type == .organisation {
                    let name = d.entities[mention.entity].name.lowercased().split(separator: " ").map(String.init)
                    if !name.contains(where: { Self.outletWords.contains($0) }) { return mention.entity }
                }
                k = mention.tokens.lowerBound - 1
                continue
            }
            k -= 1
        }
        return nil
    }

    /// The entity of the last person mention before token `t`.
    func lastPerson(before t: Int) -> Int? {
        let mentions = d.mentions
        guard var k = d.lastMentionIndex(before: tokens[t].start) else { return nil }
        while k >= 0 {
            if mentions[k].type == .person, mentions[k].entity >= 0 { return mentions[k].entity }
            k -= 1
        }
        return nil
    }


    func unique(_ list: [Int]) -> [Int] {
        var seen = Set<Int>()
        return list.filter { seen.insert($0).inserted }
    }

    func contains(_ haystack: [String], _ needle: [String]) -> Bool {
        guard needle.count <= haystack.count, let first = needle.first else { return false }
        for i in 0...(haystack.count - needle.count) where haystack[i] == first {
            if Array(haystack[i..<(i + needle.count)]) == needle { return true }
        }
        return false
    }
}
