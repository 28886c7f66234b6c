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
                  let path = d.datePath(range) else { continue }
            let link: Link
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
            let distance = range.lowerBound >= trigger.upperBound ? range.lowerBound - trigger.upperBound
                : max(0, trigger.lowerBound - range.upperBound)
            let choice = Choice(date: index, link: link)
            if let b = best, (b.choice.link, -b.distance) >= (link, -distance) { continue }
            best = (choice, distance)
        }
        return best?.choice
    }

    /// Whether a bound preposition ("after", "since", "until", "following") stands between a token and its verb.
    static func boundBetween(_ token: Int, and verb: Int?, in d: Document) -> Bool {
        guard let verb else { return false }
        var t = token, hops = 0
        while hops < 12, let up = d.head(of: t), up != verb {
            if d.isBoundWord(up, own: d.head(of: up) == verb) { return true }
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
}
