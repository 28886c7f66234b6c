import NewsModel

/// Merging: one event per deed within a sentence and across the sentences that tell it again.
extension EventFinder {
    /// Within the sentence: one event per family when nothing conflicts; then each into the document's events.
    mutating func mergeWithinSentence(_ candidates: [Candidate]) {
        var merged: [Candidate] = []
        for c in candidates.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            if let k = merged.lastIndex(where: { compatible($0, c) }) {
                merge(&merged[k], c)
            } else {
                merged.append(c)
            }
        }
        for c in merged { addToDocument(c) }
    }

    func compatible(_ a: Candidate, _ b: Candidate) -> Bool {
        guard a.root.family == b.root.family else { return false }
        if a.root == .consult || b.root == .consult, a.group != b.group { return false }
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
           !a.root.isViolence || a.weight <= 1 || b.weight <= 1 || !a.stems.isDisjoint(with: b.stems) {
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
        for p in b.actorPhrases where !a.actorPhrases.contains(p) { a.actorPhrases.append(p) }
        for p in b.targetPhrases where !a.targetPhrases.contains(p) { a.targetPhrases.append(p) }
        if a.location == nil { a.location = b.location }
        if a.parsedPlace == nil { a.parsedPlace = b.parsedPlace }
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
