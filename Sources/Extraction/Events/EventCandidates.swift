import NewsModel

/// Reading one trigger: negation, the context a trigger needs, noun or verb, and its doers and victims.
extension EventFinder {
    func candidate(_ trigger: CAMEOTrigger, _ r: Range<Int>, sentence s: Int, sentenceRange: Range<Int>,
                   bounds: Range<Int>, triggerStarts: Set<Int>) -> Candidate? {
        let t = r.lowerBound
        let prev = t > sentenceRange.lowerBound ? words[t - 1] : ""

        // negation and complements
        for k in max(bounds.lowerBound, t - 3)..<t where Self.negations.contains(words[k]) { return nil }
        // "denied a ransom had been demanded", "refused to release the body": the denial is the event
        if trigger.root != .reject {
            for k in max(bounds.lowerBound, t - 8)..<t where Self.denials.contains(words[k]) { return nil }
        }
        if prev == "to", t - 2 >= sentenceRange.lowerBound, triggerStarts.contains(t - 2) { return nil }
        if t - 3 >= sentenceRange.lowerBound, prev == "to", words[t - 2] == "not" { return nil }

        // noun or verb
        let nominal: Bool
        switch trigger.form {
        case .noun: nominal = true
        case .verb: nominal = false
        case .either: nominal = !isVerbContext(t, floor: sentenceRange.lowerBound, ing: words[r.upperBound - 1].hasSuffix("ing"))
        }

        var root = trigger.root
        var group = trigger.group
        var receiveAid = false
        switch trigger.need {
        case .none:
            break
        case .aidNoun:
            guard hasWord(CAMEOLexicon.aidNouns, near: r, in: sentenceRange, before: 12, after: 12) else { return nil }
        case .people:
            let people = hasWord(CAMEOLexicon.peopleNouns, near: r, in: sentenceRange, before: 0, after: 6)
                || mentions(from: r.upperBound, to: min(bounds.upperBound, r.upperBound + 4)).contains {
                    d.mentions[$0].type == .person
                }
            guard people else { return nil }
        case .agreement:
            guard hasWord(CAMEOLexicon.agreementNouns, near: r, in: sentenceRange, before: 0, after: 6) else { return nil }
        case .heldPeople:
            // "Badjie and Jeng were held on Monday": passive, with people as subject
            guard isPassive(t, floor: bounds.lowerBound) else { return nil }
            var k = t - 1
            while k > bounds.lowerBound, Self.adverbs.contains(words[k]) || Self.passiveAuxiliaries.contains(words[k])
                || Self.auxiliaries.contains(words[k]) && words[k] != "to" {
                k -= 1
            }
            let people = ["he", "she", "they", "who"].contains(words[k]) || CAMEOLexicon.peopleNouns.contains(words[k])
                || mentionEnding[k] >= 0 && d.mentions[mentionEnding[k]].type == .person
            guard people else { return nil }
        case .dismissal:
            guard hasWord(CAMEOLexicon.dismissalWords, near: r, in: sentenceRange, before: 0, after: 6) else { return nil }
        case .diplomat:
            guard hasWord(CAMEOLexicon.diplomatNouns, near: r, in: sentenceRange, before: 0, after: 5) else { return nil }
        case .trade:
            guard hasWord(CAMEOLexicon.tradeNouns, near: r, in: sentenceRange, before: 0, after: 5) else { return nil }
        case .conceded:
            guard hasWord(Self.concedeVerbs, near: r, in: sentenceRange, before: 4, after: 0) else { return nil }
        case .expressed:
            guard hasWord(Self.expressVerbs, near: r, in: sentenceRange, before: 4, after: 0) else { return nil }
        case .askTo:
            // "asked the Security Council to send": an object, then "to" and a verb
            let limit = min(bounds.upperBound, r.upperBound + 8)
            guard let to = (r.upperBound..<limit).first(where: { words[$0] == "to" }), to > r.upperBound,
                  to + 1 < bounds.upperBound, tokens[to + 1].kind == .word,
                  !Self.determiners.contains(words[to + 1]), mentionStarting[to + 1] < 0 else { return nil }
        case .withEntity:
            var k = r.upperBound
            while k < bounds.upperBound, Self.determiners.contains(words[k]) { k += 1 }
            guard k < bounds.upperBound, mentionStarting[k] >= 0 else { return nil }
        case .receive:
            // the object: a person or organisation (a visit) or aid (equipment)
            var decided: Bool? = nil
            var k = r.upperBound
            let limit = min(bounds.upperBound, r.upperBound + 10)
            while k < limit, decided == nil {
                if let m = Optional(mentionStarting[k]), m >= 0 {
                    let type = d.mentions[m].type
                    if type == .person || type == .organisation { decided = false }
                    k = d.mentions[m].tokens.upperBound
                    continue
                }
                if CAMEOLexicon.aidNouns.contains(words[k]) { decided = true }
                if words[k] == "from" || words[k] == "by" { break }
                k += 1
            }
            guard let decided else { return nil }
            if decided {
                root = .aid
                group = "aid"
                receiveAid = true
            }
        }

        var c = Candidate(root: root, group: group, weight: trigger.weight, range: r, sentence: s, lastSentence: s)
        c.stems = [String(words[t].prefix(5))]
        c.nominal = nominal
        if !nominal {
            var k = t - 1
            while k >= bounds.lowerBound, Self.auxiliaries.contains(words[k]) && words[k] != "to" || Self.adverbs.contains(words[k]) {
                k -= 1
            }
            c.namedByNoun = k >= bounds.lowerBound && (Self.actorNouns.contains(words[k])
                || CAMEOLexicon.peopleNouns.contains(words[k]) || Self.extraActorNouns.contains(words[k])
                || Self.victimNouns.contains(words[k]))
        }
        c.anaphoric = nominal && (Self.anaphors.contains(prev) || prev == "'s" || prev == "its" || prev == "their")

        if nominal {
            // "a telephone conversation between X and Y", "an attack by X on Y", "X's attack", "X held talks with Y"
            var k = r.upperBound
            let limit = min(bounds.upperBound, r.upperBound + 8)
            while k < limit {
                let w = words[k]
                if w == "between" || w == "by" {
                    let found = coordinatedMentions(from: k + 1, to: bounds.upperBound)
                    c.actors += found
                    if w == "between" { break }
                } else if ["on", "against", "targeting", "with", "of"].contains(w), c.targets.isEmpty {
                    let found = coordinatedMentions(from: k + 1, to: bounds.upperBound)
                    if w == "of", receiveAid || root == .aid {
                        // "delivery of weapons": no target
                    } else {
                        c.targets += found
                    }
                }
                if mentionStarting[k] >= 0 { k = d.mentions[mentionStarting[k]].tokens.upperBound } else { k += 1 }
            }
            // possessive: "X's attack", "the Malian army's reception"
            var p = t - 1
            while p >= bounds.lowerBound, p > t - 6, tokens[p].kind == .word, words[p] != "'s",
                  Self.determiners.contains(words[p]) || !Self.prepositions.contains(words[p]),
                  mentionEnding[p] < 0, !Self.lightVerbs.contains(words[p]) {
                p -= 1
            }
            if p >= bounds.lowerBound, words[p] == "'s" {
                var q = p - 1
                while q >= bounds.lowerBound, mentionEnding[q] < 0, q > p - 4 { q -= 1 }
                if q >= bounds.lowerBound, mentionEnding[q] >= 0 {
                    let e = d.mentions[mentionEnding[q]].entity
                    // "Mr Gilmore's murder": the victim; "Masood's attack": the doer
                    if receiveAid || Self.victimPossessorNouns.contains(words[t]) { c.targets.append(e) } else { c.actors.append(e) }
                }
            } else if p >= bounds.lowerBound, Self.lightVerbs.contains(words[p]) {
                c.actors += subject(before: p, bounds: bounds, triggerStarts: triggerStarts)
            } else if p >= bounds.lowerBound, mentionEnding[p] >= 0, p == t - 1,
                      d.mentions[mentionEnding[p]].type == .location {
                c.location = d.mentions[mentionEnding[p]].entity   // "the Tessit attack"
            }
            if c.actors.isEmpty, !receiveAid, let light = lightVerb(before: t, floor: bounds.lowerBound) {
                c.actors += subject(before: light, bounds: bounds, triggerStarts: triggerStarts)
            }
        } else if receiveAid {
            // "Bamako received new military equipment from its Russian ally"
            c.targets = subject(before: t, bounds: bounds, triggerStarts: triggerStarts)
            if let from = (r.upperBound..<min(bounds.upperBound, r.upperBound + 12)).first(where: { words[$0] == "from" }) {
                c.actors = coordinatedMentions(from: from + 1, to: bounds.upperBound)
            }
            if let first = c.targets.first, d.entities[first].type == .location { c.location = first }
        } else {
            let passive = trigger.participle && (isPassive(t, floor: bounds.lowerBound)
                || isReducedRelative(t, r.upperBound, root: root, floor: sentenceRange.lowerBound, ceiling: bounds.upperBound))
            if passive {
                c.targets = subject(before: t, bounds: bounds, triggerStarts: triggerStarts)
                // "Lane went to work before being arrested": the subject of the sentence
                if c.targets.isEmpty, t - 2 >= sentenceRange.lowerBound, words[t - 1] == "being",
                   Self.participleClauseOpeners.contains(words[t - 2]) {
                    c.targets = mainSubject(sentenceRange, before: t - 2)
                    if c.targets.isEmpty, let he = (sentenceRange.lowerBound..<(t - 2)).first(where: { words[$0] == "he" || words[$0] == "she" }),
                       let person = lastPerson(before: he) {
                        c.targets = [person]   // "Jurors heard he went to work before being arrested"
                    }
                }
                if let by = (r.upperBound..<min(bounds.upperBound, r.upperBound + 6)).first(where: { words[$0] == "by" }) {
                    c.actors = coordinatedMentions(from: by + 1, to: bounds.upperBound)
                }
            } else {
                let ing = words[r.upperBound - 1].hasSuffix("ing")
                if ing && (prev == "," || prev == "by") {
                    // "..., calling for the release", "deprived the regime of currency by banning imports": the doer is
                    // the subject of the sentence (or the speaker of the quote before)
                    c.actors = mainSubject(sentenceRange, before: t)
                } else {
                    c.actors = subject(before: t, bounds: bounds, triggerStarts: triggerStarts)
                }
                let allowed: Set<String>
                switch root {
                case .assault, .fight, .massViolence: allowed = ["on", "against", "targeting", "upon"]
                case .consult: allowed = ["with", "to"]
                case .aid, .materialCooperation: allowed = ["to"]
                default: allowed = []
                }
                c.targets = objects(after: r.upperBound, bounds: bounds, allowed: allowed, triggerStarts: triggerStarts)
            }
            if let parsed = parsedArguments(r, root: root, nominal: false, passive: passive) {
                // the parse decides; the word rules above stay only for a side the parse has no slot for, and only
                // when both read the voice alike
                if parsed.passive != passive {
                    c.actors = []
                    c.targets = []
                }
                if let actors = parsed.actors { c.actors = actors }
                if let targets = parsed.targets { c.targets = targets }
                c.actorPhrases = parsed.actorPhrases
                c.targetPhrases = parsed.targetPhrases
                c.parsedPlace = parsed.place
                if parsed.pronoun, root.isIncident { c.namedByNoun = true }
            }
        }
        if nominal, let parsed = parsedArguments(r, root: root, nominal: true, passive: false) {
            if c.actors.isEmpty, !receiveAid, let actors = parsed.actors { c.actors = actors }
            if c.targets.isEmpty, !receiveAid, root != .aid, let targets = parsed.targets { c.targets = targets }
            c.actorPhrases = parsed.actorPhrases
            c.targetPhrases = parsed.targetPhrases
            c.parsedPlace = parsed.place
        }
        // an incident told of unnamed people ("gunmen shot three soldiers") is kept; other events need a name
        if c.root.isIncident, !c.actorPhrases.isEmpty || !c.targetPhrases.isEmpty { c.namedByNoun = true }
        // a subject that holds a role: "The head of the junta in Mali and the Russian president had ..."
        if !roles.isEmpty, !(receiveAid && !nominal) {
            let subjectEnd = c.nominal ? (lightVerb(before: t, floor: bounds.lowerBound) ?? -1) : t
            if subjectEnd > bounds.lowerBound {
                let span = (bounds.lowerBound..<subjectEnd).map { words[$0] }
                for role in roles where contains(span, role.words) && !c.actors.contains(role.entity) {
                    c.actors.insert(role.entity, at: 0)
                }
            }
        }
        // one person killed: "killed the soldier", "the assassination of an army officer", "He was shot dead",
        // "a deputy was fatally shot"
        if Self.killTriggers.contains(words[t]) || Self.killTriggers.contains(d.string(tokens: r).lowercased())
            || t > sentenceRange.lowerBound && words[t - 1] == "fatally" {
            if singleVictim(c, r, nominal: nominal, floor: bounds.lowerBound, ceiling: bounds.upperBound) { c.fatalities = 1 }
        }
        if inQuote[t], quoteSpeaker[t] >= 0, firstPerson(before: t, floor: sentenceRange.lowerBound) {
            // "We call on ...," the charity said; "I knew Kaweesi and met him": names found before are objects
            c.targets = c.actors + c.targets
            c.actors = [quoteSpeaker[t]]
        }
        c.actors = unique(c.actors)
        c.targets = unique(c.targets).filter { !c.actors.contains($0) }
        // "Some 40 residents escaped but were recaptured": people taken again are held (17), not ground taken
        if c.root == .fight, ["recaptured", "captured", "seized"].contains(words[t]), isPassive(t, floor: bounds.lowerBound),
           peopleBefore(t, floor: sentenceRange.lowerBound) {
            c.root = .coerce
        }
        // "The gunman was later shot dead by police", "troops killed three militants": security forces against an armed
        // attacker fight (19)
        if c.root == .assault, isSecurityAgainstArmed(r, nominal: nominal, floor: sentenceRange.lowerBound,
                                                       ceiling: sentenceRange.upperBound) {
            c.root = .fight
        }
        // "AU forces attacked an al-Shabab camp", "fighters ambushed Kenyan soldiers": armed men on both sides fight (19)
        if c.root == .assault, Self.combatTriggers.contains(words[t]),
           (max(sentenceRange.lowerBound, t - 8)..<t).contains(where: { Self.armed.contains(words[$0]) }),
           (r.upperBound..<min(sentenceRange.upperBound, r.upperBound + 10)).contains(where: { Self.armed.contains(words[$0]) }) {
            c.root = .fight
        }
        return c
    }

    /// Nouns whose possessor is the victim: "Mr Gilmore's murder", "Khashoggi's killing", "his arrest".
    static let victimPossessorNouns: Set<String> = [
        "murder", "murders", "killing", "assassination", "death", "kidnapping", "abduction", "arrest", "detention",
        "execution", "beheading", "rape", "disappearance", "lynching", "imprisonment", "jailing",
    ]

    static let concedeVerbs: Set<String> = ["accept", "accepts", "accepted", "accepting", "concede", "concedes",
                                            "conceded", "conceding", "admit", "admits", "admitted", "admitting"]
    static let expressVerbs: Set<String> = ["raise", "raises", "raised", "raising", "express", "expresses", "expressed",
                                            "expressing", "voice", "voices", "voiced", "voicing"]

    static let combatTriggers: Set<String> = [
        "attack", "attacked", "attacks", "attacking", "ambush", "ambushed", "ambushes", "assault", "assaulted", "raid",
        "raided", "stormed", "killed", "kill", "kills", "killing",
    ]
    static let armed: Set<String> = [
        "soldiers", "soldier", "troops", "forces", "army", "military", "fighters", "militants", "rebels", "insurgents",
        "jihadists", "militia", "militias", "militiamen", "camp", "base", "bases", "positions", "gunships", "troop",
        "army's", "paramilitary", "guerrillas", "combatants", "camps", "armed", "garrison", "outpost", "checkpoint",
    ]
}
