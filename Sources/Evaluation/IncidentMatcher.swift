import NewsModel

/// Scores violent incidents and arrests (CAMEO roots 17-20) against an exhaustive gold file.
///
/// A version-2 gold file lists every incident of its article with evidence: for each sentence that reports it, a
/// verbatim run of words of that sentence. A predicted incident matches a gold incident when one of the sentences it
/// lists contains one of the gold's evidence snippets and its CAMEO root is one of the gold's codes. Matching is one
/// to one (a maximum bipartite matching), so an incident predicted twice counts once and its copy is a false
/// positive; every predicted 17-20 event left unmatched is a false positive, which is why only exhaustive files are
/// scored. Of the incidents found, the date (the gold's value at its precision, compared exactly) and the place (the
/// predicted location's name or an alias overlapping the gold's) are checked.
public enum IncidentMatcher {
    public static func score(_ gold: GoldFile, _ extraction: Extraction, text: String) -> CategoryResult {
        guard gold.exhaustive else { return CategoryResult() }
        let golds = gold.events.filter(\.isIncident)
        let predicted = extraction.events.filter { CAMEO.isIncident($0.cameo) }
        let sentences = SentenceTexts(text: text, spans: extraction.sentences)
        let names = PredictedNames(extraction)

        var candidates: [[Int]] = golds.map { g in
            predicted.indices.filter { matches(g, predicted[$0], sentences) }
        }
        // try the most constrained gold first: fewer augmenting steps, same maximum
        let order = golds.indices.sorted { (candidates[$0].count, $0) < (candidates[$1].count, $1) }
        var owner = [Int?](repeating: nil, count: predicted.count)
        for g in order {
            var seen = Set<Int>()
            _ = augment(g, &candidates, &owner, &seen)
        }
        var pairedPrediction = [Int?](repeating: nil, count: golds.count)
        for (p, g) in owner.enumerated() { if let g { pairedPrediction[g] = p } }

        var result = CategoryResult(score: CategoryScore(gold: golds.count, predicted: predicted.count))
        var date = AttributeScore(), place = AttributeScore()
        for (g, goldEvent) in golds.enumerated() {
            let what = describe(goldEvent)
            guard let p = pairedPrediction[g] else {
                result.missed.append(what)
                continue
            }
            let event = predicted[p]
            result.score.found += 1
            result.score.matched += 1
            if let goldDate = goldEvent.date?.trimmingWhitespace(), !goldDate.isEmpty {
                result.judge(&date, right: event.date?.trimmingWhitespace() == goldDate,
                             what: "date of \(what)", gold: goldDate, predicted: [event.date ?? "none"])
            }
            if let goldPlace = goldEvent.location, !NameNormalizer.normalize(goldPlace).isEmpty {
                result.judge(&place, right: names.place(event.location, is: goldPlace),
                             what: "place of \(what)", gold: goldPlace, predicted: [names.name(ofID: event.location) ?? "none"])
            }
        }
        for (p, event) in predicted.enumerated() where owner[p] == nil {
            let where_ = event.allSentences.map(String.init).joined(separator: ",")
            result.unmatched.append("\(event.cameo) \(event.label) \"\(event.trigger)\" sentence \(where_): "
                + GoldMatcher.clip(sentences.text(of: event.sentence) ?? "", 90))
        }
        result.attributes[.incidentDate] = date
        result.attributes[.incidentPlace] = place
        return result
    }

    /// The gold's codes include the prediction's root, and a sentence of the prediction holds a snippet.
    static func matches(_ gold: GoldEvent, _ event: Event, _ sentences: SentenceTexts) -> Bool {
        guard gold.cameo.contains(CAMEO.root(event.cameo)) else { return false }
        let snippets = gold.evidence.map(SentenceTexts.comparable).filter { !$0.isEmpty }
        return event.allSentences.contains { index in
            guard let sentence = sentences.comparable(of: index) else { return false }
            return snippets.contains { sentence.contains($0) }
        }
    }

    /// Kuhn's augmenting path: gold `g` takes a free candidate, or one whose owner can move to another.
    private static func augment(_ g: Int, _ candidates: inout [[Int]], _ owner: inout [Int?], _ seen: inout Set<Int>) -> Bool {
        for p in candidates[g] where !seen.contains(p) {
            seen.insert(p)
            if let other = owner[p] {
                if augment(other, &candidates, &owner, &seen) {
                    owner[p] = g
                    return true
                }
            } else {
                owner[p] = g
                return true
            }
        }
        return false
    }

    static func describe(_ gold: GoldEvent) -> String {
        let what = gold.what ?? (gold.actors + gold.targets).joined(separator: ", ")
        return "\(gold.cameo.joined(separator: "/")) \(GoldMatcher.clip(what))"
            + (gold.evidence.first.map { " [\"\(GoldMatcher.clip($0, 50))\"]" } ?? "")
    }
}

/// The text of each predicted sentence, and a form of it for comparing with evidence snippets: typographic quotes,
/// apostrophes and dashes made plain, whitespace runs made one space, case folded (an annotator's copy survives
/// the normaliser's and the editor's small changes).
struct SentenceTexts {
    let texts: [String]
    let comparables: [String]

    init(text: String, spans: [Span]) {
        let scalars = Array(text.unicodeScalars)
        var texts: [String] = []
        for span in spans {
            let lower = max(0, min(span.start, scalars.count)), upper = max(lower, min(span.end, scalars.count))
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[lower..<upper])
            texts.append(String(view))
        }
        self.texts = texts
        comparables = texts.map(Self.comparable)
    }

    func text(of index: Int) -> String? { texts.indices.contains(index) ? texts[index] : nil }
    func comparable(of index: Int) -> String? { comparables.indices.contains(index) ? comparables[index] : nil }

    static func comparable(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in text.unicodeScalars {
            var s = scalar
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201B}", "\u{2032}": s = "'"
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{2033}": s = "\""
            case "\u{2013}", "\u{2014}", "\u{2212}": s = "-"
            default: break
            }
            if s.properties.isWhitespace {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else {
                out.append(contentsOf: String(s).lowercased().unicodeScalars)
                lastWasSpace = false
            }
        }
        if out.last == " " { out.removeLast() }
        return String(out)
    }
}
