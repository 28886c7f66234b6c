import Foundation
import Testing
@testable import Intake

@Suite struct PollScheduleTests {
    let schedule = PollSchedule(maximumBackoff: 3600)
    let start = Date(timeIntervalSince1970: 1_000_000)

    @Test func neverPolledIsDueAndSuccessWaitsEvery() {
        let status = FeedStatus(url: "u")
        #expect(schedule.isDue(status, now: start))
        let after = schedule.succeeded(status, every: 600, now: start, etag: "\"v1\"", lastModified: "Mon")
        #expect(after.nextPoll == start.addingTimeInterval(600))
        #expect(after.etag == "\"v1\"")
        #expect(!schedule.isDue(after, now: start.addingTimeInterval(599)))
        #expect(schedule.isDue(after, now: start.addingTimeInterval(600)))
    }

    @Test func errorsBackOffDoublingUpToTheCapAndSuccessResets() {
        var status = FeedStatus(url: "u")
        var waits: [TimeInterval] = []
        for attempt in 0..<6 {
            let now = start.addingTimeInterval(Double(attempt) * 10_000)
            status = schedule.failed(status, every: 300, now: now, error: "HTTP 500")
            waits.append(status.nextPoll!.timeIntervalSince(now))
        }
        #expect(waits == [600, 1200, 2400, 3600, 3600, 3600])
        #expect(status.consecutiveErrors == 6)
        status = schedule.succeeded(status, every: 300, now: start, etag: nil, lastModified: nil)
        #expect(status.consecutiveErrors == 0 && status.lastError == nil)
        #expect(schedule.backoff(every: 86400, errors: 3) == 86400)
    }

    @Test func durations() {
        #expect(FeedSubscription.duration("90s") == 90)
        #expect(FeedSubscription.duration("15m") == 900)
        #expect(FeedSubscription.duration("2h") == 7200)
        #expect(FeedSubscription.duration("600") == 600)
        #expect(FeedSubscription.duration("soon") == nil)
        #expect(FeedSubscription.duration("-5m") == nil)
        #expect(FeedSubscription.describe(900) == "15m")
    }
}

@Suite struct InboxPolicyTests {
    let t = Date(timeIntervalSince1970: 5)

    @Test func aFileIsReadyOnlyWhenTwoLooksAgree() {
        var policy = InboxPolicy()
        #expect(policy.ready([.init(name: "a.csv", size: 10, modified: t)]).isEmpty)
        // Still growing: not ready.
        #expect(policy.ready([.init(name: "a.csv", size: 20, modified: t.addingTimeInterval(1))]).isEmpty)
        #expect(policy.ready([.init(name: "a.csv", size: 20, modified: t.addingTimeInterval(1))]) == ["a.csv"])
        policy.taken("a.csv")
        #expect(policy.ready([.init(name: "a.csv", size: 20, modified: t)]).isEmpty)
    }

    @Test func temporaryNamesAndTheInboxFoldersAreIgnored() {
        var policy = InboxPolicy()
        let listing: [InboxPolicy.Entry] = ["done", "failed", ".a.csv.swp", "b.json.part", "c.tmp", "d.txt"].map {
            .init(name: $0, size: 1, modified: t)
        }
        _ = policy.ready(listing)
        #expect(policy.ready(listing) == ["d.txt"])
    }
}

@Suite struct FetchedBodyTests {
    @Test func classifiedByTypeThenByContent() {
        let rss = Array("<?xml version=\"1.0\"?><rss><channel></channel></rss>".utf8)
        let html = Array("<!DOCTYPE html><html><body><p>x</p></body></html>".utf8)
        #expect(FetchedBody.classify(rss, contentType: "application/rss+xml; charset=utf-8") == .feed(String(decoding: rss, as: UTF8.self)))
        #expect(FetchedBody.classify(rss, contentType: "text/html") == .feed(String(decoding: rss, as: UTF8.self)))
        #expect(FetchedBody.classify(html, contentType: "text/html") == .html(String(decoding: html, as: UTF8.self)))
        #expect(FetchedBody.classify(html, contentType: nil) == .html(String(decoding: html, as: UTF8.self)))
        #expect(FetchedBody.classify([0x89, 0x50, 0x4E, 0x47], contentType: "image/png") == .other("image/png, not HTML or a feed"))
        #expect(FetchedBody.classify([], contentType: "text/html") == .other("an empty body"))
    }

    @Test func latin1PagesAreDecoded() {
        let bytes: [UInt8] = Array("<html><p>caf".utf8) + [0xE9] + Array("</p></html>".utf8)
        #expect(FetchedBody.classify(bytes, contentType: "text/html; charset=ISO-8859-1") == .html("<html><p>café</p></html>"))
        #expect(FetchedBody.classify(bytes, contentType: "text/html") == .html("<html><p>café</p></html>"))
    }
}

@Suite struct FeedStoreTests {
    @Test func subscriptionsStatusAndSeenSurviveAReopen() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("feedstore-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = FeedStore(folder: folder)
        #expect(try store.subscriptions().isEmpty)
        #expect(try store.add(FeedSubscription(url: "https://a/rss", every: 60)))
        #expect(try !store.add(FeedSubscription(url: "https://a/rss", every: 60)))
        #expect(try store.add(FeedSubscription(url: "https://a/rss", every: 120)))
        try store.add(FeedSubscription(url: "https://b/atom"))
        var status = FeedStatus(url: "https://a/rss")
        status.items = 3
        status.lastPoll = Date(timeIntervalSince1970: 1_700_000_000)
        try store.save(statuses: ["https://a/rss": status])
        try store.markSeen(["https://a/rss\tg1", "https://a/rss\tg2"])
        try store.markSeen(["https://a/rss\tg3"])

        let reopened = FeedStore(folder: folder)
        #expect(try reopened.subscriptions().map(\.every) == [120, FeedSubscription.defaultEvery])
        #expect(reopened.statuses()["https://a/rss"] == status)
        #expect(reopened.seen() == ["https://a/rss\tg1", "https://a/rss\tg2", "https://a/rss\tg3"])
        #expect(try reopened.remove(url: "https://b/atom"))
        #expect(try !reopened.remove(url: "https://b/atom"))
    }

    @Test func aDamagedFeedListIsAnErrorNamingTheFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("feedstore-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("not json".utf8).write(to: folder.appendingPathComponent("feeds.json"))
        #expect { try FeedStore(folder: folder).subscriptions() } throws: { "\($0)".contains("feeds.json") }
    }
}
