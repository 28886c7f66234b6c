import Foundation
import ModelSupport

/// Settings for training the tagger and the parser.
public struct SyntaxTrainingOptions: Sendable {
    public var taggerEpochs = 5
    public var parserEpochs = 6
    public var seed: UInt64 = 20_240_601
    public var taggerBucketBits = 19
    public var parserBucketBits = 20
    /// Averaged weights smaller than this are dropped from the shipped model (it keeps the file small).
    public var taggerMinimum: Float = 0.05
    public var parserMinimum: Float = 0.05
    /// At most about this many weights ship (the smallest go first): the file stays a few MB.
    public var taggerMaxWeights = 400_000
    public var parserMaxWeights = 1_500_000
    /// From this epoch on the parser follows its own predictions (with probability `exploreProbability`), learning
    /// from the dynamic oracle how to recover from its mistakes.
    public var exploreFromEpoch = 2
    public var exploreProbability = 0.9

    public init() {}
}

/// What happened in one epoch.
public struct SyntaxEpochReport: Sendable {
    public var model: String
    public var epoch: Int
    public var errors: Int
    public var decisions: Int
    public var seconds: Double
}

/// Greedy averaged-perceptron training of the tagger (Collins 2002; the previous tags are the model's own).
enum TaggerTrainer {
    static func train(_ sentences: [TreebankSentence], options: SyntaxTrainingOptions,
                      progress: (SyntaxEpochReport) -> Void) -> PartOfSpeechTagger {
        let T = PartOfSpeechTagger.tagCount
        var weights = TrainingWeights(bucketBits: options.taggerBucketBits, classes: T)
        var rng = SeededGenerator(seed: options.seed)
        var order = Array(0..<sentences.count)
        var scratch: [UInt32] = []
        var features = [UInt64](repeating: 0, count: TaggerFeatures.count)
        var scores = [Float](repeating: 0, count: T)
        for epoch in 1...max(1, options.taggerEpochs) {
            let started = Date()
            shuffle(&order, &rng)
            var errors = 0, decisions = 0
            for s in order {
                let sentence = sentences[s]
                let words = sentence.words.map { WordInfo($0, scratch: &scratch) }
                var p1 = T, p2 = T
                for i in 0..<words.count {
                    features.withUnsafeMutableBufferPointer { f in
                        TaggerFeatures.extract(words, i, previous: p1, beforePrevious: p2, into: f.baseAddress!)
                    }
                    let guess = features.withUnsafeBufferPointer { f in
                        scores.withUnsafeMutableBufferPointer { sc in
                            weights.score(f, into: sc.baseAddress!)
                            var best = 0
                            for k in 1..<T where sc[k] > sc[best] { best = k }
                            return best
                        }
                    }
                    let gold = Int(sentence.tags[i].rawValue)
                    if guess != gold {
                        errors += 1
                        features.withUnsafeBufferPointer { weights.update($0, good: gold, bad: guess) }
                    }
                    weights.clock += 1
                    decisions += 1
                    p2 = p1; p1 = guess
                }
            }
            progress(SyntaxEpochReport(model: "tagger", epoch: epoch, errors: errors, decisions: decisions,
                                       seconds: Date().timeIntervalSince(started)))
        }
        let (byTag, exceptions) = universalTagMap(sentences)
        return PartOfSpeechTagger(weights: weights.compact(minimum: options.taggerMinimum, maxEntries: options.taggerMaxWeights), universalByTag: byTag,
                                  universalExceptions: exceptions)
    }

    /// Universal tags as the training data gives them: the commonest for each Penn tag, and for each word seen at
    /// least twice with a tag whose commonest universal tag differs from that.
    static func universalTagMap(_ sentences: [TreebankSentence]) -> ([UniversalTag], [UInt64: UniversalTag]) {
        let T = PartOfSpeechTagger.tagCount, U = UniversalTag.allCases.count
        var byTag = [[Int]](repeating: [Int](repeating: 0, count: U), count: T)
        var byWord: [UInt64: (tag: Int, counts: [Int])] = [:]
        var scratch: [UInt32] = []
        for sentence in sentences {
            for i in 0..<sentence.count {
                let t = Int(sentence.tags[i].rawValue), u = Int(sentence.universalTags[i].rawValue)
                byTag[t][u] += 1
                let key = PartOfSpeechTagger.exceptionKey(WordInfo(sentence.words[i], scratch: &scratch), sentence.tags[i])
                byWord[key, default: (t, [Int](repeating: 0, count: U))].counts[u] += 1
            }
        }
        // the commonest; ties to the lower tag, so the map does not depend on dictionary order
        func argmax(_ counts: [Int]) -> Int {
            var best = 0
            for k in 1..<counts.count where counts[k] > counts[best] { best = k }
            return best
        }
        let defaults = byTag.map { UniversalTag(rawValue: UInt8(argmax($0)))! }
        var exceptions: [UInt64: UniversalTag] = [:]
        for (key, entry) in byWord where entry.counts.reduce(0, +) >= 2 {
            let best = UniversalTag(rawValue: UInt8(argmax(entry.counts)))!
            if best != defaults[entry.tag] { exceptions[key] = best }
        }
        return (defaults, exceptions)
    }
}

func shuffle(_ order: inout [Int], _ rng: inout SeededGenerator) {
    // Fisher-Yates with our own generator, so every platform shuffles alike.
    for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, rng.below(i + 1)) }
}

/// Greedy arc-eager training with the dynamic oracle and exploration (Goldberg and Nivre 2012).
enum ParserTrainer {
    static func train(_ sentences: [TreebankSentence], tags: [[PennTag]], options: SyntaxTrainingOptions,
                      progress: (SyntaxEpochReport) -> Void) -> DependencyParser {
        let A = ArcEagerState.actionCount
        var weights = TrainingWeights(bucketBits: options.parserBucketBits, classes: A)
        var rng = SeededGenerator(seed: options.seed &+ 1)
        var order = Array(0..<sentences.count)
        var scratch: [UInt32] = []
        var features = [UInt64](repeating: 0, count: ParserFeatures.count)
        var scores = [Float](repeating: 0, count: A)
        var costs = [Int32](repeating: 0, count: A)
        let oracles = sentences.map { DynamicOracle(heads: $0.heads, labels: $0.labels) }
        for epoch in 1...max(1, options.parserEpochs) {
            let started = Date()
            shuffle(&order, &rng)
            var errors = 0, decisions = 0
            let explore = epoch >= options.exploreFromEpoch
            for s in order {
                let sentence = sentences[s]
                let input = ParserInput(words: sentence.words.map { WordInfo($0, scratch: &scratch) }, tags: tags[s])
                let oracle = oracles[s]
                var state = ArcEagerState(count: sentence.count)
                while !state.isTerminal {
                    if let forced = state.forcedAction { state.apply(forced); continue }
                    features.withUnsafeMutableBufferPointer { ParserFeatures.extract(state, input, into: $0.baseAddress!) }
                    features.withUnsafeBufferPointer { f in scores.withUnsafeMutableBufferPointer { weights.score(f, into: $0.baseAddress!) } }
                    costs.withUnsafeMutableBufferPointer { oracle.costs(state, into: $0.baseAddress!) }
                    var predicted = -1, bestGold = -1
                    var minimum = Int32.max
                    for a in 0..<A where costs[a] != Int32.max { minimum = min(minimum, costs[a]) }
                    for a in 0..<A where costs[a] != Int32.max {
                        if predicted < 0 || scores[a] > scores[predicted] { predicted = a }
                        if costs[a] == minimum && (bestGold < 0 || scores[a] > scores[bestGold]) { bestGold = a }
                    }
                    decisions += 1
                    var next = bestGold
                    if costs[predicted] > minimum {
                        errors += 1
                        features.withUnsafeBufferPointer { weights.update($0, good: bestGold, bad: predicted) }
                        if explore && rng.unit() < options.exploreProbability { next = predicted }
                    }
                    weights.clock += 1
                    state.apply(next)
                }
            }
            progress(SyntaxEpochReport(model: "parser", epoch: epoch, errors: errors, decisions: decisions,
                                       seconds: Date().timeIntervalSince(started)))
        }
        return DependencyParser(weights: weights.compact(minimum: options.parserMinimum, maxEntries: options.parserMaxWeights))
    }
}
