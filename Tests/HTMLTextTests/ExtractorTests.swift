import Testing
@testable import HTMLText

/// Pages built for one rule each: prose the length of a news paragraph, furniture the shape pages give it.
@Suite struct ExtractorTests {
    static func prose(_ n: Int, _ topic: String = "the council") -> String {
        (0..<n).map { "Sentence \($0) about \(topic), which met on Tuesday, voted, argued at length and adjourned late." }
            .joined(separator: " ")
    }

    static func text(_ html: String) -> String { HTMLPage(html: html).text }

    @Test func storyInDivsIsFoundAndMenusAreNot() {
        let html = """
        <body><div class="menu"><a href="/a">Home</a> <a href="/b">World</a> <a href="/c">Sport</a></div>
        <div class="story"><div>\(Self.prose(3))</div><div>\(Self.prose(2, "the mayor"))</div></div>
        <div class="links"><a href="/x">\(Self.prose(1, "another story"))</a></div></body>
        """
        let text = Self.text(html)
        #expect(text.contains("Sentence 2 about the council"))
        #expect(text.contains("Sentence 1 about the mayor"))
        #expect(!text.contains("Home"))
        #expect(!text.contains("another story"))
    }

    @Test func paragraphsAreSeparatedAndInlineRunsJoined() {
        let html = "<body><article><p>\(Self.prose(2))</p><p>Second <b>bold</b> <a href=\"/x\">link</a> paragraph, long enough to count as one.</p></article></body>"
        let page = HTMLPage(html: html)
        #expect(page.paragraphs.count == 2)
        #expect(page.paragraphs[1] == "Second bold link paragraph, long enough to count as one.")
    }

    @Test func linkListInsideTheStoryIsDropped() {
        let html = """
        <body><div id="content"><p>\(Self.prose(6))</p>
        <ul><li><a href="/1">Related one</a></li><li><a href="/2">Related two</a></li><li><a href="/3">Related three</a></li></ul>
        <p>\(Self.prose(2, "the budget"))</p></div></body>
        """
        let text = Self.text(html)
        #expect(text.contains("the budget"))
        #expect(!text.contains("Related two"))
    }

    @Test func furnitureNamedByClassIsDroppedEvenWhenLong() {
        let html = """
        <body><div class="sidebar"><p>\(Self.prose(4, "a sponsor"))</p></div>
        <div class="article-body"><p>\(Self.prose(8))</p></div></body>
        """
        let text = Self.text(html)
        #expect(text.contains("the council"))
        #expect(!text.contains("a sponsor"))
    }

    @Test func hiddenElementsAreNotText() {
        let html = """
        <body><article><p>\(Self.prose(3))</p><p style="display: none">Secret paragraph that is hidden from readers, with commas, many.</p>
        <div hidden><p>Also hidden, this paragraph of words, which nobody sees.</p></div></article></body>
        """
        let text = Self.text(html)
        #expect(!text.contains("Secret"))
        #expect(!text.contains("Also hidden"))
    }

    @Test func headingThatRepeatsTheTitleGoes() {
        let html = """
        <html><head><title>Council votes on budget | Daily</title></head><body><article>
        <h2>Council votes on budget</h2><p>\(Self.prose(3))</p><h2>What happens next</h2><p>\(Self.prose(2, "next year"))</p></article></body></html>
        """
        let text = Self.text(html)
        #expect(!text.contains("Council votes on budget"))
        #expect(text.contains("What happens next"))
    }

    @Test func lineBreakParagraphsInOneDiv() {
        let html = "<body><div id=\"x\">\(Self.prose(2))<br><br>\(Self.prose(2, "the strike"))<br><br>\(Self.prose(1, "the end"))</div></body>"
        let text = Self.text(html)
        #expect(text.contains("the strike"))
        #expect(text.contains("the end"))
    }

    @Test func shortPageStillGivesItsText() {
        // Under the length that sends the extractor round again: the best of its tries is kept.
        let text = Self.text("<body><div class=\"comment\"><p>A short note, the only text on the page.</p></div></body>")
        #expect(text == "A short note, the only text on the page.")
    }

    @Test func siblingProseJoinsTheStory() {
        let html = """
        <body><div><div class="a"><p>\(Self.prose(4))</p></div><p>A closing line that ends the story properly.</p>
        <p><a href="/more">More stories from our site</a></p></div></body>
        """
        let text = Self.text(html)
        #expect(text.contains("A closing line"))
        #expect(!text.contains("More stories"))
    }
}
