import Testing
@testable import HTMLText

@Suite struct ParserTests {
    func names(_ document: Document, under node: Int = 0) -> [String] {
        document.children(of: node).map { document.nodes[$0].isText ? "#text" : document.nodes[$0].name }
    }

    @Test func paragraphsCloseWhenTheNextBlockStarts() {
        let document = Parser.parse("<body><p>one<p>two<div>three</div></body>")
        let body = document.elements(named: "body")[0]
        #expect(names(document, under: body) == ["p", "p", "div"])
        #expect(document.textContent(of: document.elements(named: "p")[1]) == "two")
    }

    @Test func listItemsAndCellsCloseTheOneBefore() {
        let document = Parser.parse("<ul><li>a<li>b<ul><li>c</ul><li>d</ul><table><tr><td>x<td>y<tr><td>z</table>")
        let outer = document.elements(named: "ul")[0]
        #expect(names(document, under: outer) == ["li", "li", "li"])
        #expect(document.elements(named: "td").count == 3)
        #expect(document.elements(named: "tr").count == 2)
        #expect(document.textContent(of: document.elements(named: "tr")[0]) == "x y")
    }

    @Test func scriptsAndStylesHoldTextNotTags() {
        let document = Parser.parse("<script>if (a < b) { s = '<p>no</p>' }</script><style>p>b{}</style><p>yes</p>")
        #expect(document.elements(named: "p").count == 1)
        let script = document.elements(named: "script")[0]
        #expect(document.text(ofTextNode: document.nodes[script].firstChild) == "if (a < b) { s = '<p>no</p>' }")
    }

    @Test func commentsDoctypeAndCDATAAreNotText() {
        let document = Parser.parse("<!DOCTYPE html><!-- <p>hidden</p> --><p>a<![CDATA[b]]>c</p><?xml x?>")
        #expect(document.elements(named: "p").count == 1)
        #expect(document.textContent(of: 0) == "ac")
    }

    @Test func cdataIsTextInXML() {
        let document = Parser.parse("<item><title><![CDATA[A <b>bold</b> & title]]></title></item>", mode: .xml)
        #expect(document.textContent(of: document.elements(named: "title")[0]) == "A <b>bold</b> & title")
    }

    @Test func entitiesNamedNumericAndBroken() {
        let document = Parser.parse("<p>&amp;&quot;&#8217;&#x2019;&#146;&bogus; AT&T &copy2016 &eacute;t&eacute; &#0; &#xD800;</p>")
        #expect(document.textContent(of: 0) == "&\"\u{2019}\u{2019}\u{2019}&bogus; AT&T \u{A9}2016 \u{E9}t\u{E9} \u{FFFD} \u{FFFD}")
    }

    @Test func malformedAttributes() {
        let document = Parser.parse(#"<a href=/x?a=1&amp;b=2 title='it&#39;s' class="one"class=two data-x checked>t</a>"#)
        let link = document.elements(named: "a")[0]
        #expect(document.attribute("href", of: link) == "/x?a=1&b=2")
        #expect(document.attribute("title", of: link) == "it's")
        #expect(document.attribute("class", of: link) == "one")
        #expect(document.attribute("data-x", of: link) == "")
        #expect(document.attribute("checked", of: link) == "")
    }

    @Test func upperCaseTagsAndStrayAngles() {
        let document = Parser.parse("<P CLASS=x>3 < 4 and 5 > 2</P><BR>")
        #expect(document.elements(named: "p").count == 1)
        #expect(document.attribute("class", of: document.elements(named: "p")[0]) == "x")
        #expect(document.textContent(of: 0) == "3 < 4 and 5 > 2")
    }

    @Test func endTagForNothingOpenIsIgnoredAndMisnestingCloses() {
        let document = Parser.parse("<div><b>bold <i>both</b> after</i></span>tail</div><p>next</p>")
        let div = document.elements(named: "div")[0]
        #expect(document.textContent(of: div) == "bold both aftertail")
        #expect(document.nodes[document.elements(named: "p")[0]].parent != div)
    }

    @Test func contentAfterBodyEndStaysInBody() {
        let document = Parser.parse("<html><body><p>a</p></body></html><p>late</p>")
        let body = document.elements(named: "body")[0]
        #expect(document.elements(named: "p").allSatisfy { document.nodes[$0].parent == body })
    }

    @Test func unterminatedEverythingStillGivesATree() {
        for text in ["<", "<p", "<p class=\"x", "<!--", "<script>x", "&#", "&#x", "</", "<a href='", "<![CDATA[x"] {
            let document = Parser.parse(text + " tail")
            #expect(document.nodes.count >= 1)
        }
    }

    @Test func xmlKeepsPrefixesAndSelfClosing() {
        let document = Parser.parse(#"<feed><link href="/a"/><dc:creator>Ann</dc:creator></feed>"#, mode: .xml)
        let feed = document.elements(named: "feed")[0]
        #expect(names(document, under: feed) == ["link", "dc:creator"])
    }
}
