import NewsModel

extension ArticleReader {
    /// A web page is one article: see `HTMLText` for what is taken from it.
    func readHTML(_ html: String, origin: String) -> ReadBatch {
        let page = HTMLText(html: html)
        var batch = ReadBatch()
        accept(Article(title: page.title, text: page.text, published: page.published, url: page.url),
               origin: origin, into: &batch)
        return batch
    }
}
