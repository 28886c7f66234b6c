import Testing
@testable import HTMLText

@Suite struct MetadataTests {
    func metadata(_ head: String, body: String = "") -> PageMetadata {
        PageMetadata(document: Parser.parse("<html><head>\(head)</head><body>\(body)</body></html>"))
    }

    @Test func jsonLDComesFirst() {
        let head = """
        <meta property="og:title" content="OG title"><meta property="article:published_time" content="2020-01-01">
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
        {"@type":"NewsArticle","headline":"LD headline","datePublished":"2021-03-04T05:06:07Z",
         "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chan"}],"publisher":{"@type":"Organization","name":"The Paper"}}]}</script>
        """
        let meta = metadata(head)
        #expect(meta.title == "LD headline")
        #expect(meta.published == "2021-03-04T05:06:07Z")
        #expect(meta.author == "Ann Lee, Bo Chan")
        #expect(meta.siteName == "The Paper")
    }

    @Test func brokenJSONLDFallsBackToMetaTags() {
        let head = """
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "x"</script>
        <meta property="og:title" content="OG &amp; title"><meta name="author" content="Cy Dee">
        <meta property="og:site_name" content="Daily"><meta property="article:published_time" content="2020-01-02">
        <link rel="canonical" href="https://example.com/a">
        """
        let meta = metadata(head)
        #expect(meta.title == "OG & title")
        #expect(meta.author == "Cy Dee")
        #expect(meta.siteName == "Daily")
        #expect(meta.published == "2020-01-02")
        #expect(meta.canonicalURL == "https://example.com/a")
    }

    @Test func timeElementAndTitleWithoutSite() {
        let meta = metadata("<title>Storm hits the coast hard | Daily News</title>",
                            body: "<time datetime=\"2019-05-06\">May 6</time><a rel=\"author\" href=\"/ed\">Ed Fox</a>")
        #expect(meta.title == "Storm hits the coast hard")
        #expect(meta.published == "2019-05-06")
        #expect(meta.author == "Ed Fox")
    }

    @Test func siteNameTitlePartGoesWhicheverSide() {
        #expect(PageMetadata.strippingSite(from: "Daily - Short", siteName: "Daily") == "Short")
        #expect(PageMetadata.strippingSite(from: "Short - Daily", siteName: nil) == "Short - Daily")
    }
}
