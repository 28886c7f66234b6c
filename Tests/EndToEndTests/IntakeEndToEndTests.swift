import Foundation
import Testing
import TestSupport

/// The ingester's own intake with the real processes: a feed of pages becomes searchable articles (and a second
/// poll stores nothing twice); files dropped in the inbox are ingested, moved to done/ or failed/.
@Suite(.serialized)
struct IntakeEndToEndTests {
    @Test(.enabled(if: TestWebServer.available, "needs python3 and scripts/test-web-server.py"))
    func aFeedOfPagesBecomesSearchableArticlesOnce() throws {
        let server = try TestWebServer()
        let cluster = try Cluster()
        try cluster.startAll()
        let journal = cluster.folder.appendingPathComponent("journal").path
        let added = try cluster.cli(["feeds", "add", server.url("/feed.xml"), "--every", "1s", "--journal", journal])
        #expect(added.status == 0, "\(added.stderr)")

        try cluster.waitUntil("both feed pages searchable") { try cluster.searchIDs("budget").count == 2 }
        // Polls go on every second: by the third, the feed was asked for conditionally and nothing came twice.
        try cluster.waitUntil("three polls") { (try feedStatus(cluster, journal))?["polls"] as? Int ?? 0 >= 3 }
        #expect(try server.requests().notModified >= 2)
        #expect(try server.requests().counts["/page/1.html"] == 1)
        #expect(try cluster.searchIDs("budget").count == 2)
        #expect((try feedStatus(cluster, journal))?["items"] as? Int == 2)

        // The feed changes: only the new item is taken.
        _ = try server.get("/bump")
        try cluster.waitUntil("the new item searchable") { try cluster.searchIDs("budget").count == 3 }

        let list = try cluster.cli(["feeds", "list", "--journal", journal])
        #expect(list.stdout.contains("items 3"), "\(list.stdout)")

        // `newswire ingest URL`: a page fetched once; an image is an error naming it, and the page still goes in.
        let once = try cluster.cli(["ingest", server.url("/page/8.html"), server.url("/image.png")])
        #expect(once.stdout.contains("1 accepted"), "\(once.stdout)\(once.stderr)")
        #expect(once.stderr.contains("image.png") && once.stderr.contains("not HTML"), "\(once.stderr)")
        try cluster.waitUntil("the fetched page searchable") { try cluster.searchIDs("budget").count == 4 }
        let (_, status) = try cluster.cliJSON(["status"])
        let ingester = (status?["services"] as? [[String: Any]])?.first { $0["service"] as? String == "ingester" }
        #expect((ingester?["counters"] as? [String: Int])?["feeds"] == 1)
    }

    @Test(.enabled(if: TestWebServer.available, "needs python3 and scripts/test-web-server.py"))
    func aFeedThatFailsIsListedWithItsErrorAndTheOthersGoOn() throws {
        let server = try TestWebServer()
        let cluster = try Cluster()
        try cluster.startAll()
        let journal = cluster.folder.appendingPathComponent("journal").path
        for path in ["/error500.xml", "/not-a-feed.xml", "/feed.xml"] {
            _ = try cluster.cli(["feeds", "add", server.url(path), "--every", "1s", "--journal", journal])
        }
        try cluster.waitUntil("the good feed's pages searchable") { try cluster.searchIDs("budget").count == 2 }
        try cluster.waitUntil("errors listed") {
            let list = try cluster.cli(["feeds", "list", "--journal", journal]).stdout
            return list.contains("HTTP 500") && list.contains("not a feed: an HTML page")
        }
        let removed = try cluster.cli(["feeds", "remove", server.url("/error500.xml"), "--journal", journal])
        #expect(removed.status == 0)
        #expect(!(try cluster.cli(["feeds", "list", "--journal", journal]).stdout.contains("error500")))
    }

    @Test func inboxFilesAreIngestedAndMovedGoodBadAndHalfWritten() throws {
        let cluster = try Cluster()
        let inbox = cluster.folder.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        try cluster.start(.store)
        try cluster.start(.ingester, extra: ["--inbox", inbox.path])
        try cluster.start(.extractor)
        try cluster.start(.gateway)

        try Data("Harbour strike ends\n\nDock workers in the harbour voted to end their strike on Monday.\n".utf8)
            .write(to: inbox.appendingPathComponent("good.txt"))
        try Data("{\"title\": \"broken".utf8).write(to: inbox.appendingPathComponent("bad.json"))
        // Written in pieces over three seconds: it must not be read before the last piece.
        let growing = inbox.appendingPathComponent("growing.jsonl")
        _ = FileManager.default.createFile(atPath: growing.path, contents: Data("{\"title\": \"Slow file\", \"text\": \"Lighthouse keepers".utf8))
        let handle = try FileHandle(forWritingTo: growing)
        for piece in [" met", " on the island", " to discuss", " the lamps"] {
            usleep(700_000)
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(piece.utf8))
        }
        try handle.write(contentsOf: Data(" and the fog.\"}\n".utf8))
        try handle.close()
        // Written then renamed: the hidden name is never read.
        let hidden = inbox.appendingPathComponent(".renamed.txt")
        try Data("Orchard harvest\n\nApple growers in the valley reported a record orchard harvest.\n".utf8).write(to: hidden)
        try FileManager.default.moveItem(at: hidden, to: inbox.appendingPathComponent("renamed.txt"))

        let done = inbox.appendingPathComponent("done"), failed = inbox.appendingPathComponent("failed")
        try cluster.waitUntil("inbox files moved") {
            ["good.txt", "growing.jsonl", "renamed.txt"].allSatisfy { FileManager.default.fileExists(atPath: done.appendingPathComponent($0).path) }
                && FileManager.default.fileExists(atPath: failed.appendingPathComponent("bad.json.error").path)
        }
        let reason = try String(contentsOf: failed.appendingPathComponent("bad.json.error"), encoding: .utf8)
        #expect(reason.contains("bad.json"), "\(reason)")
        #expect(FileManager.default.fileExists(atPath: failed.appendingPathComponent("bad.json").path))
        try cluster.waitUntil("inbox articles searchable") {
            try cluster.searchIDs("harbour").count == 1 && cluster.searchIDs("orchard").count == 1 && cluster.searchIDs("fog").count == 1
        }
        // The half-written file was read whole: one article, with its last words.
        #expect(try cluster.searchIDs("lighthouse").count == 1)
        #expect(try (FileManager.default.contentsOfDirectory(atPath: inbox.path)).filter { !["done", "failed"].contains($0) }.isEmpty)
    }

    func feedStatus(_ cluster: Cluster, _ journal: String) throws -> [String: Any]? {
        let result = try cluster.cli(["feeds", "list", "--json", "--journal", journal])
        let rows = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        return rows?.first { ($0["url"] as? String ?? "").hasSuffix("/feed.xml") }?["status"] as? [String: Any]
    }
}
