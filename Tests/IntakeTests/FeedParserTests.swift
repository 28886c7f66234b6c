import Testing
@testable import Intake

/// Feeds in the shapes publishers write them.
@Suite struct FeedParserTests {
    @Test func rss2WithNamespacesCDATAAndHTMLDescriptions() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
             xmlns:atom="http://www.w3.org/2005/Atom">
        <channel>
          <title>World News</title>
          <atom:link href="https://news.example.com/rss" rel="self" type="application/rss+xml"/>
          <link>https://news.example.com/</link>
          <item>
            <title><![CDATA[Storm & floods <em>hit</em> coast]]></title>
            <link>/2024/01/02/storm</link>
            <guid isPermaLink="false">story-123</guid>
            <pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate>
            <dc:creator>Ann Lee</dc:creator>
            <description>&lt;p&gt;Rain fell &amp;amp; rivers rose.&lt;/p&gt;</description>
            <content:encoded><![CDATA[<p>Rain fell for <b>three</b> days.</p><p>Rivers rose.</p>]]></content:encoded>
          </item>
          <item>
            <title>No date, guid is the link</title>
            <guid>https://news.example.com/b</guid>
          </item>
        </channel></rss>
        """
        let feed = try FeedParser.parse(xml, address: "https://news.example.com/rss")
        #expect(feed.kind == .rss2)
        #expect(feed.title == "World News")
        #expect(feed.link == "https://news.example.com/")
        #expect(feed.items.count == 2)
        let first = feed.items[0]
        #expect(first.title == "Storm & floods hit coast")
        #expect(first.link == "https://news.example.com/2024/01/02/storm")
        #expect(first.guid == "story-123")
        #expect(first.published == "Tue, 02 Jan 2024 10:00:00 GMT")
        #expect(first.author == "Ann Lee")
        #expect(first.summary == "Rain fell for three days. Rivers rose.")
        #expect(feed.items[1].published == nil)
        #expect(feed.items[1].link == "https://news.example.com/b")
    }

    @Test func rss1RDFWithItemsBesideTheChannel() throws {
        let xml = """
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://example.org/"><title>Old style</title><link>https://example.org/</link></channel>
          <item rdf:about="https://example.org/one"><title>One</title><link>https://example.org/one</link><dc:date>2003-12-13T18:30:02Z</dc:date></item>
          <item rdf:about="https://example.org/two"><title>Two</title><link>two.html</link></item>
        </rdf:RDF>
        """
        let feed = try FeedParser.parse(xml)
        #expect(feed.kind == .rss1)
        #expect(feed.items.map(\.title) == ["One", "Two"])
        #expect(feed.items[0].published == "2003-12-13T18:30:02Z")
        #expect(feed.items[0].guid == "https://example.org/one")
        #expect(feed.items[1].link == "https://example.org/two.html")
    }

    @Test func atomWithXmlBaseAlternateLinksAndContentTypes() throws {
        let xml = """
        <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example.net/posts/">
          <title type="text">A blog</title>
          <link rel="self" href="https://blog.example.net/atom.xml"/>
          <link href="https://blog.example.net/"/>
          <entry>
            <id>tag:blog.example.net,2024:1</id>
            <title type="html">Fish &amp;amp; chips</title>
            <link rel="replies" href="comments/1"/>
            <link rel="alternate" type="text/html" href="fish-and-chips"/>
            <updated>2024-02-03T04:05:06Z</updated>
            <author><name>Bo Chan</name></author>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hot <b>food</b>.</p></div></content>
          </entry>
          <entry>
            <id>tag:blog.example.net,2024:2</id><title>Second</title><link href="/two"/>
            <published>2024-02-04T00:00:00Z</published><updated>2024-02-05T00:00:00Z</updated>
            <summary type="html">&lt;p&gt;Short.&lt;/p&gt;</summary>
          </entry>
        </feed>
        """
        let feed = try FeedParser.parse(xml, address: "https://blog.example.net/atom.xml")
        #expect(feed.kind == .atom)
        #expect(feed.link == "https://blog.example.net/")
        #expect(feed.items[0].title == "Fish & chips")
        #expect(feed.items[0].link == "https://blog.example.net/posts/fish-and-chips")
        #expect(feed.items[0].published == "2024-02-03T04:05:06Z")
        #expect(feed.items[0].author == "Bo Chan")
        #expect(feed.items[0].summary == "Hot food.")
        #expect(feed.items[1].link == "https://blog.example.net/two")
        #expect(feed.items[1].published == "2024-02-04T00:00:00Z")
        #expect(feed.items[1].summary == "Short.")
    }

    @Test func whatIsNotAFeedSaysWhat() {
        #expect(throws: FeedParser.Failure.notXML("an HTML page")) { try FeedParser.parse("<!DOCTYPE html><html><body>x</body></html>") }
        #expect(throws: FeedParser.Failure.notXML("JSON, not XML")) { try FeedParser.parse("{\"items\": []}") }
        #expect(throws: FeedParser.Failure.notXML("text, not XML")) { try FeedParser.parse("Service unavailable") }
        #expect(throws: FeedParser.Failure.notAFeed(root: "svg")) { try FeedParser.parse("<svg><g/></svg>") }
    }

    @Test func linksThatAreNotWebAddressesAreDropped() throws {
        let feed = try FeedParser.parse("<rss><channel><item><title>x</title><link>javascript:alert(1)</link></item></channel></rss>")
        #expect(feed.items[0].link == nil)
        #expect(feed.items[0].identity == "x")
    }
}
