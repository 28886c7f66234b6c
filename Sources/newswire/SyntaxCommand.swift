import ArgumentParser
import Foundation
import Extraction
import Syntax

/// `newswire model syntax ...`: train, score and run the part-of-speech tagger and dependency parser. The work is in
/// Syntax's `SyntaxTool`.
struct SyntaxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "syntax",
        abstract: "Train, evaluate and run the part-of-speech tagger and dependency parser (CoNLL-U files).",
        subcommands: [Train.self, Eval.self, Parse.self])

    static let defaultTreebanks = ["../shared/data/parses/news.conllu.gz", "../shared/data/parses/conll2003-train.conllu.gz"]

    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Train the tagger and the parser; scores the held-out slice (news articles ending in 7). Same data and seed give the same bytes.")

        @Option(help: "CoNLL-U files, plain or .gz (repeatable; default: the silver parses in ../shared/data/parses).")
        var treebank: [String] = []
        @Option(help: "Where to write the model.") var out: String
        @Option(help: "Tagger epochs.") var taggerEpochs = SyntaxTrainingOptions().taggerEpochs
        @Option(help: "Parser epochs.") var parserEpochs = SyntaxTrainingOptions().parserEpochs
        @Option(help: "Seed for the order of training sentences.") var seed = SyntaxTrainingOptions().seed
        @Option(help: "log2 of the parser's hashed feature buckets.") var parserBucketBits = SyntaxTrainingOptions().parserBucketBits
        @Option(help: "Averaged parser weights below this are dropped from the file.") var parserMinimum = SyntaxTrainingOptions().parserMinimum
        @Option(help: "Averaged tagger weights below this are dropped from the file.") var taggerMinimum = SyntaxTrainingOptions().taggerMinimum
        @Option(help: "At most about this many parser weights ship (the smallest go).") var parserMaxWeights = SyntaxTrainingOptions().parserMaxWeights
        @Option(help: "At most about this many tagger weights ship.") var taggerMaxWeights = SyntaxTrainingOptions().taggerMaxWeights
        @Flag(help: "Train on the reference tokens as they are, not carried over to the pipeline's tokenizer.") var referenceTokens = false
        @Option(help: "Train on an evenly spread subset of this many sentences.") var maxSentences: Int?

        func run() throws {
            var options = SyntaxTrainingOptions()
            options.taggerEpochs = taggerEpochs
            options.parserEpochs = parserEpochs
            options.seed = seed
            options.parserBucketBits = parserBucketBits
            options.parserMinimum = parserMinimum
            options.taggerMinimum = taggerMinimum
            options.parserMaxWeights = parserMaxWeights
            options.taggerMaxWeights = taggerMaxWeights
            let started = Date()
            let tokenizer = Tokenizer()
            let (_, score) = try SyntaxTool.train(paths: treebank.isEmpty ? SyntaxCommand.defaultTreebanks : treebank, outPath: out,
                                 options: options, maxSentences: maxSentences,
                                 tokenize: referenceTokens ? nil : { text in tokenizer.tokenize(text).map { $0.start..<$0.end } },
                                 logger: .progress(label: "newswire.model.syntax"))
            print(score.report())
            print(String(format: "training took %.1f s wall, %.1f s CPU; peak memory %.0f MB",
                         Date().timeIntervalSince(started), processCPUSeconds(), peakMegabytes()))
        }
    }

    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score the tagger and parser (tag accuracy, UAS, LAS) on the held-out slice of CoNLL-U files.")

        @Option(help: "CoNLL-U files (repeatable; default: the silver parses).") var treebank: [String] = []
        @Option(help: "Model file (default: the model shipped with newswire).") var model: String?
        @Flag(help: "Score every sentence of the files, not only the held-out slice (for files that never trained).") var all = false
        @Flag(help: "Re-tokenise the held-out sentences with the pipeline's tokenizer and score on those tokens.") var pipelineTokens = false

        func run() throws {
            let syntax = try SyntaxTool.loadModel(path: model)
            let started = Date()
            if pipelineTokens {
                let tokenizer = Tokenizer()
                let (score, retokenised, leftOut) = try SyntaxTool.evaluate(
                    model: syntax, paths: treebank.isEmpty ? SyntaxCommand.defaultTreebanks : treebank) { text in
                        tokenizer.tokenize(text).map { $0.start..<$0.end }
                    }
                print("pipeline tokens: \(retokenised) sentences tokenised differently from the reference, \(leftOut) left out (tokens cross)")
                print(score.report())
                print(String(format: "%.1f s", Date().timeIntervalSince(started)))
                return
            }
            let score = try SyntaxTool.evaluate(model: syntax, paths: treebank.isEmpty ? SyntaxCommand.defaultTreebanks : treebank, all: all)
            print(score.report())
            print(String(format: "%.1f s", Date().timeIntervalSince(started)))
        }
    }

    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Tag and parse sentences from standard input, one a line, words separated by spaces; prints CoNLL-U.")

        @Option(help: "Model file (default: the model shipped with newswire).") var model: String?

        func run() throws {
            let syntax = try SyntaxTool.loadModel(path: model)
            var sentences: [TreebankSentence] = []
            while let line = readLine() {
                let words = line.split(separator: " ").map(String.init)
                guard !words.isEmpty else { continue }
                let parsed = syntax.analyse(words)
                sentences.append(TreebankSentence(words: words, tags: parsed.tags, universalTags: parsed.universalTags,
                                                  heads: parsed.tree.heads, labels: parsed.tree.labels))
            }
            print(Treebank.format(sentences), terminator: "")
        }
    }
}

/// Peak resident memory of this process (VmHWM), in MB.
func peakMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return .nan }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return (line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? .nan) / 1024
    }
    return .nan
}

func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}
