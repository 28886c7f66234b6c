import NewsModel
import Testing
@testable import Storage

/// A store whose every call fails, for the internal_error path.
private struct BrokenStore: Store {
    struct Failure: Error, CustomStringConvertible {
        var description: String { "disk I/O error" }
    }

    func upsert(_ items: [(article: Article, extraction: Extraction)]) throws { throw Failure() }
    func search(_ query: SearchQuery) throws -> SearchPage { throw Failure() }
    func article(id: String) throws -> (article: Article, extraction: Extraction)? { throw Failure() }
    func entities(type: EntityType?, namePrefix: String?, limit: Int, offset: Int) throws -> [EntitySummary] { throw Failure() }
    func counters() throws -> [String: Int] { throw Failure() }
    func entities(named name: String, limit: Int) throws -> [EntityRef] { throw Failure() }
    func entity(id: Int64) throws -> EntityRef? { throw Failure() }
    func profile(ofEntity id: Int64, limit: Int) throws -> EntityProfile? { throw Failure() }
    func timeline(_ query: TimelineQuery) throws -> Timeline { throw Failure() }
    func graph(_ query: GraphQuery) throws -> Graph { throw Failure() }
    func export(_ query: ExportQuery) throws -> ExportPage { throw Failure() }
    func events(_ query: EventQuery) throws -> EventPage { throw Failure() }
    func eventSums(_ query: EventQuery, by grouping: EventGrouping) throws -> EventSumPage { throw Failure() }
    func quotes(_ query: QuoteQuery) throws -> QuotePage { throw Failure() }
}

@Suite struct QueryHandlerTests {
    private func withHandler(_ body: (QueryHandler) throws -> Void) throws {
        try withStore { store, _ in
            try store.upsert([Fixture.mali, Fixture.paris])
            try body(QueryHandler(store: store))
        }
    }

    @Test func searchAnswersWithHitsAndTotalAndEchoesTheRequestID() throws {
        try withHandler { handler in
            let reply = try handler.handle(QueryRequest(query: .search, requestID: "r1", text: "Goita", limit: 1)).get()
            #expect(reply.requestID == "r1")
            #expect(reply.query == "search")
            #expect(reply.total == 2)
            #expect(reply.hits?.count == 1)
        }
    }

    @Test func articleAndEntitiesAnswer() throws {
        try withHandler { handler in
            let article = try handler.handle(QueryRequest(query: .article, requestID: "r2", id: "mali-1")).get()
            #expect(article.extraction == Fixture.mali.extraction)
            #expect(article.article == Fixture.mali.article)
            let entities = try handler.handle(QueryRequest(query: .entities, text: "goï", entityType: "PER")).get()
            #expect(entities.entities?.map(\.name) == ["Assimi Goïta"])
        }
    }

    @Test func searchWithoutTextIsInvalid() throws {
        try withHandler { handler in
            for text in [nil, "", "  "] as [String?] {
                let reply = error(handler, QueryRequest(query: .search, requestID: "r3", text: text))
                #expect(reply?.code == .invalidParameter)
                #expect(reply?.message == "search needs 'text' or a filter ('from', 'to', 'source', 'entity', 'country')")
                #expect(reply?.requestID == "r3")
            }
        }
    }

    @Test func searchWithoutWordsIsAnEmptyPageNotAnError() throws {
        try withHandler { handler in
            let reply = try handler.handle(QueryRequest(query: .search, text: ")(")).get()
            #expect(reply.hits == [] && reply.total == 0)
        }
    }

    @Test func unknownArticleIsNotFound() throws {
        try withHandler { handler in
            let reply = error(handler, QueryRequest(query: .article, requestID: "r4", id: "x"))
            #expect(reply?.code == .notFound)
            #expect(reply?.message == "no article with id 'x'")
            #expect(reply?.requestID == "r4")
            #expect(error(handler, QueryRequest(query: .article))?.code == .invalidParameter)
        }
    }

    @Test(arguments: ["PERSON", "X", "LOCATION"])
    func badEntityTypeIsInvalid(type: String) throws {
        try withHandler { handler in
            let reply = error(handler, QueryRequest(query: .entities, entityType: type))
            #expect(reply?.code == .invalidParameter)
            #expect(reply?.message.contains("'entity_type'") == true)
        }
    }

    @Test(arguments: [0, -1, 1001])
    func limitOutOfRangeIsInvalid(limit: Int) throws {
        try withHandler { handler in
            for name in [QueryName.search, .entities] {
                let reply = error(handler, QueryRequest(query: name, text: "Mali", limit: limit))
                #expect(reply?.code == .invalidParameter)
                #expect(reply?.message.contains("'limit'") == true)
            }
            #expect(error(handler, QueryRequest(query: .search, text: "Mali", limit: 1000)) == nil)
            #expect(error(handler, QueryRequest(query: .search, text: "Mali", offset: -1))?.code == .invalidParameter)
        }
    }

    @Test(arguments: ["2022-8-10", "10/08/2022", "2022-13-01", "2022-08-32", "yesterday", "2022-08-10T00:00"])
    func badDatesAreInvalid(date: String) throws {
        try withHandler { handler in
            let from = error(handler, QueryRequest(query: .search, text: "Mali", from: date))
            #expect(from?.code == .invalidParameter)
            #expect(from?.message.contains("'from'") == true)
            let to = error(handler, QueryRequest(query: .search, text: "Mali", to: date))
            #expect(to?.code == .invalidParameter)
            #expect(to?.message.contains("'to'") == true)
        }
    }

    @Test func unknownQueryListsTheKnownOnes() throws {
        try withHandler { handler in
            var request = QueryRequest(query: .search, requestID: "r5", text: "Mali")
            request.query = "heatmap"
            let reply = error(handler, request)
            #expect(reply?.code == .unknownQuery)
            #expect(reply?.message.contains("'heatmap'") == true)
            #expect(reply?.message.contains("search, article, entities") == true)
            #expect(reply?.requestID == "r5")
        }
    }

    @Test func statusIsNotForTheStore() throws {
        try withHandler { handler in
            let reply = error(handler, QueryRequest(query: .status))
            #expect(reply?.code == .unknownQuery)
            #expect(reply?.message.contains("status") == true)
        }
    }

    @Test func storeFailureIsAnInternalErrorWithItsMessage() {
        let handler = QueryHandler(store: BrokenStore())
        let reply = error(handler, QueryRequest(query: .search, requestID: "r6", text: "Mali"))
        #expect(reply?.code == .internalError)
        #expect(reply?.message.contains("disk I/O error") == true)
        #expect(reply?.requestID == "r6")
    }
}

extension QueryHandlerTests {
    @Test func statusIsRejectedBeforeItsParameters() throws {
        try withStore { store, _ in
            let reply = QueryHandler(store: store).handle(QueryRequest(query: .status, limit: 0))
            guard case .failure(let error) = reply else {
                Issue.record("status answered")
                return
            }
            #expect(error.code == .unknownQuery)
        }
    }
}
