import NewsModel
import Testing
@testable import Storage

/// The corpus-wide rules of canonical entities (issue 7, "Entities across the corpus").
@Suite struct CanonEntityTests {
    typealias Doc = (article: Article, extraction: Extraction)

    @Test func spellingVariantsAreOneEntity() throws {
        try withStore { store, _ in
            try store.upsert([
                Canon.doc("1", [Canon.per("Kim Jong Un", mentions: 2)]),
                Canon.doc("2", [Canon.per("Kim Jong-un")]),
                Canon.doc("3", [Canon.per("KIM JONG-UN")]),
                Canon.doc("4", [Canon.org("Department of Justice")]),
                Canon.doc("5", [Canon.org("Justice Department", mentions: 3)]),
                Canon.doc("6", [Canon.per("Donald J. Trump"), Canon.per("Donald Trump", mentions: 4)]),
            ])
            let entities = try Canon.entities(store)
            #expect(entities.map(\.key) == ["donald trump", "justice department", "kim jong un"], "\(entities)")
            #expect(entities.map(\.name) == ["Donald Trump", "Justice Department", "Kim Jong Un"])
            #expect(entities[2].aliases == ["KIM JONG-UN", "Kim Jong Un", "Kim Jong-un"])
            #expect(try store.entities(type: .person, namePrefix: "kim jong-un", limit: 5, offset: 0).first?.articles == 3)
        }
    }

    /// "Trump" joins the full name with most articles, whichever order the articles come in, and even though
    /// another full name ending in "Trump" claimed it first.
    @Test func aSurnameJoinsTheMostProminentFullNameInAnyOrder() throws {
        let docs: [Doc] = [
            Canon.doc("ivanka", [Canon.per("Ivanka Trump", ["Trump"])]),
            Canon.doc("donald-1", [Canon.per("Donald Trump", ["Trump"])]),
            Canon.doc("donald-2", [Canon.per("Donald Trump")]),
            Canon.doc("bare", [Canon.per("Trump", mentions: 2), Canon.loc("Washington")]),
        ]
        var outcomes: Set<[String]> = []
        for order in Canon.permutations(docs) {
            try withStore { store, _ in
                for doc in order { try store.upsert([doc]) }
                let trump = try #require(try Canon.entity(named: "donald trump", in: store))
                #expect(trump.aliases == ["Donald Trump", "Trump"], "order \(order.map(\.article.id))")
                let references = try Canon.references(store).filter { $0.hasPrefix("bare/") }
                #expect(references.contains("bare/mention E1: donald trump"))
                #expect(references.contains("bare/quote: donald trump"))
                #expect(references.contains("bare/event actor: donald trump"))
                #expect(try Canon.entity(named: "trump", in: store) == nil)
                outcomes.insert(try Canon.entities(store).map(\.description) + Canon.references(store))
            }
        }
        #expect(outcomes.count == 1, "every order gives the same entities and references")
        // One batch holding everything gives the same again.
        try withStore { store, _ in
            try store.upsert(docs)
            #expect(outcomes.contains(try Canon.entities(store).map(\.description) + Canon.references(store)))
        }
    }

    /// Prominence changes as articles arrive: the surname moves, with every row of its stored articles.
    @Test func aSurnameMovesWhenAnotherFullNameBecomesMoreProminent() throws {
        try withStore { store, _ in
            try store.upsert([
                Canon.doc("ivanka-1", [Canon.per("Ivanka Trump")]),
                Canon.doc("ivanka-2", [Canon.per("Ivanka Trump")]),
                Canon.doc("bare", [Canon.per("Trump"), Canon.loc("Trump Tower")]),
            ])
            #expect(try Canon.references(store).contains("bare/quote: ivanka trump"))
            try store.upsert((1...3).map { Canon.doc("donald-\($0)", [Canon.per("Donald Trump")]) })
            let bare = try Canon.references(store).filter { $0.hasPrefix("bare/") }
            #expect(bare == ["bare/count: trump tower", "bare/event actor: donald trump", "bare/event place: trump tower",
                             "bare/event target: trump tower", "bare/mention E1: donald trump", "bare/mention E2: trump tower",
                             "bare/quote: donald trump"])
            #expect(try Canon.entity(named: "ivanka trump", in: store)?.aliases == ["Ivanka Trump"])
            // And back when those articles go again (replaced by versions without him).
            try store.upsert((1...3).map { Canon.doc("donald-\($0)", [Canon.loc("Mar-a-Lago")]) })
            #expect(try Canon.references(store).contains("bare/quote: ivanka trump"))
            #expect(try Canon.entity(named: "donald trump", in: store) == nil)
        }
    }

    @Test func twoEquallyProminentFullNamesLeaveTheSurnameAlone() throws {
        try withStore { store, _ in
            try store.upsert([
                Canon.doc("1", [Canon.per("Sadio Camara", ["Camara"])]),
                Canon.doc("2", [Canon.per("Oumar Camara", ["Camara"])]),
                Canon.doc("3", [Canon.per("Camara")]),
            ])
            #expect(try Canon.entities(store).map(\.key) == ["camara", "oumar camara", "sadio camara"])
            try store.upsert([Canon.doc("4", [Canon.per("Sadio Camara")])])
            #expect(try Canon.entities(store).map(\.key) == ["oumar camara", "sadio camara"])
            #expect(try Canon.entity(named: "sadio camara", in: store)?.aliases == ["Camara", "Sadio Camara"])
        }
    }

    @Test func typeIsTheVoteOfAllMentionsWhateverEachWasTagged() throws {
        let docs: [Doc] = [
            Canon.doc("1", [Canon.loc("Trump")]),
            Canon.doc("2", [Canon.org("Trump", mentions: 2)]),
            Canon.doc("3", [Canon.per("Trump", mentions: 4)]),
            Canon.doc("4", [Canon.loc("Jordan", mentions: 3), Canon.per("Jordan")]),
        ]
        for order in [docs, docs.reversed()] {
            try withStore { store, _ in
                for doc in order { try store.upsert([doc]) }
                let entities = try Canon.entities(store)
                #expect(entities.map { "\($0.key) \($0.type)" } == ["jordan LOC", "trump PER"])
                #expect(try store.entities(type: .person, namePrefix: "trump", limit: 5, offset: 0).first?.articles == 3)
            }
        }
    }

    @Test func typeFollowsTheVoteAsMentionsArrive() throws {
        try withStore { store, _ in
            try store.upsert([Canon.doc("1", [Canon.loc("TASS")])])
            #expect(try Canon.entity(named: "tass", in: store)?.type == "LOC")
            let id = try #require(try Canon.entity(named: "tass", in: store)?.id)
            try store.upsert([Canon.doc("2", [Canon.org("TASS", mentions: 2)])])
            #expect(try Canon.entity(named: "tass", in: store)?.type == "ORG")
            #expect(try Canon.entity(named: "tass", in: store)?.id == id, "a new type keeps the id")
        }
    }

    @Test func aliasesAreOnlyNamesOfTheEntity() throws {
        try withStore { store, _ in
            try store.upsert([
                Canon.doc("1", [Canon.loc("United Kingdom", ["UK", "US Kim", "Britain"]), Canon.per("Kim")]),
                Canon.doc("2", [Canon.loc("United States", ["US", "Untold Story", "US Secretary"]), Canon.loc("US")]),
                Canon.doc("3", [Canon.org("CNN", ["Paula Hancocks Beijing"]), Canon.per("Paula Hancocks"), Canon.loc("Beijing")]),
                Canon.doc("4", [Canon.org("European Union", ["EU", "Energy Union"])]),
                Canon.doc("5", [Canon.org("European Union", ["EU"])]),
                Canon.doc("6", [Canon.org("Energy Union", ["EU"])]),
                Canon.doc("7", [Canon.org("EU", mentions: 3)]),
            ])
            let byKey = Dictionary(uniqueKeysWithValues: try Canon.entities(store).map { ($0.key, $0) })
            #expect(byKey["united kingdom"]?.aliases == ["UK", "United Kingdom"], "one article's 'Britain' is no proof")
            #expect(byKey["united states"]?.aliases == ["US", "United States"])
            #expect(byKey["cnn"]?.aliases == ["CNN"])
            #expect(byKey["european union"]?.aliases == ["EU", "European Union"], "the most prominent expansion")
            #expect(byKey["energy union"]?.aliases == ["Energy Union"])
            #expect(byKey["eu"] == nil && byKey["us"] == nil)
            #expect(try Canon.references(store).contains("7/mention E1: european union"))
            // A second article saying "Britain" for the United Kingdom makes it a name of it.
            try store.upsert([Canon.doc("8", [Canon.loc("United Kingdom", ["Britain"])])])
            #expect(try Canon.entity(named: "united kingdom", in: store)?.aliases == ["Britain", "UK", "United Kingdom"])
        }
    }

    @Test func aWordOfAnotherTypeDoesNotJoinAPersonsName() throws {
        try withStore { store, _ in
            try store.upsert([
                Canon.doc("1", [Canon.per("George Washington", ["Washington"])]),
                Canon.doc("2", [Canon.loc("Washington", mentions: 2)]),
                Canon.doc("3", [Canon.loc("Washington")]),
            ])
            #expect(try Canon.entities(store).map { "\($0.key) \($0.type)" } == ["george washington PER", "washington LOC"])
            #expect(try Canon.entity(named: "george washington", in: store)?.aliases == ["George Washington"])
        }
    }
}
