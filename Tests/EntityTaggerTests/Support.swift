import Foundation
@testable import EntityTagger

/// Where the shared data lives: <repo>/../shared/data, found from this file's path.
enum TestData {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/data")
    static let dev = root.appendingPathComponent("conll2003/eng.testa").path
    static let train = root.appendingPathComponent("conll2003/eng.train").path
    static let seed = root.appendingPathComponent("seed/mali-junta-russia.txt").path
    static let gold = root.deletingLastPathComponent().appendingPathComponent("gold/mali-junta-russia.gold.json").path
    static var hasCoNLL: Bool { FileManager.default.fileExists(atPath: dev) }
    static var hasSeed: Bool { FileManager.default.fileExists(atPath: seed) && FileManager.default.fileExists(atPath: gold) }
}

/// A few sentences in CoNLL layout, for training tiny models.
let tinyCoNLL = """
-DOCSTART- -X- -X- O

John NNP B-NP B-PER
Smith NNP I-NP I-PER
visited VBD B-VP O
Paris NNP B-NP B-LOC
. . O O

Acme NNP B-NP B-ORG
Corp NNP I-NP I-ORG
hired VBD B-VP O
Mary NNP B-NP B-PER
. . O O

-DOCSTART- -X- -X- O

German JJ B-NP B-MISC
officials NNS I-NP O
met VBD B-VP O
Smith NNP B-NP B-PER
in IN B-PP O
Berlin NNP B-NP B-LOC
. . O O

"""

func tinyModel(epochs: Int = 5, seed: UInt64 = 1, stacked: Bool = true) -> PerceptronTagger {
    var options = TrainingOptions()
    options.stacked = stacked
    options.folds = 2
    options.epochs = epochs
    options.seed = seed
    options.bucketBits = 12
    options.evaluateEveryEpoch = false
    return Trainer.train(train: CoNLL.parse(tinyCoNLL), dev: nil,
                         lexicon: FeatureLexicon(gazetteer: FeatureGazetteer.builtIn), options: options)
}
