import Logging
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
    /// With `tokenize`, training sentences that carry their text are first carried over to those tokens
    /// (`Retokenization`), so the models learn on the tokens the pipeline will give them.
    public static func train(paths: [String], outPath: String, options: SyntaxTrainingOptions, maxSentences: Int? = nil,
                             tokenize: ((String) -> [Range<Int>])? = nil,
                             logger: Logger) throws -> (SyntaxModel, SyntaxScore) {
        let started = Date()
        var (train, evaluation, excluded) = try split(paths: paths)
        if let tokenize {
            var carried = 0
            train = train.map { sentence in
                guard let text = sentence.text,
                      let projected = Retokenization.project(sentence, onto: tokenize(text), text: Array(text.unicodeScalars))
                else { return sentence }
                if projected.words != sentence.words { carried += 1 }
                return projected
            }
            logger.info("training on the pipeline's tokens", metadata: ["sentences_retokenised": "\(carried)"])
        }
        if let maxSentences, train.count > maxSentences {
            // every k-th sentence, so a subset still spans the corpus
            let step = Double(train.count) / Double(maxSentences)
            train = (0..<maxSentences).map { train[Int(Double($0) * step)] }
        }
        let tokens = train.reduce(0) { $0 + $1.count }
        logger.info("training data", metadata: [
            "train_sentences": "\(train.count)", "train_tokens": "\(tokens)", "evaluation_sentences": "\(evaluation.count)",
            "evaluation_tokens": "\(evaluation.reduce(0) { $0 + $1.count })",
            "excluded_sentences": "\(excluded)",  // of held-out and gold test articles
            "read_seconds": "\(String(format: "%.1f", Date().timeIntervalSince(started)))",
        ])
        func line(_ r: SyntaxEpochReport) {
            logger.info("epoch", metadata: ["model": "\(r.model)", "epoch": "\(r.epoch)", "wrong": "\(r.errors)/\(r.decisions)",
                                            "seconds": "\(String(format: "%.1f", r.seconds))"])
        }
        let taggerStarted = Date()
        let tagger = TaggerTrainer.train(train, options: options, progress: line)
        logger.info("tagger trained", metadata: [
            "seconds": "\(String(format: "%.1f", Date().timeIntervalSince(taggerStarted)))",
            "rows": "\(tagger.weights.rowCount)", "weights": "\(tagger.weights.entryCount)",
        ])
        var scratch: [UInt32] = []
        let predictedTags = train.map { tagger.tag($0.words.map { WordInfo($0, scratch: &scratch) }) }
        let parserStarted = Date()
        let parser = ParserTrainer.train(train, tags: predictedTags, options: options, progress: line)
        logger.info("parser trained", metadata: [
            "seconds": "\(String(format: "%.1f", Date().timeIntervalSince(parserStarted)))",
            "rows": "\(parser.weights.rowCount)", "weights": "\(parser.weights.entryCount)",
        ])
        let metadata = [
            "train": paths.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ","),
            "trainSentences": String(train.count), "trainTokens": String(tokens), "seed": String(options.seed),
            "taggerEpochs": String(options.taggerEpochs), "parserEpochs": String(options.parserEpochs),
            "tokens": tokenize == nil ? "reference" : "pipeline",
            "split": "news articles ending in \(DataSplit.evaluationDigit) evaluate; held-out and gold test articles excluded",
        ]
        let model = SyntaxModel(tagger: tagger, parser: parser, metadata: metadata)
        let score = SyntaxScore.evaluate(model, on: evaluation)
        let data = model.encoded()
        try data.write(to: URL(fileURLWithPath: outPath))
        logger.info("model written", metadata: [
            "path": "\(outPath)", "megabytes": "\(String(format: "%.2f", Double(data.count) / 1_048_576))",
            "seconds": "\(String(format: "%.1f", Date().timeIntervalSince(started)))",
        ])
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

    /// Scores the model on the evaluation part re-tokenised by `tokenize` (scalar ranges of a sentence's text): the
    /// reference trees are carried over to those tokens (`Retokenization`). Also says how many sentences came out
    /// with other tokens than the reference's, and how many could not be carried over (left out).
    public static func evaluate(model: SyntaxModel, paths: [String], tokenize: (String) -> [Range<Int>])
        throws -> (score: SyntaxScore, retokenised: Int, leftOut: Int) {
        var projected: [TreebankSentence] = []
        var retokenised = 0, leftOut = 0
        for sentence in try split(paths: paths).evaluation {
            guard let text = sentence.text else { leftOut += 1; continue }
            let scalars = Array(text.unicodeScalars)
            guard let carried = Retokenization.project(sentence, onto: tokenize(text), text: scalars) else { leftOut += 1; continue }
            if carried.words != sentence.words { retokenised += 1 }
            projected.append(carried)
        }
        return (SyntaxScore.evaluate(model, on: projected), retokenised, leftOut)
    }
}
