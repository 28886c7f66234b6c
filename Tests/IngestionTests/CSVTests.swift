import Foundation
import Testing
import NewsModel
@testable import Ingestion

@Suite struct CSVReaderTests {
    @Test func columnsByUsualNamesAndSubtitleKeptOut() throws {
        let csv = "article_id,publish_date,article_source_link,title,subtitle,text\n"
            + "7,2017/2/7,http://www.bbc.co.uk/news/x,\"Headline, with comma\",A subtitle,\"Body text.\"\n"
        let batch = read(csv, as: "news.csv")
        #expect(batch.errors.isEmpty)
        let item = try #require(batch.articles.first)
        #expect(item.origin == "news.csv:2")
        #expect(item.recordID == "7")
        #expect(item.article == Article(id: item.article.id, title: "Headline, with comma", text: "Body text.",
                                        published: "2017-02-07", url: "http://www.bbc.co.uk/news/x", source: "bbc.co.uk"))
        #expect(item.article.id == ContentID.of(item.article))
        #expect(!item.article.text.contains("subtitle"))
    }

    @Test func headerNamesAreCaseInsensitiveAndAlternativesWork() {
        let batch = read("Headline,BODY,Date,Link,Publisher\nH,B,7 Feb 2017,http://x.org/a,X News\n", as: "a.csv")
        #expect(batch.errors.isEmpty)
        #expect(batch.articles.first?.article == Article(id: batch.articles.first?.article.id ?? "", title: "H", text: "B",
                                                         published: "2017-02-07", url: "http://x.org/a", source: "X News"))
    }

    @Test func crlfAndBOM() {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data("title,text\r\nOne,\"First\r\nstory\"\r\nTwo,Second\r\n".utf8))
        let batch = ArticleReader().read(data: data, origin: "bom.csv")
        #expect(batch.errors.isEmpty)
        #expect(batch.articles.map(\.article.title) == ["One", "Two"])
        #expect(batch.articles.map(\.article.text) == ["First\nstory", "Second"])
        #expect(batch.articles.map(\.origin) == ["bom.csv:2", "bom.csv:4"])
    }

    @Test func quotedNewlinesKeepLineNumbersRight() {
        let csv = "title,text\nA,\"one\n\ntwo\"\nB,\nC,three\n"
        let batch = read(csv, as: "q.csv")
        #expect(batch.articles.map(\.origin) == ["q.csv:2", "q.csv:6"])
        #expect(batch.articles.first?.article.text == "one\n\ntwo")
        #expect(batch.errors == [InputError(origin: "q.csv:5", reason: "empty text")])
    }

    @Test func wrongFieldCountNamesTheLine() {
        let batch = read("title,text\nA,one\nB,two,extra\nC\nD,four\n", as: "w.csv")
        #expect(batch.articles.map(\.article.title) == ["A", "D"])
        #expect(batch.errors.map(\.origin) == ["w.csv:3", "w.csv:4"])
        #expect(batch.errors.first?.reason == "row has 3 fields, the header has 2")
    }

    @Test func unterminatedQuoteIsAnErrorWhereItStarted() {
        let batch = read("title,text\nA,one\nB,\"two\nC,three\n", as: "u.csv")
        #expect(batch.articles.map(\.article.title) == ["A"])
        #expect(batch.errors.count == 1)
        #expect(batch.errors.first?.origin == "u.csv:3")
        #expect(batch.errors.first?.reason.contains("unterminated") == true)
    }

    @Test func noTextColumnListsTheColumnsAndTheFlag() throws {
        let batch = read("headline,story,when\nA,B,C\n", as: "n.csv")
        #expect(batch.articles.isEmpty)
        let error = try #require(batch.errors.first)
        #expect(batch.errors.count == 1)
        #expect(error.origin == "n.csv")
        #expect(error.reason.contains("headline, story, when"))
        #expect(error.reason.contains(CSVColumns.textFlag))
    }

    @Test func columnOverride() {
        let reader = ArticleReader(columns: CSVColumns(title: "Name", text: "story", published: "when"))
        let batch = read("headline,name,story,when\nIgnored,Used,The text.,2017-03-01\n", as: "o.csv", reader: reader)
        #expect(batch.errors.isEmpty)
        #expect(batch.articles.first?.article.title == "Used")
        #expect(batch.articles.first?.article.text == "The text.")
        #expect(batch.articles.first?.article.published == "2017-03-01")

        let missing = read("a,b\n1,2\n", as: "m.csv", reader: ArticleReader(columns: CSVColumns(text: "body")))
        #expect(missing.errors.first?.reason.contains("'body'") == true)
        #expect(missing.errors.first?.reason.contains("a, b") == true)
    }

    @Test func headerOnly() {
        let batch = read("title,text\n", as: "h.csv")
        #expect(batch.articles.isEmpty && batch.errors.isEmpty)
    }

    /// The real export: 3,824 records. 36 of them have an empty text cell (live blogs, galleries,
    /// interactives), so those are errors by the empty-text rule and 3,788 articles remain.
    @Test(.enabled(if: hasSharedData("news/NewsArticles.csv"), "needs ../shared/data/news/NewsArticles.csv"))
    func newsArticlesCSV() throws {
        let path = sharedData.appendingPathComponent("news/NewsArticles.csv").path
        let start = Date()
        let batch = ArticleReader().read(path: path)
        let seconds = Date().timeIntervalSince(start)
        print("NewsArticles.csv: \(batch.articles.count) articles, \(batch.errors.count) errors in \(seconds) s")
        #expect(batch.articles.count + batch.errors.count == 3_824)
        #expect(batch.articles.count == 3_788)
        #expect(batch.errors.allSatisfy { $0.reason == "empty text" })
        #expect(batch.errors.count == 36)
        #expect(batch.errors.first?.origin == "\(path):23")

        let first = try #require(batch.articles.first)
        #expect(first.origin == "\(path):2")
        #expect(first.recordID == "1")
        #expect(first.article.title == "Betsy DeVos Confirmed as Education Secretary, With Pence Casting Historic Tie-Breaking Vote")
        #expect(first.article.published == "2017-02-07")
        #expect(first.article.source == "abcnews.go.com")
        #expect(first.article.text.hasPrefix("Michigan billionaire education activist Betsy DeVos was confirmed today"))
        #expect(batch.articles.allSatisfy { $0.article.published != nil && $0.article.source != nil })
        #expect(batch.articles.allSatisfy { $0.article.id.count == 16 })
        // The record whose date cell is "          2016/12/30 7:11".
        #expect(batch.articles.first(where: { $0.recordID == "522" })?.article.published == "2016-12-30")
    }
}
