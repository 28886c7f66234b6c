import Foundation

/// A linear-chain model over BILOU tags (structured averaged perceptron, Viterbi decoding) with hashed
/// features; see `Trainer` for training and `ModelFile` for the file format.
public final class PerceptronTagger: DocumentTagger {
    public let weights: CompactWeights
    public let extractor: FeatureExtractor
    /// Free-form facts recorded at training time (epochs, seed, dev F1, ...).
    public let metadata: [String: String]

    public init(weights: CompactWeights, lexicon: Lexicon, metadata: [String: String] = [:]) {
        self.weights = weights
        self.extractor = FeatureExtractor(lexicon: lexicon)
        self.metadata = metadata
    }

    /// Loads a model file written by `write(to:)`.
    public convenience init(contentsOf url: URL) throws {
        let data = try Data(contentsOf: url)
        try self.init(data: data)
    }

    public convenience init(data: Data) throws {
        let decoded = try ModelFile.decode(data)
        self.init(weights: decoded.weights, lexicon: decoded.lexicon, metadata: decoded.metadata)
    }

    /// Name of the model shipped in the package resources.
    public static let bundledName = "ner-conll2003"

    /// URL of the shipped model, if the bundle has one.
    public static var bundledURL: URL? {
        Bundle.module.url(forResource: bundledName, withExtension: "model", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: bundledName, withExtension: "model")
    }

    /// Loads the model shipped with the package (Resources/ner-conll2003.model).
    public static func loadBundled() throws -> PerceptronTagger {
        guard let url = bundledURL else { throw ModelFileError.missingBundledModel }
        return try PerceptronTagger(contentsOf: url)
    }

    public func write(to url: URL) throws {
        try encoded().write(to: url)
    }

    public func encoded() -> Data {
        ModelFile.encode(weights: weights, lexicon: extractor.lexicon, metadata: metadata)
    }

    /// IOB2 tags for each sentence of one document.
    public func tag(sentences: [[String]]) -> [[String]] {
        tagBILOU(sentences: sentences).map { Tags.toIOB2(bilou: $0) }
    }

    /// BILOU tag indices for each sentence of one document.
    public func tagBILOU(sentences: [[String]]) -> [[Int]] {
        let features = extractor.features(document: sentences)
        var emissions: [Float] = []
        var backpointers: [Int32] = []
        var scores: [Float] = []
        var out: [[Int]] = []
        out.reserveCapacity(sentences.count)
        for (s, sentence) in sentences.enumerated() {
            let n = sentence.count
            if n == 0 { out.append([]); continue }
            weights.emissions(features[s], count: n, into: &emissions)
            out.append(viterbi(emissions: emissions, count: n, transitions: weights.transitions,
                               endScores: weights.endScores, backpointers: &backpointers, scores: &scores))
        }
        return out
    }
}
