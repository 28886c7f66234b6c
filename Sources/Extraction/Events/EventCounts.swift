import NewsModel

/// Counting: the count stage's counts of a sentence (the dead, the injured, the arrested or kidnapped, protesters)
/// each go to the nearest event of the sentence they fit; a count no trigger takes is an event of its own ("52 dead
/// in Tessit": 18). Cumulative tolls ("has killed 300,000 since 2011") never reach here (see ``EventFinder/init``).
extension EventFinder {
    func attachCounts(_ candidates: inout [Candidate], sentence s: Int, clauses: EventClauses) {
        for (crange, count) in countsBySentence[s] ?? [] {
            guard let root = Self.root(of: count.type) else { continue }
            let fits: (Candidate) -> Bool
            switch count.type {
            case .kill, .wound: fits = { $0.root.isViolence }
            case .kidnap: fits = { $0.root == .assault || $0.root == .coerce }
            case .arrest, .seize: fits = { $0.root == .coerce }
            case .protest: fits = { $0.root == .protest }
            case .affect: continue
            }
            var k = nearest(candidates, to: crange, where: fits)
            // "The three injured troops were evacuated": a definite count recalls an incident told before
            if k == nil, Self.anaphors.contains(words[crange.lowerBound]) { continue }
            // "five refugees, including one child, have died owing to the conditions", "bringing the 2017 death toll
            // to 525 people": deaths with no deed told are a count, not an incident ("52 dead in Tessit" says dead)
            if k == nil, count.type == .kill, !crange.contains(where: { ["dead", "killed"].contains(words[$0]) }),
               !hasViolentWord(in: clauses.sentence) { continue }
            // "one of the missiles was intercepted": air defence, not a seizure of people
            if k == nil, count.type == .seize,
               (max(clauses.sentence.lowerBound, crange.lowerBound - 8)..<min(clauses.sentence.upperBound, crange.upperBound + 8))
                .contains(where: { Self.projectiles.contains(words[$0]) }) {
                continue
            }
            if k == nil {
                let group = root == .assault ? "attack" : root == .coerce ? "arrest" : "protest"
                var c = Candidate(root: root, group: group, weight: 0, range: crange, sentence: s, lastSentence: s)
                c.segment = clauses.segment(of: crange.lowerBound)
                c.targets = mentionsIn(crange).map { d.mentions[$0].entity }
                c.date = dateOfClause(c.segment, sentence: s, clauses: clauses)
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
    }

    func hasViolentWord(in sentence: Range<Int>) -> Bool {
        sentence.contains { IncidentWords.deeds.contains(words[$0]) || CAMEOLexicon.triggers[words[$0]]?.root.isViolence == true }
    }

    /// The root of the event a count makes on its own, if it makes one.
    static func root(of type: CountType) -> CAMEORoot? {
        switch type {
        case .kill, .wound, .kidnap: .assault
        case .arrest, .seize: .coerce
        case .protest: .protest
        case .affect: nil
        }
    }
}
