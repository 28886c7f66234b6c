import NewsModel
import Testing
@testable import Storage

@Suite struct EntityTests {
    @Test func foldingDropsCaseDiacriticsAndExtraSpaces() {
        #expect(EntityKey.fold("Assimi  Goïta") == "assimi goita")
        #expect(EntityKey.fold("GOÏTA") == "goita")
        #expect(EntityKey.fold("Côte d’Ivoire") == "cote d'ivoire")
        #expect(EntityKey.fold(" ") == "")
    }

    @Test func goitaMergesAcrossTwoArticles() throws {
        try withStore { store, _ in
            try store.upsert([Fixture.mali, Fixture.paris])
            let people = try store.entities(type: .person, namePrefix: nil, limit: 10, offset: 0)
            #expect(people.count == 1)
            let goita = try #require(people.first)
            #expect(goita.name == "Assimi Goïta")
            #expect(goita.articles == 2)
            #expect(goita.mentions == 3)
            #expect(goita.aliases == ["Goita", "Goïta"])
        }
    }

    @Test func sameFoldedNameMergesRegardlessOfOrder() throws {
        try withStore { store, _ in
            func doc(_ id: String, _ name: String) -> (article: Article, extraction: Extraction) {
                let article = Article(id: id, text: "\(name) spoke.")
                return (article, Extraction(article: article.metadata, entities: [
                    Entity(id: "E1", type: .person, name: name, mentions: [Span(start: 0, end: name.unicodeScalars.count)]),
                ]))
            }
            try store.upsert([doc("1", "Goïta"), doc("2", "GOITA"), doc("3", "Goïta")])
            let people = try store.entities(type: nil, namePrefix: nil, limit: 10, offset: 0)
            #expect(people == [EntitySummary(name: "Goïta", type: .person, articles: 3, mentions: 3, aliases: ["GOITA"])])
        }
    }

    @Test func orderedByMentionsThenNameWithTypeAndPrefixFilters() throws {
        try withStore { store, _ in
            try store.upsert([Fixture.mali, Fixture.paris])
            let all = try store.entities(type: nil, namePrefix: nil, limit: 100, offset: 0)
            #expect(all.map(\.name) == ["Assimi Goïta", "Bamako", "French", "Mali", "Paris", "Russian", "Tessit"])
            let places = try store.entities(type: .location, namePrefix: nil, limit: 100, offset: 0)
            #expect(places.map(\.name) == ["Bamako", "Mali", "Paris", "Tessit"])
            #expect(places.allSatisfy { $0.type == .location })
            #expect(try store.entities(type: .location, namePrefix: nil, limit: 2, offset: 1).map(\.name) == ["Mali", "Paris"])
            #expect(try store.entities(type: nil, namePrefix: "ba", limit: 10, offset: 0).map(\.name) == ["Bamako"])
            // A prefix of an alias finds the entity too, without case or diacritics.
            #expect(try store.entities(type: nil, namePrefix: "GOÏ", limit: 10, offset: 0).map(\.name) == ["Assimi Goïta"])
            #expect(try store.entities(type: .location, namePrefix: "goi", limit: 10, offset: 0).isEmpty)
            #expect(try store.entities(type: nil, namePrefix: "%", limit: 10, offset: 0).isEmpty)
        }
    }

    @Test func ambiguousAliasDoesNotMerge() throws {
        try withStore { store, _ in
            func doc(_ id: String, _ entity: Entity) -> (article: Article, extraction: Extraction) {
                let article = Article(id: id, text: "Camara Camara Camara")
                return (article, Extraction(article: article.metadata, entities: [entity]))
            }
            try store.upsert([
                doc("1", Entity(id: "E1", type: .person, name: "Sadio Camara", aliases: ["Camara"], mentions: [Span(start: 0, end: 6)])),
                doc("2", Entity(id: "E1", type: .person, name: "Oumar Camara", aliases: ["Camara"], mentions: [Span(start: 0, end: 6)])),
                doc("3", Entity(id: "E1", type: .person, name: "Camara", mentions: [Span(start: 0, end: 6)])),
            ])
            let names = try store.entities(type: .person, namePrefix: nil, limit: 10, offset: 0).map(\.name)
            #expect(Set(names) == ["Sadio Camara", "Oumar Camara", "Camara"])
        }
    }

    @Test func aSurnameStoredFirstJoinsTheFullNameThatClaimsItLater() throws {
        try withStore { store, _ in
            func doc(_ id: String, _ entity: Entity) -> (article: Article, extraction: Extraction) {
                let article = Article(id: id, text: "Donald Trump and Trump")
                var extraction = Extraction(article: article.metadata, entities: [entity])
                extraction.quotes = [Quote(text: "x", speaker: "E1", start: 0, end: 1)]
                return (article, extraction)
            }
            try store.upsert([doc("1", Entity(id: "E1", type: .person, name: "Trump", mentions: [Span(start: 16, end: 21)]))])
            try store.upsert([doc("2", Entity(id: "E1", type: .person, name: "Donald Trump", aliases: ["Trump"],
                                              mentions: [Span(start: 0, end: 12), Span(start: 16, end: 21)]))])
            let people = try store.entities(type: .person, namePrefix: nil, limit: 10, offset: 0)
            #expect(people.count == 1, "\(people)")
            #expect(people.first?.articles == 2)
            #expect(people.first?.mentions == 3)
            #expect(Set(people.first?.aliases ?? []).union([people.first?.name ?? ""]) == ["Donald Trump", "Trump"])
            // Article 1 still finds its entity, now the merged one, through the entity filter.
            #expect(try store.search(SearchQuery(text: "Trump", entity: "Donald Trump")).total == 2)
        }
    }
}
