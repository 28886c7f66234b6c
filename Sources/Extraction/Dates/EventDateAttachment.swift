import NewsModel
import Syntax

/// Which date of a sentence tells when an event happened, read from the dependency parse rather than from which date
/// is nearest: "Dokuchaev was arrested in a Russian sweep in December and accused of spying" dates the arrest
/// (December hangs on "sweep", under "arrested"), "Police said on Tuesday that gunmen killed 12" does not date the
/// killing (Tuesday is the saying's), "The ceasefire was broken last April when dozens were killed" dates the killing
/// (a "when" clause shares its head's time), "has killed 300 since 2011" and "was arrested after Sunday's attack" give
/// the verb no date (a bound of a span, another event's time).
///
/// Links, strongest first:
/// - **direct**: the trigger is on the date's chain of heads ("killed on Sunday", "Sunday's attack", "the attack on
///   Sunday", "arrested Tuesday morning") before any bound preposition;
/// - **clause**: the date is the time of the verb of the trigger's clause ("carried out an attack on Sunday"); open
///   complements count as their governing verb's clause ("tried to storm the base on Sunday");
/// - **shared**: the trigger's clause and the date's are one time: a "when"/"as"/"while" clause and its head,
///   coordinated verbs ("stormed the hotel on Sunday and killed 12"), a relative clause on the date's noun ("an attack
///   on Sunday that killed 12").
/// - a "since" date is the start of a deed told as going on ("rebels have seized 11 villages since Tuesday"), at the
///   weakest link, so a date of its own wins.
/// Among dates of one link, the nearest to the trigger. A date inside an entity's name ("Euro 2016") is none.
enum EventDateAttachment {
    enum Link: Int, Comparable, Sendable {
        case shared = 1, clause = 2, direct = 3
        static func < (a: Link, b: Link) -> Bool { a.rawValue < b.rawValue }
    }

    struct Choice: Sendable, Hashable {
        /// Index into `Document.dates`.
        var date: Int
        var link: Link
    }

    /// The date of the event whose trigger covers the tokens `trigger`, among the dates of `sentence` (a token range);
    /// nil when the parse links none to it, or the document has no parse.
    static func date(of trigger: Range<Int>, sentence: Range<Int>, in d: Document) -> Choice? {
        guard !d.syntax.isEmpty, let t = d.phraseHead(trigger.clamped(to: sentence)) else { return nil }
        guard let first = sentence.first, let last = sentence.last else { return nil }
        let lo = d.tokens[first].start, hi = d.tokens[last].end
        let triggerVerb = d.clauseVerb(of: t)
        let triggerClause = triggerVerb.map { d.governingVerb(of: $0) }
        // a trigger under "after", "since" ... ("was arrested after the attack") times another event, not its verb's
        let triggerBound = boundBetween(t, and: triggerVerb, in: d)
        var best: (choice: Choice, distance: Int)?
        for (index, mention) in d.dates.enumerated() where mention.start >= lo && mention.end <= hi {
            guard let range = TokenSpans.range(mention.start, mention.end, in: d.tokens), !insideName(range, d),
                  var path = d.datePath(range) else { continue }
            // "Since February 17, rallies have been taking place": an ongoing deed dates from its start, though any
            // date of its own comes first
            var cap = Link.direct
            if let b = path.boundAt, d.tokens[path.tokens[b]].text.lowercased() == "since", let v = triggerVerb,
               path.verb == v, ongoing(v, d) {
                path.boundAt = nil
                cap = .shared
            }
            var link: Link
            if path.timed.contains(t) {
                link = .direct
            } else if path.boundAt != nil || triggerBound || triggerVerb == nil {
                continue
            } else if let v = path.verb, let tc = triggerClause, d.governingVerb(of: v) == tc {
                link = .clause
            } else if let v = path.verb, let tv = triggerVerb, shareTime(tv, v, path: path, in: d) {
                link = .shared
            } else {
                continue
            }
            link = min(link, cap)
            let distance = range.lowerBound >= trigger.upperBound ? range.lowerBound - trigger.upperBound
                : max(0, trigger.lowerBound - range.upperBound)
            let choice = Choice(date: index, link: link)
            if let b = best, (b.choice.link, -b.distance) >= (link, -distance) { continue }
            best = (choice, distance)
        }
        return best?.choice
    }

    /// Whether an event the parse links to no date may still take a date of its sentence by the older rules (the
    /// nearest trigger of the clause, the date no clause claimed): not inside a relative clause ("the house where the
    /// attack took place remains sealed off today") and not under a bound preposition ("arrested after the attack").
    /// Nor with the date of its report: "Police said on Tuesday that gunmen killed 12".
    /// `deed`: the event is a material deed (an incident), not a statement, whose own time is its report's.
    static func mayTakeSentenceDate(_ trigger: Range<Int>, date: Range<Int>, deed: Bool = true, in d: Document) -> Bool {
        guard !d.syntax.isEmpty, let t = d.phraseHead(trigger) else { return true }
        guard let verb = d.clauseVerb(of: t) else { return true }
        if d.syntax[verb].label == .relcl || d.syntax[verb].label == .acl { return false }
        if boundBetween(t, and: verb, in: d) { return false }
        if deed, let v = d.datePath(date)?.verb, v != verb, DateSyntaxWords.reporting.contains(d.tokens[v].text.lowercased()) {
            return false
        }
        return true
    }

    /// "At least 20 people have been killed", "Security forces are engaged in clashes": the trigger's own clause is
    /// in the present perfect or present (its verb, or the verb it hangs on through at most one preposition, has
    /// "has", "have", "is", "are"), so an undated lead tells of the day of publication. "Police have renewed their
    /// appeal for information on a murder" is not the murder's tense.
    static func toldInPresentPerfect(_ trigger: Range<Int>, in d: Document) -> Bool {
        guard let t = d.phraseHead(trigger), let verb = d.clauseVerb(of: t) else { return false }
        var hops = 0, x = t
        while x != verb, let up = d.head(of: x) {
            if d.syntax[up].label == .prep || d.syntax[up].pos == .ADP { hops += 1 }
            if d.syntax[up].pos == .NOUN || d.syntax[up].pos == .PROPN { hops += 1 }
            x = up
        }
        guard hops <= 1 else { return false }
        // "Putin has offered condolences on the mosque attack": a noun under a preposition is what the perfect is
        // about, not its deed ("An attack has killed 20": the noun is the subject, and the perfect its own)
        if d.syntax[t].pos == .NOUN, hops > 0 { return false }
        return d.dependents(of: verb, .aux, .auxpass).contains {
            DateSyntaxWords.presentAuxiliaries.contains(d.tokens[$0].text.lowercased())
        }
    }

    /// A deed told as going on: the perfect or a progressive ("have seized", "have been taking place"), so a "since"
    /// date is its start; "the deadliest attack since 2019" is a comparison, not a start.
    static func ongoing(_ verb: Int, _ d: Document) -> Bool {
        d.dependents(of: verb, .aux, .auxpass).contains {
            ["has", "have", "'ve", "had"].contains(d.tokens[$0].text.lowercased())
        } || d.syntax[verb].tag == .VBG
    }

    /// Whether a bound preposition ("after", "since", "until", "following") stands between a token and its verb.
    static func boundBetween(_ token: Int, and verb: Int?, in d: Document) -> Bool {
        guard let verb else { return false }
        var t = token, hops = 0
        while hops < 12, let up = d.head(of: t), up != verb {
            if d.isBoundWord(up, own: false) { return true }
            t = up
            hops += 1
        }
        return false
    }

    /// One time for two clauses: a "when"/"as"/"while" clause and its head, coordinated verbs, or a relative or
    /// participial clause on a noun the date hangs on.
    static func shareTime(_ a: Int, _ b: Int, path: DatePath, in d: Document) -> Bool {
        func simultaneous(_ sub: Int, under head: Int) -> Bool {
            guard d.head(of: sub) == head, d.syntax[sub].label == .advcl else { return false }
            return d.dependents(of: sub, .advmod, .mark).contains {
                DateSyntaxWords.simultaneity.contains(d.tokens[$0].text.lowercased())
            }
        }
        // "reported renewed violence as forces clashed": a report's time is not the deed's
        if DateSyntaxWords.reporting.contains(d.tokens[a].text.lowercased())
            || DateSyntaxWords.reporting.contains(d.tokens[b].text.lowercased()) { return false }
        if simultaneous(a, under: b) || simultaneous(b, under: a) { return true }
        if d.syntax[a].label == .conj, d.head(of: a) == b { return true }
        if d.syntax[b].label == .conj, d.head(of: b) == a, !d.dependents(of: a, .nsubj, .nsubjpass).isEmpty { return true }
        // "an attack on Sunday that killed 12": the relative clause's noun carries the date
        if d.syntax[a].label == .relcl || d.syntax[a].label == .acl, let noun = d.head(of: a), path.timed.contains(noun) {
            return true
        }
        return false
    }

    /// A date inside an entity's name ("Euro 2016", "Vision 2030") dates nothing.
    static func insideName(_ range: Range<Int>, _ d: Document) -> Bool {
        d.mentions.contains { $0.tokens.overlaps(range) && $0.tokens.count > range.count }
    }
}

extension DateSyntaxWords {
    /// Subordinators of a clause that happens at its head's time: "when dozens were killed", "as troops advanced".
    static let simultaneity: Set<String> = ["when", "as", "while", "whilst", "during"]
    static let presentAuxiliaries: Set<String> = ["has", "have", "is", "are", "'s", "'re", "'ve", "am"]
    /// Verbs of saying and reporting: their date is when it was told.
    static let reporting: Set<String> = [
        "said", "says", "say", "told", "tells", "reported", "reports", "announced", "announces", "confirmed", "confirms",
        "added", "stated", "claimed", "claims", "quoted", "cited", "wrote", "tweeted", "noted", "according", "report",
        "tell", "announce", "confirm",
    ]
}
