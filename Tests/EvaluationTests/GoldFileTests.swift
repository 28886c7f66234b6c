import Foundation
import Testing
@testable import Evaluation

@Suite("Gold files")
struct GoldFileTests {
    @Test("The seed's gold file decodes with every list", .enabled(if: Paths.hasSeed && Paths.hasNews, "needs ../shared (the seed, its gold and the news CSV)"))
    func seedGold() throws {
        let gold = try GoldEvaluator.readGold(Paths.seedGold)
        #expect(gold.article == "seed/mali-junta-russia.txt")
        #expect(gold.published == nil)
        #expect(gold.articleID == nil)
        #expect(gold.note?.isEmpty == false)
        #expect(gold.entities.count == 18)
        #expect(gold.entities.first == GoldEntity(name: "Assimi Goïta", type: "PER"))
        #expect(gold.aliases == [GoldAlias(canonical: "Assimi Goïta", alias: "Goïta"),
                                 GoldAlias(canonical: "Islamic State in the Greater Sahara", alias: "EIGS")])
        #expect(gold.roles.count == 6)
        #expect(gold.quotes.count == 5)
        #expect(gold.quotes[2] == GoldQuote(starts: "external expertise", speaker: "Malian army"))
        #expect(gold.dates.contains(GoldDate(text: "Sunday", value: "2022-08-07")))
        #expect(gold.counts == [GoldCount(type: "KILL", number: 42, object: "Malian soldiers", location: "Tessit"),
                                GoldCount(type: "ARREST", number: 49, object: "Ivorian soldiers", location: "Bamako")])
        #expect(gold.events.count == 8)
        #expect(gold.events[1].cameo == ["07", "06"])
        #expect(gold.events[4].fatalities == 42)
        #expect(gold.events[4].location == "Tessit")
        #expect(gold.events[5].count == 49)
        #expect(gold.events[6].targets.isEmpty)
        #expect(gold.boilerplate == ["Comments"])
    }

    @Test("Optional keys may be missing or null; codes and numbers may be strings")
    func tolerant() throws {
        let minimal = try GoldFile.decode(Data(#"{"article": "news/NewsArticles.csv#12"}"#.utf8))
        #expect(minimal.entities.isEmpty && minimal.quotes.isEmpty && minimal.events.isEmpty)
        let loose = try GoldFile.decode(Data("""
            {"article": "news/NewsArticles.csv#12", "article_id": "12", "published": "2017-03-02", "roles": null,
             "quotes": [{"starts": "We will", "speaker": null}],
             "counts": [{"type": "kill", "number": "1,200"}],
             "events": [{"cameo": "4", "actors": "Mali", "fatalities": null, "count": 3},
                        {"cameo": [19, "190"], "what": "clash"}],
             "aliases": [["Assimi Goïta", "Goïta", "Colonel Goïta"]]}
            """.utf8))
        #expect(loose.articleID == 12)
        #expect(loose.roles.isEmpty)
        #expect(loose.quotes == [GoldQuote(starts: "We will")])
        #expect(loose.counts == [GoldCount(type: "KILL", number: 1200)])
        #expect(loose.events[0].cameo == ["04"] && loose.events[0].actors == ["Mali"] && loose.events[0].count == 3)
        #expect(loose.events[1].cameo == ["19", "19"])
        #expect(loose.aliases.count == 2)
    }

    @Test("Encoding gives the gold format back", .enabled(if: Paths.hasSeed && Paths.hasNews, "needs ../shared (the seed, its gold and the news CSV)"))
    func roundTrip() throws {
        let gold = try GoldEvaluator.readGold(Paths.seedGold)
        let again = try GoldFile.decode(JSONEncoder().encode(gold))
        #expect(again == gold)
    }

    @Test("A bad gold file is an error naming it, and says what is wrong")
    func badFile() throws {
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = folder.appendingPathComponent("broken.gold.json")
        try Paths.write("{\"article\": \"seed/x.txt\", \"entities\": [[\"Mali\"", to: broken)
        let noArticle = folder.appendingPathComponent("no-article.gold.json")
        try Paths.write(#"{"entities": [["Mali", "LOC"]]}"#, to: noArticle)
        let wrongType = folder.appendingPathComponent("wrong-type.gold.json")
        try Paths.write(#"{"article": "seed/x.txt", "counts": [{"type": "KILL", "number": "many"}]}"#, to: wrongType)

        let error1 = #expect(throws: GoldFileError.self) { try GoldEvaluator.readGold(broken.path) }
        #expect(error1?.description.contains(broken.path) == true)
        #expect(error1?.description.contains("not valid JSON") == true)
        let error2 = #expect(throws: GoldFileError.self) { try GoldEvaluator.readGold(noArticle.path) }
        #expect(error2?.description.contains(noArticle.path) == true)
        #expect(error2?.description.contains("missing field 'article'") == true)
        let error3 = #expect(throws: GoldFileError.self) { try GoldEvaluator.readGold(wrongType.path) }
        #expect(error3?.description.contains("counts[0].number") == true)
        let missing = folder.appendingPathComponent("absent.gold.json").path
        let error4 = #expect(throws: GoldFileError.self) { try GoldEvaluator.readGold(missing) }
        #expect(error4?.description == "\(missing): no such gold file")
    }
}
