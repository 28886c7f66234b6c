import NewsModel
import Testing
@testable import Storage

@Suite struct QuoteQueryTests {
    private func quotes(_ store: SQLiteStore, _ query: QuoteQuery) throws -> [String] {
        try store.quotes(query).quotes.map(\.quote)
    }

    private let assad = "We will respond to every attack on Palmyra,"
    private let goita = "We spoke of security,"

    @Test func allQuotesNewestFirstWithTheirColumns() throws {
        try Fixture.withEvents { store throws in
            let page = try store.quotes(QuoteQuery())
            #expect(page.total == 2)
            #expect(page.quotes.map(\.quote) == [assad, goita])
            let first = try #require(page.quotes.first)
            #expect(first.speaker == "Bashar al-Assad" && first.speakerID != nil && first.cue == "said")
            #expect(first.date == "2023-03-05T08:00:00Z" && first.articleID == "syria-3")
            #expect(first.url == "https://aljazeera.com/syria")
            #expect(first.cells == ["Bashar al-Assad", assad, "said", "2023-03-05T08:00:00Z", "syria-3", "https://aljazeera.com/syria"])
            #expect(page.quotes[1].speaker == "Assimi Goïta", "the canonical name, not the text's 'Goïta'")
        }
    }

    @Test func speakerByAnyName() throws {
        try Fixture.withEvents { store throws in
            for name in ["Goita", "assimi goïta", "GOÏTA"] {
                #expect(try quotes(store, QuoteQuery(speaker: name)) == [goita], "\(name)")
            }
            #expect(try quotes(store, QuoteQuery(speaker: "Assad")) == [assad])
            #expect(try quotes(store, QuoteQuery(speaker: "Palmyra")) == [])
            #expect(try quotes(store, QuoteQuery(speaker: "Bashar")) == [], "a part of a name is not a name")
        }
    }

    @Test func aSpeakerWhoIsNoEntityIsFoundByTheNameGiven() throws {
        try withStore { store, _ in
            let text = "\"Talks went well,\" the Kremlin press office said."
            let article = Article(id: "kremlin", title: "Talks", text: text, published: "2017-02-07")
            let quote = Fixture.span("Talks went well,", in: text)
            try store.upsert([(article, Extraction(article: article.metadata, quotes: [
                Quote(text: "Talks went well,", speakerName: "the Kremlin press office", cue: "said", start: quote.start, end: quote.end),
            ], sentences: Fixture.sentences(of: text)))])
            let page = try store.quotes(QuoteQuery(speaker: "THE KREMLIN PRESS OFFICE"))
            #expect(page.quotes.map(\.speaker) == ["the Kremlin press office"])
            #expect(page.quotes.first?.speakerID == nil)
            #expect(try store.quotes(QuoteQuery(speaker: "Kremlin")).total == 0)
        }
    }

    @Test func textSearchesTheQuote() throws {
        try Fixture.withEvents { store throws in
            #expect(try quotes(store, QuoteQuery(text: "respond")) == [assad])
            #expect(try quotes(store, QuoteQuery(text: "\"spoke of\"")) == [goita])
            #expect(try quotes(store, QuoteQuery(text: "security OR attack")) == [assad, goita])
            #expect(try quotes(store, QuoteQuery(text: "Bamako")) == [], "the article's other words are not the quote")
            #expect(try quotes(store, QuoteQuery(text: "*")) == [])
        }
    }

    @Test func aboutIsAnEntityNamedInTheQuoteOrItsSentenceButNotTheSpeakersAttribution() throws {
        try Fixture.withEvents { store throws in
            #expect(try quotes(store, QuoteQuery(about: "palmyra")) == [assad])
            #expect(try quotes(store, QuoteQuery(about: "Bashar al-Assad")) == [], "'..., said Bashar al-Assad' is the attribution")
            #expect(try quotes(store, QuoteQuery(about: "Goïta")) == [], "'..., Goïta declared' likewise")
            #expect(try quotes(store, QuoteQuery(about: "Bamako")) == [], "another sentence")
            #expect(try quotes(store, QuoteQuery(speaker: "Assad", about: "Palmyra")) == [assad])
        }
    }

    @Test func datesBoundThePublicationDay() throws {
        try Fixture.withEvents { store throws in
            #expect(try quotes(store, QuoteQuery(from: "2023-01-01")) == [assad])
            #expect(try quotes(store, QuoteQuery(to: "2022-08-10")) == [goita])
            #expect(try quotes(store, QuoteQuery(from: "2023-03-05", to: "2023-03-05")) == [assad])
            let page = try store.quotes(QuoteQuery(limit: 1, offset: 1))
            #expect(page.total == 2 && page.quotes.map(\.quote) == [goita])
        }
    }

    @Test func reingestKeepsOneCopyInTheIndex() throws {
        try Fixture.withEvents { store throws in
            try store.upsert([Fixture.syria, Fixture.syria])
            #expect(try store.quotes(QuoteQuery(text: "respond")).total == 1)
            try store.upsert([Fixture.plain(id: "syria-3", title: "Gone", text: "Nothing.", published: nil, source: nil)])
            #expect(try store.quotes(QuoteQuery(text: "respond")).total == 0)
        }
    }
}
