import ModelSupport

/// A labelled dependency tree over one sentence's words.
public struct DependencyTree: Sendable, Hashable {
    /// Head of each word as an index into the sentence, -1 for a root.
    public var heads: [Int]
    public var labels: [DependencyLabel]
}

/// Greedy arc-eager parser: at each step the averaged perceptron over `ParserFeatures` picks the best valid action.
public struct DependencyParser: Sendable {
    public let weights: SparseWeights

    init(weights: SparseWeights) {
        self.weights = weights
    }

    public func parse(_ words: [WordInfo], tags: [PennTag]) -> DependencyTree {
        let input = ParserInput(words: words, tags: tags)
        var state = ArcEagerState(count: words.count)
        let A = ArcEagerState.actionCount
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: ParserFeatures.count) { features in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: A) { scores in
                while !state.isTerminal {
                    if let forced = state.forcedAction { state.apply(forced); continue }
                    ParserFeatures.extract(state, input, into: features.baseAddress!)
                    for a in 0..<A { scores[a] = 0 }
                    weights.accumulate(UnsafeBufferPointer(features), into: scores.baseAddress!)
                    state.apply(Self.best(scores.baseAddress!, state))
                }
            }
        }
        let (heads, labels) = state.tree()
        return DependencyTree(heads: heads, labels: labels)
    }

    /// The highest-scoring valid action (SHIFT is always valid when the model is asked).
    @inline(__always)
    static func best<S: Comparable>(_ scores: UnsafeMutablePointer<S>, _ state: ArcEagerState) -> Int {
        var best = -1
        for a in 0..<ArcEagerState.actionCount where state.isValid(a) {
            if best < 0 || scores[a] > scores[best] { best = a }
        }
        return best
    }
}
