import Testing
import NewsModel
@testable import Ingestion

@Suite struct ArticleNormalizerTests {
    @Test func lineEndingsSpacesAndBlankLines() {
        let raw = "\r\n\nFirst line.  \r\nSecond\u{00A0}line.\t\rThird.\n\n\n\n\nFourth.   \n\n"
        #expect(ArticleNormalizer.normalizeText(raw) == "First line.\nSecond line.\nThird.\n\nFourth.")
    }

    @Test func decomposedAccentsBecomeComposed() {
        let article = ArticleNormalizer.normalize(Article(title: "Colonel Assimi Goi\u{0308}ta", text: "Goi\u{0308}ta said."))
        #expect(article.text.unicodeScalars.elementsEqual("Go\u{00EF}ta said.".unicodeScalars))
        #expect(article.title?.unicodeScalars.elementsEqual("Colonel Assimi Go\u{00EF}ta".unicodeScalars) == true)
    }

    @Test(arguments: ["Comments", "Share", "Advertisement", "READ MORE: Mali junta expels French envoy",
                      "Source: Al Jazeera and news agencies", "Sources: Reuters, AFP"])
    func trailingFurnitureIsStripped(furniture: String) {
        #expect(ArticleNormalizer.normalizeText("The story.\n\n\(furniture)\n") == "The story.")
    }

    @Test func stackedFurnitureIsStripped() {
        let raw = "The story.\nREAD MORE: One\nREAD MORE: Two\n\nSource: Al Jazeera and news agencies\nComments"
        #expect(ArticleNormalizer.normalizeText(raw) == "The story.")
    }

    @Test func furnitureWordsInsideTheStoryStay() {
        let raw = "Comments\nShare prices fell.\nSource: the ministry said on Monday. It added more.\nThe end."
        #expect(ArticleNormalizer.normalizeText(raw) == raw)
        // A "Source:" line that is a sentence is the story's, even at the end.
        let sentence = "The story.\nSource: officials told reporters. They declined to say more."
        #expect(ArticleNormalizer.normalizeText(sentence) == sentence)
    }

    @Test func metadataIsTrimmedAndSourceComesFromTheHost() {
        let article = ArticleNormalizer.normalize(Article(
            title: "  Mali  junta\n", text: "x", published: " 2022/8/10 ",
            url: " https://www.aljazeera.com/news/2022/8/10/mali ", source: "  "))
        #expect(article.title == "Mali junta")
        #expect(article.url == "https://www.aljazeera.com/news/2022/8/10/mali")
        #expect(article.source == "aljazeera.com")
        #expect(article.published == "2022-08-10")
        let kept = ArticleNormalizer.normalize(Article(title: "", text: "x", url: "http://tass.com/world/1", source: "TASS"))
        #expect(kept.title == nil)
        #expect(kept.source == "TASS")
        #expect(ArticleNormalizer.normalize(Article(text: "x", url: "not a url at all")).source == nil)
    }

    @Test func normalisingTwiceChangesNothing() {
        let once = ArticleNormalizer.normalize(Article(title: " T ", text: "A\r\n\r\n\r\nB\u{00A0}\nComments",
                                                       published: "7 Feb 2017", url: "http://www.bbc.co.uk/x"))
        #expect(ArticleNormalizer.normalize(once) == once)
    }

    @Test(arguments: [
        ("2017/2/7", "2017-02-07"), ("2017-02-07", "2017-02-07"), ("2017-02-07T10:00:00Z", "2017-02-07"),
        ("2017-02-07T23:30:00-05:00", "2017-02-07"), ("          2016/12/30 7:11", "2016-12-30"),
        ("7 Feb 2017", "2017-02-07"), ("07 February 2017", "2017-02-07"), ("February 7, 2017", "2017-02-07"),
        ("Feb. 7, 2017", "2017-02-07"), ("7th February 2017", "2017-02-07"), ("Sept 1, 2016", "2016-09-01"),
        ("Tue, 07 Feb 2017 10:00:00 GMT", "2017-02-07"), ("Tue, 07 Feb 2017 10:00:00 +0000", "2017-02-07"),
        ("Wednesday, August 10, 2022", "2022-08-10"), ("2016-02-29", "2016-02-29"), ("1486461600", "2017-02-07"),
    ])
    func datesAreNormalised(input: String, expected: String) {
        #expect(ArticleNormalizer.normalizeDate(input) == expected)
    }

    @Test(arguments: ["", "yesterday", "2017", "2017-13-01", "2017-02-30", "2017-02-29", "07/02/2017",
                      "Feb 2017", "32 January 2017", "May the force be with you 2017"])
    func nonDatesGiveNil(input: String) {
        #expect(ArticleNormalizer.normalizeDate(input) == nil)
    }

    @Test func unparseableDateIsDropped() {
        #expect(ArticleNormalizer.normalize(Article(text: "x", published: "last week")).published == nil)
    }
}

@Suite struct ContentIDTests {
    @Test func sixteenHexDigitsOfSHA256() {
        let article = Article(title: "Title", text: "Some text.")
        let expected = String(SHA256.hex(SHA256.hash("Title\n\nSome text.".utf8)).prefix(16))
        #expect(ContentID.of(article) == expected)
        #expect(ContentID.of(article).count == 16)
    }

    @Test func sameStoryDifferentWhitespaceSameID() {
        let a = Article(title: "Mali and Russia", text: "The head of the junta.\nPutin spoke.")
        let b = Article(title: " Mali  and Russia ", text: "The head of the  junta.\r\n\r\nPutin spoke.\r\nComments\r\n",
                        published: "2022-08-10", url: "https://example.com/a")
        #expect(ContentID.of(a) == ContentID.of(b))
    }

    @Test func decomposedAndComposedSameID() {
        let composed = Article(title: "Go\u{00EF}ta", text: "Assimi Go\u{00EF}ta spoke.")
        let decomposed = Article(title: "Goi\u{0308}ta", text: "Assimi Goi\u{0308}ta spoke.")
        #expect(ContentID.of(composed) == ContentID.of(decomposed))
    }

    @Test func caseAndTitleMatter() {
        let base = Article(title: "Title", text: "Text.")
        #expect(ContentID.of(base) != ContentID.of(Article(title: "title", text: "Text.")))
        #expect(ContentID.of(base) != ContentID.of(Article(title: nil, text: "Text.")))
        #expect(ContentID.of(base) != ContentID.of(Article(title: "Title", text: "Text!")))
    }
}

@Suite struct ArticleValidatorTests {
    @Test func problems() {
        #expect(ArticleValidator.problem(with: Article(text: "A story.")) == nil)
        #expect(ArticleValidator.problem(with: Article(text: "  \n\u{00A0}\n")) == "empty text")
        #expect(ArticleValidator.problem(with: Article(text: "Comments")) == "empty text")
        let huge = String(repeating: "a", count: ArticleValidator.maxTextBytes + 1)
        #expect(ArticleValidator.problem(with: Article(text: huge))?.contains("2 MB") == true)
        let longTitle = String(repeating: "t", count: 1_001)
        #expect(ArticleValidator.problem(with: Article(title: longTitle, text: "x"))?.contains("title") == true)
    }
}
