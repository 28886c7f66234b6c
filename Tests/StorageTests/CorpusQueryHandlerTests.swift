import NewsModel
import Testing
@testable import Storage

/// The corpus queries through the handler: answers, and errors that name the field.
@Suite struct CorpusQueryHandlerTests {
    private func withHandler(_ body: (QueryHandler) throws -> Void) throws {
        try withStore { store, _ in
            try store.upsert(Fixture.corpus + [Fixture.single(id: "j1", name: "Camara Bay", type: .location),
                                               Fixture.single(id: "j2", name: "Sadio Camara", type: .person),
                                               Fixture.single(id: "j3", name: "Sadio Camara", type: .person)])
            try body(QueryHandler(store: store))
        }
    }

    @Test func entityByNameListsTheOtherCandidates() throws {
        try withHandler { handler in
            // One name is one entity; entities that share a word of their names are candidates of each other.
            let reply = try handler.handle(request(.entity) { $0.entity = "camara" }).get()
            #expect(reply.requestID == "c1")
            let profile = try #require(reply.profile)
            #expect(profile.entity.name == "Sadio Camara")
            #expect(profile.candidates.map(\.type) == [.location])
            #expect(profile.candidates.first?.mentions == 1)
            let byID = try handler.handle(request(.entity) { $0.id = "\(profile.entity.id)" }).get()
            #expect(byID.profile?.entity == profile.entity)
            #expect(byID.profile?.candidates == [])
            let short = try handler.handle(request(.entity) { $0.entity = "goïta"; $0.limit = 1 }).get()
            #expect(short.profile?.roles.count == 1)
        }
    }

    @Test func entityErrorsNameWhatIsWrong() throws {
        try withHandler { handler in
            let unknown = error(handler, request(.entity) { $0.entity = "Nobody Atall" })
            #expect(unknown?.code == .notFound)
            #expect(unknown?.message == "no entity named 'Nobody Atall'")
            #expect(unknown?.requestID == "c1")
            #expect(error(handler, request(.entity) { $0.id = "999999" })?.message == "no entity with id 999999")
            #expect(error(handler, request(.entity) { $0.id = "E1" })?.message.contains("'id'") == true)
            let nothing = error(handler, request(.entity) { _ in })
            #expect(nothing?.code == .invalidParameter)
            #expect(nothing?.message == "entity needs 'entity' (a name or alias) or 'id'")
            #expect(error(handler, request(.entity) { $0.entity = "Mali"; $0.limit = 0 })?.message.contains("'limit'") == true)
        }
    }

    @Test func timelineValidation() throws {
        try withHandler { handler in
            let none = error(handler, request(.timeline) { _ in })
            #expect(none?.message == "timeline needs exactly one of 'entity', 'cameo' or 'text' (got 0)")
            #expect(error(handler, request(.timeline) { $0.entity = "Mali"; $0.text = "Mali" })?.message.contains("(got 2)") == true)
            let by = error(handler, request(.timeline) { $0.text = "Mali"; $0.by = "year" })
            #expect(by?.message == "'by' must be one of day, week, month, got 'year'")
            let cameo = error(handler, request(.timeline) { $0.cameo = "18,fight" })
            #expect(cameo?.code == .invalidParameter)
            #expect(cameo?.message.contains("'cameo'") == true)
            var backwards = QueryRequest(query: .timeline, requestID: "c1", text: "Mali")
            backwards.from = "2022-09-01"
            backwards.to = "2022-08-01"
            let dates = error(handler, backwards)
            #expect(dates?.message == "'to' (2022-08-01) is before 'from' (2022-09-01)")
            #expect(error(handler, request(.timeline) { $0.text = "Mali"; $0.from = "Sept" })?.message.contains("'from'") == true)
            #expect(error(handler, request(.timeline) { $0.entity = "Nobody Atall" })?.code == .notFound)
            let weekly = try handler.handle(request(.timeline) { $0.entity = "Goita"; $0.by = "WEEK" }).get()
            #expect(weekly.timeline?.by == .week)
            #expect(weekly.timeline?.entity?.name == "Assimi Goïta")
        }
    }

    @Test func graphValidation() throws {
        try withHandler { handler in
            #expect(error(handler, request(.graph) { $0.kind = "tree" })?.message
                    == "'kind' must be one of cooccurrence, events, got 'tree'")
            #expect(error(handler, request(.graph) { $0.within = "paragraph" })?.message
                    == "'within' must be one of article, sentence, got 'paragraph'")
            #expect(error(handler, request(.graph) { $0.kind = "events"; $0.within = "sentence" })?.message
                    == "'within' applies to cooccurrence graphs, not events graphs")
            #expect(error(handler, request(.graph) { $0.cameo = "18" })?.message
                    == "'cameo' applies to events graphs, not cooccurrence graphs")
            #expect(error(handler, request(.graph) { $0.depth = 1 })?.message == "'depth' needs 'entity' (the center of an ego network)")
            #expect(error(handler, request(.graph) { $0.entity = "Mali"; $0.depth = 3 })?.message == "'depth' must be 1 or 2, got 3")
            #expect(error(handler, request(.graph) { $0.minWeight = 0 })?.message == "'min_weight' must be 1 or more, got 0")
            #expect(error(handler, request(.graph) { $0.top = 0 })?.message == "'top' must be between 1 and 1000, got 0")
            #expect(error(handler, request(.graph) { $0.entityType = "PER,PLANET" })?.message.contains("PLANET") == true)
            #expect(error(handler, request(.graph) { $0.entity = "Nobody Atall" })?.code == .notFound)
            let graph = try handler.handle(request(.graph) { $0.entityType = "per, org" }).get().graph
            #expect(Set(graph?.nodes.map(\.type) ?? []) == [.person, .organisation])
        }
    }

    @Test func exportValidation() throws {
        try withHandler { handler in
            let bad = error(handler, request(.export) { $0.after = "page-2" })
            #expect(bad?.message == "'after' must be the 'next' cursor of an earlier export page, got 'page-2'")
            #expect(error(handler, request(.export) { $0.after = "-1" }) != nil)
            #expect(error(handler, request(.export) { $0.limit = 5000 })?.message.contains("'limit'") == true)
            let page = try handler.handle(request(.export) { $0.limit = 3 }).get().export
            #expect(page?.articles.count == 3)
            #expect(page?.next != nil)
        }
    }
}
