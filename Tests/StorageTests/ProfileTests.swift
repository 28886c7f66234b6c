import NewsModel
import Testing
@testable import Storage

@Suite struct ProfileTests {
    private func goita(_ store: SQLiteStore) throws -> EntityProfile {
        let match = try #require(try store.entities(named: "GOITA", limit: 5).first)
        return try #require(try store.profile(ofEntity: match.id, limit: 10))
    }

    @Test func namesAndAliasesFindTheCanonicalEntity() throws {
        try withStore { store, _ in
            try store.upsert(Fixture.corpus)
            for name in ["Assimi Goïta", "assimi goita", "Goita", "GOÏTA"] {
                let found = try store.entities(named: name, limit: 5)
                #expect(found.map(\.name) == ["Assimi Goïta"], "\(name)")
                #expect(found.first?.mentions == 4)
            }
            #expect(try store.entities(named: "Nobody", limit: 5).isEmpty)
            #expect(try store.entities(named: "  ", limit: 5).isEmpty)
        }
    }

    @Test func countsSpellingsAndDates() throws {
        try withStore { store, _ in
            try store.upsert(Fixture.corpus)
            let profile = try goita(store)
            #expect(profile.entity.name == "Assimi Goïta")
            #expect(profile.entity.type == .person)
            #expect(profile.articles == 3)
            #expect(profile.mentions == 4)
            #expect(profile.firstSeen == "2022-08-10")
            #expect(profile.lastSeen == "2022-09-05")
            #expect(profile.aliases == [AliasCount(alias: "Goïta", mentions: 2), AliasCount(alias: "Assimi Goïta", mentions: 1),
                                        AliasCount(alias: "Goita", mentions: 1)])
            #expect(profile.perDay == [DayCount(day: "2022-08-10", mentions: 2, articles: 1),
                                       DayCount(day: "2022-09-01", mentions: 1, articles: 1),
                                       DayCount(day: "2022-09-05", mentions: 1, articles: 1)])
        }
    }

    @Test func rolesNameThePlaceTheyAreOf() throws {
        try withStore { store, _ in
            try store.upsert(Fixture.corpus)
            let roles = try goita(store).roles
            #expect(roles.map(\.role) == ["Colonel", "President of Mali"])
            #expect(roles.map(\.articles) == [1, 1])
            #expect(roles[0].refersTo == nil)
            #expect(roles[1].refersTo?.name == "Mali")
            #expect(roles[1].refersTo?.type == .location)
        }
    }

    @Test func cooccurringEntitiesPerTypeBySharedArticles() throws {
        try withStore { store, _ in
            try store.upsert(Fixture.corpus)
            let together = try goita(store).cooccurring
            #expect(Set(together.keys) == ["LOC", "MISC", "ORG"])
            // Ties by name (entity ids are hashes of the name: their order means nothing to a reader).
            #expect(together["LOC"]?.map(\.entity.name) == ["Mali", "Tessit", "Bamako", "Paris"])
            #expect(together["LOC"]?.map(\.articles) == [2, 2, 1, 1])
            #expect(together["ORG"]?.map(\.entity.name) == ["Wagner"])
            #expect(Set(together["MISC"]?.map(\.entity.name) ?? []) == ["Russian", "French"])
            // The limit applies per type.
            let match = try #require(try store.entities(named: "Goïta", limit: 1).first)
            let one = try #require(try store.profile(ofEntity: match.id, limit: 1)).cooccurring
            #expect(one["LOC"]?.map(\.entity.name) == ["Mali"])
            #expect(one["MISC"]?.count == 1)
        }
    }

    @Test func quotesAndEventsOnBothSides() throws {
        try withStore { store, _ in
            try store.upsert(Fixture.corpus)
            let profile = try goita(store)
            #expect(profile.quotes.map(\.text) == ["We spoke of security,"])
            #expect(profile.quotes.first?.articleID == "mali-1")
            #expect(profile.quotes.first?.cue == "declared")
            #expect(profile.asActor.events == 2)
            #expect(profile.asActor.byCAMEO == [CAMEOCount(cameo: "04", label: "consult", events: 1, fatalities: 0),
                                                CAMEOCount(cameo: "11", label: "disapprove", events: 1, fatalities: 0)])
            // Newest first: the condemnation has no date of its own and takes its article's (2022-09-05).
            #expect(profile.asActor.latest.map(\.trigger) == ["condemned", "met"])
            let condemned = try #require(profile.asActor.latest.first)
            #expect(condemned.targets.map(\.name) == ["Wagner"])
            #expect(condemned.actors.map(\.name) == ["Assimi Goïta"])
            #expect(condemned.articleID == "wagner-3")
            #expect(profile.asActor.latest.last?.place?.name == "Bamako")
            #expect(profile.asTarget == EventSide())

            let wagner = try #require(try store.entities(named: "wagner", limit: 1).first)
            let side = try #require(try store.profile(ofEntity: wagner.id, limit: 10))
            #expect(side.asTarget.events == 1)
            #expect(side.asActor.byCAMEO == [CAMEOCount(cameo: "18", label: "assault", events: 1, fatalities: 5)])
        }
    }

    @Test func aWordOfANameFindsItWhenNoAliasIsThatWord() throws {
        try withStore { store, _ in
            try store.upsert([Fixture.single(id: "c1", name: "Sadio Camara", type: .person),
                              Fixture.single(id: "c2", name: "Camaraderie Party", type: .organisation)])
            #expect(try store.entities(named: "camara", limit: 5).map(\.name) == ["Sadio Camara"])
            #expect(try store.entities(named: "SADIO", limit: 5).map(\.name) == ["Sadio Camara"])
            #expect(try store.entities(named: "cam", limit: 5).isEmpty, "whole words only")
        }
    }

    @Test func unknownIDHasNoProfile() throws {
        try withStore { store, _ in
            try store.upsert(Fixture.corpus)
            #expect(try store.profile(ofEntity: 987_654, limit: 10) == nil)
            #expect(try store.entity(id: 987_654) == nil)
        }
    }

    @Test func aNameOfSeveralEntitiesListsTheMostMentionedFirst() throws {
        try withStore { store, _ in
            // One name is one entity (its type the vote of its mentions); several entities share a word of their names.
            try store.upsert([Fixture.single(id: "j1", name: "Jordan", type: .location),
                              Fixture.single(id: "j2", name: "Michael Jordan", type: .person),
                              Fixture.single(id: "j3", name: "Jordan", type: .person),
                              Fixture.single(id: "j4", name: "Jordan", type: .location)])
            #expect(try store.entities(named: "jordan", limit: 5).map(\.type) == [.location])
            #expect(try store.entities(named: "jordan", limit: 5).map(\.mentions) == [3])
            try store.upsert([Fixture.single(id: "c1", name: "Sadio Camara", type: .person),
                              Fixture.single(id: "c2", name: "Camara Bay", type: .location),
                              Fixture.single(id: "c3", name: "Sadio Camara", type: .person)])
            let found = try store.entities(named: "camara", limit: 5)
            #expect(found.map(\.type) == [.person, .location])
            #expect(found.map(\.mentions) == [2, 1])
        }
    }

    @Test func derivedTablesFollowReplacementsAndMerges() throws {
        try withStore { store, _ in
            try store.upsert(Fixture.corpus)
            #expect(try store.derivedTablesMatchMentions())
            // Storing again changes nothing.
            try store.upsert(Fixture.corpus)
            #expect(try store.derivedTablesMatchMentions())
            #expect(try goita(store).mentions == 4)
            // A replaced article with fewer entities.
            var wagner = Fixture.wagner
            wagner.extraction.entities.removeLast()
            try store.upsert([wagner])
            #expect(try store.derivedTablesMatchMentions())
            // A surname stored first, then the full name claiming it: the upsert merges them.
            try store.upsert([Fixture.single(id: "t1", name: "Trump", type: .person, published: "2020-01-01")])
            let text = "Donald Trump spoke. Trump left."
            let article = Article(id: "t2", text: text, published: "2020-01-02")
            try store.upsert([(article, Extraction(article: article.metadata, entities: [
                Entity(id: "E1", type: .person, name: "Donald Trump", aliases: ["Trump"],
                       mentions: [Fixture.span("Donald Trump", in: text), Fixture.span("Trump", in: text, occurrence: 1)]),
            ], sentences: [Span(start: 0, end: 19), Span(start: 20, end: 31)]))])
            #expect(try store.derivedTablesMatchMentions())
            let trump = try #require(try store.entities(named: "Trump", limit: 5).first)
            let profile = try #require(try store.profile(ofEntity: trump.id, limit: 10))
            #expect(profile.articles == 2)
            #expect(profile.aliases.first == AliasCount(alias: "Trump", mentions: 2))
        }
    }
}
