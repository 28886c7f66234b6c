import NewsModel
import Testing
@testable import Storage

/// Validation of events, event_sums and quotes: each bad parameter gets an invalid_parameter error naming it.
@Suite struct EventQueryHandlerTests {
    private func withHandler(_ body: (QueryHandler) throws -> Void) throws {
        try Fixture.withEvents { store throws in try body(QueryHandler(store: store)) }
    }

    @Test func eventsAnswerRowsAndTotal() throws {
        try withHandler { handler throws in
            let reply = try handler.handle(request(.events) { $0.cameo = "18, 19 "; $0.limit = 2 }).get()
            #expect(reply.query == "events" && reply.requestID == "c1")
            #expect(reply.total == 3)
            #expect(reply.events?.map(\.trigger) == ["struck", "attacked"])
        }
    }

    @Test func sumsAnswerGroupsAndDefaultToDays() throws {
        try withHandler { handler throws in
            let reply = try handler.handle(request(.eventSums) { $0.from = "2023-01-01" }).get()
            #expect(reply.query == "event_sums")
            #expect(reply.sums?.map(\.key) == ["2023-03", "2023-03-03", "2023-03-05"])
            let byCameo = try handler.handle(request(.eventSums) { $0.by = "CAMEO" }).get()
            #expect(byCameo.sums?.first?.key != nil)
        }
    }

    @Test func quotesAnswer() throws {
        try withHandler { handler throws in
            let reply = try handler.handle(request(.quotes) { $0.speaker = "assad" }).get()
            #expect(reply.quotes?.map(\.speaker) == ["Bashar al-Assad"])
            #expect(reply.total == 1)
        }
    }

    @Test(arguments: ["1", "21", "00", "18a", "12345", "x"])
    func badCameoCodesAreNamed(code: String) throws {
        try withHandler { handler throws in
            for name in [QueryName.events, .eventSums] {
                let reply = error(handler, request(name) { $0.cameo = "18,\(code)" })
                #expect(reply?.code == .invalidParameter)
                #expect(reply?.message.contains("'cameo'") == true && reply?.message.contains(code) == true,
                        "\(reply?.message ?? "answered")")
                #expect(reply?.requestID == "c1")
            }
        }
    }

    @Test func unknownGroupingListsTheKnownOnes() throws {
        try withHandler { handler throws in
            let reply = error(handler, request(.eventSums) { $0.by = "year" })
            #expect(reply?.code == .invalidParameter)
            #expect(reply?.message == "'by' must be one of day, week, month, cameo, country, actor, place, got 'year'")
        }
    }

    @Test func toBeforeFromIsAnErrorThatSaysSo() throws {
        try withHandler { handler throws in
            for name in [QueryName.events, .eventSums, .quotes, .search] {
                let reply = error(handler, request(name) { $0.from = "2023-03-10"; $0.to = "2023-03-01" })
                #expect(reply?.message == "'to' (2023-03-01) is before 'from' (2023-03-10)", "\(name)")
            }
            let published = error(handler, request(.events) { $0.publishedFrom = "2023-03-10"; $0.publishedTo = "2023-03-01" })
            #expect(published?.message == "'published_to' (2023-03-01) is before 'published_from' (2023-03-10)")
            #expect(error(handler, request(.events) { $0.from = "2023-03-10"; $0.to = "2023-03-10" }) == nil)
        }
    }

    @Test func otherBadParametersAreNamed() throws {
        try withHandler { handler throws in
            let cases: [(QueryRequest, String)] = [
                (request(.events) { $0.minFatalities = -1 }, "'min_fatalities' must be 0 or more, got -1"),
                (request(.events) { $0.country = "Syria" }, "'country' must be an ISO 3166-1 alpha-2 code such as SY, got 'Syria'"),
                (request(.events) { $0.publishedFrom = "March" }, "'published_from' must be a date as YYYY-MM-DD, got 'March'"),
                (request(.events) { $0.text = "*" }, "'text' has no word to search for: '*'"),
                (request(.quotes) { $0.text = ")(" }, "'text' has no word to search for: ')('"),
                (request(.quotes) { $0.to = "2023-02-30x" }, "'to' must be a date as YYYY-MM-DD, got '2023-02-30x'"),
                (request(.events) { $0.limit = 0 }, "'limit' must be between 1 and 1000, got 0"),
            ]
            for (request, message) in cases {
                let reply = error(handler, request)
                #expect(reply?.code == .invalidParameter)
                #expect(reply?.message == message)
            }
            #expect(try handler.handle(request(.events) { $0.country = "sy" }).get().total == 0, "lower case is accepted")
        }
    }

    @Test func searchWithFiltersOnlyListsArticles() throws {
        try withHandler { handler throws in
            let reply = try handler.handle(request(.search) { $0.source = "aljazeera" }).get()
            #expect(reply.hits?.map(\.id) == ["syria-3"])
        }
    }
}
