import NewsModel

/// One incident once: the lead, a recap and a later mention of the same violent incident (CAMEO 18-20) in one
/// article become one event that lists all their sentences.
///
/// A later violent event joins an earlier one when nothing conflicts (two different dates, two different places, two
/// different tolls) and something says it is the same deed: the same toll ("38 killed" twice), or a mention that
/// points back — a definite noun ("the attack", "this bombing") or a bare toll word with no doer of its own ("the
/// three injured troops", "was killed"). It joins the nearest earlier one it fits. The joined event keeps the first
/// mention's code and trigger and takes from the others what it lacks (place, date, toll, doers and victims); tolls
/// are the incident's, never added up.
struct IncidentMergeStage: ExtractionStage {
    func run(_ document: inout Document) {
        guard document.events.count > 1 else { return }
        let words = document.tokens.map { $0.kind == .word ? $0.text.lowercased() : $0.text }
        var merged: [Event] = []
        for event in document.events {
            guard event.root?.isViolence == true else {
                merged.append(event)
                continue
            }
            let trigger = event.start.flatMap { s in event.end.flatMap { TokenSpans.range(s, $0, in: document.tokens) } }
            let pointsBack = trigger.map { IncidentMerger.pointsBack(event, trigger: $0, words: words) } ?? false
            let definite = trigger.map { IncidentMerger.isDefinite(trigger: $0, words: words) } ?? false
            // a bare toll word ("was killed") recalls only a deed told just before, and only with no toll of its own
            // ("reports of more than 100 people killed" is another incident)
            let recallsNear = definite || event.fatalities == nil && event.injured == nil
            let target = merged.indices.reversed().first { k in
                merged[k].root?.isViolence == true && IncidentMerger.compatible(merged[k], event)
                    && (IncidentMerger.sameToll(merged[k], event)
                        || pointsBack && recallsNear && (definite || event.sentence - (merged[k].allSentences.max() ?? 0) <= 3))
            }
            if let k = target {
                merged[k] = IncidentMerger.join(merged[k], event)
            } else {
                merged.append(event)
            }
        }
        document.events = merged
    }
}

enum IncidentMerger {
    static let definite: Set<String> = ["the", "this", "that", "these", "those", "its", "their", "same"]
    static let tollWords: Set<String> = ["killed", "dead", "died", "injured", "wounded", "deaths", "death", "killing"]

    static func compatible(_ a: Event, _ b: Event) -> Bool {
        if let x = a.date, let y = b.date, !(x.hasPrefix(y) || y.hasPrefix(x)) { return false }
        if let x = a.location, let y = b.location, x != y { return false }
        if let x = a.fatalities, let y = b.fatalities, x != y { return false }
        if let x = a.injured, let y = b.injured, x != y { return false }
        return true
    }

    static func sameToll(_ a: Event, _ b: Event) -> Bool {
        if let x = a.fatalities, x == b.fatalities { return true }
        if let x = a.injured, x == b.injured { return true }
        return false
    }

    /// "the attack", "this bombing", "their offensive": a determiner that points back, within three words before.
    static func isDefinite(trigger: Range<Int>, words: [String]) -> Bool {
        var k = trigger.lowerBound - 1
        while k >= 0, k >= trigger.lowerBound - 3, !definite.contains(words[k]) {
            if words[k].first?.isLetter != true && words[k].first?.isNumber != true { return false }
            if ["a", "an", "another", "new", "second", "fresh", "two", "several", "other"].contains(words[k]) { return false }
            k -= 1
        }
        return k >= 0 && k >= trigger.lowerBound - 3 && definite.contains(words[k])
    }

    /// "the attack", "this bombing"; "were killed", "the injured troops" with no doer of its own.
    static func pointsBack(_ event: Event, trigger: Range<Int>, words: [String]) -> Bool {
        var k = trigger.lowerBound - 1
        while k >= 0, k >= trigger.lowerBound - 3, !definite.contains(words[k]) {
            if words[k].first?.isLetter != true && words[k].first?.isNumber != true { break }
            if ["a", "an", "another", "new", "second", "fresh", "two", "several", "other"].contains(words[k]) { return false }
            k -= 1
        }
        if k >= 0, k >= trigger.lowerBound - 3, definite.contains(words[k]) { return true }
        // "who was still alive after being shot": the victim of a deed told before
        if trigger.lowerBound > 0, ["being", "been"].contains(words[trigger.lowerBound - 1]), event.actors.isEmpty,
           words[trigger].allSatisfy({ tollWords.contains($0) || $0 == "shot" || $0 == "stabbed" || $0 == "hurt" }) {
            return true
        }
        return event.actors.isEmpty && words[trigger].allSatisfy { tollWords.contains($0) }
    }

    static func join(_ a: Event, _ b: Event) -> Event {
        var out = a
        var sentences = a.allSentences
        for s in b.allSentences where !sentences.contains(s) { sentences.append(s) }
        out.sentences = sentences.count > 1 ? sentences.sorted() : nil
        out.location = a.location ?? b.location
        if a.date == nil || (b.date.map { $0.count > a.date!.count && $0.hasPrefix(a.date!) } ?? false) { out.date = b.date ?? a.date }
        out.fatalities = a.fatalities ?? b.fatalities
        out.injured = a.injured ?? b.injured
        out.count = a.count ?? b.count
        for x in b.actors where !out.actors.contains(x) && !out.targets.contains(x) { out.actors.append(x) }
        for x in b.targets where !out.targets.contains(x) && !out.actors.contains(x) { out.targets.append(x) }
        // phrases stand only where no entity does
        out.actorPhrases = out.actors.isEmpty ? merged(a.actorPhrases, b.actorPhrases) : nil
        out.targetPhrases = out.targets.isEmpty ? merged(a.targetPhrases, b.targetPhrases) : nil
        return out
    }

    static func merged(_ a: [String]?, _ b: [String]?) -> [String]? {
        var out = a ?? []
        for p in b ?? [] where !out.contains(p) { out.append(p) }
        return out.isEmpty ? nil : out
    }
}
