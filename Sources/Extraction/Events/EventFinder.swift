import NewsModel

/// Who did what to whom, coded with CAMEO root codes (see ``CAMEOLexicon``).
///
/// One pass over the tokens of each sentence that is not boilerplate, outside direct quotes (a speaker's words are
/// the quote stage's): at each trigger phrase (longest first, three words to one; never inside an entity name),
/// - **negation and complements** are skipped: "did not attack", "never met", "no one was killed", "denied attacking",
///   "threatened to attack" (the threat is the event, not the attack). Future and hypothetical forms ("will meet",
///   "plans to visit") are kept;
/// - **verb or noun**: "-ing" forms and words like "attack", "visit", "talks" are verbs after a subject (a name, a
///   pronoun, an auxiliary, "gunmen", ",") and nouns otherwise;
/// - **active verb**: the actor is the subject entity before the trigger in its clause (entities after a preposition,
///   as in "the head of the junta in Mali", are not subjects; "Mali, which welcomed" reaches back over "which"; "he"
///   is the last person named), targets are the object entity after it, with those coordinated by "and" or a comma;
/// - **passive verb** ("42 Malian soldiers were killed", "49 Ivorian soldiers detained in Bamako"): targets before,
///   actors from "by X";
/// - **noun**: actors from "between X and Y", "by X", "X's", or the subject of a light verb ("X and Y had a telephone
///   conversation", "X held talks"); targets from "on", "against", "with", "of";
/// - a subject that holds a person's role ("the head of the junta", from the role stage) adds that person as actor.
///
/// Context the lexicon asks for: "delivered", "handed", "sent", "supplied" code 07 only with aid, equipment or
/// weapons near; "received" is 04 with a person or organisation as object and 07 with aid ("Bamako received new
/// military equipment from its Russian ally": actor from "from X", the recipient as target, and as place when it is a
/// LOC); "released" needs people; "signed" needs an agreement.
///
/// Each event then takes, from its own sentence: the place (a LOC entity after in/at/near, or right before a nominal
/// trigger as in "the Tessit attack", or the count's place); the date (a date mention of the same clause: clauses are
/// cut at "after", "before", "since", "which", ";"..., so in "the meeting was held days after 42 soldiers were
/// killed on Sunday" the Sunday is the killing's); "on Wednesday, August 10, the day after Bamako received ..." dates
/// the receiving a day earlier; a sentence opening with "Later", "Meanwhile", "The same day" takes the previous
/// sentence's date; fatalities (KILL), injured (WOUND) and the arrested or kidnapped (ARREST, KIDNAP) from the count
/// stage's counts of the sentence, each count given to the nearest event it fits. A count that no trigger of its
/// sentence takes is an event of its own ("52 dead in Tessit": 18).
///
/// Attribution: "The Malian army incriminates the Islamic State in the Greater Sahara", "blamed X", "X claimed
/// responsibility" make X the actor of a violent event without one in the same or the two sentences before (else a
/// blame is an 11 event).
///
/// Merging: events of one family (18/19/20 together, 06/07 together, 04 only within "meet" or "phone") merge when
/// nothing conflicts (place, date (one may be a prefix of the other), fatalities, actors) and something ties them:
/// the same sentence, at most two sentences apart, a shared date, place or entity, or a definite noun ("the
/// conversation", "this meeting"). A merged event keeps the first mention's sentence and trigger, the code of the
/// strongest trigger ("attack" over "killed"), the union of actors and targets.
///
/// The title: its words have no offsets in the text, so it yields no events of its own; ``HeadlineEventStage`` runs
/// the stages over it and completes the body's events that tell the same deed.
///
/// Not handled: pronoun targets ("They are accused"); events told only inside quotes; modality (a planned meeting is coded as a
/// meeting).
struct EventStage: ExtractionStage {
    func run(_ document: inout Document) {
        var finder = EventFinder(document)
        document.events = finder.find()
        CapitalActors.apply(&document)   // "Moscow imposed sanctions": the country acts
    }
}

struct EventFinder {
    let d: Document
    let tokens: [Token]
    /// Lower-cased token texts.
    let words: [String]
    var mentionStarting: [Int]
    var mentionEnding: [Int]
    var mentionCovering: [Int]
    var inQuote: [Bool]
    /// The speaker's entity of the quote holding each token (-1 outside quotes or with no named speaker).
    var quoteSpeaker: [Int]
    let sentenceOf: [Int]
    var datesBySentence: [Int: [(tokens: Range<Int>, value: String, day: Bool)]] = [:]
    var countsBySentence: [Int: [(tokens: Range<Int>, count: CountMention)]] = [:]
    let entityIndexByID: [String: Int]
    /// Multi-word roles of people ("head of the junta") as word lists.
    var roles: [(words: [String], entity: Int)] = []

    /// Events merged so far, in order.
    var events: [Candidate] = []

    struct Candidate {
        var root: CAMEORoot
        var group: String
        var weight: Int
        var range: Range<Int>
        /// Triggers folded into this one ("the bombing ... that killed 300": "killed"), for the nearest-trigger rules.
        var alsoRanges: [Range<Int>] = []
        var sentence: Int
        var lastSentence: Int
        var segment: Int = 0
        var nominal: Bool = false
        var anaphoric: Bool = false
        /// A verb whose doer or victim is named by a common noun ("police arrested", "the rebels dismissed", "people
        /// were killed"): an event even with no entity.
        var namedByNoun: Bool = false
        /// The first letters of the trigger words merged in ("attac", "kill"): the same deed told again.
        var stems: Set<String> = []
        /// The sentences of the mentions merged in (besides `sentence`).
        var sentences: Set<Int> = []
        var actors: [Int] = []
        var targets: [Int] = []
        /// Unnamed doers and victims as their noun phrases ("gunmen", "a suicide bomber").
        var actorPhrases: [String] = []
        var targetPhrases: [String] = []
        var location: Int? = nil
        /// The place the parse attaches to the trigger: taken when the words leave the event without one (after
        /// merging, so a town and its city told in two sentences do not keep one incident apart).
        var parsedPlace: Int? = nil
        var date: String? = nil
        var fatalities: Int? = nil
        var injured: Int? = nil
        var count: Int? = nil
        var participants: [Int] { actors + targets }
    }

    init(_ document: Document) {
        d = document
        tokens = document.tokens
        words = document.tokens.map { $0.kind == .word ? $0.text.lowercased() : $0.text }
        let n = document.tokens.count
        mentionStarting = [Int](repeating: -1, count: n)
        mentionEnding = [Int](repeating: -1, count: n)
        mentionCovering = [Int](repeating: -1, count: n)
        for (index, m) in document.mentions.enumerated()
        where !m.tokens.isEmpty && m.tokens.upperBound <= n && m.entity >= 0 && m.entity < document.entities.count {
            mentionStarting[m.tokens.lowerBound] = index
            mentionEnding[m.tokens.upperBound - 1] = index
            for t in m.tokens { mentionCovering[t] = index }
        }
        inQuote = [Bool](repeating: false, count: n)
        quoteSpeaker = [Int](repeating: -1, count: n)
        sentenceOf = document.sentenceIndexByToken()
        var ids: [String: Int] = [:]
        for (index, e) in document.entities.enumerated() { ids[e.id] = index }
        entityIndexByID = ids
        for q in document.quotes {
            guard let range = tokenRange(q.start, q.end) else { continue }
            let speaker = q.speaker.flatMap { ids[$0] } ?? -1
            for t in range {
                inQuote[t] = true
                quoteSpeaker[t] = speaker
            }
        }
        for date in document.dates {
            guard let range = tokenRange(date.start, date.end), sentenceOf[range.lowerBound] >= 0 else { continue }
            datesBySentence[sentenceOf[range.lowerBound], default: []].append((range, date.value, date.granularity == .day))
        }
        // a toll of a war or a period is no incident's toll, and no incident of its own
        for count in document.counts where !count.isCumulative {
            guard let range = tokenRange(count.start, count.end), sentenceOf[range.lowerBound] >= 0 else { continue }
            countsBySentence[sentenceOf[range.lowerBound], default: []].append((range, count))
        }
        for (index, e) in document.entities.enumerated() where e.type == .person {
            for role in e.roles {
                let parts = role.lowercased().split(separator: " ").map(String.init)
                if parts.count >= 3, parts.contains("of") { roles.append((parts, index)) }
            }
        }
    }

    /// The tokens lying inside a span of scalar offsets.
    func tokenRange(_ start: Int, _ end: Int) -> Range<Int>? {
        TokenSpans.range(start, end, in: tokens)
    }

    // MARK: the document

    mutating func find() -> [Event] {
        for (s, sentence) in d.sentences.enumerated() where !sentence.isBoilerplate {
            let range = sentence.tokens.clamped(to: 0..<tokens.count)
            guard !range.isEmpty else { continue }
            scanSentence(s, range)
        }
        attachContextDates()
        // who did what to whom: an event that names nobody, no place and no number ("the talks", "fighting", "an
        // investigation") says too little to be kept; a verb with its doer or victim in a common noun is kept
        return events.filter { c in
            !c.actors.isEmpty || !c.targets.isEmpty || c.location != nil || c.fatalities != nil || c.injured != nil
                || c.count != nil || c.namedByNoun || !(countsBySentence[c.sentence] ?? []).isEmpty
        }.map(makeEvent)
    }

    func makeEvent(_ c: Candidate) -> Event {
        let ids = { (list: [Int]) in list.map { self.d.entities[$0].id } }
        let targets = c.targets.filter { !c.actors.contains($0) }
        var event = Event(cameo: c.root.code, label: c.root.label, trigger: d.string(tokens: c.range),
                     actors: ids(c.actors), targets: ids(targets), location: (c.location ?? c.parsedPlace).map { d.entities[$0].id },
                     date: c.date, fatalities: c.fatalities, sentence: c.sentence, injured: c.injured, count: c.count,
                     start: tokens[c.range.lowerBound].start, end: tokens[c.range.upperBound - 1].end,
                     sentences: c.sentences.subtracting([c.sentence]).isEmpty ? nil : c.sentences.union([c.sentence]).sorted())
        // a phrase only where no entity stands on that side
        if c.actors.isEmpty, !c.actorPhrases.isEmpty { event.actorPhrases = c.actorPhrases }
        if targets.isEmpty, !c.targetPhrases.isEmpty { event.targetPhrases = c.targetPhrases }
        return event
    }

    // MARK: one sentence

    /// One sentence: its clauses, its triggers, an event candidate per trigger, then the dates, places and counts of
    /// the sentence given to them, the candidates merged, and the attributions ("X claimed responsibility") read.
    mutating func scanSentence(_ s: Int, _ range: Range<Int>) {
        let clauses = EventClauses(range, words: words, inQuote: inQuote)
        let (found, attributions) = findTriggers(in: range)
        let triggerStarts = Set(found.map(\.range.lowerBound))

        var candidates: [Candidate] = []
        for (trigger, trange) in found {
            guard var c = candidate(trigger, trange, sentence: s, sentenceRange: range,
                                    bounds: clauses.bounds(of: trange.lowerBound), triggerStarts: triggerStarts) else {
                continue
            }
            c.segment = clauses.segment(of: trange.lowerBound)
            candidates.append(c)
        }
        foldRelativeClauses(&candidates)
        attachDates(&candidates, sentence: s, range: range, clauses: clauses)
        attachPlaces(&candidates, range: range, clauses: clauses)
        attachCounts(&candidates, sentence: s, clauses: clauses)
        mergeWithinSentence(candidates)
        readAttributions(attributions, sentence: s, clauses: clauses, triggerStarts: triggerStarts)
    }

    /// The candidate nearest to a token range among those that pass `filter` (ties to the one before).
    func nearest(_ candidates: [Candidate], to r: Range<Int>, where filter: (Candidate) -> Bool,
                 preferBefore: Bool = false) -> Int? {
        var best: (index: Int, distance: Int)? = nil
        for (k, c) in candidates.enumerated() where filter(c) {
            for range in [c.range] + c.alsoRanges {
                var distance: Int
                if range.upperBound <= r.lowerBound {
                    distance = r.lowerBound - range.upperBound
                } else if r.upperBound <= range.lowerBound {
                    distance = range.lowerBound - r.upperBound + (preferBefore ? 100 : 0)
                } else {
                    distance = 0
                }
                distance = distance * 2 + (range.lowerBound < r.lowerBound ? 0 : 1)
                if best == nil || distance < best!.distance { best = (k, distance) }
            }
        }
        return best?.index
    }
}
