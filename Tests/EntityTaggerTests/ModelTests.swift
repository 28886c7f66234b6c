import Foundation
import Testing
@testable import EntityTagger

@Suite struct ModelTests {
    @Test func learnsTheTinyTrainingSet() {
        let tagger = tinyModel()
        for doc in CoNLL.parse(tinyCoNLL) {
            #expect(tagger.tag(sentences: doc.words) == doc.goldTags)
        }
    }

    @Test func saveAndLoadGiveTheSameTags() throws {
        let tagger = tinyModel()
        let data = tagger.encoded()
        let loaded = try PerceptronTagger(data: data)
        #expect(loaded.encoded() == data)
        let sentences = [["John", "Smith", "visited", "Berlin", "."], ["Mary", "works", "for", "Acme", "Corp", "."]]
        #expect(loaded.tag(sentences: sentences) == tagger.tag(sentences: sentences))
        #expect(loaded.rowCount == tagger.rowCount)
        #expect(loaded.second != nil)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tiny-\(UUID().uuidString).model")
        defer { try? FileManager.default.removeItem(at: url) }
        try tagger.write(to: url)
        #expect(try PerceptronTagger(contentsOf: url).encoded() == data)
    }

    @Test func onePassModelsRoundTripToo() throws {
        let tagger = tinyModel(stacked: false)
        #expect(tagger.second == nil)
        let loaded = try PerceptronTagger(data: tagger.encoded())
        #expect(loaded.second == nil)
        #expect(loaded.encoded() == tagger.encoded())
        for doc in CoNLL.parse(tinyCoNLL) { #expect(loaded.tag(sentences: doc.words) == doc.goldTags) }
    }

    @Test func sameDataAndSeedGiveTheSameBytes() {
        #expect(tinyModel(seed: 3).encoded() == tinyModel(seed: 3).encoded())
    }

    @Test func rejectsWhatIsNotAModel() {
        #expect(throws: ModelFileError.self) { try PerceptronTagger(data: Data("not a model".utf8)) }
        var truncated = tinyModel().encoded()
        truncated.removeLast(100)
        #expect(throws: ModelFileError.self) { try PerceptronTagger(data: truncated) }
    }

    @Test func emptyInputsAreFine() {
        let tagger = tinyModel()
        #expect(tagger.tag(sentences: []) == [])
        #expect(tagger.tag(sentences: [[]]) == [[]])
    }

    @Test func clustersAreDeterministicAndGroupLikeWords() {
        var sentences: [[String]] = []
        let cities = ["Paris", "Berlin", "Rome", "Madrid"], days = ["Monday", "Tuesday", "Friday", "Sunday"]
        for i in 0..<200 {
            sentences.append(["he", "flew", "to", cities[i % 4], "on", days[(i / 4) % 4], "."])
            sentences.append(["they", "live", "in", cities[(i + 1) % 4], "since", days[(i + 2) % 4], "."])
        }
        var options = ClusterOptions()
        options.branching = 2
        options.levels = 2
        options.minCount = 1
        let a = ClusterBuilder.build(sentences: sentences, options: options)
        let b = ClusterBuilder.build(sentences: sentences, options: options)
        #expect(a.paths == b.paths)
        #expect(a.paths["Paris"]?.first == a.paths["Rome"]?.first)
        #expect(a.paths["Monday"]?.first == a.paths["Sunday"]?.first)
        #expect(a.table.count == a.paths.count)
    }
}
