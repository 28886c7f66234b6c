import Syntax

/// How a date phrase hangs in the dependency parse: the chain of heads from the phrase up to the verb of its clause.
/// The date stage reads the verb's tense from it (which Tuesday "Tuesday" is); the event stage reads which event the
/// date belongs to (``EventDateAttachment``).
struct DatePath: Sendable, Hashable {
    /// The phrase's own head first, then each head above it, up to and including `verb`.
    var tokens: [Int]
    /// The verb the climb ended on; nil when it reached the sentence's root without meeting one.
    var verb: Int?
    /// The position in `tokens` of the first preposition that makes the date a bound of a span rather than the time
    /// of what its clause tells ("since 2011", "until Monday", "after Sunday's attack"); nil when there is none.
    var boundAt: Int?

    /// The tokens the date is the time of: the chain up to, not including, a bound preposition.
    var timed: ArraySlice<Int> { tokens[..<(boundAt ?? tokens.count)] }
}

/// The tense of a clause, as far as it fixes which way a weekday or a day of a month lies from the publication date.
enum ClauseTense: Sendable, Hashable {
    /// "was killed", "have arrested", "said": the date lies on or before the anchor
    case past
    /// "will be released", "would likely be released", "is due to arrive", "is meeting": on or after it
    case future
}

extension Document {
    /// The token of `range` whose head lies outside it: the head of the phrase.
    func phraseHead(_ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.upperBound <= syntax.count else { return nil }
        return range.first { t in head(of: t).map { !range.contains($0) } ?? true }
    }

    /// A verb or an auxiliary standing as a verb ("The attack was on Sunday": "was").
    func isClauseVerb(_ t: Int) -> Bool {
        let s = syntax[t]
        // a participle standing as a preposition ("following the attack", "including") is no clause, nor a gerund
        // under one ("including shelling by government forces"): they take the time of the verb above
        if s.label == .prep || s.label == .pcomp && s.tag == .VBG { return false }
        return s.pos == .VERB || s.pos == .AUX && (s.label == .root || s.label == .ccomp || s.label == .advcl
                                                   || s.label == .conj || s.label == .relcl)
    }

    /// The chain from the date phrase `range` up to its clause's verb; nil without a parse.
    func datePath(_ range: Range<Int>) -> DatePath? {
        guard let h = phraseHead(range) else { return nil }
        var path = DatePath(tokens: [h], verb: nil, boundAt: nil)
        var t = h
        while path.tokens.count < 12, let up = head(of: t) {
            path.tokens.append(up)
            if isClauseVerb(up) {
                path.verb = up
                break
            }
            if path.boundAt == nil, isBoundWord(up, own: path.tokens.count == 2) { path.boundAt = path.tokens.count - 1 }
            t = up
        }
        return path
    }

    /// A preposition making what hangs on it a bound of a span or another event's time ("since", "until", "after");
    /// "by", "from", "through", "between" only as a date's own preposition ("by Friday", not "killed by a bomb").
    func isBoundWord(_ t: Int, own: Bool) -> Bool {
        let s = syntax[t]
        guard s.label == .prep || s.label == .mark || s.label == .advmod || s.pos == .ADP || s.pos == .SCONJ else { return false }
        let word = tokens[t].text.lowercased()
        if DateSyntaxWords.boundPrepositions.contains(word) { return true }
        return own && DateSyntaxWords.ownBoundPrepositions.contains(word)
    }

    /// The verb of the clause holding `token`: the token itself when it is one, else the first verb above it.
    func clauseVerb(of token: Int) -> Int? {
        var t = token, hops = 0
        while hops < 12 {
            if isClauseVerb(t) { return t }
            guard let up = head(of: t) else { return nil }
            t = up
            hops += 1
        }
        return nil
    }

    /// The verb an open complement depends on: "tried to storm" is "tried"'s clause, "is due to arrive" is "due"'s.
    func governingVerb(of verb: Int) -> Int {
        var v = verb, hops = 0
        while hops < 4, syntax[v].label == .xcomp, let h = head(of: v) { v = clauseVerb(of: h) ?? h; hops += 1 }
        return v
    }

    /// The tense of `verb`'s clause, when it says which way in time the clause lies; nil for the present simple and
    /// bare forms ("meets", "released" as a modifier), which say nothing.
    func tense(of verb: Int) -> ClauseTense? {
        guard verb >= 0, verb < syntax.count else { return nil }
        let auxiliaries = dependents(of: verb, .aux, .auxpass).map { tokens[$0].text.lowercased() }
        if auxiliaries.contains(where: DateSyntaxWords.futureAuxiliaries.contains) { return .future }
        // "is due to take place", "is expected to be released", "plans to visit", "is to meet"
        var v = verb, hops = 0
        while hops < 4, syntax[v].label == .xcomp, let h = head(of: v) {
            let word = tokens[h].text.lowercased()
            if DateSyntaxWords.futureHeads.contains(word) { return .future }
            if syntax[h].tag == .VBD { return .past }
            v = h
            hops += 1
        }
        let tag = syntax[verb].tag
        if auxiliaries.contains(where: DateSyntaxWords.pastAuxiliaries.contains) { return .past }
        if tag == .VBD { return .past }
        // the present progressive tells of plans: "are meeting on Tuesday"
        if tag == .VBG, auxiliaries.contains(where: DateSyntaxWords.presentBe.contains) { return .future }
        return nil
    }

    /// Which way from the anchor a bare weekday, month or day of a month in `range` lies, read from the parse:
    /// the tense of the verb it is the time of ("will be released Tuesday", "was killed on Tuesday"); a date bound by
    /// "until" or "by" ("adjourned until Monday", "by Friday") lies ahead unless its clause is past; "ahead of
    /// Sunday's vote", "the upcoming Sunday vote" ahead; a date modifying a noun ("officials will investigate Tuesday's
    /// attack") behind. A clause whose tense says nothing gives nil: the caller's default holds. Nil without a parse.
    func dateDirection(_ range: Range<Int>) -> DateExpression.Direction? {
        guard let path = datePath(range) else { return nil }
        let words = path.tokens.map { tokens[$0].text.lowercased() }
        let clauseTense = path.verb.flatMap { self.tense(of: $0) }
        // "ahead of Sunday's vote", "the upcoming Sunday vote"
        if words.contains(where: DateSyntaxWords.aheadWords.contains) { return .onOrAfter }
        for t in path.tokens.dropFirst() where syntax[t].pos == .NOUN || syntax[t].pos == .PROPN {
            if dependents(of: t, .amod).contains(where: { DateSyntaxWords.aheadWords.contains(tokens[$0].text.lowercased()) }) {
                return .onOrAfter
            }
        }
        if let b = path.boundAt {
            let bound = words[b]
            // "since the July 15 coup attempt": what a span runs from lies behind
            if bound == "since" { return .onOrBefore }
            guard b == 1, DateSyntaxWords.forwardBounds.contains(bound) else { return nil }
            // "was adjourned until Monday": putting off points ahead whatever the tense
            if let v = path.verb, DateSyntaxWords.puttingOff.contains(tokens[v].text.lowercased()) { return .onOrAfter }
            return clauseTense == .past ? .onOrBefore : .onOrAfter
        }
        // the date is the verb's own time: on the verb itself, or through one preposition ("on Tuesday")
        let direct = path.tokens.count == 2 || path.tokens.count == 3 && syntax[path.tokens[1]].label == .prep
        // on a noun ("Tuesday's attack", "the attack on Tuesday"), the deed is told as done, whatever the verb above
        guard direct else { return .onOrBefore }
        guard let clauseTense else { return nil }
        return clauseTense == .future ? .onOrAfter : .onOrBefore
    }
}

/// The words the parse-reading of dates needs.
enum DateSyntaxWords {
    /// Prepositions after which a date bounds a span or times another event: "since 2011", "until Monday",
    /// "after Sunday's attack", "ahead of Sunday's vote", "by Friday".
    static let boundPrepositions: Set<String> = [
        "since", "until", "till", "after", "before", "following", "ahead", "prior",
    ]
    /// Bounds only as the date's own preposition: "by Friday", "from Sunday" (but "killed by a bomb on Sunday").
    static let ownBoundPrepositions: Set<String> = ["by", "from", "through", "between"]
    /// Bounds that face forward from a present or future clause: "until Monday", "by Friday", "before Monday".
    static let forwardBounds: Set<String> = ["until", "till", "by", "before"]
    static let futureAuxiliaries: Set<String> = ["will", "'ll", "shall", "wo", "would", "'d"]
    static let pastAuxiliaries: Set<String> = ["was", "were", "had", "did", "has", "have", "'ve"]
    static let presentBe: Set<String> = ["is", "are", "am", "'s", "'re", "'m"]
    /// Heads of an open complement that put it ahead: "due to arrive", "expected to be released", "set to meet".
    static let futureHeads: Set<String> = [
        "due", "expected", "scheduled", "set", "slated", "plans", "plan", "planned", "planning", "going", "intends",
        "intend", "aims", "aim", "hopes", "hope", "wants", "want", "likely", "poised", "ready", "is", "are",
    ]
    /// Words on a date's path that put it ahead: "ahead of Sunday's vote", "the upcoming Sunday election".
    static let aheadWords: Set<String> = ["ahead", "upcoming", "forthcoming", "coming"]
    /// Verbs of putting off: their "until" date lies ahead even in the past tense ("was adjourned until Monday").
    static let puttingOff: Set<String> = [
        "adjourned", "postponed", "delayed", "deferred", "suspended", "extended", "remanded", "put", "pushed", "moved",
        "adjourn", "postpone", "delay", "defer", "suspend", "extend", "remand",
    ]
}
