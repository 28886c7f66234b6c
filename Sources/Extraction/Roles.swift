import NewsModel

/// A role or title of a person, as the text gives it.
public struct RoleMention: Sendable, Hashable {
    /// The person: an index into `Document.entities`.
    public var entity: Int
    /// The role as written, without a leading determiner ("Defense Minister", "head of the junta").
    public var text: String
    /// Where the role is written.
    public var span: Span
    /// The organisation or place the role belongs to when the text says ("Malian Defense Minister" -> Mali,
    /// "UN Secretary-General" -> UN, "head of the junta in Mali" -> Mali): an index into `Document.entities`.
    public var organisation: Int?

    public init(entity: Int, text: String, span: Span, organisation: Int? = nil) {
        self.entity = entity
        self.text = text
        self.span = span
        self.organisation = organisation
    }
}

/// Roles and titles of persons, read around each person mention within its sentence:
///
/// - titles before the name: "Malian Defense Minister Sadio Camara" -> "Defense Minister" (of Mali),
///   "Brigadier General Charles Cleveland", "UN Secretary-General António Guterres" (of the UN), "Mali's leader X";
///   a run of titles is split where one title ends and another begins ("army spokesman Colonel X" -> "army spokesman",
///   "Colonel"); honorifics ("Mr.", "Dr.") are skipped;
/// - a title set off by commas before the name: "the Malian Defense Minister, Sadio Camara, praised";
/// - after the name, the parse's appositions, copulas and "as" (RoleParse.swift: "Amina J. Mohammed, Deputy
///   Secretary General of the United Nations", "X, the spokesman for Y", "X served as the force's spokesman"). A role's
///   tail ("of ...", "for ...") takes whole entity mentions and a few plain words, and stops at a comma, "and", "who",
///   a speech verb or any other clause word: a role never swallows the next clause. A trailing "in <place>" after an
///   "of"/"for" is the place, not the role text;
/// - a description of a head of government with no name ("the head of the junta in Mali"): given to the person only
///   when exactly one person of the document is called president (no other tie in the text is read).
///
/// Roles go into `Entity.roles` (distinct up to case, in order of appearance) and, with their organisation, into
/// ``Document/roles``.
struct RoleStage: ExtractionStage {
    func run(_ document: inout Document) {
        guard !document.entities.isEmpty, !document.mentions.isEmpty else { return }
        var reader = RoleReader(document)
        var roles: [RoleMention] = []
        let sentenceOf = document.sentenceIndexByToken()
        for (i, m) in document.mentions.enumerated() where m.type == .person && m.entity >= 0 {
            let s = sentenceOf[m.tokens.lowerBound]
            guard s >= 0, !document.sentences[s].isBoilerplate else { continue }
            reader.bounds = document.sentences[s].tokens
            // titles before the name: the word rules, unless the parse makes the name the object of the word
            // before it ("a longtime critic of Vladimir Putin"); after the name only the parse (RoleParse.swift)
            let before = reader.isObjectOfThePrecedingWord(i) ? [] : reader.titlesBefore(i)
            let parsed = reader.parsedRoles(i).filter { p in !before.contains { $0.span.overlaps(p.span) } }
            roles += before + parsed
        }
        roles += reader.descriptions(known: roles)
        roles.sort { ($0.span.start, $0.span.end, $0.entity) < ($1.span.start, $1.span.end, $1.entity) }
        var seen = Set<String>()
        for role in roles where role.entity < document.entities.count {
            if seen.insert("\(role.entity)|\(role.text.lowercased())").inserted {
                document.entities[role.entity].roles.append(role.text)
            }
        }
        document.roles = roles
    }
}

extension Span {
    func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }
}

/// Reads roles in the tokens of one sentence at a time (`bounds`).
struct RoleReader {
    let document: Document
    let tokens: [Token]
    let mentions: [EntityMention]
    /// Token -> the mention covering it, or -1.
    let mentionOf: [Int]
    var bounds: Range<Int> = 0..<0

    init(_ document: Document) {
        self.document = document
        tokens = document.tokens
        mentions = document.mentions
        var mentionOf = [Int](repeating: -1, count: document.tokens.count)
        for (i, m) in document.mentions.enumerated() {
            for t in m.tokens where t < mentionOf.count { mentionOf[t] = i }
        }
        self.mentionOf = mentionOf
    }

    static let tailPrepositions: Set<String> = ["of", "for", "at", "to", "in", "on"]
    static let articles: Set<String> = ["the", "a", "an"]
    static let skippedDeterminers: Set<String> = ["the", "a", "an", "his", "her", "its", "their"]
    /// Lower-case words that end a role's tail: they begin another clause or phrase.
    static let tailStops: Set<String> = Lexicon.phraseStops.subtracting(tailPrepositions)
        .union(Lexicon.cueVerbs).union(Lexicon.verbModifiers)
        .union(["since", "until", "where", "when", "while", "whose", "who", "which", "said", "says", "told", "amid",
                "following", "under", "against", "despite", "through", "then", "now", "there", "here", "this", "these",
                "those", "he", "she", "they", "it", "we", "i", "you", "last", "next", "yesterday", "today",
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])

    /// Frequent verbs that no role contains ("the head of the mission met envoys").
    static let verbs: Set<String> = [
        "met", "meets", "meet", "went", "goes", "go", "left", "leaves", "came", "comes", "come", "gave", "gives", "took",
        "takes", "made", "makes", "sent", "sends", "spoke", "speaks", "held", "holds", "got", "gets", "led", "leads",
        "won", "wins", "lost", "loses", "saw", "sees", "knew", "knows", "began", "begins", "ran", "runs", "became",
        "becomes", "brought", "brings", "thought", "felt", "kept", "keeps", "paid", "pays", "put", "puts", "set",
        "fled", "flees", "fell", "falls", "hit", "hits", "shot", "shoots", "killed", "kills", "arrived",
        "arrives", "visited", "visits", "received", "receives", "insisted", "remains", "remained", "stood", "stands",
        "faces", "faced", "wants", "wanted", "needs", "needed", "must", "says", "was", "is", "were", "are",
    ]

    // MARK: - titles before the name

    /// "Malian Defense Minister Sadio Camara", "Mali's leader X", "President of Mali X", and the title set off by
    /// commas ("the Malian Defense Minister, Sadio Camara,").
    func titlesBefore(_ mi: Int) -> [RoleMention] {
        let m = mentions[mi]
        let lo = bounds.lowerBound
        var k = m.tokens.lowerBound - 1
        if k >= lo, tokens[k].text == "," { return titleBeforeComma(mi, comma: k) }
        while k >= lo, mentionOf[k] < 0, Titles.isHonorific(tokens[k].text) { k -= 1 }
        let end = k + 1
        var organisation: Int? = nil
        while k >= lo {
            if mentionOf[k] < 0, tokens[k].kind == .word, Titles.isTitleWord(tokens[k].text) {
                k -= 1
                continue
            }
            // "Brexit Minister X", "Homeland Security Secretary X": a capitalised word before a minister's title
            if k + 1 < end, isPortfolio(k), (k + 1..<end).contains(where: { Titles.isPortfolioHead(tokens[$0].text) }) {
                k -= 1
                continue
            }
            // "Secretary of State X", "Minister for Foreign Affairs X"
            if mentionOf[k] < 0, tokens[k].text == "of" || tokens[k].text == "for", k + 1 < end, k - 1 >= lo,
               mentionOf[k - 1] < 0, Titles.isHead(tokens[k - 1].text) {
                k -= 1
                continue
            }
            // "President of Mali X": a place or organisation right before the name, after "of"
            if mentionOf[k] >= 0, k + 1 == end, organisation == nil {
                let other = mentions[mentionOf[k]]
                var of = other.tokens.lowerBound - 1
                if of - 1 >= lo, tokens[of].text == "the" { of -= 1 }
                if other.type != .person, other.tokens.upperBound == end, of - 1 >= lo,
                   ["of", "for", "in"].contains(tokens[of].text),
                   mentionOf[of - 1] < 0, Titles.isHead(tokens[of - 1].text) {
                    organisation = mentionOf[k]
                    k = of - 1
                    continue
                }
            }
            break
        }
        let start = k + 1
        guard start < end, tokens[end - 1].kind == .word,
              Titles.isHead(tokens[end - 1].text) || (start..<end).contains(where: { ["of", "for", "in"].contains(tokens[$0].text) })
        else { return longTitleBefore(mi, end: end) }
        // the organisation before the title: "Malian", "UN", "Mali's"
        if organisation == nil, k >= lo {
            if mentionOf[k] >= 0, mentions[mentionOf[k]].type != .person {
                organisation = mentionOf[k]
            } else if isPossessive(tokens[k]), k - 1 >= lo, mentionOf[k - 1] >= 0,
                      mentions[mentionOf[k - 1]].type != .person {
                organisation = mentionOf[k - 1]
            }
        }
        var result: [RoleMention] = []
        for segment in splitTitles(start..<end) {
            result.append(role(m.entity, segment, organisation: result.isEmpty ? organisation : nil))
        }
        // "poet and presidential candidate X": a second title joined by "and"
        if organisation == nil, k - 1 >= lo, tokens[k].text == "and", mentionOf[k - 1] < 0, Titles.isHead(tokens[k - 1].text) {
            var j = k - 1
            while j - 1 >= lo, mentionOf[j - 1] < 0, tokens[j - 1].kind == .word, Titles.isTitleWord(tokens[j - 1].text) { j -= 1 }
            result.insert(role(m.entity, j..<k, organisation: nil), at: 0)
        }
        return result
    }

    /// "Director of the BelaPAN news agency X", "chairman of the assembly's committee on legal affairs X": a head, a
    /// preposition and a tail of names and plain words (no comma, verb or clause word) that runs right up to the name.
    func longTitleBefore(_ mi: Int, end: Int) -> [RoleMention] {
        let m = mentions[mi]
        let lo = bounds.lowerBound
        var j = end - 1
        var organisation: Int? = nil
        // a capitalised word the tagger left out of the name ("Sheikh X") is no role's tail
        guard j >= lo, mentionOf[j] >= 0 || !isCapitalised(tokens[j].text) else { return [] }
        while j - 1 >= lo, end - j <= 12 {
            if mentionOf[j] >= 0 {
                let other = mentions[mentionOf[j]]
                guard other.type != .person else { return [] }
                organisation = mentionOf[j]
                j = other.tokens.lowerBound - 1
                continue
            }
            let t = tokens[j]
            let word = t.text.lowercased()
            if isPossessive(t) { j -= 1; continue }
            guard t.kind == .word || t.kind == .number, !isGluedToAVerb(t) else { return [] }
            if RoleReader.tailPrepositions.contains(word), j < end - 1, j - 1 >= lo, mentionOf[j - 1] < 0,
               Titles.isHead(tokens[j - 1].text), word != "in" || j < end - 2 {
                var s = j - 1
                while s - 1 >= lo, mentionOf[s - 1] < 0, tokens[s - 1].kind == .word, Titles.isTitleWord(tokens[s - 1].text) { s -= 1 }
                return [role(m.entity, s..<end, organisation: organisation)]
            }
            if word == "and" {
                // "legal affairs and human rights": only between plain words
                guard j + 1 < end, mentionOf[j + 1] < 0, !isCapitalised(tokens[j + 1].text) else { return [] }
            } else if RoleReader.tailStops.contains(word) || RoleReader.verbs.contains(word) || word.hasSuffix("ly") {
                return []
            }
            j -= 1
        }
        return []
    }

    /// "the Malian Defense Minister, Sadio Camara, praised": a role that ends at the comma before the name, from the
    /// nearest determiner (or the start of the sentence) from which it reads to the comma; the name must be closed
    /// by a comma, a bracket or the end of the sentence.
    func titleBeforeComma(_ mi: Int, comma: Int) -> [RoleMention] {
        let m = mentions[mi]
        let after = m.tokens.upperBound
        guard after >= bounds.upperBound || [",", ")", ".", ";", ":"].contains(tokens[after].text) else { return [] }
        var p = comma - 1
        let lowest = max(bounds.lowerBound, comma - 16)
        while p >= lowest - 1 {
            let start: Int?
            if p < bounds.lowerBound {
                start = bounds.lowerBound
            } else if RoleReader.articles.contains(tokens[p].text.lowercased()) || tokens[p].text == "," {
                start = p + 1
            } else {
                start = nil
            }
            if let start, let parsed = parse(from: start) {
                if parsed.end == comma { return [role(m.entity, parsed.range, organisation: parsed.organisation)] }
                // "a tribal chief and militia leader, X,"
                var next = parsed.end + 1
                if next < comma, RoleReader.articles.contains(tokens[next].text.lowercased()) { next += 1 }
                if parsed.end < comma, tokens[parsed.end].text == "and", parsed.range.upperBound == parsed.end,
                   let second = parse(from: next), second.end == comma {
                    return [role(m.entity, parsed.range, organisation: parsed.organisation),
                            role(m.entity, second.range, organisation: second.organisation)]
                }
            }
            p -= 1
        }
        return []
    }

    /// Splits a run of title words where one title ends and the next begins: after a head that does not join the
    /// next head ("Defense Minister | General"), and where a lower-case head meets a capitalised word ("army
    /// spokesman | Colonel").
    func splitTitles(_ range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        for j in (range.lowerBound + 1)..<max(range.lowerBound + 1, range.upperBound) {
            let previous = tokens[j - 1].text
            let word = tokens[j].text
            guard Titles.isHead(previous), Titles.isTitleWord(word) else { continue }
            let caseSwitch = !isCapitalised(previous) && isCapitalised(word)
            let joins = Titles.compoundFirst.contains(Titles.key(previous))
            if caseSwitch || !joins {
                result.append(start..<j)
                start = j
            }
        }
        result.append(start..<range.upperBound)
        // a piece without a head ("former") joins the next
        var merged: [Range<Int>] = []
        var pending: Int? = nil
        for piece in result {
            let lower = pending ?? piece.lowerBound
            if piece.contains(where: { Titles.isHead(tokens[$0].text) || tokens[$0].text == "of" }) {
                merged.append(lower..<piece.upperBound)
                pending = nil
            } else {
                pending = lower
            }
        }
        if let pending, let last = merged.popLast() { merged.append(min(pending, last.lowerBound)..<range.upperBound) }
        return merged
    }

    // MARK: - verbs the parse reads roles from (RoleParse.swift)

    /// "X, who heads the Y" -> "head of the Y".
    static let headingVerbs: [String: String] = [
        "heads": "head", "headed": "head", "leads": "leader", "led": "leader", "chairs": "chair", "chaired": "chair",
        "commands": "commander", "commanded": "commander", "directs": "director", "directed": "director",
    ]

    /// "X served as the force's spokesman", "X was named ambassador".
    static let asVerbs: Set<String> = [
        "served", "serves", "serving", "works", "worked", "working", "acts", "acted", "acting", "remains", "remained",
        "appointed", "named", "installed", "elected", "re-elected", "was", "is", "has", "been", "had",
    ]

    // MARK: - the role phrase

    /// A role phrase from `p`: an optional organisation ("Malian", "UN", "Mali's"), a run of title words ending in a
    /// head, and an optional tail ("of the United Nations", "for West Africa"). `end` is where the phrase reading
    /// stopped (the first token not read), `range` the role text's tokens (a trailing "in <place>" left out).
    func parse(from p: Int) -> (range: Range<Int>, end: Int, organisation: Int?)? {
        let hi = bounds.upperBound
        var j = p
        var organisation: Int? = nil
        guard j < hi else { return nil }
        if mentionOf[j] >= 0 {
            let mi = mentionOf[j]
            guard mentions[mi].tokens.lowerBound == j, mentions[mi].type != .person else { return nil }
            var k = mentions[mi].tokens.upperBound
            if k < hi, isPossessive(tokens[k]) { k += 1 }
            guard k < hi, mentionOf[k] < 0, Titles.isTitleWord(tokens[k].text) else { return nil }
            organisation = mi
            j = k
        }
        let runStart = j
        while j < hi {
            if mentionOf[j] < 0, tokens[j].kind == .word, Titles.isTitleWord(tokens[j].text) {
                j += 1
            } else if isPortfolio(j), let next = portfolioHead(after: j) {
                j = next
            } else {
                break
            }
        }
        guard j > runStart, Titles.isHead(tokens[j - 1].text) else { return nil }
        // a title right before a person's name is that person's title ("X, CNN's Chief Y")
        if j < hi, mentionOf[j] >= 0, mentions[mentionOf[j]].type == .person { return nil }
        var end = j
        var roleEnd = j
        if j < hi, RoleReader.tailPrepositions.contains(tokens[j].text.lowercased()) {
            var k = j
            var lowerRun = 0
            var afterName = false
            var lastPreposition = -1
            var prepositionsBefore = 0
            var placeAt: (preposition: Int, mention: Int)? = nil
            while k < hi, k - runStart < 20 {
                if mentionOf[k] >= 0 {
                    let mi = mentionOf[k]
                    guard mentions[mi].tokens.lowerBound == k, !isGluedToAVerb(tokens[k]) else { break }
                    // "Chairperson of the Russian Accounts Chamber Tatyana Golikova": another person's name ends it
                    if mentions[mi].type == .person, afterName { break }
                    if lastPreposition >= 0, tokens[lastPreposition].text.lowercased() == "in", prepositionsBefore > 1,
                       mentions[mi].type == .location, lastPreposition == k - 1 {
                        placeAt = (lastPreposition, mi)
                    } else {
                        placeAt = nil
                    }
                    if organisation == nil, mentions[mi].type != .person { organisation = mi }
                    k = mentions[mi].tokens.upperBound
                    roleEnd = k
                    lowerRun = 0
                    afterName = true
                    continue
                }
                let t = tokens[k]
                if isPossessive(t) { k += 1; continue }
                guard t.kind == .word || t.kind == .number else { break }
                let word = t.text.lowercased()
                if RoleReader.tailPrepositions.contains(word) {
                    afterName = false
                    lowerRun = 0
                    lastPreposition = k
                    prepositionsBefore += 1
                    k += 1
                    continue
                }
                if RoleReader.articles.contains(word) {
                    afterName = false
                    k += 1
                    continue
                }
                if RoleReader.tailStops.contains(word) { break }
                // "Afghanistan-told": a word glued to the next clause by a dash
                if isGluedToAVerb(t) { break }
                if isCapitalised(t.text) || t.kind == .number {
                    lowerRun = 0
                    afterName = true
                } else {
                    // a plain word after a name, or a verb-like word after a plain word, begins the next clause
                    if afterName || RoleReader.verbs.contains(word) || word.hasSuffix("ly") { break }
                    if lowerRun > 0, word.hasSuffix("ed") { break }
                    lowerRun += 1
                    if lowerRun > 4 { break }
                }
                placeAt = nil
                k += 1
                roleEnd = k
            }
            end = roleEnd
            if let placeAt {
                roleEnd = placeAt.preposition
                if organisation == nil || organisation == placeAt.mention { organisation = placeAt.mention }
            }
        }
        return (runStart..<roleEnd, end, organisation)
    }

    // MARK: - descriptions

    /// "The head of the junta in Mali": a head of a government named by description only, given to the one person
    /// of the document called president. Nothing when there is no such person or more than one, or when the
    /// description's place differs from the president's.
    mutating func descriptions(known: [RoleMention]) -> [RoleMention] {
        var presidents = Set<Int>()
        var presidentPlace: [Int: Int] = [:]
        for role in known {
            let text = role.text.lowercased()
            let words = text.split(whereSeparator: { $0 == " " || $0 == "-" })
            guard text.hasSuffix("president") || text == "head of state",
                  !words.contains(where: { $0 == "vice" || $0 == "former" || $0 == "ex" }) else { continue }
            presidents.insert(role.entity)
            if let place = role.organisation { presidentPlace[role.entity] = place }
        }
        guard presidents.count == 1, let president = presidents.first else { return [] }
        let taken = Set(known.map(\.span))
        var result: [RoleMention] = []
        for sentence in document.sentences where !sentence.isBoilerplate {
            bounds = sentence.tokens
            for k in sentence.tokens where RoleReader.articles.contains(tokens[k].text.lowercased()) && k + 1 < bounds.upperBound
                && Titles.descriptionHeads.contains(tokens[k + 1].text.lowercased()) {
                guard let parsed = parse(from: k + 1), parsed.range.count >= 3 else { continue }
                let words = parsed.range.map { tokens[$0].text.lowercased() }
                guard words[1] == "of", let last = words.last, Titles.governments.contains(last),
                      words.dropFirst(2).allSatisfy({ $0 == "the" || Titles.isModifier($0) || Titles.governments.contains($0) })
                else { continue }
                let candidate = role(president, parsed.range, organisation: parsed.organisation)
                guard !taken.contains(candidate.span) else { continue }
                // the description must not stand next to a name (that is an apposition, read above)
                if parsed.end < bounds.upperBound, tokens[parsed.end].text == ",", parsed.end + 1 < bounds.upperBound,
                   mentionOf[parsed.end + 1] >= 0, mentions[mentionOf[parsed.end + 1]].type == .person { continue }
                // the places must not differ, and a president of a named country needs a description that names it
                if let known = presidentPlace[president], candidate.organisation != known { continue }
                result.append(candidate)
            }
        }
        return result
    }

    // MARK: - helpers

    func role(_ entity: Int, _ range: Range<Int>, organisation mention: Int?) -> RoleMention {
        let span = Span(start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end)
        var organisation: Int? = nil
        if let mention, mentions[mention].entity >= 0 {
            let e = mentions[mention].entity
            organisation = document.demonymCountry[e] ?? e
        }
        return RoleMention(entity: entity, text: document.string(span), span: span, organisation: organisation)
    }

    /// A capitalised word that may name a ministry's field ("Brexit", "Homeland", "Sports"): no entity, no function
    /// word, no demonym.
    func isPortfolio(_ k: Int) -> Bool {
        guard k >= bounds.lowerBound, k < bounds.upperBound, mentionOf[k] < 0, tokens[k].kind == .word,
              isCapitalised(tokens[k].text), !tokens[k].text.contains("-"), !Lexicon.nonNames.contains(tokens[k].text),
              Demonyms.countries(of: tokens[k].text).isEmpty, !Titles.isTitleWord(tokens[k].text) else { return false }
        return true
    }

    /// After a field word at `k`: the end of the title run when more field words and then title words ending in a
    /// minister's or secretary's head follow ("Homeland Security Secretary").
    func portfolioHead(after k: Int) -> Int? {
        var j = k + 1
        while j < bounds.upperBound, j - k <= 3, isPortfolio(j) { j += 1 }
        var end: Int? = nil
        while j < bounds.upperBound, mentionOf[j] < 0, Titles.isTitleWord(tokens[j].text) {
            j += 1
            if Titles.isPortfolioHead(tokens[j - 1].text) { end = j }
        }
        return end
    }

    /// "Afghanistan-told": a capitalised word joined by a dash to a lower-case one.
    func isGluedToAVerb(_ token: Token) -> Bool {
        guard token.text.contains("-"), isCapitalised(token.text), let last = token.text.split(separator: "-").last
        else { return false }
        return !isCapitalised(String(last)) && last.count > 2 && !last.hasSuffix("based") && !last.hasSuffix("led")
    }

    func isPossessive(_ token: Token) -> Bool {
        guard let first = token.text.unicodeScalars.first, Chars.isApostrophe(first) else { return false }
        let rest = token.text.unicodeScalars.dropFirst()
        return rest.isEmpty || (rest.count == 1 && (rest.first == "s" || rest.first == "S"))
    }

    func isCapitalised(_ word: String) -> Bool { word.unicodeScalars.first.map(Chars.isUpper) ?? false }
}
