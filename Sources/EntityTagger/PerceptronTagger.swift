import Foundation

/// A linear-chain model over BILOU tags (structured averaged perceptron, Viterbi decoding) with hashed
/// features, in two passes: the second sees the first pass's tags across the document (`Stacking`).
/// See `Trainer` for training and `ModelFile` for the file format.
public final class PerceptronTagger: DocumentTagger {
    /// First pass.
    public let weights: CompactWeights
    /// Second pass, over base and stacked features; nil for a one-pass model.
    public let second: CompactWeights?
    public let extractor: FeatureExtractor
    /// Free-form facts recorded at training time (epochs, seed, ...).
    public let metadata: [String: String]

    public init(weights: CompactWeights, second: CompactWeights? = nil, lexicon: FeatureLexicon, metadata: [String: String] = [:]) {
        self.weights = weights
        self.second = second
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
        self.init(weights: decoded.weights, second: decoded.second, lexicon: decoded.lexicon, metadata: decoded.metadata)
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
        ModelFile.encode(weights: weights, second: second, lexicon: extractor.lexicon, metadata: metadata)
    }

    /// Total rows of both passes.
    public var rowCount: Int { weights.rowCount + (second?.rowCount ?? 0) }

    /// IOB2 tags for each sentence of one document.
    public func tag(sentences: [[String]]) -> [[String]] {
        tagBILOU(sentences: sentences).map { Tags.toIOB2(bilou: $0) }
    }

    /// BILOU tag indices for each sentence of one document.
    public func tagBILOU(sentences: [[String]]) -> [[Int]] {
        let (analysed, features) = extractor.analyse(document: sentences)
        var buffers = DecodeBuffers()
        let first = (0..<sentences.count).map {
            weights.decode(features[$0], count: sentences[$0].count, stride: FeatureExtractor.count, buffers: &buffers)
        }
        guard let second else { return first }
        return Self.secondPass(second, analysed: analysed, features: features, first: first, buffers: &buffers)
    }

    static func secondPass(_ second: CompactWeights, analysed: [FeatureExtractor.Sentence], features: [[UInt64]],
                           first: [[Int]], buffers: inout DecodeBuffers) -> [[Int]] {
        let stacked = Stacking.features(sentences: analysed, predicted: first)
        return (0..<analysed.count).map { s in
            let n = analysed[s].words.count
            let merged = Stacking.merge(base: features[s], stacked: stacked[s], count: n)
            return second.decode(merged, count: n, stride: FeatureExtractor.count + Stacking.count, buffers: &buffers)
        }
    }
}
