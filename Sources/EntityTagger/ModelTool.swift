import Logging
import Foundation

/// The work behind `newswire model ...`, kept in the library so it is tested here and the command stays thin.
public enum ModelTool {
    /// The model at `path`, or the bundled one when `path` is nil.
    public static func loadModel(path: String?) throws -> PerceptronTagger {
        if let path { return try PerceptronTagger(contentsOf: URL(fileURLWithPath: path)) }
        return try PerceptronTagger.loadBundled()
    }

    /// Trains on `trainPath`, reports each epoch through `logger` (the figures as metadata), writes the model to `outPath`.
    @discardableResult
    public static func train(trainPath: String, devPath: String?, outPath: String, clustersPath: String?,
                             useGazetteer: Bool = true, documentContext: Bool = true, options: TrainingOptions,
                             logger: Logger) throws -> PerceptronTagger {
        let started = Date()
        let train = try CoNLL.read(path: trainPath)
        let dev = try devPath.map { try CoNLL.read(path: $0) }
        var lexicon = FeatureLexicon()
        lexicon.documentContext = documentContext
        if useGazetteer { lexicon.gazetteer = FeatureGazetteer.builtIn }
        if let clustersPath {
            let clusters = try WordClusters.read(path: clustersPath)
            lexicon.clusters = clusters.table
            lexicon.clusterLevels = clusters.levels
        }
        let tokens = train.reduce(0) { $0 + $1.tokenCount }
        logger.info("training data", metadata: [
            "documents": "\(train.count)", "tokens": "\(tokens)", "cluster_words": "\(lexicon.clusters.count)",
            "cluster_levels": "\(lexicon.clusterLevels)", "gazetteer_keys": "\(lexicon.gazetteer.count)",
        ])
        var metadata: [String: String] = ["train": URL(fileURLWithPath: trainPath).lastPathComponent,
                                          "features": "v1", "gazetteer": useGazetteer ? "builtin" : "none",
                                          "documentContext": documentContext ? "yes" : "no"]
        if let clustersPath { metadata["clusters"] = URL(fileURLWithPath: clustersPath).lastPathComponent }
        let tagger = Trainer.train(train: train, dev: dev, lexicon: lexicon, options: options, metadata: metadata) { report in
            var figures: Logger.Metadata = ["stage": "\(report.stage)", "seconds": "\(String(format: "%.1f", report.seconds))"]
            if report.sentences > 0 {
                figures["epoch"] = "\(report.epoch)"
                figures["sentences_wrong"] = "\(report.mistakes)/\(report.sentences)"
            } else {
                figures["epochs"] = "\(options.epochs)"
            }
            if let dev = report.dev {
                figures["dev_p"] = "\(String(format: "%.4f", dev.overall.precision))"
                figures["dev_r"] = "\(String(format: "%.4f", dev.overall.recall))"
                figures["dev_f1"] = "\(String(format: "%.4f", dev.f1))"
            }
            if report.rows > 0 { figures["rows"] = "\(report.rows)" }
            logger.info(report.sentences > 0 ? "epoch" : "pass trained", metadata: figures)
        }
        let data = tagger.encoded()
        try data.write(to: URL(fileURLWithPath: outPath))
        logger.info("model written", metadata: [
            "path": "\(outPath)", "megabytes": "\(String(format: "%.2f", Double(data.count) / 1_048_576))",
            "seconds": "\(String(format: "%.1f", Date().timeIntervalSince(started)))",
        ])
        return tagger
    }

    /// Tags every document of a CoNLL file with `tagger` and scores it against the file's tags.
    public static func score(conllPath: String, tagger: some DocumentTagger) throws -> EntityScore {
        EntityTagger.evaluate(tagger, on: try CoNLL.read(path: conllPath))
    }

    /// The CoNLL file with each token's predicted IOB2 tag appended as a last column.
    public static func tag(conllPath: String, tagger: some DocumentTagger) throws -> String {
        let documents = try CoNLL.read(path: conllPath)
        let predicted = documents.map { tagger.tag(sentences: $0.words) }
        return CoNLL.format(documents, predicted: predicted)
    }

    /// Learns word clusters from the `text` column of a news CSV plus the words of CoNLL files, writes them to `outPath`.
    @discardableResult
    public static func clusters(csvPaths: [String], conllPaths: [String], outPath: String, options: ClusterOptions,
                                logger: Logger) throws -> WordClusters {
        let started = Date()
        var sentences: [[String]] = []
        for path in csvPaths {
            for text in try NewsText.csvColumn(path: path, column: "text") { sentences.append(contentsOf: NewsText.sentences(text)) }
        }
        for path in conllPaths {
            for document in try CoNLL.read(path: path) { sentences.append(contentsOf: document.words) }
        }
        logger.info("cluster text", metadata: ["sentences": "\(sentences.count)", "words": "\(sentences.reduce(0) { $0 + $1.count })"])
        let clusters = ClusterBuilder.build(sentences: sentences, options: options, logger: logger)
        try clusters.write(path: outPath)
        logger.info("clusters written", metadata: [
            "path": "\(outPath)", "seconds": "\(String(format: "%.1f", Date().timeIntervalSince(started)))",
        ])
        return clusters
    }
}
