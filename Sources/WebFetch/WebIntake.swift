import Foundation
import HTMLText
import Ingestion
import Intake
import NewsModel

/// Articles from the web: one page (or every item of one feed) fetched once, and one poll of a subscribed
/// feed with conditional GET, its new items' pages fetched and read. What to do with the articles (send them
/// to the gateway, hand them to the ledger) is the caller's business; so is remembering what was seen.
public struct WebIntake: Sendable {
    public var fetcher: WebFetcher
    public var schedule: PollSchedule
    /// New items read per poll at most: a feed that suddenly lists thousands is taken in parts.
    public var maxItemsPerPoll: Int

    public init(fetcher: WebFetcher = WebFetcher(), schedule: PollSchedule = PollSchedule(), maxItemsPerPoll: Int = 100) {
        self.fetcher = fetcher
        self.schedule = schedule
        self.maxItemsPerPoll = maxItemsPerPoll
    }

    /// One article read from the web, or why not.
    public struct Fetched: Sendable {
        public var origin: String
        public var article: Article?
        public var error: String?
    }

    /// `address` fetched once: a page is one article; a feed, an article per item (each item's page fetched).
    public func fetchOnce(_ address: String) async -> [Fetched] {
        switch await fetcher.fetch(address) {
        case .failed(let reason): return [Fetched(origin: address, error: reason)]
        case .notModified: return [Fetched(origin: address, error: "HTTP 304 to an unconditional request")]
        case .fetched(let response):
            switch FetchedBody.classify(response.body, contentType: response.headers.contentType) {
            case .other(let what): return [Fetched(origin: address, error: "not HTML or a feed: \(what)")]
            case .html(let text):
                return [prepared(FeedArticle.make(item: FeedItem(), page: HTMLPage(html: text), pageURL: response.url), origin: address)]
            case .feed(let text):
                let feed: Feed
                do { feed = try FeedParser.parse(text, address: response.url) } catch { return [Fetched(origin: address, error: error.description)] }
                var results: [Fetched] = []
                for item in feed.items.prefix(maxItemsPerPoll) {
                    let page = await page(for: item)
                    let origin = item.link ?? address
                    if let article = page.article {
                        results.append(prepared(article, origin: origin))
                    } else {
                        results.append(Fetched(origin: origin, error: page.error ?? "no article"))
                    }
                }
                return results
            }
        }
    }

    /// What one poll of a feed gave.
    public struct Poll: Sendable {
        public var status: FeedStatus
        /// New items' articles, ready for the ledger (normalised, with content ids).
        public var articles: [Article] = []
        /// The seen-keys of items taken (articles, and pages that will never read: not HTML, no link).
        public var taken: [String] = []
        /// Items whose page could not be read, and why.
        public var pageErrors: [(link: String, reason: String)] = []
    }

    /// Polls `subscription` (whose last status is `status`), skipping items whose keys are in `seen`.
    public func poll(_ subscription: FeedSubscription, status: FeedStatus, seen: Set<String>, now: Date = Date()) async -> Poll {
        let every = subscription.every
        let result = await fetcher.fetch(subscription.url, etag: status.etag, lastModified: status.lastModified)
        switch result {
        case .failed(let reason):
            return Poll(status: schedule.failed(status, every: every, now: now, error: reason))
        case .notModified(let headers):
            return Poll(status: schedule.succeeded(status, every: every, now: now, etag: headers.etag, lastModified: headers.lastModified))
        case .fetched(let response):
            let feed: Feed
            switch FetchedBody.classify(response.body, contentType: response.headers.contentType) {
            case .other(let what):
                return Poll(status: schedule.failed(status, every: every, now: now, error: "not a feed: \(what)"))
            case .html:
                return Poll(status: schedule.failed(status, every: every, now: now, error: "not a feed: an HTML page"))
            case .feed(let text):
                do { feed = try FeedParser.parse(text, address: response.url) } catch {
                    return Poll(status: schedule.failed(status, every: every, now: now, error: error.description))
                }
            }
            var poll = Poll(status: schedule.succeeded(status, every: every, now: now, etag: response.headers.etag,
                                                       lastModified: response.headers.lastModified))
            poll.status.title = feed.title ?? poll.status.title
            var fresh: [(FeedItem, String)] = []
            var keys = Set<String>()
            for item in feed.items {
                guard let key = FeedStore.seenKey(feed: subscription.url, item: item), !seen.contains(key), keys.insert(key).inserted else { continue }
                fresh.append((item, key))
            }
            for (item, key) in fresh.prefix(maxItemsPerPoll) {
                let page = await page(for: item)
                if let article = page.article {
                    do {
                        poll.articles.append(try ArticleNormalizer.prepare(article))
                        poll.taken.append(key)
                    } catch {
                        poll.pageErrors.append((item.link ?? item.identity ?? "?", error.reason))
                        poll.taken.append(key) // its text will not grow by asking again
                    }
                } else if let error = page.error {
                    poll.pageErrors.append((item.link ?? item.identity ?? "?", error))
                    if page.permanent { poll.taken.append(key) }
                }
            }
            if let last = poll.pageErrors.last {
                poll.status.pageErrors += poll.pageErrors.count
                poll.status.lastError = "page \(last.link): \(last.reason)"
            }
            return poll
        }
    }

    struct PageRead {
        var article: Article?
        var error: String?
        /// An error that asking again will not cure (not HTML, no link), as opposed to a timeout or a 500.
        var permanent = false
    }

    /// The article of a feed item: its page read, the item's own fields where the page lacks them.
    func page(for item: FeedItem) async -> PageRead {
        guard let link = item.link else {
            if let summary = item.summary, !summary.isEmpty {
                return PageRead(article: FeedArticle.make(item: item, page: nil, pageURL: nil))
            }
            return PageRead(error: "the item has no link and no text", permanent: true)
        }
        switch await fetcher.fetch(link) {
        case .failed(let reason): return PageRead(error: reason)
        case .notModified: return PageRead(error: "HTTP 304 to an unconditional request")
        case .fetched(let response):
            switch FetchedBody.classify(response.body, contentType: response.headers.contentType) {
            case .html(let text):
                return PageRead(article: FeedArticle.make(item: item, page: HTMLPage(html: text), pageURL: response.url))
            case .feed:
                return PageRead(error: "not HTML: the link is a feed", permanent: true)
            case .other(let what):
                return PageRead(error: "not HTML: \(what)", permanent: true)
            }
        }
    }

    func prepared(_ article: Article, origin: String) -> Fetched {
        do {
            return Fetched(origin: origin, article: try ArticleNormalizer.prepare(article))
        } catch {
            return Fetched(origin: origin, error: error.reason)
        }
    }
}
