import Foundation
import NewsModel
import Storage
import Testing

/// Issue 10: a 1,000-term search took 10.8 s and a 2,000-term one 45 s. Search text is bounded, and repeats of a term
/// (which cost the most: each copy's positions are merged with every other's) are searched once.
@Suite("Search text bounds")
struct SearchBoundsTests {
    func handler() throws -> QueryHandler {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newswire-bounds-\(UUID().uuidString)")
        return QueryHandler(store: try SQLiteStore(path: folder.appendingPathComponent("db.sqlite").path))
    }

    func error(_ text: String) throws -> ErrorReply? {
        if case .failure(let error) = try handler().handle(QueryRequest(query: .search, requestID: "b", text: text)) { return error }
        return nil
    }

    @Test("more terms than the bound: invalid_parameter naming the bound and the count")
    func tooManyTerms() throws {
        let terms = QueryHandler.maxSearchTerms + 8
        let text = (0..<terms).map { "w\($0)" }.joined(separator: " ")
        let refused = try #require(try error(text))
        #expect(refused.code == .invalidParameter)
        #expect(refused.message.contains("at most \(QueryHandler.maxSearchTerms) words"))
        #expect(refused.message.contains("got \(terms)"))
        #expect(refused.requestID == "b")
    }

    @Test("more characters than the bound: invalid_parameter")
    func tooLong() throws {
        // a 2,000-term search (the one that took 45 s) is refused by its length already
        let refused = try #require(try error((0..<2000).map { "w\($0)" }.joined(separator: " ")))
        #expect(refused.code == .invalidParameter)
        #expect(refused.message.contains("characters"))
    }

    @Test("at the bounds the search is answered")
    func withinBounds() throws {
        let text = (0..<QueryHandler.maxSearchTerms).map { "w\($0)" }.joined(separator: " ")
        #expect(try error(text) == nil)
        #expect(try error("\"a phrase counts once\" OR other") == nil)
    }

    @Test("a repeated term, in any case or accent, is searched once")
    func repeats() throws {
        #expect(FTSQuery.matchExpression(for: "the The THE the") == "\"the\"")
        #expect(FTSQuery.matchExpression(for: "Goïta goita mali") == "\"Goïta\" AND \"mali\"")
        #expect(FTSQuery.matchExpression(for: "mali* mali") == "\"mali\" * AND \"mali\"", "a prefix is another term")
    }
}
