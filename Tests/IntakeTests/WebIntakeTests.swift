import Foundation
import Intake
import Testing
import TestSupport
@testable import WebFetch

/// Feeds and pages over real HTTP, from scripts/test-web-server.py on the loopback.
@Suite(.enabled(if: TestWebServer.available, "needs python3 and scripts/test-web-server.py"), .serialized)
struct WebIntakeTests {
    let server: TestWebServer
    /// A generous time limit: these run beside the whole suite on a busy machine. The slow page has its own.
    let intake = WebIntake(fetcher: WebFetcher(timeout: 20, maxBytes: 10 * 1024 * 1024))

    init() throws {
        server = try TestWebServer()
    }

    @Test func aPageFetchedOnceIsOneArticleWithItsMetadata() async throws {
        let results = await intake.fetchOnce(server.url("/page/3.html"))
        let article = try #require(results.first?.article)
        #expect(article.title == "Story number 3")
        #expect(article.published == "2024-03-04")
        #expect(article.url == server.url("/page/3.html"))
        #expect(article.text.contains("Paragraph 4 of story 3"))
        #expect(!article.text.contains("Copyright"))
        #expect(!article.id.isEmpty)
    }

    @Test func aFeedPolledTwiceAsksConditionallyAndTakesOnlyNewItems() async throws {
        let subscription = FeedSubscription(url: server.url("/feed.xml"), every: 60)
        let first = await intake.poll(subscription, status: FeedStatus(url: subscription.url), seen: [])
        #expect(first.status.consecutiveErrors == 0)
        #expect(first.status.etag == "\"v2\"")
        #expect(first.articles.map(\.title) == ["Story number 1", "Story number 2"])
        #expect(first.taken.count == 2)

        // Unchanged: the server answers 304 to the ETag, nothing is fetched again.
        let second = await intake.poll(subscription, status: first.status, seen: Set(first.taken))
        #expect(second.articles.isEmpty)
        #expect(try server.requests().notModified == 1)

        // The feed gains an item: only it is read.
        _ = try server.get("/bump")
        let third = await intake.poll(subscription, status: second.status, seen: Set(first.taken + second.taken))
        #expect(third.articles.map(\.title) == ["Story number 3"])
        #expect(third.status.etag == "\"v3\"")
        #expect(try server.requests().counts["/page/1.html"] == 1)
    }

    @Test func itemFieldsFillWhatThePageLacksAndNonHTMLPagesAreErrors() async throws {
        let subscription = FeedSubscription(url: server.url("/atom.xml"), every: 60)
        let poll = await intake.poll(subscription, status: FeedStatus(url: subscription.url), seen: [])
        #expect(poll.articles.count == 1)
        #expect(poll.pageErrors.count == 1)
        #expect(poll.pageErrors.first?.reason == "not HTML: image/png, not HTML or a feed")
        #expect(poll.status.lastError?.contains("image.png") == true)
        // The image will never read: it is taken (not asked for again); the article too.
        #expect(poll.taken.count == 2)
    }

    @Test func serverErrorsBackOff() async {
        let subscription = FeedSubscription(url: server.url("/error500.xml"), every: 60)
        let now = Date()
        let poll = await intake.poll(subscription, status: FeedStatus(url: subscription.url), seen: [], now: now)
        #expect(poll.status.consecutiveErrors == 1)
        #expect(poll.status.lastError == "HTTP 500 Internal Server Error")
        #expect(poll.status.nextPoll == now.addingTimeInterval(120))
    }

    @Test func aSlowAnswerTimesOut() async {
        // The server answers after 5 s.
        let impatient = WebIntake(fetcher: WebFetcher(timeout: 1, maxBytes: 1024 * 1024))
        let results = await impatient.fetchOnce(server.url("/slow.html"))
        #expect(results.first?.article == nil)
        let error = results.first?.error ?? ""
        #expect(error.contains("timed out") || error.contains("no complete answer within 1 s"))
    }

    @Test func a50MBPageIsRefusedWithOrWithoutALength() async {
        let declared = await intake.fetchOnce(server.url("/big.html"))
        #expect(declared.first?.error == "50 MB, over the 10 MB limit")
        let chunked = await intake.fetchOnce(server.url("/big-chunked.html"))
        #expect(chunked.first?.error == "more than the 10 MB limit, refused unread beyond it")
    }

    @Test func aPageWhereAFeedShouldBeIsAClearError() async {
        let subscription = FeedSubscription(url: server.url("/not-a-feed.xml"), every: 60)
        let poll = await intake.poll(subscription, status: FeedStatus(url: subscription.url), seen: [])
        #expect(poll.status.lastError == "not a feed: an HTML page")
        #expect(poll.articles.isEmpty)
    }

    @Test func nothingListensIsAClearError() async {
        let results = await intake.fetchOnce("http://127.0.0.1:9/nothing")
        #expect(results.first?.article == nil)
        let error = results.first?.error ?? ""
        #expect(!error.isEmpty)
    }
}
