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
        var root: String
        var group: String
        var weight: Int
        var range: Range<Int>
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
        var location: Int? = nil
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
        for k in events.indices where events[k].date == nil
            && ["violence", "17", "14"].contains(CAMEOLexicon.family(events[k].root)) {
            let s = events[k].sentence
            for back in 1...2 where s - back >= 0 {
                let p = s - back
                guard d.sentences[p].paragraph == d.sentences[s].paragraph || p == 0 else { continue }
                if let date = (datesBySentence[p] ?? []).last(where: \.day) {
                    events[k].date = date.value
                    break
                }
            }
        }
        // the lead: "At least 20 people have been killed ...", "Security forces are engaged in clashes ..." with no
        // date of its own happened on the day of publication
        if let published = d.published, published.count == 10 {
            let lead = d.sentences.indices.filter { !d.sentences[$0].isBoilerplate && !isDateline($0) }.prefix(1)
            for k in events.indices where events[k].date == nil && lead.contains(events[k].sentence) {
                let sentence = d.sentences[events[k].sentence].tokens.clamped(to: 0..<tokens.count)
                let upto = sentence.lowerBound..<max(sentence.lowerBound, events[k].range.lowerBound)
                if upto.contains(where: { Self.presentAuxiliaries.contains(words[$0]) }) { events[k].date = published }
            }
        }
        // who did what to whom: an event that names nobody, no place and no number ("the talks", "fighting", "an
        // investigation") says too little to be kept; a verb with its doer or victim in a common noun is kept
        return events.filter { c in
            !c.actors.isEmpty || !c.targets.isEmpty || c.location != nil || c.fatalities != nil || c.injured != nil
                || c.count != nil || c.namedByNoun || !(countsBySentence[c.sentence] ?? []).isEmpty
        }.map(makeEvent)
    }

    static let presentAuxiliaries: Set<String> = ["has", "have", "is", "are", "'s", "'re", "'ve"]

    /// "MINSK, March 25. /TASS/.": a dateline, not the lead.
    func isDateline(_ s: Int) -> Bool {
        let range = d.sentences[s].tokens.clamped(to: 0..<tokens.count)
        return range.count <= 8 && !range.contains { CAMEOLexicon.triggers[words[$0]] != nil }
    }

    func makeEvent(_ c: Candidate) -> Event {
        let ids = { (list: [Int]) in list.map { self.d.entities[$0].id } }
        let targets = c.targets.filter { !c.actors.contains($0) }
        return Event(cameo: c.root, label: CAMEOLexicon.labels[c.root] ?? "", trigger: d.string(tokens: c.range),
                     actors: ids(c.actors), targets: ids(targets), location: c.location.map { d.entities[$0].id },
                     date: c.date, fatalities: c.fatalities, sentence: c.sentence, injured: c.injured, count: c.count,
                     start: tokens[c.range.lowerBound].start, end: tokens[c.range.upperBound - 1].end,
                     sentences: c.sentences.subtracting([c.sentence]).isEmpty ? nil : c.sentences.union([c.sentence]).sorted())
    }

    // MARK: one sentence

    /// Words that open a new clause: dates, places and subjects do not cross them.
    static let boundaries: Set<String> = [
        ";", ":", "after", "before", "since", "until", "while", "whereas", "although", "though", "because", "which",
        "who", "whom", "but", "when", "whose", "—", "–",
    ]

    mutating func scanSentence(_ s: Int, _ range: Range<Int>) {
        // clauses
        var segmentOf = [Int](repeating: 0, count: range.count)
        var segmentStarts = [range.lowerBound]
        for t in range where t > range.lowerBound && !inQuote[t] && (Self.boundaries.contains(words[t])
            || words[t] == "that" && (max(range.lowerBound, t - 4)..<t).contains { Self.speechVerbs.contains(words[$0]) }) {
            segmentStarts.append(t)   // "told Reuters that the group's fighters had ambushed ...": a clause of its own
        }
        do {
            var seg = 0
            for t in range {
                if seg + 1 < segmentStarts.count, t >= segmentStarts[seg + 1] { seg += 1 }
                segmentOf[t - range.lowerBound] = seg
            }
        }
        func segment(_ t: Int) -> Int { segmentOf[t - range.lowerBound] }
        func segmentBounds(_ t: Int) -> Range<Int> {
            let seg = segment(t)
            let lo = segmentStarts[seg]
            let hi = seg + 1 < segmentStarts.count ? segmentStarts[seg + 1] : range.upperBound
            return lo..<hi
        }

        // triggers
        var found: [(trigger: CAMEOTrigger, range: Range<Int>)] = []
        var attributions: [(range: Range<Int>, after: Bool)] = []
        var t = range.lowerBound
        while t < range.upperBound {
            guard tokens[t].kind == .word, mentionCovering[t] < 0 else { t += 1; continue }
            var matched = false
            // "has called repeatedly for": a two-word trigger with an adverb inside
            if t + 2 < range.upperBound, Self.adverbs.contains(words[t + 1]) || words[t + 1].hasSuffix("ly"),
               mentionCovering[t + 2] < 0, let trigger = CAMEOLexicon.triggers[words[t] + " " + words[t + 2]], !inQuote[t] {
                found.append((trigger, t..<(t + 3)))
                t += 3
                continue
            }
            let longest = CAMEOLexicon.phraseStarts.contains(words[t]) ? CAMEOLexicon.maxWords : 1
            for length in stride(from: longest, through: 1, by: -1) where t + length <= range.upperBound {
                let phraseRange = t..<(t + length)
                guard phraseRange.allSatisfy({ tokens[$0].kind == .word && mentionCovering[$0] < 0 }) else { continue }
                let key = length == 1 ? words[t] : phraseRange.map { words[$0] }.joined(separator: " ")
                if let after = CAMEOLexicon.attribution[key] {
                    attributions.append((phraseRange, after))
                    t += length
                    matched = true
                    break
                }
                if let trigger = CAMEOLexicon.triggers[key] {
                    // inside a quote, only a told deed ("The rebels attacked and abducted ..."), not words or plans;
                    // or what the speaker says they do ("We call on all parties", "I met him")
                    if inQuote[t], !(quoteSpeaker[t] >= 0 && Self.firstPersonRoots.contains(trigger.root)
                                     && firstPerson(before: t, floor: range.lowerBound)),
                       !(CAMEOLexicon.violence.contains(trigger.root) || trigger.root == "17")
                        || inQuote[t] && !trigger.participle && trigger.form == .verb
                        || inQuote[t] && t > range.lowerBound && Self.modals.contains(words[t - 1]) {
                        continue
                    }
                    if trigger.lowercaseOnly, let c = tokens[t].text.unicodeScalars.first, Chars.isUpper(c) { continue }
                    if trigger.form != .verb, t + length < range.upperBound,
                       CAMEOLexicon.modifiedHeads.contains(words[t + length]) {
                        // "combat helicopters", "attack drones", "protest movement": a modifier, no event
                        t += length
                        matched = true
                        break
                    }
                    found.append((trigger, phraseRange))
                    t += length
                    matched = true
                    break
                }
            }
            if !matched { t += 1 }
        }
        let triggerStarts = Set(found.map(\.range.lowerBound))

        var candidates: [Candidate] = []
        for (trigger, trange) in found {
            if let c = candidate(trigger, trange, sentence: s, sentenceRange: range, bounds: segmentBounds(trange.lowerBound),
                                 triggerStarts: triggerStarts) {
                var c = c
                c.segment = segment(trange.lowerBound)
                candidates.append(c)
            }
        }

        // dates: each to the nearest trigger of its clause
        let dates = datesBySentence[s] ?? []
        for date in dates {
            let seg = segment(date.tokens.lowerBound)
            // a verb before the date is its head ("summoned the ambassador on Wednesday following mob attacks"); a
            // noun takes it when next to it ("Thursday's assault", "the attack on Sunday") or when no verb does
            let verb = nearest(candidates, to: date.tokens, where: {
                $0.segment == seg && $0.date == nil && !$0.nominal && $0.range.upperBound <= date.tokens.lowerBound
            })
            let any = nearest(candidates, to: date.tokens, where: { $0.segment == seg && $0.date == nil })
            var k = any
            if let v = verb, let a = any, a != v, candidates[a].nominal {
                let after = candidates[a].range.lowerBound >= date.tokens.upperBound
                let between = after ? date.tokens.upperBound..<candidates[a].range.lowerBound
                    : candidates[a].range.upperBound..<date.tokens.lowerBound
                // "Thursday's assault", "the attack on Sunday" keep it; "on Wednesday following mob attacks" does not
                let linked = after ? !between.contains { Self.prepositions.contains(words[$0]) || words[$0] == "following" }
                    : between.count <= 2
                if !linked || between.count > 3 { k = v }
            }
            if let k { candidates[k].date = date.value }
        }
        // "on Wednesday, August 10, the day after Bamako received ...": a day before the clause's date
        for k in candidates.indices where candidates[k].date == nil {
            let lo = segmentStarts[candidates[k].segment]
            guard lo > range.lowerBound, words[lo] == "after" || words[lo] == "before",
                  let days = dayCount(before: lo, from: range.lowerBound) else { continue }
            guard let anchor = dates.last(where: { $0.day && $0.tokens.upperBound <= lo - 1 }),
                  let day = CivilDate.parseISO(anchor.value) else { continue }
            candidates[k].date = day.adding(days: words[lo] == "after" ? -days : days).iso
        }
        // "Later", "Meanwhile", "The same day": the previous sentence's date
        if isContinuation(range), s > 0, let previous = (datesBySentence[s - 1] ?? []).last(where: \.day) {
            for k in candidates.indices where candidates[k].date == nil { candidates[k].date = previous.value }
        }

        // places: a LOC after in/at/near, to the nearest trigger of its clause (preferring one before it)
        for m in mentionsIn(range) where d.mentions[m].type == .location {
            let mention = d.mentions[m]
            guard let g = governor(m, floor: range.lowerBound), Self.placePrepositions.contains(g) else { continue }
            let seg = segment(mention.tokens.lowerBound)
            let opensClause = opensClause(mention, sentence: range, clauseStart: segmentStarts[seg])
            if let k = nearest(candidates, to: mention.tokens, where: {
                $0.segment == seg && $0.location == nil
                    && (opensClause || $0.range.upperBound <= mention.tokens.lowerBound)
            }, preferBefore: true) {
                candidates[k].location = mention.entity
            }
        }

        // what no clause claimed: a date of the sentence (not one after "since"/"until"/"after"/"before"), a place
        // after the trigger
        for date in dates {
            let seg = segment(date.tokens.lowerBound)
            if seg > 0, ["since", "until", "after", "before"].contains(words[segmentStarts[seg]]) { continue }
            guard !candidates.contains(where: { $0.date == date.value }) else { continue }
            for k in candidates.indices where candidates[k].date == nil { candidates[k].date = date.value }
        }
        for m in mentionsIn(range) where d.mentions[m].type == .location {
            let mention = d.mentions[m]
            guard !candidates.contains(where: { $0.location == mention.entity }),
                  let g = governor(m, floor: range.lowerBound), Self.placePrepositions.contains(g) else { continue }
            for k in candidates.indices where candidates[k].location == nil {
                candidates[k].location = mention.entity   // "Police in The Gambia have arrested ..."
            }
        }

        // counts: each to the nearest event it fits, else an event of its own
        for (crange, count) in countsBySentence[s] ?? [] {
            let fits: (Candidate) -> Bool
            switch count.type {
            case .kill, .wound: fits = { CAMEOLexicon.violence.contains($0.root) }
            case .kidnap: fits = { $0.root == "18" || $0.root == "17" }
            case .arrest, .seize: fits = { $0.root == "17" }
            case .protest: fits = { $0.root == "14" }
            case .affect: continue
            }
            var k = nearest(candidates, to: crange, where: fits)
            if k == nil {
                let root: String
                switch count.type {
                case .kill, .wound, .kidnap: root = "18"
                case .arrest, .seize: root = "17"
                case .protest: root = "14"
                case .affect: continue
                }
                var c = Candidate(root: root, group: root == "18" ? "attack" : root == "17" ? "arrest" : "protest",
                                  weight: 0, range: crange, sentence: s, lastSentence: s)
                c.segment = segment(crange.lowerBound)
                c.targets = mentionsIn(crange).map { d.mentions[$0].entity }
                if let date = dates.first(where: { segment($0.tokens.lowerBound) == c.segment }) { c.date = date.value }
                candidates.append(c)
                k = candidates.count - 1
            }
            guard let k else { continue }
            switch count.type {
            case .kill: candidates[k].fatalities = max(candidates[k].fatalities ?? 0, count.number)
            case .wound: candidates[k].injured = max(candidates[k].injured ?? 0, count.number)
            case .arrest, .kidnap: candidates[k].count = max(candidates[k].count ?? 0, count.number)
            case .seize, .protest, .affect: break
            }
            if candidates[k].location == nil, let place = count.location, let e = entityIndexByID[place] {
                candidates[k].location = e
            }
        }

        // within the sentence: one event per family when nothing conflicts
        candidates.sort { $0.range.lowerBound < $1.range.lowerBound }
        var merged: [Candidate] = []
        for c in candidates {
            if let k = merged.lastIndex(where: { compatible($0, c) }) {
                merge(&merged[k], c)
            } else {
                merged.append(c)
            }
        }
        for c in merged { addToDocument(c) }

        // attributions: "The Malian army incriminates the Islamic State ..."
        for a in attributions {
            let bounds = segmentBounds(a.range.lowerBound)
            let org: Int?
            if a.after {
                org = mentions(from: a.range.upperBound, to: bounds.upperBound).first {
                    d.mentions[$0].type == .organisation
                }.map { d.mentions[$0].entity }
            } else {
                org = mentions(from: bounds.lowerBound, to: a.range.lowerBound).last {
                    d.mentions[$0].type == .organisation
                }.map { d.mentions[$0].entity }
            }
            guard let org else { continue }
            if let k = events.lastIndex(where: {
                CAMEOLexicon.violence.contains($0.root) && $0.lastSentence >= s - 2
            }) {
                if events[k].actors.isEmpty { events[k].actors = [org] }
            } else if a.after {
                var c = Candidate(root: "11", group: "11", weight: 2, range: a.range, sentence: s, lastSentence: s)
                c.actors = subject(before: a.range.lowerBound, bounds: bounds, triggerStarts: triggerStarts)
                c.targets = [org]
                addToDocument(c)
            }
        }
    }

    /// "In Tessit, gunmen attacked ...": the place phrase opens the sentence or clause (after a date, if any), so it
    /// may stand before its trigger; a place after a noun ("the head of the junta in Mali") may not.
    func opensClause(_ mention: EntityMention, sentence: Range<Int>, clauseStart: Int) -> Bool {
        var k = mention.tokens.lowerBound - 1
        while k >= sentence.lowerBound, Self.determiners.contains(words[k]) || Self.placeModifiers.contains(words[k]) {
            k -= 1
        }
        guard k >= sentence.lowerBound, Self.placePrepositions.contains(words[k]) else { return false }
        k -= 1
        let dates = datesBySentence[sentenceOf[mention.tokens.lowerBound]] ?? []
        while k >= sentence.lowerBound {
            if words[k] == "," || words[k] == "on" || k == clauseStart && Self.boundaries.contains(words[k]) {
                k -= 1
                continue
            }
            if let date = dates.first(where: { $0.tokens.contains(k) }) {
                k = date.tokens.lowerBound - 1
                continue
            }
            break
        }
        return k < sentence.lowerBound || k < clauseStart
    }

    /// What a speaker may say they do inside a quote: appeals, talks, demands, disapproval, denials, threats.
    static let firstPersonRoots: Set<String> = ["02", "04", "10", "11", "12", "13", "16"]

    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "tell", "reported", "reports", "added", "adds", "claimed", "claims",
        "stated", "states", "announced", "announces", "confirmed", "confirms", "warned", "warns", "insisted", "insists",
        "alleged", "alleges", "believe", "believes", "believed", "argued", "argues", "noted", "notes", "explained",
        "acknowledged", "admitted", "admits", "suggested", "suggests", "estimated", "estimates", "feared", "fears",
    ]

    static let quoteMarks: Set<String> = ["\"", "“", "”", "'", "‘", "’"]

    static let modals: Set<String> = ["will", "would", "could", "can", "may", "might", "should", "must", "to", "'ll",
                                      "shall", "wo", "ca"]

    static let placePrepositions: Set<String> = ["in", "at", "near", "outside", "inside", "around", "across", "within",
                                                 "throughout", "into", "out of"]

    /// "the day", "a day", "two days" right before `t`: the number of days.
    func dayCount(before t: Int, from floor: Int) -> Int? {
        guard t - 2 >= floor else { return nil }
        let unit = words[t - 1]
        let n = words[t - 2]
        if unit == "day", ["the", "a", "one"].contains(n) { return 1 }
        if unit == "days" {
            if let v = Int(n), v > 0, v < 32 { return v }
            let small = ["two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10]
            return small[n]
        }
        return nil
    }

    func isContinuation(_ range: Range<Int>) -> Bool {
        let first = words[range.lowerBound]
        if ["later", "meanwhile", "afterwards", "afterward", "then"].contains(first) { return true }
        let three = range.prefix(4).map { words[$0] }.joined(separator: " ")
        return three.hasPrefix("the same day") || three.hasPrefix("on the same day") || three.hasPrefix("that day")
            || three.hasPrefix("later that day") || three.hasPrefix("on that day")
    }

    /// The candidate nearest to a token range among those that pass `filter` (ties to the one before).
    func nearest(_ candidates: [Candidate], to r: Range<Int>, where filter: (Candidate) -> Bool,
                 preferBefore: Bool = false) -> Int? {
        var best: (index: Int, distance: Int)? = nil
        for (k, c) in candidates.enumerated() where filter(c) {
            var distance: Int
            if c.range.upperBound <= r.lowerBound {
                distance = r.lowerBound - c.range.upperBound
            } else if r.upperBound <= c.range.lowerBound {
                distance = c.range.lowerBound - r.upperBound + (preferBefore ? 100 : 0)
            } else {
                distance = 0
            }
            distance = distance * 2 + (c.range.lowerBound < r.lowerBound ? 0 : 1)
            if best == nil || distance < best!.distance { best = (k, distance) }
        }
        return best?.index
    }

    // MARK: one trigger

    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his",
                                           "her", "our", "my", "your", "another", "any", "each", "every", "some"]
    static let anaphors: Set<String> = ["the", "this", "that", "these", "those"]
    static let auxiliaries: Set<String> = [
        "was", "were", "is", "are", "been", "be", "being", "'s", "'re", "get", "got", "gets", "had", "has", "have",
        "will", "would", "could", "can", "may", "might", "should", "must", "did", "do", "does", "to", "shall",
    ]
    static let passiveAuxiliaries: Set<String> = ["was", "were", "is", "are", "been", "be", "being", "get", "got",
                                                  "gets", "'s", "'re"]
    static let adverbs: Set<String> = [
        "also", "reportedly", "allegedly", "already", "later", "recently", "subsequently", "then", "just", "all",
        "both", "again", "officially", "previously", "earlier", "jointly", "formally", "publicly", "strongly",
        "repeatedly", "apparently", "initially", "first", "finally", "still", "now", "once", "twice", "eventually",
        "immediately", "briefly", "personally", "separately", "swiftly", "quickly", "further", "even", "duly",
    ]
    static let pronouns: Set<String> = ["they", "he", "she", "it", "we", "i", "you", "who", "which", "that"]
    static let actorNouns: Set<String> = [
        "gunmen", "militants", "jihadists", "rebels", "soldiers", "troops", "police", "protesters", "forces",
        "fighters", "insurgents", "attackers", "assailants", "terrorists", "people", "residents", "demonstrators",
        "workers", "students", "officials", "leaders", "authorities", "army", "government", "militia", "militias",
        "extremists", "bandits", "men", "officers", "supporters", "activists", "islamists", "separatists",
    ]
    static let extraActorNouns: Set<String> = [
        "mutineers", "pirates", "kidnappers", "bombers", "gunman", "attacker", "bomber", "mob", "crowd", "crowds",
        "prosecutors", "investigators", "court", "judge", "minister", "president", "spokesman", "charity", "group",
        "coalition", "military", "warplanes", "jets", "aircraft", "insurgent", "militant", "rebel", "soldier",
        "policeman", "officer", "agents", "guards", "he", "she", "they", "we", "i",
    ]
    static let negations: Set<String> = ["not", "n't", "never", "no", "without", "nor", "neither", "denied", "denies",
                                         "deny", "denying", "refused", "refuses", "refuse", "rejected", "failed"]
    static let denials: Set<String> = ["denied", "denies", "deny", "denying", "refused", "refuses", "refuse",
                                       "refusing", "rejected", "rejects", "dismissed"]
    static let lightVerbs: Set<String> = [
        "had", "has", "have", "having", "held", "hold", "holds", "holding", "launched", "launch", "launches",
        "launching", "carried", "carry", "carries", "conducted", "conduct", "conducts", "staged", "stage", "stages",
        "made", "make", "makes", "led", "lead", "leads", "mounted", "mount", "organised", "organized", "organise",
        "organize", "hosted", "joined", "join", "attended", "attend", "attends", "began", "started", "waged",
        "ordered", "orders", "order", "opened", "opens", "initiated", "accept", "accepts", "accepted", "conceded",
        "raised", "raise", "raises", "expressed", "voiced", "imposed", "impose", "imposes", "engaged", "involved",
    ]
    static let prepositions: Set<String> = [
        "in", "at", "near", "of", "from", "to", "with", "on", "against", "by", "for", "during", "outside", "inside",
        "across", "into", "over", "under", "between", "within", "around", "toward", "towards", "about", "through",
        "throughout", "along", "upon", "among", "amid", "after", "before", "since", "until", "like", "as", "targeting",
    ]
    /// Words between a preposition and a place that keep the place governed: "in northeastern Mali", "in the town of".
    static let placeModifiers: Set<String> = [
        "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern",
        "central", "neighbouring", "neighboring", "northeast", "northwest", "southeast", "southwest", "north", "south",
        "east", "west", "restive", "capital", "city", "town", "village", "region", "province", "district", "state",
        "area", "commune", "county", "country", "neighbouring", "far", "remote", "border", "troubled", "nearby",
    ]
    static let placeNouns: Set<String> = ["city", "town", "village", "region", "province", "district", "state", "area",
                                          "commune", "county", "country", "capital", "municipality", "department",
                                          "outskirts", "suburbs", "suburb", "centre", "center", "heart", "edge",
                                          "part", "parts", "north", "south", "east", "west", "neighbourhood",
                                          "neighborhood", "islands", "island", "coast"]

    func candidate(_ trigger: CAMEOTrigger, _ r: Range<Int>, sentence s: Int, sentenceRange: Range<Int>,
                   bounds: Range<Int>, triggerStarts: Set<Int>) -> Candidate? {
        let t = r.lowerBound
        let prev = t > sentenceRange.lowerBound ? words[t - 1] : ""

        // negation and complements
        for k in max(bounds.lowerBound, t - 3)..<t where Self.negations.contains(words[k]) { return nil }
        // "denied a ransom had been demanded", "refused to release the body": the denial is the event
        if trigger.root != "12" {
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
                root = "07"
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
                || CAMEOLexicon.peopleNouns.contains(words[k]) || Self.extraActorNouns.contains(words[k]))
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
                    if w == "of", receiveAid || root == "07" {
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
                    if receiveAid { c.targets.append(e) } else { c.actors.append(e) }
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
                case "18", "19", "20": allowed = ["on", "against", "targeting", "upon"]
                case "04": allowed = ["with", "to"]
                case "07", "06": allowed = ["to"]
                default: allowed = []
                }
                c.targets = objects(after: r.upperBound, bounds: bounds, allowed: allowed, triggerStarts: triggerStarts)
            }
        }
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
        // one person killed: "killed the soldier", "the assassination of an army officer", "He was shot dead"
        if Self.killTriggers.contains(words[t]) || Self.killTriggers.contains(d.string(tokens: r).lowercased()) {
            if singleVictim(c, r, nominal: nominal, floor: bounds.lowerBound, ceiling: bounds.upperBound) { c.fatalities = 1 }
        }
        if inQuote[t], quoteSpeaker[t] >= 0, firstPerson(before: t, floor: sentenceRange.lowerBound) {
            // "We call on ...," the charity said; "I knew Kaweesi and met him": names found before are objects
            c.targets = c.actors + c.targets
            c.actors = [quoteSpeaker[t]]
        }
        c.actors = unique(c.actors)
        c.targets = unique(c.targets).filter { !c.actors.contains($0) }
        // "AU forces attacked an al-Shabab camp", "fighters ambushed Kenyan soldiers": armed men on both sides fight (19)
        if c.root == "18", Self.combatTriggers.contains(words[t]),
           (max(sentenceRange.lowerBound, t - 8)..<t).contains(where: { Self.armed.contains(words[$0]) }),
           (r.upperBound..<min(sentenceRange.upperBound, r.upperBound + 10)).contains(where: { Self.armed.contains(words[$0]) }) {
            c.root = "19"
        }
        return c
    }

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

    /// Whether the word at `t` (a form that may be a noun or a verb) is a verb here.
    func isVerbContext(_ t: Int, floor: Int, ing: Bool) -> Bool {
        guard t > floor else { return false }
        let prev = words[t - 1]
        if t + 1 < tokens.count, words[t + 1] == "of" { return false }
        // "resolutions sanctioning North Korea": an -ing form right before a name is a verb
        if ing, t + 1 < tokens.count, mentionStarting[t + 1] >= 0, !Self.determiners.contains(prev) { return true }
        if Self.determiners.contains(prev) { return false }
        // "the gunmen's attack": a possessive, not "he's"
        if prev == "'s", t >= floor + 2, !["he", "she", "it", "that", "there", "what", "who"].contains(words[t - 2]) {
            return false
        }
        if prev == "," || Self.auxiliaries.contains(prev) || Self.pronouns.contains(prev) || Self.adverbs.contains(prev)
            || Self.actorNouns.contains(prev) || prev == "and" || prev == "not" || prev == "n't" {
            return true
        }
        if ing, ["after", "before", "while", "when", "by", "since", "without", "of"].contains(prev) { return true }
        if mentionEnding[t - 1] >= 0 {
            let type = d.mentions[mentionEnding[t - 1]].type
            return type != .miscellaneous && type != .location || !ing && t + 1 < tokens.count
                && (Self.determiners.contains(words[t + 1]) || mentionStarting[t + 1] >= 0)
        }
        return false
    }

    func isPassive(_ t: Int, floor: Int) -> Bool {
        var k = t - 1
        while k >= floor, Self.adverbs.contains(words[k]) { k -= 1 }
        return k >= floor && Self.passiveAuxiliaries.contains(words[k])
    }

    /// "49 Ivorian soldiers detained in Bamako": a participle right after a noun, with no object after it.
    func isReducedRelative(_ t: Int, _ end: Int, root: String, floor: Int, ceiling: Int) -> Bool {
        guard ["07", "11", "16", "17", "18"].contains(root), t > floor else { return false }
        let prev = tokens[t - 1]
        guard prev.kind == .word, mentionEnding[t - 1] < 0, let c = prev.text.unicodeScalars.first, !Chars.isUpper(c) else {
            return false
        }
        let p = words[t - 1]
        if Self.auxiliaries.contains(p) || Self.adverbs.contains(p) || Self.pronouns.contains(p) || Self.determiners.contains(p)
            || Self.prepositions.contains(p) || Self.actorNouns.contains(p) && !["soldiers", "troops", "people", "officers",
                                                                               "workers", "students"].contains(p) {
            return false
        }
        if p == "and" || p == "or" || p == "," { return false }
        guard end < ceiling else { return true }
        let n = words[end]
        if Self.determiners.contains(n) || mentionStarting[end] >= 0 || tokens[end].kind == .number
            || ["him", "her", "them", "us", "me", "at", "several", "dozens", "hundreds", "thousands", "scores"].contains(n) {
            return n == "at" && end + 1 < ceiling && words[end + 1] != "least"
        }
        return true
    }

    /// A light verb ("had", "held", "launched") shortly before a nominal trigger, over determiners and modifiers.
    func lightVerb(before t: Int, floor: Int) -> Int? {
        var k = t - 1
        var reach = t - 5
        while k >= floor, k > reach {
            let w = words[k]
            if Self.lightVerbs.contains(w) { return k }
            if Self.quoteMarks.contains(w) { k -= 1; reach -= 1; continue }   // an "impartial" inquiry
            guard tokens[k].kind == .word, mentionEnding[k] < 0, !Self.prepositions.contains(w) else { return nil }
            k -= 1
        }
        return nil
    }

    func hasWord(_ set: Set<String>, near r: Range<Int>, in sentence: Range<Int>, before: Int, after: Int) -> Bool {
        let lo = max(sentence.lowerBound, r.lowerBound - before)
        let hi = min(sentence.upperBound, r.upperBound + after)
        return (lo..<hi).contains { !inQuote[$0] && set.contains(words[$0]) }
    }

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

    /// Whether a verb follows at `k` (over adverbs): "after Bamako received" opens a clause, "after Mali's defeat"
    /// does not.
    func isVerbAfter(_ k: Int) -> Bool {
        var j = k
        while j < tokens.count, Self.adverbs.contains(words[j]) { j += 1 }
        guard j < tokens.count, tokens[j].kind == .word else { return false }
        let w = words[j]
        return Self.auxiliaries.contains(w) || w.hasSuffix("ed") || CAMEOLexicon.triggers[w].map { $0.form != .noun } == true
    }

    /// The subject entities before `t` in its clause: the nearest entity not governed by a preposition, with those
    /// coordinated before it; over "which"/"who" to the entity before; "he"/"she" as the last person named.
    func subject(before t: Int, bounds: Range<Int>, triggerStarts: Set<Int>) -> [Int] {
        var k = t - 1
        let floor = max(bounds.lowerBound, t - 25)
        // "were held on Monday and are being investigated": a verb after "and" shares the subject of the one before
        do {
            var j = t - 1
            while j >= floor, Self.auxiliaries.contains(words[j]) && words[j] != "to" || Self.adverbs.contains(words[j]) {
                j -= 1
            }
            if j > floor, words[j] == "and", let previous = (floor..<j).last(where: { triggerStarts.contains($0) }) {
                let shared = subject(before: previous, bounds: bounds, triggerStarts: triggerStarts)
                if !shared.isEmpty { return shared }
            }
            // "The charity confirmed the abductions, but denied ...": the subject of the clause before
            if j == bounds.lowerBound, j > 0, words[j] == "but" || words[j] == "and", sentenceOf[j] >= 0 {
                let start = d.sentences[sentenceOf[j]].tokens.lowerBound
                if start < j {
                    var first = start
                    while first < j, Self.adverbs.contains(words[first]) || words[first] == "," { first += 1 }
                    let before = subject(before: min(j, first + 8), bounds: start..<j, triggerStarts: [])
                    if !before.isEmpty { return before }
                }
            }
        }
        // "members of Boko Haram attacked": an entity after "of" when no other is the subject
        var fallback: Int? = nil
        while k >= floor {
            if triggerStarts.contains(k) { return fallback.map { [$0] } ?? [] }
            let m = mentionEnding[k]
            if m >= 0 {
                let g = governor(m, floor: bounds.lowerBound)
                if g == nil {
                    return coordinatedBefore(m, floor: bounds.lowerBound)
                }
                if g == "of", fallback == nil, d.mentions[m].type != .location { fallback = d.mentions[m].entity }
                k = d.mentions[m].tokens.lowerBound - 1
                continue
            }
            if words[k] == "he" || words[k] == "she" {
                return lastPerson(before: k).map { [$0] } ?? []
            }
            // "the charity denied", "the armed group's fighters ambushed": the organisation named before
            if fallback == nil, Self.groupNouns.contains(words[k]),
               k - 1 >= floor && words[k - 1] == "the" || k - 2 >= floor && words[k - 2] == "the" && tokens[k - 1].kind == .word,
               let org = lastOrganisation(before: k) {
                return [org]
            }
            k -= 1
        }
        let lo = bounds.lowerBound
        if k < floor, lo == floor, lo > 0, ["which", "who", "that"].contains(words[lo]),
           !(words[lo] == "that" && (max(0, lo - 4)..<lo).contains { Self.speechVerbs.contains(words[$0]) }) {
            var j = lo - 1
            if j >= 0, words[j] == "," { j -= 1 }
            if j >= 0, sentenceOf[j] == sentenceOf[lo], mentionEnding[j] >= 0 {
                return [d.mentions[mentionEnding[j]].entity]
            }
        }
        return fallback.map { [$0] } ?? []
    }

    /// The mention `m` and those before it joined by "and" or a comma, of the same type and not after a preposition.
    func coordinatedBefore(_ m: Int, floor: Int) -> [Int] {
        var result = [d.mentions[m].entity]
        var current = m
        while result.count < 5 {
            var j = d.mentions[current].tokens.lowerBound - 1
            while j >= floor, Self.determiners.contains(words[j]) { j -= 1 }
            guard j - 1 >= floor, words[j] == "and" || words[j] == "," else { break }
            let other = mentionEnding[j - 1]
            guard other >= 0, d.mentions[other].type == d.mentions[m].type, governor(other, floor: floor) == nil else { break }
            result.insert(d.mentions[other].entity, at: 0)
            current = other
        }
        return result
    }

    /// The first entity from `lo` (over determiners) and those coordinated after it by "and" or a comma, skipping
    /// appositions ("Amina J. Mohammed, Deputy Secretary General of the United Nations and Mahamat Saleh Annadif").
    func coordinatedMentions(from lo: Int, to hi: Int) -> [Int] {
        var k = lo
        while k < hi, Self.determiners.contains(words[k]) || Self.placeModifiers.contains(words[k]) { k += 1 }
        guard k < hi, mentionStarting[k] >= 0 else { return [] }
        return withCoordinated(mentionStarting[k], to: hi)
    }

    func withCoordinated(_ first: Int, to hi: Int) -> [Int] {
        var result = [d.mentions[first].entity]
        let type = d.mentions[first].type
        var k = d.mentions[first].tokens.upperBound
        var steps = 0
        while k < hi, steps < 20, result.count < 6 {
            let m = mentionStarting[k]
            if m >= 0 {
                var j = k - 1
                while j > 0, Self.determiners.contains(words[j]) { j -= 1 }
                let named = ["called", "named", "dubbed"].contains(words[j]) || words[j] == "as" && words[j - 1] == "known"
                if d.mentions[m].type == type && (words[j] == "and" || words[j] == ",") || named {
                    result.append(d.mentions[m].entity)   // "the private Russian army, called Wagner group"
                }
                k = d.mentions[m].tokens.upperBound
                continue
            }
            if inQuote[k] || (Self.boundaries.contains(words[k])) { break }
            k += 1
            steps += 1
        }
        return result
    }

    /// The object entities after a verb: the first entity not governed by a preposition (or by an allowed one), with
    /// those coordinated after it.
    func objects(after start: Int, bounds: Range<Int>, allowed: Set<String>, triggerStarts: Set<Int>) -> [Int] {
        var k = start
        let hi = min(bounds.upperBound, start + 20)
        // "abducted eight aid workers of Samaritan's Purse": an entity after "of"/"for" when no other is the object
        var fallback: Int? = nil
        while k < hi {
            if triggerStarts.contains(k) || words[k] == "by" { break }
            let m = mentionStarting[k]
            if m >= 0 {
                let g = governor(m, floor: start)
                if g == nil || allowed.contains(g!) { return withCoordinated(m, to: bounds.upperBound) }
                // "abducted eight staff from Samaritan's Purse": the people's organisation
                if g == "of" || g == "for" || g == "from" && d.mentions[m].type != .miscellaneous, fallback == nil,
                   d.mentions[m].type != .location {
                    fallback = m
                }
                k = d.mentions[m].tokens.upperBound
                continue
            }
            k += 1
        }
        return fallback.map { withCoordinated($0, to: bounds.upperBound) } ?? []
    }

    /// The subject of a sentence, for a participle clause: the first entity before `t` outside quotes and not after a
    /// preposition, else the speaker of a quote before `t`.
    func mainSubject(_ sentence: Range<Int>, before t: Int) -> [Int] {
        var speaker = -1
        var k = sentence.lowerBound
        while k < t {
            if inQuote[k] {
                if quoteSpeaker[k] >= 0 { speaker = quoteSpeaker[k] }
                k += 1
                continue
            }
            let m = mentionStarting[k]
            if m >= 0 {
                if governor(m, floor: sentence.lowerBound) == nil {
                    return [d.mentions[m].entity]
                }
                k = d.mentions[m].tokens.upperBound
                continue
            }
            k += 1
        }
        return speaker >= 0 ? [speaker] : []
    }

    /// Whether the nearest subject before `t` (over a few words, within the sentence) is "I" or "we".
    func firstPerson(before t: Int, floor: Int) -> Bool {
        var k = t - 1
        while k >= max(floor, t - 8) {
            let w = words[k]
            if w == "i" || w == "we" { return true }
            if ["he", "she", "they", "it", "you", "who", "which"].contains(w) || Self.quoteMarks.contains(w) { return false }
            if mentionEnding[k] >= 0 {
                // "I knew Kaweesi well and met him": a name that is an object does not stop the search
                let m = d.mentions[mentionEnding[k]]
                let before = m.tokens.lowerBound - 1
                guard before >= floor, tokens[before].kind == .word, !["and", "or", ","].contains(words[before]),
                      !Self.prepositions.contains(words[before]) || words[before] == "with" else { return false }
                k = before
                continue
            }
            k -= 1
        }
        return false
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
        let offset = tokens[t].start
        let mentions = d.mentions
        var lo = 0
        var hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].span.start < offset { lo = mid + 1 } else { hi = mid }
        }
        var k = lo - 1
        while k >= 0 {
            if mentions[k].type == .person, mentions[k].entity >= 0 { return mentions[k].entity }
            k -= 1
        }
        return nil
    }

    // MARK: merging

    func compatible(_ a: Candidate, _ b: Candidate) -> Bool {
        guard CAMEOLexicon.family(a.root) == CAMEOLexicon.family(b.root) else { return false }
        if a.root == "04" || b.root == "04", a.group != b.group { return false }
        if let x = a.location, let y = b.location, x != y { return false }
        if let x = a.date, let y = b.date, !(x.hasPrefix(y) || y.hasPrefix(x)) { return false }
        if let x = a.fatalities, let y = b.fatalities, x != y { return false }
        // places: the location and the LOC entities among actors and targets ("attacked Tessit" vs "in Gao")
        let shared = !Set(a.participants).isDisjoint(with: b.participants)
        if !a.actors.isEmpty, !b.actors.isEmpty, !shared { return false }
        if b.sentence == a.lastSentence { return true }
        if shared || b.anaphoric { return true }
        // the next sentence tells the same deed again or its toll ("Gunmen attacked Gao. Five were killed."); another
        // act of violence ("The army responded with air strikes") is another event
        if b.sentence - a.lastSentence <= 1, a.date == nil || b.date == nil, a.group == b.group,
           b.count == nil && b.fatalities == nil || a.count == b.count && a.fatalities == b.fatalities,
           !CAMEOLexicon.violence.contains(a.root) || a.weight <= 1 || b.weight <= 1 || !a.stems.isDisjoint(with: b.stems) {
            return true
        }
        if let x = a.date, x.count == 10, x == b.date { return true }
        return false
    }

    func merge(_ a: inout Candidate, _ b: Candidate) {
        if b.weight > a.weight {
            a.root = b.root
            a.weight = b.weight
        }
        a.actors = unique(a.actors + b.actors)
        a.targets = unique(a.targets + b.targets).filter { !a.actors.contains($0) }
        if a.location == nil { a.location = b.location }
        if let y = b.date, a.date == nil || y.count > a.date!.count { a.date = y }
        if a.fatalities == nil { a.fatalities = b.fatalities }
        if let y = b.injured { a.injured = max(a.injured ?? 0, y) }
        if let y = b.count { a.count = max(a.count ?? 0, y) }
        a.lastSentence = max(a.lastSentence, b.lastSentence)
        a.sentences.formUnion(b.sentences)
        a.sentences.insert(b.sentence)
        a.stems.formUnion(b.stems)
        a.anaphoric = a.anaphoric || b.anaphoric && b.sentence == a.sentence
    }

    mutating func addToDocument(_ c: Candidate) {
        // the most recent compatible event among the last few
        var k = events.count - 1
        let floor = max(0, events.count - 24)
        while k >= floor {
            if compatible(events[k], c) {
                merge(&events[k], c)
                return
            }
            k -= 1
        }
        events.append(c)
    }
}
