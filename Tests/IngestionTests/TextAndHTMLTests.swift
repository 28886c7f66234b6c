import Foundation
import Testing
import NewsModel
@testable import Ingestion

@Suite struct TextReaderTests {
    @Test(.enabled(if: hasSharedData("seed/mali-junta-russia.txt"), "needs ../shared/data/seed/mali-junta-russia.txt"))
    func seedArticleIsOneArticleWithTheWholeText() throws {
        let path = sharedData.appendingPathComponent("seed/mali-junta-russia.txt").path
        let raw = try String(contentsOfFile: path, encoding: .utf8)
        let batch = ArticleReader().read(path: path)
        #expect(batch.errors.isEmpty)
        #expect(batch.articles.count == 1)
        let item = try #require(batch.articles.first)
        #expect(item.origin == path)
        #expect(item.article.title == nil)
        #expect(item.article.text.hasPrefix("The head of the junta in Mali and the Russian president"))
        #expect(item.article.text.hasSuffix("on a mission for the UN."))
        #expect(!item.article.text.contains("Comments"))
        #expect(item.article.text == ArticleNormalizer.normalizeText(String(raw.dropLast("Comments".count))))
        #expect(item.article.text.contains("Go\u{00EF}ta"))
        #expect(item.article.id == ContentID.of(item.article))
    }

    @Test func shortFirstLineFollowedByBlankLineIsTheTitle() {
        let batch = read("Mali junta and Russia\n\nThe head of the junta spoke.\n\nSecond paragraph.\n", as: "a.txt")
        #expect(batch.articles.first?.article.title == "Mali junta and Russia")
        #expect(batch.articles.first?.article.text == "The head of the junta spoke.\n\nSecond paragraph.")
    }

    @Test func markdownHeading() {
        let batch = read("# Mali junta and Russia\r\n\r\nBody.\r\n", as: "a.md")
        #expect(batch.articles.first?.article.title == "Mali junta and Russia")
        #expect(batch.articles.first?.article.text == "Body.")
    }

    @Test func noTitleWhenTheFirstLineIsASentenceOrHasNoBlankLineOrIsAlone() {
        #expect(read("The junta spoke.\n\nMore.", as: "a.txt").articles.first?.article.title == nil)
        #expect(read("Headline\nMore.", as: "a.txt").articles.first?.article.title == nil)
        #expect(read("Headline", as: "a.txt").articles.first?.article.text == "Headline")
        let long = String(repeating: "word ", count: 50)
        #expect(read(long + "\n\nMore.", as: "a.txt").articles.first?.article.title == nil)
    }

    @Test func stdinUsesTheDefaultFormat() {
        let text = ArticleReader().read(data: Data("Just text.".utf8), origin: "<stdin>")
        #expect(text.articles.first?.origin == "<stdin>")
        let jsonl = ArticleReader(defaultFormat: .jsonl).read(data: Data(#"{"text": "x"}"#.utf8), origin: "<stdin>")
        #expect(jsonl.articles.first?.origin == "<stdin>:1")
        let forced = ArticleReader().read(data: Data("title,text\nA,B\n".utf8), origin: "<stdin>", format: .csv)
        #expect(forced.articles.first?.article.title == "A")
    }

    @Test func formatsFromExtensions() {
        #expect(InputFormat(pathExtension: "TXT") == .text)
        #expect(InputFormat(pathExtension: ".md") == .text)
        #expect(InputFormat(pathExtension: "") == .text)
        #expect(InputFormat(pathExtension: "jsonl") == .jsonl)
        #expect(InputFormat(pathExtension: "htm") == .html)
        #expect(InputFormat(pathExtension: "csv") == .csv)
        #expect(InputFormat(pathExtension: "png") == nil)
        #expect(ArticleReader.pathExtension(of: "dir.v2/file") == "")
        #expect(ArticleReader.pathExtension(of: "a/.hidden") == "")
        #expect(ArticleReader.pathExtension(of: "a/b.tar.gz") == "gz")
    }
}

@Suite struct HTMLReaderTests {
    static let page = """
    <!DOCTYPE html>
    <html><head>
    <title>Mali&#8217;s junta &amp; Russia | News</title>
    <meta property="og:title" content="Mali junta and Russia">
    <meta property="article:published_time" content="2022-08-10T14:00:00Z">
    <link rel="canonical" href="https://www.aljazeera.com/news/2022/8/10/mali">
    <style>p { color: red; }</style>
    <script>var s = "<p>not text</p>";</script>
    </head><body>
    <nav><p>Home | World</p></nav>
    <h1>Mali junta</h1>
    <p>The head of the junta &quot;spoke&quot;
       with Putin.</p>
    <!-- <p>a comment</p> -->
    <p>Assimi Go&iuml;ta said <a href="/x">it&#x2019;s</a> a partnership&nbsp;&mdash; really. 3 &lt; 4 &amp; R&D</p>
    <footer><p>&copy; 2022 Al Jazeera</p></footer>
    </body></html>
    """

    @Test func paragraphsTitleAndMetadata() throws {
        let batch = read(Self.page, as: "page.html")
        #expect(batch.errors.isEmpty)
        let article = try #require(batch.articles.first?.article)
        #expect(article.title == "Mali junta and Russia") // og:title before <title>
        #expect(article.text == "The head of the junta \"spoke\" with Putin.\n\nAssimi Go\u{00EF}ta said it\u{2019}s a partnership \u{2014} really. 3 < 4 & R&D")
        #expect(article.published == "2022-08-10")
        #expect(article.url == "https://www.aljazeera.com/news/2022/8/10/mali")
        #expect(article.source == "aljazeera.com")
    }

    @Test func ogTitleWhenNoTitleAndFallbackToAllText() throws {
        let html = """
        <html><head><meta property="og:title" content="Og &amp; title"/><script>x()</script></head>
        <body><div>First block</div><div>Second<br>line</div><style>.a{}</style></body></html>
        """
        let article = try #require(read(html, as: "page.htm").articles.first?.article)
        #expect(article.title == "Og & title")
        #expect(article.text == "First block\n\nSecond line")
    }

    @Test func pageWithoutTextIsAnError() {
        #expect(read("<html><head><title>T</title></head><body><script>x</script></body></html>", as: "e.html").errors
                == [InputError(origin: "e.html", reason: "empty text")])
    }
}
