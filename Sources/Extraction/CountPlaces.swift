/// The place of a count: a LOC entity of its sentence introduced by a preposition ("in Tessit", "near the village of
/// Ngombe", "in the centre of Damascus", "in western Mosul's Jadideh neighbourhood", "at the Camp Shorab air base").
///
/// In order: the first such place after the count phrase; else the first inside it ("Two Indian nationals working in
/// the Upper Nile region were abducted"); else the nearest one before it ("In Baghdad, a car bomb killed 18"). A place
/// followed by "'s" and another place ("Mosul's Jadideh") gives way to that other, more precise one. With no
/// introduced place, a place that is the subject of the sentence ("South Sudan has been devastated by war, with tens
/// of thousands killed") when the count is no active verb's object. A sentence with no place at all goes on with the
/// place of the count just before, in the same or the previous sentence, unless it names a date or turns to another
/// event ("another", "elsewhere", "meanwhile"...).
extension CountScanner {
    /// Entity index of the place of the count phrase covering words `first...last` (`active`: found by an active
    /// trigger before the number).
    func place(from first: Int, to last: Int, active: Bool) -> Int? {
        var before: Int? = nil
        var inside: Int? = nil, insideWeak: Int? = nil
        var afterWeak: Int? = nil
        var k = 0
        while k < limit {
            let entity = loc[k]
            guard entity >= 0, k == 0 || mention[k - 1] != mention[k] else {
                k += 1
                continue
            }
            var end = k
            while end + 1 < limit, mention[end + 1] == mention[k] { end += 1 }
            if let through = introduced(k) {
                let weak = through || isPossessiveBeforePlace(end) || isNamePart(end)
                if k > last {
                    if !weak { return entity }
                    if afterWeak == nil { afterWeak = entity }
                } else if k > first {
                    if weak { if insideWeak == nil { insideWeak = entity } } else if inside == nil { inside = entity }
                } else if end < first, !weak || before == nil {
                    before = entity
                }
            }
            k = end + 1
        }
        if let p = afterWeak ?? inside ?? insideWeak ?? before { return p }
        if !active, let subject = subjectPlace(before: first) { return subject }
        return nil
    }

    /// "in Tessit", "near the border town of X", "in the centre of Damascus", "in western Mosul's Jadideh
    /// neighbourhood", "at the Old City of Mosul": the preposition, then up to six words that are lowercase, "of",
    /// articles, other places with their "'s", or capitalised words outside names.
    ///
    /// Nil when not introduced; else whether the way back went through another place as "<place> <noun> of": then
    /// this one is the wider area around it ("in the Habibya area of Sadr City": Sadr City).
    func introduced(_ k: Int) -> Bool? {
        var j = k - 1
        var steps = 0
        var through = false
        while j >= 0, steps <= 6 {
            let w = words[j]
            if CountWords.placePrepositions.contains(w) { return through }
            if w == "'s" || w == "of" || w == "the" || w == "a" || w == "an" {
                // part of the way back
            } else if loc[j] >= 0 {
                // "the Habibya area of Sadr City", not "Mosul's Jadideh" or "the Old City of Mosul"
                if j + 1 < k, words[j + 1] != "'s", words[j + 1] != "of", words[k - 1] == "of" { through = true }
                while j > 0, mention[j - 1] == mention[j] { j -= 1 }
            } else {
                guard kinds[j] == .word, mention[j] < 0, !CountWords.npStop.contains(w), !CountWords.isTrigger(w),
                      !CountWords.placeStops.contains(w) else { return nil }
                if isCapitalized(j), j == 0 { return nil }
            }
            steps += 1
            j -= 1
        }
        return nil
    }

    /// The place mention ending at `end` is the first part of a longer name: "the Old City of Mosul" (Mosul).
    private func isNamePart(_ end: Int) -> Bool {
        end + 2 < limit && words[end + 1] == "of" && loc[end + 2] >= 0
    }

    /// The place mention ending at `end` is followed by "'s" and another place within a few words ("Mosul's Jadideh").
    private func isPossessiveBeforePlace(_ end: Int) -> Bool {
        guard end + 1 < limit, words[end + 1] == "'s" else { return false }
        var j = end + 2
        while j < limit, j - end <= 7 {
            if loc[j] >= 0 { return true }
            if kinds[j] != .word { return false }
            j += 1
        }
        return false
    }

    /// A place that opens the sentence as its subject, right before an auxiliary: "South Sudan has been ...".
    private func subjectPlace(before first: Int) -> Int? {
        guard limit > 1, loc[0] >= 0 else { return nil }
        var end = 0
        while end + 1 < limit, mention[end + 1] == mention[0] { end += 1 }
        guard end + 1 < first, CountWords.auxiliaries.contains(words[end + 1]) else { return nil }
        return loc[0]
    }

    /// The sentence names a date or turns to another event, so it does not go on with the place before.
    func turnsAway() -> Bool {
        if words.contains(where: { CountWords.otherEvent.contains($0) }) { return true }
        guard let a = lo.first, let b = hi.last else { return false }
        return d.dates.contains { $0.start >= a && $0.end <= b }
    }
}
