import Foundation
import ModelSupport

/// The work behind `newswire model syntax ...`, in the library so the command stays thin.
public enum SyntaxTool {
    /// Sentences of CoNLL-U files sorted into training and evaluation parts by `DataSplit`.
    public static func split(paths: [String]) throws -> (train: [TreebankSentence], evaluation: [TreebankSentence], excluded: Int) {
        var train: [TreebankSentence] = [], evaluation: [TreebankSentence] = []
        var excluded = 0
        for path in paths {
            for sentence in try Treebank.read(path: path) {
                switch DataSplit.part(of: sentence) {
                case .train: train.append(sentence)
                case .evaluation: evaluation.append(sentence)
                case .excluded: excluded += 1
                }
            }
        }
        return (train, evaluation, excluded)
    }

    /// Trains the tagger, then the parser on the tagger's own tags of the training sentences (so it learns on tags
    /// as noisy as those it will see), scores the evaluation part, and writes the model.
    @discardableResult
    public static func train(paths: [String], outPath: String, options: SyntaxTrainingOptions, maxSentences: Int? = nil,
                             log: (String) -> Void) throws -> (SyntaxModel, SyntaxScore) {
        let started = Date()
        var (train, evaluation, excluded) = try split(paths: paths)
        if let maxSentences, train.count > maxSentences {
            // every k-th sentence, so a subset still spans the corpus
            let step = Double(train.count) / Double(maxSentences)
            train = (0..<maxSentences).map { train[Int(Double($0) * step)] }
        }
        let tokens = train.reduce(0) { $0 + $1.count }
        log("train: \(train.count) sentences, \(tokens) tokens; evaluation: \(evaluation.count) sentences, "
            + "\(evaluation.reduce(0) { $0 + $1.count }) tokens; excluded: \(excluded) sentences of held-out and gold test articles; "
            + String(format: "read in %.1f s", Date().timeIntervalSince(started)))
        func line(_ r: SyntaxEpochReport) {
            log("\(r.model) epoch \(r.epoch): \(r.errors)/\(r.decisions) wrong, " + String(format: "%.1f s", r.seconds))
        }
        let taggerStarted = Date()
        let tagger = TaggerTrainer.train(train, options: options, progress: line)
        log(String(format: "tagger: %.1f s, %d rows, %d weights", Date().timeIntervalSince(taggerStarted), tagger.weights.rowCount, tagger.weights.entryCount))
        var scratch: [UInt32] = []
        let predictedTags = train.map { tagger.tag($0.words.map { WordInfo($0, scratch: &scratch) }) }
        let parserStarted = Date()
        let parser = ParserTrainer.train(train, tags: predictedTags, options: options, progress: line)
        log(String(format: "parser: %.1f s, %d rows, %d weights", Date().timeIntervalSince(parserStarted), parser.weights.rowCount, parser.weights.entryCount))
        let metadata = [
            "train": paths.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ","),
            "trainSentences": String(train.count), "trainTokens": String(tokens), "seed": String(options.seed),
            "taggerEpochs": String(options.taggerEpochs), "parserEpochs": String(options.parserEpochs),
            "split": "news articles ending in \(DataSplit.evaluationDigit) evaluate; held-out and gold test articles excluded",
        ]
        let model = SyntaxModel(tagger: tagger, parser: parser, metadata: metadata)
        let score = SyntaxScore.evaluate(model, on: evaluation)
        log(score.report())
        let data = model.encoded()
        try data.write(to: URL(fileURLWithPath: outPath))
        log(String(format: "wrote %@ (%.2f MB) in %.1f s total", outPath, Double(data.count) / 1_048_576, Date().timeIntervalSince(started)))
        return (model, score)
    }

    public static func loadModel(path: String?) throws -> SyntaxModel {
        if let path { return try SyntaxModel(contentsOf: URL(fileURLWithPath: path)) }
        return try SyntaxModel.loadBundled()
    }

    /// Scores a model on the evaluation part of the given files (or on every sentence, with `all`).
    public static func evaluate(model: SyntaxModel, paths: [String], all: Bool) throws -> SyntaxScore {
        var sentences: [TreebankSentence] = []
        if all {
            for path in paths { sentences += try Treebank.read(path: path).filter { DataSplit.part(of: $0) != .excluded } }
        } else {
            sentences = try split(paths: paths).evaluation
        }
        return SyntaxScore.evaluate(model, on: sentences)
    }
}
