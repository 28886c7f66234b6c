import Foundation

/// The work behind `newswire model ...`, kept in the library so it is tested here and the command stays thin.
public enum ModelTool {
    /// The model at `path`, or the bundled one when `path` is nil.
    public static func loadModel(path: String?) throws -> PerceptronTagger {
        if let path { return try PerceptronTagger(contentsOf: URL(fileURLWithPath: path)) }
        return try PerceptronTagger.loadBundled()
    }

    /// Trains on `trainPath`, reports each epoch through `log`, writes the model to `outPath`.
    @discardableResult
    public static func train(trainPath: String, devPath: String?, outPath: String, clustersPath: String?,
                             useGazetteer: Bool = true, documentContext: Bool = true, options: TrainingOptions,
                             log: (String) -> Void) throws -> PerceptronTagger {
        let started = Date()
        let train = try CoNLL.read(path: trainPath)
        let dev = try devPath.map { try CoNLL.read(path: $0) }
        var lexicon = Lexicon()
        lexicon.documentContext = documentContext
        if useGazetteer { lexicon.gazetteer = Gazetteer.builtIn }
        if let clustersPath {
            let clusters = try WordClusters.read(path: clustersPath)
            lexicon.clusters = clusters.table
            lexicon.clusterLevels = clusters.levels
        }
        let tokens = train.reduce(0) { $0 + $1.tokenCount }
        log("train: \(train.count) documents, \(tokens) tokens; clusters: \(lexicon.clusters.count) words, \(lexicon.clusterLevels) levels; gazetteer: \(lexicon.gazetteer.count) keys")
        var metadata: [String: String] = ["train": URL(fileURLWithPath: trainPath).lastPathComponent,
                                          "features": "v1", "gazetteer": useGazetteer ? "builtin" : "none",
                                          "documentContext": documentContext ? "yes" : "no"]
        if let clustersPath { metadata["clusters"] = URL(fileURLWithPath: clustersPath).lastPathComponent }
        let tagger = Trainer.train(train: train, dev: dev, lexicon: lexicon, options: options, metadata: metadata) { report in
            var line = report.sentences > 0
                ? "\(report.stage) epoch \(report.epoch): \(report.mistakes)/\(report.sentences) sentences wrong, \(String(format: "%.1f", report.seconds)) s"
                : "\(report.stage): \(options.epochs) epochs, \(String(format: "%.1f", report.seconds)) s"
            if let dev = report.dev {
                line += String(format: ", dev P %.4f R %.4f F1 %.4f", dev.overall.precision, dev.overall.recall, dev.f1)
            }
            if report.rows > 0 { line += ", \(report.rows) rows" }
            log(line)
        }
        let data = tagger.encoded()
        try data.write(to: URL(fileURLWithPath: outPath))
        log(String(format: "wrote %@ (%.2f MB) in %.1f s total", outPath, Double(data.count) / 1_048_576, Date().timeIntervalSince(started)))
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
                                log: (String) -> Void) throws -> WordClusters {
        let started = Date()
        var sentences: [[String]] = []
        for path in csvPaths {
            for text in try NewsText.csvColumn(path: path, column: "text") { sentences.append(contentsOf: NewsText.sentences(text)) }
        }
        for path in conllPaths {
            for document in try CoNLL.read(path: path) { sentences.append(contentsOf: document.words) }
        }
        log("clusters: \(sentences.count) sentences, \(sentences.reduce(0) { $0 + $1.count }) words")
        let clusters = ClusterBuilder.build(sentences: sentences, options: options, log: log)
        try clusters.write(path: outPath)
        log(String(format: "wrote %@ in %.1f s", outPath, Date().timeIntervalSince(started)))
        return clusters
    }
}
