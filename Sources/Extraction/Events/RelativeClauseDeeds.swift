import NewsModel

/// "the 2016 bombing of a shopping centre in Baghdad that killed some 300 people": a deed verb in a relative clause
/// opened by "that" or "which" tells what the noun it modifies did, so it is that noun's event, not another one. The
/// verb's toll, victims and doers go to the noun's event; the noun keeps its own date and place (the verb's clause
/// runs on into the next conjunct of the sentence, whose date and place are not the noun's). "who" is left alone:
/// its antecedent is a person ("the soldiers who killed ..."), and that person's deed is an event of its own.
extension EventFinder {
    static let thingRelatives: Set<String> = ["that", "which"]

    /// Folds each verbal candidate of a relative clause into the nominal candidate the clause modifies (reached from
    /// the clause's head over at most three noun-phrase links: "the bombing of a centre in Baghdad that killed").
    func foldRelativeClauses(_ candidates: inout [Candidate]) {
        guard !d.syntax.isEmpty, candidates.count > 1 else { return }
        var folded = Set<Int>()
        for (k, c) in candidates.enumerated() where !c.nominal && c.root.isViolence {
            guard let verb = c.range.last(where: { d.syntax.indices.contains($0) && d.syntax[$0].label == .relcl }),
                  let relative = d.subjects(of: verb).first(where: { Self.thingRelatives.contains(words[$0]) })
                      ?? d.dependents(of: verb).first(where: { Self.thingRelatives.contains(words[$0]) && $0 < verb }),
                  relative < verb else { continue }
            var noun = d.head(of: verb), hops = 0
            var owner: Int? = nil
            while let n = noun, hops < 4 {
                if let o = candidates.indices.first(where: { $0 != k && candidates[$0].nominal
                    && candidates[$0].root.family == c.root.family && candidates[$0].range.contains(n) && !folded.contains($0) }) {
                    owner = o
                    break
                }
                // up from "Baghdad" to "in", "centre", "of", "bombing"
                guard d.syntax.indices.contains(n), [.pobj, .prep, .compound, .appos].contains(d.syntax[n].label) else { break }
                noun = d.head(of: n)
                hops += 1
            }
            guard let o = owner else { continue }
            var n = candidates[o]
            n.alsoRanges.append(c.range)
            n.actors = unique(n.actors + c.actors)
            n.targets = unique(n.targets + c.targets).filter { !n.actors.contains($0) }
            for p in c.actorPhrases where !n.actorPhrases.contains(p) { n.actorPhrases.append(p) }
            for p in c.targetPhrases where !n.targetPhrases.contains(p) { n.targetPhrases.append(p) }
            n.stems.formUnion(c.stems)
            if c.weight > n.weight { n.weight = c.weight }
            candidates[o] = n
            folded.insert(k)
        }
        candidates = candidates.enumerated().filter { !folded.contains($0.offset) }.map(\.element)
    }
}
