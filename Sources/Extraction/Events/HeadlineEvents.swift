import NewsModel

/// The headline counts: its events merge into the body's events that describe the same thing.
///
/// The title ("Gunmen kill 12 soldiers in northern Mali") often says in one line what the body spreads over several
/// sentences, or leaves out (the place, the toll). The stage runs the body's own stages (tokens, sentences, dates
/// against the same publication date, entities through the same tagger, aliases, roles, counts, quotes, events) over a
/// document built from the title alone — one short sentence, so this costs a few tokens' work per article and the
/// body is never tagged again — and then, for each headline event, looks for the body event that tells the same deed:
///
/// - **same kind**: the same CAMEO root, or both violence (18/19/20 together); "meet" and "phone" (both 04) stay apart;
/// - **something ties them**: a participant (actor or target) or place shared by name, the same date (one the title
///   writes: "Gunmen kill 12 on Sunday"), or the same number (fatalities, injured or arrested);
/// - **nothing conflicts**: two different days, or two different tolls, are two events.
///
/// Among the body events that qualify, the one with the most ties wins, then the earliest (the lead usually tells
/// the headline's story). The body event then takes from the headline what it lacks: actors and targets it does not
/// name, the place, the date, fatalities, injured and the count; and the headline's CAMEO root when the body's
/// trigger is generic ("killed", weight 1) and the headline's is stronger ("massacre", "ambush").
///
/// Entities: the headline document has its own entity ids, so each headline entity is mapped to the body entity with
/// the same name or alias (case and a leading "the" aside; a single word may name a body person by surname). A
/// headline entity the body never names is left out: there is no id to give it, and inventing one would make an
/// entity with no mention in the text.
///
/// A headline event with no body counterpart is not emitted: an event's `sentence` indexes the body's sentences and
/// its `start`/`end` are offsets in the body text ("no event without the sentence that says it"); the title has
/// neither. Headlines written in title case ("Gunmen Kill 12 Soldiers In Northern Mali") have their trigger, count and
/// function words lower-cased first so that the tagger does not read them as names; the headline's own offsets are
/// never emitted, so this changes nothing the contract sees.
struct HeadlineEventStage: ExtractionStage {
    /// The body's stages, run over the title (without this stage).
    let stages: [any ExtractionStage]

    func run(_ document: inout Document) {
        guard !document.events.isEmpty, let title = document.title else { return }
        let text = Self.sentenceCased(title)
        guard text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return }
        var headline = Document(text: text, published: document.published)
        for stage in stages { stage.run(&headline) }
        guard !headline.events.isEmpty else { return }
        document.events = HeadlineMerger(body: document, headline: headline).merged()
    }

    // MARK: title case

    /// Words that are never names, lower-cased in a title-case headline.
    static let commonWords: Set<String> = {
        var words: Set<String> = [
            "a", "an", "the", "in", "on", "at", "to", "of", "by", "for", "from", "with", "into", "over", "after",
            "before", "amid", "near", "as", "and", "or", "but", "is", "are", "was", "were", "be", "been", "has", "have",
            "had", "will", "says", "said", "say", "against", "between", "during", "up", "out", "off", "his", "her",
            "their", "its", "this", "that", "who", "people", "soldiers", "troops", "civilians", "gunmen", "militants",
            "police", "officers", "attackers", "rebels", "fighters", "jihadists", "protesters", "men", "women",
            "children", "villagers", "dead", "northern", "southern", "eastern", "western", "central", "least",
        ]
        for key in CAMEOLexicon.triggers.keys { for w in key.split(separator: " ") { words.insert(String(w)) } }
        words.formUnion(CountWords.active.keys)
        words.formUnion(CountWords.passive.keys)
        words.formUnion(CountWords.nounHeads.keys)
        return words
    }()

    /// A headline in title case ("Gunmen Kill 12 Soldiers In Northern Mali": most words of four letters or more
    /// capitalised) with its common words lower-cased after the first word; any other headline unchanged.
    static func sentenceCased(_ title: String) -> String {
        let words = title.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        let long = words.dropFirst().filter { $0.count >= 4 && $0.first?.isLetter == true }
        let capitalised = long.filter { $0.first?.isUppercase == true && $0.dropFirst().contains { $0.isLowercase } }
        guard long.count >= 3, capitalised.count * 10 >= long.count * 6 else { return title }
        var result = ""
        var first = true
        var word = ""
        func flush() {
            defer { word = ""; first = false }
            guard !word.isEmpty else { return }
            let lower = word.lowercased()
            let core = String(lower.unicodeScalars.filter { $0.properties.isAlphabetic || $0 == "'" })
            // same number of scalars: the lower-cased word replaces the word in place
            if !first, commonWords.contains(core), lower.unicodeScalars.count == word.unicodeScalars.count,
               word.dropFirst().allSatisfy({ !$0.isUppercase }) {
                result += lower
            } else {
                result += word
            }
        }
        for ch in title {
            if ch.isWhitespace {
                if !word.isEmpty { flush() }
                result.append(ch)
            } else {
                word.append(ch)
            }
        }
        flush()
        return result
    }
}

/// Merges a headline's events into the body's (see ``HeadlineEventStage``).
struct HeadlineMerger {
    let body: Document
    let headline: Document
    /// Headline entity index -> body entity id, for the headline entities the body names.
    let bodyID: [Int: String]
    let headlineIndexByID: [String: Int]

    init(body: Document, headline: Document) {
        self.body = body
        self.headline = headline
        var forms: [String: String] = [:]
        var surnames: [String: String] = [:]
        for e in body.entities {
            for form in Self.forms(e) where forms[form] == nil { forms[form] = e.id }
            if e.type == .person, let last = e.name.split(separator: " ").last, e.name.contains(" ") {
                let key = Self.normalized(String(last))
                if surnames[key] == nil { surnames[key] = e.id }
            }
        }
        var map: [Int: String] = [:]
        var byID: [String: Int] = [:]
        for (index, e) in headline.entities.enumerated() {
            byID[e.id] = index
            let mine = Self.forms(e)
            if let id = mine.lazy.compactMap({ forms[$0] }).first {
                map[index] = id
            } else if e.type == .person, mine.count == 1, let id = surnames[mine[0]] {
                map[index] = id
            }
        }
        bodyID = map
        headlineIndexByID = byID
        let written = Set(headline.dates.map(\.value))
        events = headline.events.map { event in
            var event = Self.headlinese(event, in: headline)
            // only a date the title writes: the lead's "has been killed" -> day of publication is a guess about the
            // body's lead, not the headline's (and two such guesses would tie any two events of the day)
            if let date = event.date, !written.contains(date) { event.date = nil }
            return event
        }
    }

    /// The headline's events, read as headlines are written.
    let events: [Event]

    /// Headlines drop the auxiliary of the passive: "57 al-Shabab fighters killed in Juba raid", "Vladimir Neklyayev
    /// detained in Belarus". A bare past participle with a subject, no object and no "by" after it has that subject
    /// as its victim, not its doer.
    static func headlinese(_ event: Event, in headline: Document) -> Event {
        guard !event.actors.isEmpty, event.targets.isEmpty, let end = event.end,
              CAMEOLexicon.triggers[key(event.trigger)]?.participle == true,
              !headline.tokens.contains(where: { $0.start >= end && $0.text.lowercased() == "by" }) else { return event }
        var event = event
        event.targets = event.actors
        event.actors = []
        return event
    }

    static func key(_ trigger: String) -> String {
        trigger.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    static func normalized(_ name: String) -> String {
        var s = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        if s.hasPrefix("the ") { s.removeFirst(4) }
        return s
    }

    static func forms(_ e: Entity) -> [String] {
        var result: [String] = []
        for name in [e.name] + e.aliases {
            let form = normalized(name)
            if !form.isEmpty, !result.contains(form) { result.append(form) }
        }
        return result
    }

    /// A headline entity id as the body's id, when the body names it.
    func mapped(_ id: String?) -> String? {
        guard let id, let index = headlineIndexByID[id] else { return nil }
        return bodyID[index]
    }

    /// The weight of an event's trigger in the lexicon: 1 for generic ones ("killed") and for a count's own event.
    static func weight(_ trigger: String) -> Int {
        CAMEOLexicon.triggers[key(trigger)]?.weight ?? 1
    }

    static func group(_ trigger: String) -> String? {
        CAMEOLexicon.triggers[key(trigger)]?.group
    }

    static func sameKind(_ a: Event, _ b: Event) -> Bool {
        if a.root?.isViolence == true && b.root?.isViolence == true { return true }
        guard a.cameo == b.cameo else { return false }
        if a.root == .consult, let x = group(a.trigger), let y = group(b.trigger), x != y { return false }
        return true
    }

    /// How many things tie a body event to a headline event (0: none), or nil when they conflict.
    func ties(_ e: Event, _ h: Event) -> Int? {
        guard Self.sameKind(e, h) else { return nil }
        if let x = e.date, let y = h.date, !(x.hasPrefix(y) || y.hasPrefix(x)) { return nil }
        if let x = e.fatalities, let y = h.fatalities, x != y { return nil }
        var ties = 0
        let participants = Set(e.actors + e.targets + [e.location].compactMap { $0 })
        let theirs = (h.actors + h.targets).compactMap(mapped)
        ties += Set(theirs).intersection(participants).count
        if let place = mapped(h.location), participants.contains(place) { ties += 1 }
        if let x = e.date, x == h.date { ties += 1 }
        if let y = h.fatalities, e.fatalities == y { ties += 1 }
        if let y = h.injured, e.injured == y { ties += 1 }
        if let y = h.count, e.count == y { ties += 1 }
        return ties
    }

    func merged() -> [Event] {
        var events = body.events
        for h in self.events {
            var best: (index: Int, ties: Int)? = nil
            for (index, e) in events.enumerated() {
                guard let n = ties(e, h), n > 0 else { continue }
                if best == nil || n > best!.ties { best = (index, n) }
            }
            guard let best else { continue }   // no body counterpart: no sentence says it, so no event
            fill(&events[best.index], from: h)
        }
        return events
    }

    func fill(_ e: inout Event, from h: Event) {
        if Self.weight(h.trigger) > Self.weight(e.trigger), e.root?.isViolence == true || e.cameo == h.cameo {
            e.cameo = h.cameo
            e.label = h.root?.label ?? e.label
        }
        for id in h.actors.compactMap(mapped) where !e.actors.contains(id) && !e.targets.contains(id) {
            e.actors.append(id)
        }
        for id in h.targets.compactMap(mapped) where !e.actors.contains(id) && !e.targets.contains(id) {
            e.targets.append(id)
        }
        if e.location == nil { e.location = mapped(h.location) }
        if let y = h.date, e.date == nil || y.count > e.date!.count && y.hasPrefix(e.date!) { e.date = y }
        if e.fatalities == nil { e.fatalities = h.fatalities }
        if e.injured == nil { e.injured = h.injured }
        if e.count == nil { e.count = h.count }
    }
}
