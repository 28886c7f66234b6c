import Foundation
import ModelSupport
import Testing
@testable import Syntax

/// A tiny treebank written by hand, enough to train a small model whose file can be checked.
let tinyTreebank = """
    # doc_id = news-1
    1\tPolice\tpolice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
    2\tarrested\tarrest\tVERB\tVBD\t_\t0\tROOT\t_\t_
    3\tthree\tthree\tNUM\tCD\t_\t4\tnummod\t_\t_
    4\tmen\tman\tNOUN\tNNS\t_\t2\tdobj\t_\t_
    5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

    # doc_id = news-2
    1\tSoldiers\tsoldier\tNOUN\tNNS\t_\t3\tnsubjpass\t_\t_
    2\twere\tbe\tAUX\tVBD\t_\t3\tauxpass\t_\t_
    3\tkilled\tkill\tVERB\tVBN\t_\t0\tROOT\t_\t_
    4\tby\tby\tADP\tIN\t_\t3\tagent\t_\t_
    5\tgunmen\tgunman\tNOUN\tNNS\t_\t4\tpobj\t_\t_
    6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

    """

func tinyModel(seed: UInt64 = 1) throws -> SyntaxModel {
    let sentences = try Treebank.parse(tinyTreebank)
    var options = SyntaxTrainingOptions()
    options.taggerEpochs = 3
    options.parserEpochs = 3
    options.taggerBucketBits = 12
    options.parserBucketBits = 12
    options.taggerMinimum = 0
    options.parserMinimum = 0
    options.seed = seed
    let tagger = TaggerTrainer.train(sentences, options: options) { _ in }
    let parser = ParserTrainer.train(sentences, tags: sentences.map(\.tags), options: options) { _ in }
    return SyntaxModel(tagger: tagger, parser: parser, metadata: ["test": "tiny"])
}

@Suite struct ModelFileTests {
    @Test func readsCoNLLU() throws {
        let sentences = try Treebank.parse(tinyTreebank)
        #expect(sentences.count == 2)
        #expect(sentences[1].words == ["Soldiers", "were", "killed", "by", "gunmen", "."])
        #expect(sentences[1].heads == [2, 2, -1, 2, 3, 2])
        #expect(sentences[1].labels[3] == .agent)
        #expect(sentences[0].newsArticle == 1)
        #expect(sentences[0].universalTags[0] == .NOUN)
    }

    @Test func aBadLineIsNamed() {
        let bad = tinyTreebank.replacingOccurrences(of: "3\tthree\tthree\tNUM\tCD", with: "3\tthree\tthree\tNUM\tQQ")
        #expect {
            try Treebank.parse(bad, path: "bad.conllu")
        } throws: { error in
            "\(error)" == "bad.conllu:4: unknown XPOS tag 'QQ'"
        }
    }

    @Test func roundTripKeepsEveryWeight() throws {
        let model = try tinyModel()
        let data = model.encoded()
        let loaded = try SyntaxModel(data: data)
        #expect(loaded.tagger.weights == model.tagger.weights)
        #expect(loaded.parser.weights == model.parser.weights)
        #expect(loaded.tagger.universalExceptions == model.tagger.universalExceptions)
        #expect(loaded.metadata == ["test": "tiny"])
        #expect(loaded.encoded() == data)
        let words = ["Police", "arrested", "gunmen", "."]
        #expect(loaded.analyse(words) == model.analyse(words))
    }

    @Test func trainingIsReproducible() throws {
        #expect(try tinyModel(seed: 5).encoded() == tinyModel(seed: 5).encoded())
    }

    @Test func tinyModelLearnsItsTrainingSentences() throws {
        let model = try tinyModel()
        let parsed = model.analyse(["Soldiers", "were", "killed", "by", "gunmen", "."])
        #expect(parsed.tags == [.NNS, .VBD, .VBN, .IN, .NNS, .period])
        #expect(parsed.tree.heads == [2, 2, -1, 2, 3, 2])
        #expect(parsed.tree.labels == [.nsubjpass, .auxpass, .root, .agent, .pobj, .punct])
        #expect(parsed.universalTags[1] == .AUX)
    }

    @Test func corruptFilesAreClearErrors() throws {
        let data = try tinyModel().encoded()
        #expect(throws: SyntaxModelError.file(.badMagic(expected: "newswire syntax model"))) {
            try SyntaxModel(data: Data("NWNERMDL".utf8) + data.dropFirst(8))
        }
        #expect(throws: SyntaxModelError.file(.truncated)) {
            try SyntaxModel(data: data.prefix(data.count - 100))
        }
        #expect(throws: SyntaxModelError.file(.truncated)) { try SyntaxModel(data: data.prefix(12)) }
        // a version from the future
        var future = data
        future[8] = 9
        #expect(throws: SyntaxModelError.file(.unsupportedVersion(9))) { try SyntaxModel(data: future) }
        // a row index that points past the weights
        let corrupted = try corruptRowStarts(data)
        #expect(throws: SyntaxModelError.self) { try SyntaxModel(data: corrupted) }
        #expect(throws: (any Error).self) { try SyntaxModel(contentsOf: URL(fileURLWithPath: "/nonexistent/syntax.model")) }
    }

    /// The model with the first row of the parser's weights claiming more entries than there are.
    func corruptRowStarts(_ data: Data) throws -> Data {
        var bytes = [UInt8](data)
        let name = Array("PRLN".utf8)
        guard let at = (0..<(bytes.count - 4)).first(where: { Array(bytes[$0..<($0 + 4)]) == name }) else {
            throw SyntaxModelError.inconsistent("no PRLN")
        }
        bytes[at + 12] = bytes[at + 12] &+ 200
        return Data(bytes)
    }
}
