import HTMLText
import NewsModel

extension ArticleReader {
    /// A web page is one article: its body found by `ArticleExtractor`, its title, date and address from the
    /// page's metadata (`PageMetadata`).
    func readHTML(_ html: String, origin: String) -> ReadBatch {
        let page = HTMLPage(html: html)
        var batch = ReadBatch()
        accept(Self.article(from: page), origin: origin, into: &batch)
        return batch
    }

    /// The article a page holds, before normalising: the canonical URL is its address.
    public static func article(from page: HTMLPage) -> Article {
        Article(title: page.metadata.title, text: page.text, published: page.metadata.published,
                url: page.metadata.canonicalURL)
    }
}
