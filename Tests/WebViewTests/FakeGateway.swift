import NewsModel
@testable import WebView

/// A gateway double: canned answers per query name, or one failure for all; it records what it was asked.
final class FakeGateway: QueryService, @unchecked Sendable {
    // @unchecked: the tests call it from one task at a time.
    var answers: [String: ResultBody] = [:]
    var failure: GatewayFailure?
    private(set) var asked: [QueryBody] = []

    func query(_ request: QueryRequest) async throws(GatewayFailure) -> QueryReply {
        asked.append(request.body)
        if let failure { throw failure }
        guard let answer = answers[request.body.query] else {
            throw .refused(code: .notFound, message: "nothing canned for \(request.body.query)")
        }
        return QueryReply(answer, requestID: request.requestID)
    }
}

enum Sample {
    /// An article whose title and text carry markup that must come out as text.
    static let text = "President Zelensky said \"we will hold\" in Kyiv. <script>alert(1)</script> Later, 3 people died."

    static func article() -> ResultBody {
        var result = ResultBody(query: .article)
        result.article = Article(id: "a1", title: "<script>alert('x')</script> Kyiv", text: text, published: "2022-03-01",
                                 url: "https://example.org/a1", source: "example.org")
        let zelensky = Entity(id: "E1", type: .person, name: "Volodymyr Zelensky", mentions: [Span(start: 10, end: 18)])
        let kyiv = Entity(id: "E2", type: .location, name: "Kyiv", mentions: [Span(start: 42, end: 46)])
        let extraction = Extraction(article: ArticleMetadata(id: "a1"), entities: [zelensky, kyiv],
                                    quotes: [Quote(text: "we will hold", speaker: "E1", cue: "said", start: 25, end: 37)],
                                    counts: [CountMention(type: .kill, number: 3, object: "people", start: 81, end: 89)],
                                    sentences: [Span(start: 0, end: 47), Span(start: 48, end: 73), Span(start: 74, end: 95)])
        result.extraction = extraction
        return result
    }

    static func events() -> ResultBody {
        var result = ResultBody(query: .events)
        result.events = [
            EventRow(eventID: "a1-80", date: "2022-03-01", cameo: "19", label: "fight", actors: [], targets: [],
                     place: EntityRef(id: 2, name: "Kyiv", type: .location), country: "UA", lat: 50.45, lon: 30.52, fatalities: 3,
                     trigger: "died", sentence: "Later, 3 people died.", articleID: "a1"),
            EventRow(eventID: "a2-10", date: "2022-03-05", cameo: "18", label: "assault", actors: [], targets: [],
                     country: "ML", lat: 12.6, lon: -8.0, fatalities: 42, trigger: "killed", sentence: "42 <b>soldiers</b> killed",
                     articleID: "a2"),
            EventRow(eventID: "a3-1", cameo: "04", label: "consult", actors: [], targets: [], trigger: "met",
                     sentence: "They met.", articleID: "a3"),
        ]
        result.total = 3
        return result
    }
}
