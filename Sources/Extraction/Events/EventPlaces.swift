import NewsModel

/// Placing events: a LOC entity after in/at/near/outside goes to the nearest trigger of its clause (preferring one
/// before it, unless the place phrase opens the clause: "In Tessit, gunmen attacked ..."); a place no clause claimed
/// goes to the sentence's candidates with none ("Police in The Gambia have arrested ...").
extension EventFinder {
    static let placePrepositions: Set<String> = ["in", "at", "near", "outside", "inside", "around", "across", "within",
                                                 "throughout", "into", "out of"]

    func attachPlaces(_ candidates: inout [Candidate], range: Range<Int>, clauses: EventClauses) {
        for m in mentionsIn(range) where d.mentions[m].type == .location {
            let mention = d.mentions[m]
            guard let g = governor(m, floor: range.lowerBound), Self.placePrepositions.contains(g) else { continue }
            let seg = clauses.segment(of: mention.tokens.lowerBound)
            let opensClause = opensClause(mention, sentence: range, clauseStart: clauses.start(seg))
            if let k = nearest(candidates, to: mention.tokens, where: {
                $0.segment == seg && $0.location == nil
                    && (opensClause || $0.range.upperBound <= mention.tokens.lowerBound)
            }, preferBefore: true) {
                candidates[k].location = mention.entity
            }
        }
        for m in mentionsIn(range) where d.mentions[m].type == .location {
            let mention = d.mentions[m]
            guard !candidates.contains(where: { $0.location == mention.entity }),
                  let g = governor(m, floor: range.lowerBound), Self.placePrepositions.contains(g) else { continue }
            for k in candidates.indices where candidates[k].location == nil {
                candidates[k].location = mention.entity
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
}
