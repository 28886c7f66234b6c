import Foundation
import Testing
@testable import Syntax

/// The shipped model on sentences written for these tests (none is in the silver data).
@Suite(.enabled(if: SyntaxModel.bundled != nil, "the shipped syntax model"))
struct TrainedModelTests {
    let model = SyntaxModel.bundled!

    func parse(_ sentence: String) -> (words: [String], syntax: SentenceSyntax) {
        let words = sentence.split(separator: " ").map(String.init)
        return (words, model.analyse(words))
    }

    func dependent(_ parsed: (words: [String], syntax: SentenceSyntax), of head: String, _ label: DependencyLabel) -> String? {
        guard let h = parsed.words.firstIndex(of: head) else { return nil }
        return parsed.words.indices.first { parsed.syntax.tree.heads[$0] == h && parsed.syntax.tree.labels[$0] == label }
            .map { parsed.words[$0] }
    }

    @Test func activeSubjectAndObject() {
        let parsed = parse("Police in Bamako arrested three militants on Tuesday .")
        #expect(dependent(parsed, of: "arrested", .nsubj) == "Police")
        #expect(dependent(parsed, of: "arrested", .dobj) == "militants")
        #expect(parsed.syntax.tags[parsed.words.firstIndex(of: "arrested")!] == .VBD)
        #expect(parsed.syntax.tree.heads[parsed.words.firstIndex(of: "arrested")!] == -1)
    }

    @Test func passiveSubjectAndAgent() {
        let parsed = parse("Twelve villagers were killed by gunmen near the border .")
        #expect(dependent(parsed, of: "killed", .nsubjpass) == "villagers")
        #expect(dependent(parsed, of: "killed", .auxpass) == "were")
        #expect(dependent(parsed, of: "killed", .agent) == "by")
        #expect(dependent(parsed, of: "by", .pobj) == "gunmen")
        #expect(parsed.syntax.universalTags[parsed.words.firstIndex(of: "were")!] == .AUX)
    }

    @Test func reportedSpeechIsAClausalComplement() {
        let parsed = parse("The minister said the army had repelled the attack .")
        #expect(dependent(parsed, of: "said", .nsubj) == "minister")
        #expect(dependent(parsed, of: "said", .ccomp) == "repelled")
        #expect(dependent(parsed, of: "repelled", .nsubj) == "army")
        #expect(dependent(parsed, of: "repelled", .dobj) == "attack")
    }

    @Test func appositionAndCompoundName() {
        let parsed = parse("Sadio Camara , the defence minister , visited Moscow .")
        #expect(dependent(parsed, of: "Camara", .compound) == "Sadio")
        #expect(dependent(parsed, of: "Camara", .appos) == "minister")
        #expect(dependent(parsed, of: "visited", .nsubj) == "Camara")
        #expect(dependent(parsed, of: "visited", .dobj) == "Moscow")
    }

    @Test func everySentenceGetsAWellFormedTree() {
        for sentence in ["", "Hello", ". . .", "\u{201C} We will not give up , \u{201D} she said ."] {
            let words = sentence.split(separator: " ").map(String.init)
            let tree = model.analyse(words).tree
            #expect(tree.heads.count == words.count)
            for d in words.indices {
                var a = d, hops = 0
                while a >= 0 && hops <= words.count { a = tree.heads[a]; hops += 1 }
                #expect(hops <= words.count)
            }
        }
    }

    /// Load time is a benchmark figure (BENCHMARKS.md, `newswire-bench --syntax`), not a test: a fresh load from the
    /// bundled file gives the same analyses as the shared instance.
    @Test func reloadsToTheSameModel() throws {
        let url = try #require(SyntaxModel.bundledURL)
        let reloaded = try SyntaxModel(contentsOf: url)
        let words = "Police in Bamako arrested three militants on Tuesday .".split(separator: " ").map(String.init)
        #expect(reloaded.analyse(words).tree.heads == model.analyse(words).tree.heads)
        #expect(reloaded.analyse(words).tags == model.analyse(words).tags)
    }
}

let silverConll = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/data/parses/conll2003-train.conllu.gz").path

/// The oracle on every silver tree of the CoNLL-2003 file: projective trees come back exactly.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: silverConll), "../shared/data/parses"))
struct SilverOracleTests {
    @Test func oracleReproducesSilverProjectiveTrees() throws {
        let sentences = try Treebank.read(path: silverConll)
        #expect(sentences.count == 14_041)
        var projective = 0, exact = 0, arcs = 0, found = 0
        for s in sentences.prefix(4000) {
            let tree = oracleTree(heads: s.heads, labels: s.labels).tree
            arcs += s.count
            found += (0..<s.count).filter { tree.heads[$0] == s.heads[$0] && tree.labels[$0] == s.labels[$0] }.count
            if isProjective(s.heads) {
                projective += 1
                if tree.heads == s.heads && tree.labels == s.labels { exact += 1 }
            }
        }
        #expect(exact == projective)
        #expect(Double(found) / Double(arcs) > 0.99)
    }
}
