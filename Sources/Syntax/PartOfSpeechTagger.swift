import ModelSupport

/// Greedy left-to-right Penn Treebank tagger: an averaged perceptron over `TaggerFeatures`. Universal tags come
/// from the Penn tag, and for the words where spaCy's tag map decides otherwise ("was" VBD is AUX), from the word.
public struct PartOfSpeechTagger: Sendable {
    public let weights: SparseWeights
    /// Universal tag of each Penn tag when the word has no exception.
    let universalByTag: [UniversalTag]
    /// (lower-case word hash, Penn tag) -> universal tag, where it differs from `universalByTag`.
    let universalExceptions: [UInt64: UniversalTag]

    init(weights: SparseWeights, universalByTag: [UniversalTag], universalExceptions: [UInt64: UniversalTag]) {
        self.weights = weights
        self.universalByTag = universalByTag
        self.universalExceptions = universalExceptions
    }

    static let tagCount = PennTag.allCases.count

    /// Penn tags of one sentence.
    public func tag(_ words: [WordInfo]) -> [PennTag] {
        var tags = [PennTag](repeating: .NN, count: words.count)
        let T = Self.tagCount
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.count) { features in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: T) { scores in
                var p1 = T, p2 = T
                for i in 0..<words.count {
                    TaggerFeatures.extract(words, i, previous: p1, beforePrevious: p2, into: features.baseAddress!)
                    for k in 0..<T { scores[k] = 0 }
                    weights.accumulate(UnsafeBufferPointer(features), into: scores.baseAddress!)
                    var best = 0
                    for k in 1..<T where scores[k] > scores[best] { best = k }
                    tags[i] = PennTag(rawValue: UInt8(best))!
                    p2 = p1; p1 = best
                }
            }
        }
        return tags
    }

    public func tag(words: [String]) -> [PennTag] { tag(words.map { WordInfo($0) }) }

    /// spaCy's universal tag for a word with Penn tag `tag`.
    public func universalTag(_ word: WordInfo, _ tag: PennTag) -> UniversalTag {
        universalExceptions[Self.exceptionKey(word, tag)] ?? universalByTag[Int(tag.rawValue)]
    }

    static func exceptionKey(_ word: WordInfo, _ tag: PennTag) -> UInt64 {
        FeatureHash.combine(word.lower, UInt64(tag.rawValue))
    }
}
