import Foundation

/// Precision, recall and F1 for one entity type (or overall), counted the way conlleval counts:
/// a predicted entity is correct only when its span and its type both match a gold entity.
public struct TypeScore: Sendable, Equatable {
    public var gold = 0
    public var predicted = 0
    public var correct = 0

    public init(gold: Int = 0, predicted: Int = 0, correct: Int = 0) {
        self.gold = gold
        self.predicted = predicted
        self.correct = correct
    }

    public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
}

/// conlleval-style result: token accuracy, overall and per-type scores.
public struct EntityScore: Sendable, Equatable {
    public var tokens = 0
    public var correctTokens = 0
    public var overall = TypeScore()
    public var byType: [String: TypeScore] = [:]

    public init() {}

    public var accuracy: Double { tokens == 0 ? 0 : Double(correctTokens) / Double(tokens) }
    public var f1: Double { overall.f1 }

    /// Adds one sentence (gold and predicted IOB tags, same length).
    public mutating func add(gold: [String], predicted: [String]) {
        precondition(gold.count == predicted.count, "gold and predicted lengths differ")
        tokens += gold.count
        for (g, p) in zip(gold, predicted) where g == p { correctTokens += 1 }
        let goldSpans = Tags.spans(iob: gold), predictedSpans = Tags.spans(iob: predicted)
        let goldSet = Set(goldSpans)
        for span in goldSpans {
            overall.gold += 1
            byType[span.type, default: TypeScore()].gold += 1
        }
        for span in predictedSpans {
            overall.predicted += 1
            byType[span.type, default: TypeScore()].predicted += 1
            if goldSet.contains(span) {
                overall.correct += 1
                byType[span.type, default: TypeScore()].correct += 1
            }
        }
    }

    /// A table like conlleval's.
    public func report() -> String {
        func pct(_ x: Double) -> String { String(format: "%6.2f%%", x * 100) }
        var lines: [String] = []
        lines.append("processed \(tokens) tokens with \(overall.gold) phrases; found: \(overall.predicted) phrases; correct: \(overall.correct).")
        lines.append("accuracy: \(pct(accuracy)); precision: \(pct(overall.precision)); recall: \(pct(overall.recall)); FB1: \(String(format: "%6.2f", overall.f1 * 100))")
        for type in byType.keys.sorted() {
            let s = byType[type]!
            let name = type.padding(toLength: 6, withPad: " ", startingAt: 0)
            lines.append("\(name): precision: \(pct(s.precision)); recall: \(pct(s.recall)); FB1: \(String(format: "%6.2f", s.f1 * 100))  \(s.predicted)")
        }
        return lines.joined(separator: "\n")
    }
}

/// Scores predicted IOB tags against gold ones, sentence by sentence.
public func evaluate(gold: [[String]], predicted: [[String]]) -> EntityScore {
    var score = EntityScore()
    for (g, p) in zip(gold, predicted) { score.add(gold: g, predicted: p) }
    return score
}

/// Tags every document with `tagger` and scores it against the documents' gold tags.
public func evaluate(_ tagger: some DocumentTagger, on documents: [CoNLLDocument]) -> EntityScore {
    var score = EntityScore()
    for document in documents {
        let predicted = tagger.tag(sentences: document.words)
        for (g, p) in zip(document.goldTags, predicted) { score.add(gold: g, predicted: p) }
    }
    return score
}
