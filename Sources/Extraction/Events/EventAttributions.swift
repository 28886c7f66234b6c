import NewsModel

/// Attribution: "The Malian army incriminates the Islamic State in the Greater Sahara", "blamed X", "X claimed
/// responsibility" make X the actor of a violent event without one in the same or the two sentences before; with no
/// such event, a blame is a disapproval (11) of X.
extension EventFinder {
    mutating func readAttributions(_ attributions: [(range: Range<Int>, after: Bool)], sentence s: Int,
                                   clauses: EventClauses, triggerStarts: Set<Int>) {
        for a in attributions {
            let bounds = clauses.bounds(of: a.range.lowerBound)
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
            if let k = events.lastIndex(where: { $0.root.isViolence && $0.lastSentence >= s - 2 }) {
                if events[k].actors.isEmpty { events[k].actors = [org] }
            } else if a.after {
                var c = Candidate(root: .disapprove, group: "11", weight: 2, range: a.range, sentence: s, lastSentence: s)
                c.actors = subject(before: a.range.lowerBound, bounds: bounds, triggerStarts: triggerStarts)
                c.targets = [org]
                addToDocument(c)
            }
        }
    }
}
