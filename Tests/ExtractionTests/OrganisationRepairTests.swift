import EntityTagger
import Extraction
import Foundation
import NewsModel
import Testing

@Suite("Organisation repair over the trained model")
struct OrganisationRepairTests {
    static let tagger: OrganisationRepairTagger? = (try? PerceptronTagger.loadBundled()).map { OrganisationRepairTagger(model: $0) }

    private func entities(_ words: [String]) throws -> [String] {
        let tags = try #require(Self.tagger).tag(sentences: [words])[0]
        return Tags.spans(iob: tags).map { "\($0.type) " + words[$0.start..<$0.end].joined(separator: " ") }
    }

    @Test("long organisation names come out whole")
    func longNames() throws {
        let unowas = "Mahamat Saleh Annadif , head of the United Nations Office for West Africa and the Sahel , arrived ."
        let found = try entities(unowas.split(separator: " ").map(String.init))
        #expect(found.contains("ORG United Nations Office for West Africa and the Sahel"), "\(found)")
        #expect(found.contains("PER Mahamat Saleh Annadif"))

        let isgs = try entities("The attack was claimed by the Islamic State in the Greater Sahara .".split(separator: " ").map(String.init))
        #expect(isgs.contains("ORG Islamic State in the Greater Sahara"), "\(isgs)")

        let wagner = try entities("Western partners denounce the private Russian army , called Wagner group .".split(separator: " ").map(String.init))
        #expect(wagner.contains("ORG Wagner group"), "\(wagner)")
        #expect(wagner.contains("MISC Russian"))
    }

    @Test("separate names joined by 'and' stay separate")
    func keepsSeparateNames() throws {
        let found = try entities("Troops from Mali and Burkina Faso met officials of the United Nations in Niamey .".split(separator: " ").map(String.init))
        #expect(found.contains("LOC Mali"), "\(found)")
        #expect(found.contains("LOC Burkina Faso"))
        #expect(found.contains("LOC Niamey"))
    }

    /// The pipeline the services run finds every name of the seed's gold file with its gold type.
    @Test(.enabled(if: Fixtures.hasSeed, "needs ../shared/data/seed and ../shared/gold (the seed and its gold)")) func seedWithTheShippedModel() throws {
        struct Gold: Decodable {
            var entities: [[String]]
        }
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: Fixtures.shared.appendingPathComponent("gold/mali-junta-russia.gold.json")))
        let x = ExtractionPipeline.standard().extract(Article(text: try Fixtures.seedText()))
        for pair in gold.entities {
            let entity = x.entities.first { $0.name.lowercased() == pair[0].lowercased() || $0.aliases.contains(pair[0]) }
            #expect(entity?.type.rawValue == pair[1], "\(pair[0]) should be found as \(pair[1]), got \(String(describing: entity))")
        }
    }

    /// The repair widens organisation names the news writes long; on CoNLL-2003 dev, whose conventions differ, it must
    /// not take the model below issue 3's target for the entity model (F1 >= 0.91 on eng.testa). (Measured
    /// 2026-12-02: 0.9335 with the repair, 0.9360 without.)
    @Test(.enabled(if: FileManager.default.fileExists(atPath: OrganisationRepairTests.dev),
                   "needs ../shared/data/conll2003/eng.testa (CoNLL-2003 dev)"))
    func devSetF1() throws {
        let documents = try CoNLL.read(path: Self.dev)
        let repaired = evaluate(try #require(Self.tagger), on: documents).overall.f1
        #expect(repaired >= 0.91, "dev F1 \(repaired) with the repair")
    }

    static let dev = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/data/conll2003/eng.testa").path
}
