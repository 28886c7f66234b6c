import NewsModel
import Syntax

/// Roles read from the dependency parse (`Document.syntax`), around the head token of each person mention:
///
/// - a title compounded before the name: "FCC chairman Ajit Pai", "British holidaymaker Cheryl Mellor", "Survivor
///   Allen Pembroke" (the nouns and adjectives that modify the name's head, up to the name);
/// - an apposition after the name ("Howard Stevens, counsel for TUI, said") or the noun the name is an apposition of
///   ("The gunman, Seifeddine Rezgui, was shot"): the noun phrase without its determiner, relative clauses,
///   participles, further appositions or coordinated phrases — a clean noun phrase, never the next clause;
/// - a copula: "X is the president of Y", "X, who was a spokesman for Y", "X became the head of Y";
/// - "X, who heads Y" -> "head of Y"; "X served as the force's spokesman" -> "the force's spokesman".
///
/// A trailing "in <place>" of a role is its place, not its text ("opposition leader in Russia" -> "opposition leader",
/// of Russia). The organisation or place of a role is the first organisation or place named in it, or the owner
/// before it ("Guatemala's social welfare agency"). Without a parse nothing is read here.
extension RoleReader {
    /// The mention's syntactic head: its token whose head lies outside the mention (the last such one).
    func headToken(of m: EntityMention) -> Int? {
        let syntax = document.syntax
        guard !syntax.isEmpty else { return nil }
        var result: Int? = nil
        for t in m.tokens where t < syntax.count {
            let h = syntax[t].head
            if h < 0 || !m.tokens.contains(h) { result = t }
        }
        return result
    }

    /// Every role the parse gives the person mention `mi`.
    func parsedRoles(_ mi: Int) -> [RoleMention] {
        guard let h = headToken(of: mentions[mi]) else { return [] }
        return compoundTitle(mi, head: h) + appositionRoles(mi, head: h) + predicateRoles(mi, head: h)
    }

    // MARK: - the title compounded before the name

    /// "FCC chairman Ajit Pai": the modifiers of the name's head that stand before the name, when the word right
    /// before the name is a noun that can be a role.
    func compoundTitle(_ mi: Int, head h: Int) -> [RoleMention] {
        let m = mentions[mi]
        let syntax = document.syntax
        let first = m.tokens.lowerBound
        var lo = first
        for d in document.dependents(of: h) where d < first {
            switch syntax[d].label {
            case .compound, .amod, .nmod, .nummod:
                lo = min(lo, document.subtree(of: d).lowerBound)
            default:
                continue
            }
        }
        guard lo < first, lo >= bounds.lowerBound else { return [] }
        var end = first
        while end > lo, Titles.isHonorific(tokens[end - 1].text) { end -= 1 }
        guard end > lo, isRoleNoun(end - 1, beforeName: true) else { return [] }
        // a name before the title is the role's organisation, or a person ("Trump adviser") kept in its text
        var start = lo
        var organisation: Int? = nil
        while start < end {
            let w = tokens[start].text.lowercased()
            if mentionOf[start] >= 0 {
                let other = mentions[mentionOf[start]]
                guard other.type != .person else { break }
                if organisation == nil { organisation = mentionOf[start] }
                // "Mali's leader": the owner is no part of the title
                var k = other.tokens.upperBound
                if k < end, isPossessive(tokens[k]) { k += 1; start = k; continue }
                break
            }
            if RoleReader.skippedDeterminers.contains(w) || tokens[start].kind == .punctuation { start += 1; continue }
            break
        }
        guard start < end, (start..<end).allSatisfy({ mentionOf[$0] < 0 || mentions[mentionOf[$0]].type != .person })
        else { return [] }
        // "British holidaymaker": the name before the title is its organisation, as with the word rules
        if mentionOf[start] >= 0, mentions[mentionOf[start]].tokens.upperBound < end {
            organisation = organisation ?? mentionOf[start]
            start = mentions[mentionOf[start]].tokens.upperBound
        }
        if organisation == nil {
            organisation = (start..<end).lazy.map { self.mentionOf[$0] }.first { $0 >= 0 && self.mentions[$0].type != .person }
        }
        return [role(m.entity, start..<end, organisation: organisation)]
    }

    /// A token that can end a role: a common noun, or a title word, party or rank written with a capital
    /// ("Democrat", "Sen."), or a capitalised noun at the start of the sentence ("Survivor Allen Pembroke"); no part
    /// of a name, no pronoun, no word of time.
    func isRoleNoun(_ t: Int, beforeName: Bool = false) -> Bool {
        guard t >= bounds.lowerBound, t < bounds.upperBound, t < document.syntax.count, mentionOf[t] < 0,
              tokens[t].kind == .word else { return false }
        let word = tokens[t].text
        let lower = word.lowercased()
        if RoleReader.notRoles.contains(lower) || Titles.isHonorific(word) { return false }
        if Titles.isHead(word) || RoleReader.capitalisedRoles.contains(lower) { return true }
        // "a Russian national", "a Republican": tagged as adjectives, heading the phrase
        if RoleReader.personWords.contains(lower), document.syntax[t].pos == .ADJ || document.syntax[t].pos == .NOUN {
            return document.syntax[t].tag != .NNS
        }
        switch document.syntax[t].pos {
        case .NOUN:
            return document.syntax[t].tag != .NNS && RoleReader.namesAPerson(lower)
        case .PROPN:
            // a capitalised common noun at the start of a sentence ("Rapper Wiz Khalifa")
            return beforeName && t == bounds.lowerBound && Demonyms.countries(of: word).isEmpty && !Gazetteer.isDemonym(word)
        default:
            return false
        }
    }

    // MARK: - appositions

    /// "Howard Stevens, counsel for TUI": the apposition of the name; "The gunman, Seifeddine Rezgui": the noun
    /// the name is an apposition of.
    func appositionRoles(_ mi: Int, head h: Int) -> [RoleMention] {
        let m = mentions[mi]
        let syntax = document.syntax
        var result: [RoleMention] = []
        for a in document.dependents(of: h, .appos) where a >= m.tokens.upperBound && isRoleNoun(a) {
            // "his counterpart, X, Secretary of State Y said": a title right before a name is that name's
            guard let phrase = rolePhrase(a), !startsPerson(phrase.range.upperBound) else { continue }
            result.append(role(m.entity, phrase.range, organisation: phrase.organisation))
            // "deputy speaker of the house and leader of the faction": a second role joined without a determiner
            // of its own ("and the police chief" is someone else)
            let joined = document.dependents(of: a, .conj)
                + phrase.range.flatMap { t in document.dependents(of: t, .conj).filter { Titles.isHead(tokens[$0].text) } }
            for c in joined where isRoleNoun(c) && document.dependents(of: c, .det, .poss).isEmpty {
                if let second = rolePhrase(c) { result.append(role(m.entity, second.range, organisation: second.organisation)) }
            }
        }
        if syntax[h].label == .appos, let p = document.head(of: h), p < m.tokens.lowerBound, isRoleNoun(p),
           let phrase = rolePhrase(p, excluding: document.subtree(of: h)), phrase.range.upperBound <= m.tokens.lowerBound {
            result.append(role(m.entity, phrase.range, organisation: phrase.organisation))
        }
        return result
    }

    // MARK: - copulas, relative clauses, "as"

    /// "X is the president of Y", "X, who is a spokesman for Y", "X, who heads Y", "X served as Y's envoy".
    func predicateRoles(_ mi: Int, head h: Int) -> [RoleMention] {
        let m = mentions[mi]
        let syntax = document.syntax
        var result: [RoleMention] = []
        // the name as the subject of a copula or of a verb of serving, also when the parse hangs the name on the
        // title before it ("Assistant Inspector General of Police Andrew Kaweesi served as ...")
        var subject = h
        while [.compound, .appos, .pobj, .prep].contains(syntax[subject].label), let t = document.head(of: subject),
              t < m.tokens.lowerBound, t >= bounds.lowerBound, mentionOf[t] < 0,
              Titles.isTitleWord(tokens[t].text) || tokens[t].text == "of" && syntax[subject].label == .pobj {
            subject = t
        }
        if syntax[subject].label == .nsubj || syntax[subject].label == .nsubjpass, let v = document.head(of: subject) {
            result += predicate(of: v, for: m.entity)
        }
        // "with Kai Mott as his deputy": "as" right after the name, hanging on the name, on "with" or on its verb
        var asHolders = [h]
        if syntax[h].label == .pobj, let w = document.head(of: h), tokens[w].text.lowercased() == "with" {
            asHolders.append(w)
            if let v = document.head(of: w) { asHolders.append(v) }
        }
        for holder in asHolders {
            for p in document.dependents(of: holder, .prep) where p == m.tokens.upperBound && tokens[p].text.lowercased() == "as" {
                for o in document.dependents(of: p, .pobj) where isRoleNoun(o) {
                    if let phrase = rolePhrase(o) { result.append(role(m.entity, phrase.range, organisation: phrase.organisation)) }
                }
            }
        }
        for r in document.dependents(of: h, .relcl) {
            let subject = document.dependents(of: r, .nsubj, .nsubjpass).first
            guard let subject, ["who", "that"].contains(tokens[subject].text.lowercased()) else { continue }
            result += predicate(of: r, for: m.entity)
            result += heads(r, for: m.entity)
        }
        return result
    }

    /// The role a verb gives its subject: the attribute of a copula ("is the president of Y"), the object of
    /// "as" ("served as Y"), the predicate of a naming verb ("was named ambassador").
    func predicate(of v: Int, for entity: Int) -> [RoleMention] {
        guard v >= bounds.lowerBound, v < bounds.upperBound, document.dependents(of: v, .neg).isEmpty,
              !isInsideQuote(v) else { return [] }
        let verb = tokens[v].text.lowercased()
        var result: [RoleMention] = []
        if RoleReader.copulaVerbs.contains(verb) {
            for a in document.dependents(of: v, .attr, .oprd) where a > v && isRoleNoun(a) && !isOpinion(a, of: v) {
                if let phrase = rolePhrase(a) { result.append(role(entity, phrase.range, organisation: phrase.organisation)) }
            }
        }
        if RoleReader.asVerbs.contains(verb) || RoleReader.copulaVerbs.contains(verb) {
            for p in document.dependents(of: v, .prep) where tokens[p].text.lowercased() == "as" {
                for o in document.dependents(of: p, .pobj) where isRoleNoun(o) {
                    if let phrase = rolePhrase(o) { result.append(role(entity, phrase.range, organisation: phrase.organisation)) }
                }
            }
        }
        return result
    }

    /// Whether token `t` stands between quote marks of its sentence: "Putin is a killer" in someone's quote is what
    /// that speaker thinks of him, no role.
    func isInsideQuote(_ t: Int) -> Bool {
        var marks = 0
        for k in bounds.lowerBound..<t where tokens[k].kind == .quote { marks += 1 }
        return marks % 2 == 1
    }

    /// A predicate that judges rather than names a role: a comparison ("a better leader than Obama") or a description
    /// someone else gives of the person ("O'Reilly said Putin is a killer", "Trump said he was a strong leader": an
    /// indefinite noun under a speech verb).
    func isOpinion(_ a: Int, of v: Int) -> Bool {
        let tree = document.subtree(of: a)
        if tree.contains(where: { tokens[$0].text.lowercased() == "than" || document.syntax[$0].tag == .JJR || document.syntax[$0].tag == .RBR }) {
            return true
        }
        let indefinite = document.dependents(of: a, .det).contains { ["a", "an"].contains(tokens[$0].text.lowercased()) }
        guard indefinite, document.syntax[v].label == .ccomp, let h = document.head(of: v) else { return false }
        return Lexicon.cueVerbs.contains(tokens[h].text.lowercased())
    }

    /// "X, who heads the Y": "head of the Y" (the organisation the verb's object names).
    func heads(_ v: Int, for entity: Int) -> [RoleMention] {
        guard let noun = RoleReader.headingVerbs[tokens[v].text.lowercased()] else { return [] }
        for o in document.dependents(of: v, .dobj) {
            // "who leads the team" is no office; "who heads the ministry" is
            guard o > v, let phrase = rolePhrase(o, keepDeterminer: true), phrase.organisation != nil else { continue }
            var result = role(entity, v..<phrase.range.upperBound, organisation: phrase.organisation)
            result.text = noun + " of " + document.string(tokens: phrase.range)
            return [result]
        }
        return []
    }

    // MARK: - the role's noun phrase

    /// The noun phrase headed by `n` as a role: its modifiers and prepositional tails, without a leading determiner
    /// (or owner), relative clauses, participles, appositions, coordinated phrases or anything after them, and
    /// without a trailing "in <place>" (the place becomes the organisation). Nil when it holds a quote or is longer
    /// than a role is.
    func rolePhrase(_ n: Int, excluding: Range<Int> = 0..<0, keepDeterminer: Bool = false)
        -> (range: Range<Int>, organisation: Int?)? {
        let syntax = document.syntax
        var lo = n, hi = n + 1
        var organisation: Int? = nil
        var place: Int? = nil
        for d in document.dependents(of: n) where !excluding.contains(d) {
            let label = syntax[d].label
            let tree = document.subtree(of: d)
            if d < n {
                switch label {
                case .det, .predet, .punct, .case, .cc, .preconj, .advmod:
                    if keepDeterminer, label == .det { lo = min(lo, tree.lowerBound) }
                case .poss:
                    if let owner = ownerMention(tree) { organisation = owner }
                    if keepDeterminer { lo = min(lo, tree.lowerBound) }
                    else if mentionOf[d] < 0, !["his", "her", "its", "their", "my", "our", "your"].contains(tokens[d].text.lowercased()) {
                        lo = min(lo, tree.lowerBound)   // "the force's spokesman"
                    }
                default:
                    lo = min(lo, tree.lowerBound)
                }
            } else {
                guard [.prep, .compound, .amod, .nummod, .nmod].contains(label) else { break }
                // "spokesman for years", "envoy since last year": time, not the role
                if label == .prep, document.dependents(of: d, .pobj).contains(where: { RoleReader.notRoles.contains(tokens[$0].text.lowercased()) })
                    || ["since", "until", "during"].contains(tokens[d].text.lowercased()) { break }
                if label == .prep, tokens[d].text.lowercased() == "in",
                   let object = document.dependents(of: d, .pobj).first, mentionOf[object] >= 0,
                   mentions[mentionOf[object]].type == .location {
                    place = mentionOf[object]       // "leader in Russia": the place, not the text
                    break
                }
                // a tail after words left out (a coordinated phrase, a clause) is no longer this role's: "minister of
                // defense and political science lecturer at the University" -> "minister of defense"
                if d > hi, (hi..<d).contains(where: { tokens[$0].kind == .word }) { break }
                hi = max(hi, cleanEnd(d))
            }
        }
        // a determiner or owner left inside by a modifier's subtree ("the Russian", "a top"), or an age ("a
        // 30-year-old motorcycle taxi driver")
        while lo < n, !keepDeterminer, RoleReader.skippedDeterminers.contains(tokens[lo].text.lowercased())
                || tokens[lo].kind == .punctuation || tokens[lo].text.lowercased().hasSuffix("-year-old") { lo += 1 }
        // "Dutch ambassador", "UN envoy": the name before the title is its organisation, as with titles before a name
        // ("the Syrian opposition's chief negotiator" keeps it: the name qualifies the owner, not the title)
        if !keepDeterminer, lo < n, mentionOf[lo] >= 0, mentions[mentionOf[lo]].type != .person,
           mentions[mentionOf[lo]].tokens.upperBound <= n,
           !tokens[mentions[mentionOf[lo]].tokens.upperBound..<n].dropFirst().contains(where: isPossessive) {
            organisation = organisation ?? mentionOf[lo]
            lo = mentions[mentionOf[lo]].tokens.upperBound
            if lo < n, isPossessive(tokens[lo]) { lo += 1 }
        }
        // a name is read whole ("the Office for West Africa and the Sahel")
        if hi > n + 1, mentionOf[hi - 1] >= 0 { hi = max(hi, mentions[mentionOf[hi - 1]].tokens.upperBound) }
        // another person's name, or a word glued to a verb by a dash ("Afghanistan-told"), ends the role
        if let stop = ((n + 1)..<hi).first(where: { startsPerson($0) || isGluedToAVerb(tokens[$0]) }) { hi = stop }
        while hi > n + 1, tokens[hi - 1].kind == .punctuation || RoleReader.tailPrepositions.contains(tokens[hi - 1].text.lowercased())
                || RoleReader.articles.contains(tokens[hi - 1].text.lowercased()) { hi -= 1 }
        guard lo >= bounds.lowerBound, hi <= bounds.upperBound, hi - lo <= 14, tokens[lo].kind != .number,
              !(tokens[lo].text.unicodeScalars.first.map { ("0"..."9").contains($0) } ?? false),
              !(lo..<hi).contains(where: { tokens[$0].kind == .quote || RoleReader.clauseBreaks.contains(tokens[$0].text) })
        else { return nil }
        if organisation == nil {
            organisation = (lo..<hi).lazy.map { self.mentionOf[$0] }.first { $0 >= 0 && self.mentions[$0].type != .person }
        }
        return (lo..<hi, organisation ?? place)
    }

    /// The end of a tail's phrase without its clauses: relative clauses, participles, clausal complements,
    /// appositions and coordinated phrases, with anything after them, are left out ("son of Indian immigrants who
    /// grew up in Kansas" -> "son of Indian immigrants").
    func cleanEnd(_ t: Int) -> Int {
        var hi = t + 1
        for d in document.dependents(of: t) where d > t {
            guard !RoleReader.clauseLabels.contains(document.syntax[d].label) else { break }
            hi = max(hi, cleanEnd(d))
        }
        return hi
    }

    static let clauseLabels: Set<DependencyLabel> = [
        .relcl, .acl, .advcl, .ccomp, .xcomp, .pcomp, .appos, .conj, .cc, .parataxis, .punct, .dep, .advmod,
    ]

    /// Whether the parse makes the name the object of a word before it ("critic of Vladimir Putin", "senator to
    /// endorse Donald Trump"): then the words before are no title of that name.
    func isObjectOfThePrecedingWord(_ mi: Int) -> Bool {
        let m = mentions[mi]
        guard let h = headToken(of: m), m.tokens.lowerBound > bounds.lowerBound, let governor = document.head(of: h)
        else { return false }
        // "a longtime critic of Vladimir Putin", "the first senator to endorse Donald Trump"
        guard governor == m.tokens.lowerBound - 1 else { return false }
        switch document.syntax[h].label {
        case .pobj: return document.syntax[governor].pos == .ADP
        case .dobj, .dative: return document.syntax[governor].tag.isVerb
        default: return false
        }
    }

    /// Whether a person's name starts at token `t`.
    func startsPerson(_ t: Int) -> Bool {
        t < bounds.upperBound && mentionOf[t] >= 0 && mentions[mentionOf[t]].type == .person
            && mentions[mentionOf[t]].tokens.lowerBound == t
    }

    /// The organisation or place that owns a role ("Guatemala's"), as a mention index.
    func ownerMention(_ tree: Range<Int>) -> Int? {
        tree.lazy.map { self.mentionOf[$0] }.first { $0 >= 0 && self.mentions[$0].type != .person }
    }

    /// A common noun that can say what a person is: a title, a kinship or social word, or a noun made to name a
    /// doer ("survivor", "holidaymaker", "defendant", "gunman", "critic", "advocate"); not "priority", "issue",
    /// "target" or "rule" (what the parse may put in apposition to a name without it being a role).
    static func namesAPerson(_ word: String) -> Bool {
        if Titles.isHead(word) || QuoteWords.personNouns.contains(word) || personWords.contains(word) { return true }
        let stem = word.split(separator: "-").last.map(String.init) ?? word
        if personWords.contains(stem) || QuoteWords.personNouns.contains(stem) { return true }
        guard stem.count >= 5 else { return false }
        return doerEndings.contains { stem.hasSuffix($0) } && !notDoers.contains(stem)
    }

    static let doerEndings = [
        "er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee", "eer", "ier", "yst", "ic", "ive",
        "ate", "ar", "mate",
    ]

    /// Words with a doer's ending that name no person.
    static let notDoers: Set<String> = [
        "order", "power", "number", "water", "matter", "letter", "paper", "border", "corner", "center", "quarter",
        "chapter", "winter", "summer", "error", "terror", "factor", "sector", "mirror", "horror", "labor", "labour",
        "floor", "door", "honor", "honour", "favor", "favour", "rumor", "rumour", "tumor", "event", "moment",
        "statement", "agreement", "government", "comment", "movement", "department", "element", "segment", "content",
        "talent", "incident", "accident", "percent", "extent", "intent", "payment", "argument", "treatment",
        "investment", "parliament", "management", "environment", "development", "settlement", "equipment",
        "plant", "grant", "giant", "servant", "restaurant", "topic", "traffic", "music", "public", "republic",
        "clinic", "panic", "logic", "debate", "climate", "estate", "mandate", "update", "senate", "state", "rate",
        "date", "template", "weather", "shelter", "twitter", "trigger", "manner", "banner", "dinner",
        "market", "target", "calendar", "dollar", "pillar", "radar", "seminar", "motive", "archive", "initiative",
        "alternative", "narrative", "perspective", "objective", "incentive", "offensive", "collective", "directive",
        "character", "theater", "theatre", "computer", "printer", "cluster", "poster", "disaster", "charter",
        "chamber", "member", "remainder", "wonder", "thunder", "powder", "ladder", "folder", "finger", "anger",
        "danger", "hunger", "tower", "flower", "shower", "answer", "reminder", "trailer", "container", "barrier",
        "carrier", "frontier",
    ]

    /// People's nouns without a doer's ending.
    static let personWords: Set<String> = [
        "son", "daughter", "wife", "husband", "mother", "father", "brother", "sister", "friend", "boyfriend",
        "girlfriend", "partner", "lord", "mogul", "host", "star", "aide", "ally", "rival", "nephew", "niece",
        "cousin", "uncle", "aunt", "widow", "heir", "citizen", "national", "suspect", "victim", "member", "child",
        "girl", "boy", "woman", "man", "veteran", "chef", "pilot", "soldier", "monk", "nun", "poet", "guard", "cop",
        "thief", "spy", "hero", "icon", "legend", "celebrity", "candidate", "delegate", "advocate", "graduate",
        "premier", "democrat", "republican", "liberal", "conservative", "nominee", "refugee", "migrant", "immigrant",
        "native", "resident", "counsel", "qc", "mp", "mep", "deputy", "envoy", "attorney", "colleague", "counterpart",
        "predecessor", "successor", "fan", "expert", "staff", "chief", "head", "boss", "dictator", "tycoon",
        "billionaire", "millionaire", "magnate", "mayor", "emir", "sheikh", "general", "captain", "private",
    ]

    /// Verbs that link a subject to what it is.
    static let copulaVerbs: Set<String> = [
        "is", "was", "are", "were", "be", "been", "being", "'s", "’s", "became", "becomes", "become", "remains",
        "remained",
    ]

    /// Capitalised words that say what a person is ("Delaware Democrat Chris Coons", "Sens. Mike Lee").
    static let capitalisedRoles: Set<String> = [
        "democrat", "republican", "sens.", "reps.", "sen", "rep", "qc", "mep", "mp",
    ]

    /// Nouns that never are a role on their own: time, quantity, and nouns the parse attaches as modifiers.
    static let notRoles: Set<String> = [
        "day", "days", "week", "weeks", "month", "months", "year", "years", "time", "times", "morning", "afternoon",
        "evening", "night", "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "one", "part", "lot", "number", "kind", "sort", "way", "thing", "things", "case",
        "statement", "interview", "report", "letter", "photo", "file", "video", "image", "picture", "people",
        "center", "centre", "left", "right", "pictured", "post", "pic", "source", "service", "caucus",
    ]

    /// Tokens that end a clause: a role holding one reads across it.
    static let clauseBreaks: Set<String> = [";", ":", "(", ")", "—", "–"]
}
