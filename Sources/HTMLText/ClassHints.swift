/// What a block's `class` and `id` say about it: the words pages use for their story and for their furniture.
///
/// Every extractor worth its name reads these (Readability's weights, boilerpipe's and trafilatura's
/// exclusion lists): a page names its sidebar "sidebar" and its story "article-body". The lists are matched as
/// lowercase substrings of `class` + " " + `id`, so "post-content" and "entry_text" both count.
enum ClassHints {
    /// Names of page furniture; an element so named is dropped before scoring unless it also has a story word.
    static let unlikely: [String] = [
        "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
        "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
        "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
        "yom-remote", "cookie", "newsletter", "subscribe", "promo-", "signup", "share-", "outbrain", "taboola",
    ]
    /// Story words that save an element from `unlikely` ("main-header" is kept for "main").
    static let maybe: [String] = ["and", "article", "body", "column", "content", "main", "mathjax", "shadow"]
    /// Words that lower a block's weight.
    static let negative: [String] = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media",
        "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
        "shopping", "tags", "widget", "byline", "caption", "credit", "newsletter", "nav",
    ]
    /// Words that raise it.
    static let positive: [String] = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text",
        "blog", "story", "prose",
    ]
    /// ARIA roles of furniture.
    static let furnitureRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"]

    static func matches(_ text: String, any words: [String]) -> Bool {
        for word in words where text.contains(word) { return true }
        return false
    }

    /// -25 or +25 for the class and again for the id, by the words above (0 when neither speaks).
    static func weight(className: String, id: String) -> Double {
        var weight = 0.0
        for name in [className, id] where !name.isEmpty {
            if matches(name, any: negative) { weight -= 25 }
            if matches(name, any: positive) { weight += 25 }
        }
        return weight
    }
}
