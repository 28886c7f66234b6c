import NewsModel
import Syntax

/// Doers, victims and the place of a trigger read from the dependency parse (`Document.syntax`).
///
/// - **verb, active**: the subject is the doer ("gunmen shot three soldiers"), the direct object the victim, and for
///   an assault or a fight also the object of "on", "against", "targeting" ("opened fire on the crowd");
/// - **verb, passive** ("three soldiers were killed by gunmen") and reduced relatives ("five soldiers killed in the
///   attack"): the passive subject (or the noun modified) is the victim, the object of "by" the doer;
/// - **reported speech**: "police said gunmen had shot ...": the doer is the subject of "shot" ("gunmen"), not of
///   "said" — the parse gives each verb its own subject, so the source of a report is never its doer;
/// - **participles**: "A bomb exploded in Kabul, killing 12 people": a participle clause with no subject of its own
///   takes its governing verb's;
/// - **nouns**: "an attack by X on Y", "the killing of Y", "X's attack", "X carried out an attack" (the subject of
///   the verb the noun is the object of);
/// - relative pronouns stand for the noun they modify ("the men who attacked"), "he"/"she" for the last person named;
/// - a phrase with no name in it is kept as its noun phrase ("gunmen", "a suicide bomber", "12 people");
/// - **place**: a LOC entity under "in", "near", "outside"... attached to the trigger, or to the verb it depends on
///   (a noun's light verb, a coordinated or participle clause's verb: "attacked a village in Gao and killed five").
///
/// `nil` sides mean the parse gave no such slot, so the word rules may still try; an empty side with a phrase means
/// the slot is there and names nobody (then nobody is guessed).
struct ParsedArguments {
    var actors: [Int]? = nil
    var targets: [Int]? = nil
    var actorPhrases: [String] = []
    var targetPhrases: [String] = []
    var place: Int? = nil
    /// Whether the parse reads the verb as passive (or a reduced relative).
    var passive = false
    /// A doer or victim is a personal pronoun ("before he went on to murder her"): people, though unnamed here.
    var pronoun = false
}

extension EventFinder {
    /// Whether the document carries a parse of every token.
    var hasParse: Bool { d.syntax.count == tokens.count && !tokens.isEmpty }

    func parsedArguments(_ r: Range<Int>, root: CAMEORoot, nominal: Bool, passive: Bool) -> ParsedArguments? {
        guard hasParse else { return nil }
        let v = r.lowerBound
        var out = ParsedArguments()
        if nominal {
            nominalArguments(v, &out)
        } else {
            verbalArguments(v, root: root, passive: passive, &out)
        }
        out.place = parsedPlace(of: v)
        return out
    }

    // MARK: verbs

    func verbalArguments(_ v: Int, root: CAMEORoot, passive oldPassive: Bool, _ out: inout ParsedArguments) {
        let s = d.syntax[v]
        let reducedRelative = s.label == .acl && s.tag == .VBN
        let passive = d.isPassive(v) || reducedRelative || oldPassive && d.dependents(of: v, .nsubj).isEmpty
        out.passive = passive
        var subjects = d.subjects(of: v)
        // "A bomb exploded in Kabul, killing 12": the participle clause's subject is its governing verb's
        if subjects.isEmpty, s.label == .advcl || s.label == .conj, let h = d.head(of: v), isVerb(h) {
            subjects = d.subjects(of: h)
        }
        // "the men who attacked", "a daily that has called ... and accused him": the relative pronoun stands for
        // the noun its clause modifies
        subjects = subjects.map { s in
            guard Self.relativePronouns.contains(words[s]), let clause = d.head(of: s), d.syntax[clause].label == .relcl,
                  let noun = d.head(of: clause) else { return s }
            return noun
        }
        let subjectSide = phrases(subjects.filter { !isExpletive($0) })
        out.pronoun = subjects.contains { Self.personalPronouns.contains(words[$0]) }
        if passive {
            if !subjects.isEmpty { (out.targets, out.targetPhrases) = subjectSide }
            if let agent = d.passiveAgent(of: v) { (out.actors, out.actorPhrases) = phrases([agent]) }
        } else {
            if !subjects.isEmpty { (out.actors, out.actorPhrases) = subjectSide }
            var objects = d.dependents(of: v, .dobj, .dative)
            let allowed: Set<String>
            switch root {
            case .assault, .fight, .massViolence: allowed = ["on", "against", "targeting", "upon"]
            case .consult: allowed = ["with", "to"]
            case .aid, .materialCooperation: allowed = ["to"]
            default: allowed = []
            }
            for (p, object) in d.prepositionalObjects(of: v) where allowed.contains(words[p]) { objects.append(object) }
            if !objects.isEmpty { (out.targets, out.targetPhrases) = phrases(objects) }
            out.pronoun = out.pronoun || objects.contains { Self.personalPronouns.contains(words[$0]) }
            // "abducted eight staff from Doctors Without Borders": unnamed people of a named organisation
            if out.targets?.isEmpty == true {
                for (p, object) in d.prepositionalObjects(of: v) where ["from", "of"].contains(words[p]) && mentionCovering[object] >= 0 {
                    let mention = d.mentions[mentionCovering[object]]
                    if mention.type == .organisation || mention.type == .person { out.targets = [mention.entity] }
                }
            }
        }
    }

    func isVerb(_ t: Int) -> Bool { d.syntax[t].pos == .VERB || d.syntax[t].pos == .AUX }

    func isExpletive(_ t: Int) -> Bool { d.syntax[t].label == .expl || words[t] == "there" || words[t] == "it" }

    // MARK: nouns

    /// "an attack by X on Y", "the killing of Y", "X's attack", "X carried out an attack".
    func nominalArguments(_ n: Int, _ out: inout ParsedArguments) {
        var actors: [Int] = [], targets: [Int] = []
        for (p, object) in d.prepositionalObjects(of: n) {
            switch words[p] {
            case "by", "between": actors.append(object)
            case "on", "against", "targeting", "of", "upon": targets.append(object)
            default: break
            }
        }
        // "X's attack" is X's doing; "Mr Gilmore's murder" is done to him
        let possessors = d.dependents(of: n, .poss).filter { !Self.possessivePronouns.contains(words[$0]) }
        if Self.victimPossessorNouns.contains(words[n]) { targets += possessors } else { actors += possessors }
        // "the Boko Haram attack": a name in the noun compound is the doer (a place there is the place)
        for c in d.dependents(of: n, .compound) where mentionCovering[c] >= 0 && d.mentions[mentionCovering[c]].type != .location {
            actors.append(c)
        }
        if actors.isEmpty, let h = d.head(of: n), d.syntax[n].label == .dobj, Self.lightVerbs.contains(words[h]) {
            actors = d.subjects(of: h)
        }
        if !actors.isEmpty { (out.actors, out.actorPhrases) = phrases(actors) }
        if !targets.isEmpty { (out.targets, out.targetPhrases) = phrases(targets) }
    }

    // MARK: phrases

    /// The entities named by noun phrases (with their coordinated phrases), and the phrases that name none.
    func phrases(_ heads: [Int]) -> ([Int], [String]) {
        var named: [Int] = [], texts: [String] = []
        var seen = Set<Int>()
        var queue = heads
        while let h = queue.first {
            queue.removeFirst()
            guard seen.insert(h).inserted, seen.count < 12 else { continue }
            queue += d.dependents(of: h, .conj)
            let found = entities(ofPhrase: h)
            if !found.isEmpty {
                named += found
            } else if let text = nounPhrase(h) {
                texts.append(text)
            }
        }
        var distinct: [String] = []
        for text in texts where !distinct.contains(text) { distinct.append(text) }
        return (unique(named), distinct)
    }

    /// The entities of the noun phrase headed at `h`: the name it is part of, "he"/"she" as the last person named,
    /// else the first name inside the phrase ("Turkish troops", "Azerbaijan's military", "members of Boko Haram",
    /// "forces loyal to Assad"), leaving out its clauses and its place phrases ("the men who attacked Gao", "police
    /// in Kabul"), and conjuncts (read by ``phrases(_:)``).
    func entities(ofPhrase h: Int) -> [Int] {
        if mentionCovering[h] >= 0 { return [d.mentions[mentionCovering[h]].entity] }
        if words[h] == "he" || words[h] == "she" { return lastPerson(before: h).map { [$0] } ?? [] }
        // "Le Temps, a daily that ...": an apposition names what it stands beside
        if d.syntax[h].label == .appos, let g = d.head(of: h), mentionCovering[g] >= 0 {
            return [d.mentions[mentionCovering[g]].entity]
        }
        // "the charity denied": the organisation last named
        if Self.groupNouns.contains(words[h]), d.dependents(of: h, .det).contains(where: { words[$0] == "the" }),
           !d.dependents(of: h).contains(where: { mentionCovering[$0] >= 0 }), let org = lastOrganisation(before: h) {
            return [org]
        }
        var stack = d.dependents(of: h).reversed().map { $0 }
        var first: Int? = nil
        while let t = stack.popLast() {
            switch d.syntax[t].label {
            case .relcl, .acl, .advcl, .ccomp, .conj, .cc, .punct, .parataxis: continue
            case .prep:
                // "members of X", "fighters from X", "forces loyal to X", "militants backed by X"; not "an attack by
                // jihadists against Malian forces" (another party) nor "police in Kabul" (a place)
                let w = words[t]
                let modifierHead = d.head(of: t).map { $0 != h && d.syntax[$0].pos != .NOUN && d.syntax[$0].pos != .PROPN } ?? false
                guard w == "of" || w == "from" || modifierHead && ["to", "with", "by"].contains(w) else { continue }
            default: break
            }
            if mentionCovering[t] >= 0 {
                // "a Louisiana sheriff's deputy": a place before a person noun says where they are from
                let origin = d.mentions[mentionCovering[t]].type == .location && t < h && Self.personNouns.contains(words[h])
                if !origin, first == nil || t < first! { first = t }
                continue
            }
            stack += d.dependents(of: t).reversed()
        }
        return first.map { [d.mentions[mentionCovering[$0]].entity] } ?? []
    }

    /// The words of a common noun phrase up to its head: determiners, numbers, adjectives and compounds before it
    /// ("a suicide bomber", "12 people", "unidentified gunmen"); nil for pronouns and names.
    func nounPhrase(_ h: Int) -> String? {
        guard d.syntax[h].pos == .NOUN, tokens[h].kind == .word, !inQuote[h] else { return nil }
        var lo = h
        for m in d.dependents(of: h) where m < h {
            switch d.syntax[m].label {
            case .det, .nummod, .amod, .compound, .quantmod, .poss, .advmod, .predet: lo = min(lo, m)
            default: continue
            }
        }
        // a number's own modifiers: "at least 12 people"
        for m in (lo..<h) where d.syntax[m].label == .nummod {
            for q in d.dependents(of: m) where q < lo && d.syntax[q].label == .quantmod { lo = q }
        }
        let text = d.string(tokens: lo..<(h + 1))
        return text.isEmpty ? nil : text
    }

    // MARK: place

    /// A LOC entity under a place preposition of the trigger, or of the verb the trigger hangs from.
    func parsedPlace(of t: Int) -> Int? {
        var current = t, hops = 0
        while hops < 3 {
            if let place = placeUnder(current) { return place }
            guard let h = d.head(of: current) else { return nil }
            let label = d.syntax[current].label
            // climb only where the head's place is the event's: a noun's light verb, a coordinated or participle verb
            guard label == .dobj && Self.lightVerbs.contains(words[h]) || label == .conj || label == .advcl
                || label == .pobj && hops == 0 else { return nil }
            current = h
            if label == .pobj, let g = d.head(of: h) { current = g }   // "in an attack in Kabul": over the preposition
            hops += 1
        }
        return nil
    }

    func placeUnder(_ t: Int) -> Int? {
        for (p, object) in d.prepositionalObjects(of: t) where Self.placePrepositions.contains(words[p]) {
            let span = d.subtree(of: object)
            for k in span where mentionCovering[k] >= 0 && d.mentions[mentionCovering[k]].type == .location {
                return d.mentions[mentionCovering[k]].entity
            }
        }
        return nil
    }

    static let personNouns: Set<String> = CAMEOLexicon.peopleNouns.union(victimNouns).union([
        "deputy", "deputies", "sheriff", "officer", "officers", "policeman", "policemen", "soldier", "soldiers",
        "tourist", "tourists", "national", "nationals", "citizen", "citizens", "man", "woman", "men", "women",
    ])
    static let personalPronouns: Set<String> = ["he", "she", "they", "him", "her", "them", "we", "us", "i", "me"]
    static let relativePronouns: Set<String> = ["who", "which", "that", "whom"]
    static let possessivePronouns: Set<String> = ["its", "their", "his", "her", "our", "my", "your"]
}
