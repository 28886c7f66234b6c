import NewsModel

/// Counting the dead: one victim named by the words of a killing.
extension EventFinder {
    static let killTriggers: Set<String> = [
        "kill", "kills", "killed", "killing", "assassinate", "assassinates", "assassinated", "assassinating",
        "assassination", "murder", "murders", "murdered", "murdering", "shot dead", "gunned down", "gun down",
        "guns down", "behead", "beheads", "beheaded", "beheading", "lynched", "lynching", "executed", "stabbed to death",
    ]

    /// Whether the victim of a killing is one person: a single person named as target with no count; after the verb
    /// (or "of" of a noun) "a", "an" or "the" with a singular noun and no second article or number; a passive "he"
    /// or "she".
    func singleVictim(_ c: Candidate, _ r: Range<Int>, nominal: Bool, floor: Int, ceiling: Int) -> Bool {
        let t = r.lowerBound
        if !nominal {
            var k = t - 1
            while k >= floor, Self.adverbs.contains(words[k]) { k -= 1 }
            if k >= floor, Self.passiveAuxiliaries.contains(words[k]) {
                k -= 1
                while k >= floor, Self.auxiliaries.contains(words[k]) || Self.adverbs.contains(words[k]) { k -= 1 }
                if k >= floor {
                    if words[k] == "he" || words[k] == "she" { return k == floor || words[k - 1] != "and" }
                    // "a sheriff's deputy was fatally shot": one person named by a singular noun
                    if Self.personNouns.contains(words[k]), !words[k].hasSuffix("s"), mentionEnding[k] < 0,
                       !(max(floor, k - 4)..<k).contains(where: { words[$0] == "and" || tokens[$0].kind == .number }) {
                        return true
                    }
                    if mentionEnding[k] >= 0 {
                        let m = d.mentions[mentionEnding[k]]
                        let before = m.tokens.lowerBound - 1
                        return m.type == .person && c.targets.count == 1
                            && !(before >= floor && (words[before] == "and" || words[before] == ","))
                    }
                }
                return false
            }
        }
        // the object phrase
        var k = r.upperBound
        if nominal {
            guard k < ceiling, words[k] == "of" else { return false }
            k += 1
        }
        guard k < ceiling else { return false }
        if mentionStarting[k] >= 0 {
            return d.mentions[mentionStarting[k]].type == .person && c.targets.count == 1
        }
        guard ["a", "an", "the", "his", "her"].contains(words[k]) else { return false }
        var j = k + 1
        var last = ""
        while j < min(ceiling, k + 6), tokens[j].kind == .word, mentionStarting[j] < 0,
              !Self.prepositions.contains(words[j]), words[j] != "and", !Self.boundaries.contains(words[j]) {
            last = words[j]
            j += 1
        }
        guard !last.isEmpty, !last.hasSuffix("s") || last.hasSuffix("ss"), !["people", "men", "women", "children", "police",
                                                                            "personnel", "staff", "crew"].contains(last) else {
            return false
        }
        // "a chief and militia leader" is one; "a soldier and a policeman" are two
        if j < ceiling, words[j] == "and" {
            let next = j + 1 < ceiling ? words[j + 1] : ""
            if ["a", "an", "the", "his", "her", "two", "three"].contains(next) || j + 1 < ceiling && tokens[j + 1].kind == .number {
                return false
            }
        }
        return true
    }
}

extension EventFinder {
    static let participleClauseOpeners: Set<String> = ["before", "after", "while", "since", "when", "upon", "on"]
    static let securityNouns: Set<String> = ["police", "policemen", "officers", "troops", "soldiers", "forces", "army",
                                             "guards", "commandos", "gendarmes", "military", "security"]
    static let armedAttackers: Set<String> = ["gunman", "gunmen", "attacker", "attackers", "assailant", "assailants",
                                              "militant", "militants", "terrorist", "terrorists", "insurgents",
                                              "jihadists", "bomber", "bombers", "suspect", "hostage-taker"]
    static let lethalForce: Set<String> = ["killed", "kill", "kills", "killing", "shot", "shoot", "shoots", "shooting",
                                           "gunned", "neutralised", "neutralized"]

    /// "police shot dead the gunman", "the gunman was shot dead by police", "troops killed three militants": the
    /// doer side holds security forces and the victim side an armed attacker.
    func isSecurityAgainstArmed(_ r: Range<Int>, nominal: Bool, floor: Int, ceiling: Int) -> Bool {
        guard !nominal, Self.lethalForce.contains(words[r.lowerBound]) else { return false }
        let before = (max(floor, r.lowerBound - 8)..<r.lowerBound).map { words[$0] }
        let after = (r.upperBound..<min(ceiling, r.upperBound + 8)).map { words[$0] }
        let passive = isPassive(r.lowerBound, floor: floor)
        let doers = passive ? after : before
        let victims = passive ? before : after
        return doers.contains(where: Self.securityNouns.contains) && victims.contains(where: Self.armedAttackers.contains)
    }
}

extension EventFinder {
    /// Whether people are the subject of the passive verb at `t`: "40 residents ... were recaptured", "they were seized".
    func peopleBefore(_ t: Int, floor: Int) -> Bool {
        var k = t - 1
        while k > floor, Self.adverbs.contains(words[k]) || Self.auxiliaries.contains(words[k]) && words[k] != "to"
            || words[k] == "but" || words[k] == "and" {
            k -= 1
        }
        func isPeople(_ k: Int) -> Bool {
            let w = words[k]
            return ["they", "he", "she", "who"].contains(w) || CAMEOLexicon.peopleNouns.contains(w)
                || Self.victimNouns.contains(w) || w == "inmates" || mentionEnding[k] >= 0 && d.mentions[mentionEnding[k]].type == .person
        }
        if isPeople(k) { return true }
        // a verb coordinated with a first one shares its subject: "Some 40 residents escaped ... but were recaptured"
        guard (k..<t).contains(where: { words[$0] == "but" || words[$0] == "and" }) else { return false }
        return (floor..<min(t, floor + 5)).contains(where: isPeople)
    }
}
