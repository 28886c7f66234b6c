import Foundation
import Testing
import NewsModel
@testable import Ingestion

@Suite struct JSONReaderTests {
    @Test func oneObject() throws {
        let json = #"{"title": "T", "text": "Body.", "published": "2017-02-07T10:00:00Z", "url": "https://www.dw.com/en/a", "id": 12}"#
        let batch = read(json, as: "a.json")
        #expect(batch.errors.isEmpty)
        let item = try #require(batch.articles.first)
        #expect(item.origin == "a.json")
        #expect(item.recordID == "12")
        #expect(item.article.title == "T")
        #expect(item.article.published == "2017-02-07")
        #expect(item.article.source == "dw.com")
    }

    @Test func arrayWithAlternativeFieldNames() {
        let json = """
        [{"headline": "A", "body": "One.", "date": "7 Feb 2017", "link": "http://tass.com/x"},
         {"title": "B", "content": "Two.", "publish_date": "2017/3/1", "source": {"id": "bbc", "name": "BBC News"}},
         {"title": "C"},
         {"Text": "Four.", "PublishedAt": 1486461600}]
        """
        let batch = read(json, as: "many.json")
        #expect(batch.articles.map(\.article.text) == ["One.", "Two.", "Four."])
        #expect(batch.articles.map(\.origin) == ["many.json[0]", "many.json[1]", "many.json[3]"])
        #expect(batch.articles.map(\.article.published) == ["2017-02-07", "2017-03-01", "2017-02-07"])
        #expect(batch.articles.map(\.article.source) == ["tass.com", "BBC News", nil])
        #expect(batch.errors == [InputError(origin: "many.json[2]", reason: "missing field 'text'")])
    }

    @Test func wrappedArray() {
        let batch = read(#"{"articles": [{"text": "x"}, {"text": "y"}]}"#, as: "w.json")
        #expect(batch.articles.count == 2)
    }

    @Test func invalidJSON() {
        #expect(read("{not json", as: "bad.json").errors == [InputError(origin: "bad.json", reason: "not valid JSON")])
        #expect(read("[1, 2]", as: "nums.json").errors.map(\.reason) == ["not a JSON object", "not a JSON object"])
        #expect(read(#"{"text": 5}"#, as: "t.json").errors.map(\.reason) == ["field 'text' is not a string"])
    }

    @Test func jsonLinesWithBadLines() {
        let jsonl = """
        {"title": "One", "text": "First."}

        {"title": "Two", "text": "Second."}
        {"title": "Three", "text": "Third."
        {"title": "Four"}
        [1]
        {"title": "Seven", "text": "Seventh."}\r
        """
        let batch = read(jsonl, as: "a.jsonl")
        #expect(batch.articles.map(\.article.title) == ["One", "Two", "Seven"])
        #expect(batch.articles.map(\.origin) == ["a.jsonl:1", "a.jsonl:3", "a.jsonl:7"])
        #expect(batch.errors == [
            InputError(origin: "a.jsonl:4", reason: "not valid JSON"),
            InputError(origin: "a.jsonl:5", reason: "missing field 'text'"),
            InputError(origin: "a.jsonl:6", reason: "not a JSON object"),
        ])
        #expect(batch.errors.first?.description == "a.jsonl:4: not valid JSON")
    }

    @Test func emptyTextIsAnError() {
        #expect(read(#"{"text": "  \n "}"#, as: "e.jsonl").errors == [InputError(origin: "e.jsonl:1", reason: "empty text")])
    }
}
