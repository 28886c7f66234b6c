import NewsModel

/// Dating events (owned by the "dates" work; the event stage calls only the functions below).
///
/// - ``attachDates(_:sentence:range:clauses:)``: with a parse, each candidate takes the date the parse links to its
///   trigger (``EventDateAttachment``: the date on the trigger's chain of heads, of its clause's verb, or of a clause
///   sharing its time); a date the parse links to none goes to the nearest trigger of its clause; "the day after
///   Bamako received ..." a day before the clause's date; "Later", "Meanwhile", "The same day" take the previous
///   sentence's date; a date no clause claimed (not one after "since"/"until"/"after"/"before") goes to the sentence's
///   undated candidates. These older rules never date a trigger in a relative clause or under "after"/"since", nor a
///   deed with the date of its report ("Police said on Tuesday that gunmen killed 12": no date).
/// - ``dateOfClause(_:sentence:clauses:)``: the date of an event made from a count alone ("52 dead in Tessit").
/// - ``attachContextDates()``: after the whole document, an undated incident takes a day from the two sentences
///   before in its paragraph; an undated lead in the present perfect ("At least 20 people have been killed") happened
///   on the day of publication, when the present perfect is the trigger's own ("Police have renewed their appeal for
///   information on a murder" does not date the murder).
extension EventFinder {
    mutating func attachDates(_ candidates: inout [Candidate], sentence s: Int, range: Range<Int>, clauses: EventClauses) {
        let dates = datesBySentence[s] ?? []
        let parsed = !d.syntax.isEmpty
        if parsed {
            for k in candidates.indices {
                if let choice = EventDateAttachment.date(of: candidates[k].range, sentence: range, in: d) {
                    candidates[k].date = d.dates[choice.date].value
                }
            }
        }
        // what the parse links to no candidate: the nearest trigger of the date's clause, as without a parse
        let linked = Set(candidates.compactMap(\.date))
        for date in dates where !parsed || !linked.contains(date.value) {
            let document = d
            let may = { (c: Candidate) in !parsed || EventDateAttachment.mayTakeSentenceDate(c.range, date: date.tokens, deed: c.root.isIncident, in: document) }
            let seg = clauses.segment(of: date.tokens.lowerBound)
            // a verb before the date is its head ("summoned the ambassador on Wednesday following mob attacks"); a
            // noun takes it when next to it ("Thursday's assault", "the attack on Sunday") or when no verb does
            let verb = nearest(candidates, to: date.tokens, where: {
                $0.segment == seg && $0.date == nil && !$0.nominal && $0.range.upperBound <= date.tokens.lowerBound
                    && may($0)
            })
            let any = nearest(candidates, to: date.tokens, where: {
                $0.segment == seg && $0.date == nil && may($0)
            })
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
            let lo = clauses.start(candidates[k].segment)
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
        // what no clause claimed: a date of the sentence, not one after "since"/"until"/"after"/"before"
        for date in dates {
            let seg = clauses.segment(of: date.tokens.lowerBound)
            if seg > 0, ["since", "until", "after", "before"].contains(words[clauses.start(seg)]) { continue }
            guard !candidates.contains(where: { $0.date == date.value }) else { continue }
            for k in candidates.indices where candidates[k].date == nil
                && (!parsed || EventDateAttachment.mayTakeSentenceDate(candidates[k].range, date: date.tokens, deed: candidates[k].root.isIncident, in: d)) {
                candidates[k].date = date.value
            }
        }
    }

    /// The first date mention of clause `segment` of sentence `s`.
    func dateOfClause(_ segment: Int, sentence s: Int, clauses: EventClauses) -> String? {
        (datesBySentence[s] ?? []).first { clauses.segment(of: $0.tokens.lowerBound) == segment }?.value
    }

    mutating func attachContextDates() {
        for k in events.indices where events[k].date == nil
            && (events[k].root.isViolence || events[k].root == .coerce || events[k].root == .protest) {
            let s = events[k].sentence
            // a sentence with a day of its own that the parse gave the event not ("Monday, he called 911 to report
            // that he had shot them") is not dated from the sentences before it
            if !d.syntax.isEmpty, (datesBySentence[s] ?? []).contains(where: \.day) { continue }
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
                if d.syntax.isEmpty {
                    let sentence = d.sentences[events[k].sentence].tokens.clamped(to: 0..<tokens.count)
                    let upto = sentence.lowerBound..<max(sentence.lowerBound, events[k].range.lowerBound)
                    if upto.contains(where: { Self.presentAuxiliaries.contains(words[$0]) }) { events[k].date = published }
                } else if EventDateAttachment.toldInPresentPerfect(events[k].range, in: d) {
                    events[k].date = published
                }
            }
        }
    }

    static let presentAuxiliaries: Set<String> = ["has", "have", "is", "are", "'s", "'re", "'ve"]

    /// "MINSK, March 25. /TASS/.": a dateline, not the lead.
    func isDateline(_ s: Int) -> Bool {
        let range = d.sentences[s].tokens.clamped(to: 0..<tokens.count)
        return range.count <= 8 && !range.contains { CAMEOLexicon.triggers[words[$0]] != nil }
    }

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
}

