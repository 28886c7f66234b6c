import ArgumentParser
import EntityTagger
import Foundation

/// `newswire model ...`: train, score and run the named-entity model. The work is in EntityTagger's `ModelTool`.
struct ModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Train, evaluate and run the named-entity model (CoNLL-2003 format files).",
        subcommands: [Train.self, Eval.self, Tag.self, Clusters.self, SyntaxCommand.self])

    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Train the tagger on a CoNLL file; prints dev F1 after each epoch. Same data and seed give the same bytes.",
            discussion: """
                Two passes by default: a first pass on word features, and a second one that also sees the first \
                pass's tags across the document. For the second pass, first-pass tags on the training documents \
                come from a jackknife (--folds models, each trained without the fold it tags).
                """)

        @Option(help: "Training data (CoNLL-2003 format, IOB tags in the last column).") var train: String
        @Option(help: "Development data scored after each epoch.") var dev: String?
        @Option(help: "Where to write the model.") var out: String
        @Option(help: "Word clusters file from `newswire model clusters` (recommended).") var clusters: String?
        @Option(help: "Training epochs.") var epochs: Int = 12
        @Option(help: "Seed for the order of training sentences.") var seed: UInt64 = TrainingOptions().seed
        @Option(help: "log2 of the number of hashed feature buckets.") var bucketBits: Int = 21
        @Flag(help: "Leave out the built-in gazetteers.") var noGazetteer = false
        @Flag(help: "Leave out the features that look at the same word elsewhere in the document.") var noDocumentContext = false
        @Flag(help: "One pass only: no second pass over the first pass's tags.") var onePass = false
        @Option(help: "Jackknife folds giving the second pass first-pass tags on the training data.") var folds: Int = 5

        func run() throws {
            var options = TrainingOptions()
            options.epochs = epochs
            options.seed = seed
            options.bucketBits = bucketBits
            options.stacked = !onePass
            options.folds = folds
            try ModelTool.train(trainPath: train, devPath: dev, outPath: out, clustersPath: clusters,
                                useGazetteer: !noGazetteer, documentContext: !noDocumentContext, options: options,
                                logger: .progress(label: "newswire.model.train"))
        }
    }

    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Tag a CoNLL file and score it against its tags, per type and overall, like conlleval.")

        @Option(help: "CoNLL file with gold tags.") var conll: String
        @Option(help: "Model file (default: the model shipped with newswire).") var model: String?

        func run() throws {
            let tagger = try ModelTool.loadModel(path: model)
            let score = try ModelTool.score(conllPath: conll, tagger: tagger)
            print(score.report())
        }
    }

    struct Tag: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the CoNLL file back with the predicted IOB2 tag as an extra last column.")

        @Option(help: "CoNLL file to tag.") var conll: String
        @Option(help: "Model file (default: the model shipped with newswire).") var model: String?
        @Option(help: "Output file (default: standard output).") var out: String?

        func run() throws {
            let tagger = try ModelTool.loadModel(path: model)
            let text = try ModelTool.tag(conllPath: conll, tagger: tagger)
            if let out {
                try text.write(toFile: out, atomically: true, encoding: .utf8)
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
    }

    struct Clusters: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Learn word clusters from unlabelled text (the `text` column of news CSVs, and CoNLL words).")

        @Option(name: .customLong("text"), help: "CSV file with a `text` column (repeatable).") var text: [String] = []
        @Option(help: "CoNLL file whose words are added to the text (repeatable).") var conll: [String] = []
        @Option(help: "Where to write the clusters.") var out: String
        @Option(help: "Words seen fewer times get no cluster.") var minCount: Int = ClusterOptions().minCount
        @Option(help: "Seed for the cluster tree.") var seed: UInt64 = ClusterOptions().seed

        func run() throws {
            var options = ClusterOptions()
            options.minCount = minCount
            options.seed = seed
            try ModelTool.clusters(csvPaths: text, conllPaths: conll, outPath: out, options: options,
                                   logger: .progress(label: "newswire.model.clusters"))
        }
    }
}
