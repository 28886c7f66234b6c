import EntityTagger
import Extraction
import Foundation
import Syntax

/// `newswire-bench --syntax`: the tagger and parser alone, and the whole extraction with and without them, over the
/// news CSV on one thread. Sentences and tokens are the pipeline's own. `--write-text FILE` writes the pipeline's
/// tokens (one article a line) for scripts/spacy_bench.py.
func syntaxBench(csvPath: String, modelPath: String?, articleLimit: Int?) throws {
    print("newswire-bench: syntax")
    var model: SyntaxModel!
    let firstLoad = try seconds { model = try SyntaxTool.loadModel(path: modelPath) }
    var loads: [Double] = []
    for _ in 0..<3 { loads.append(try seconds { _ = try SyntaxTool.loadModel(path: modelPath) }) }
    let url = modelPath.map { URL(fileURLWithPath: $0) } ?? SyntaxModel.bundledURL!
    let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    report("model", String(format: "%@, %.2f MB; tagger %d weights, parser %d weights", url.lastPathComponent,
                           Double(size) / 1_048_576, model.tagger.weights.entryCount, model.parser.weights.entryCount))
    report("model load (first / best of 3)", String(format: "%.3f s / %.3f s", firstLoad, loads.min()!))

    var texts = try NewsText.csvColumn(path: csvPath, column: "text").filter { !$0.isEmpty }
    if let articleLimit { texts = Array(texts.prefix(articleLimit)) }
    let standard = try ExtractionPipeline.trained()
    let withoutSyntax = ExtractionPipeline(tagger: OrganisationRepairTagger(model: try PerceptronTagger.loadBundled()), syntax: nil)

    // the whole extraction, with the parse and without
    var documents: [Document] = []
    var cpuWith = 0.0, cpuWithout = 0.0
    let wallWith = seconds(cpu: &cpuWith) { documents = texts.map { standard.run(Document(text: $0)) } }
    let wallWithout = seconds(cpu: &cpuWithout) { for text in texts { _ = withoutSyntax.run(Document(text: text)) } }
    let tokens = documents.reduce(0) { $0 + $1.tokens.count }
    report("news CSV", "\(texts.count) articles, \(tokens) pipeline tokens, \(documents.reduce(0) { $0 + $1.sentences.count }) sentences")
    report("whole extraction with syntax, one thread", String(format: "%.2f s wall, %.2f s cpu = %.0f tokens/s", wallWith, cpuWith, Double(tokens) / cpuWith))
    report("whole extraction without syntax", String(format: "%.2f s wall, %.2f s cpu = %.0f tokens/s", wallWithout, cpuWithout, Double(tokens) / cpuWithout))

    // the tagger and parser alone on the pipeline's sentences
    let sentences: [[String]] = documents.flatMap { d in d.sentences.map { s in s.tokens.map { d.tokens[$0].text } } }
    var bestCPU = Double.infinity, bestWall = Double.infinity
    var taggerCPU = Double.infinity
    for _ in 0..<3 {
        var cpu = 0.0
        bestWall = min(bestWall, seconds(cpu: &cpu) { for s in sentences { _ = model.analyse(s) } })
        bestCPU = min(bestCPU, cpu)
        var tagCPU = 0.0
        _ = seconds(cpu: &tagCPU) { for s in sentences { _ = model.tagger.tag(words: s) } }
        taggerCPU = min(taggerCPU, tagCPU)
    }
    report("tagger + parser alone (best of 3)", String(format: "%.2f s wall, %.2f s cpu = %.0f tokens/s", bestWall, bestCPU, Double(tokens) / bestCPU))
    report("tagger alone (best of 3)", String(format: "%.2f s cpu = %.0f tokens/s", taggerCPU, Double(tokens) / taggerCPU))
    report("peak RSS", String(format: "%.1f MB", peakRSSMegabytes()))
    if let out = option("--write-text") {
        let lines = documents.map { d in d.tokens.map(\.text).filter { !$0.contains(" ") }.joined(separator: " ") }
        try lines.joined(separator: "\n").write(toFile: out, atomically: true, encoding: .utf8)
    }
}
