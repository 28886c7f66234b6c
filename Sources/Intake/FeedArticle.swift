import HTMLText
import Ingestion
import NewsModel

/// The article a feed item gives: the page's text and metadata, with the item's title, date and link
/// wherever the page lacks them. A page with too little text (a teaser behind a paywall, a video page)
/// gives the item's own summary instead, when that is longer.
public enum FeedArticle {
    public static func make(item: FeedItem, page: HTMLPage?, pageURL: String?) -> Article {
        var article = page.map(ArticleReader.article(from:)) ?? Article(text: "")
        if article.title == nil { article.title = item.title }
        if article.published == nil { article.published = item.published }
        // A canonical link may be relative ("/2024/story"): it is resolved against where the page came from.
        article.url = article.url.flatMap { FeedParser.resolve($0, against: pageURL ?? item.link) } ?? pageURL ?? item.link
        if let summary = item.summary, summary.count > article.text.count { article.text = summary }
        return article
    }
}
