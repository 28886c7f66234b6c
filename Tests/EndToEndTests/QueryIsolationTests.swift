import Bus
import Foundation
import NewsModel
import Storage
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 10, point 3, with a real store process: a search that SQLite cannot interrupt (FTS5 merging the positions
/// of many phrases of a word that is every word of every article) no longer holds up pings, other queries or SIGTERM.
@Suite("Store: queries apart from writes", .serialized)
struct QueryIsolationTests {
    /// A database where a search of the phrases "the", "the the", ... (within the bounds: 14 phrases, 434 characters)
    /// takes many seconds inside single SQLite steps, where no progress handler is called.
    static func seed(_ path: String) throws {
        let store = try SQLiteStore(path: path)
        let text = Array(repeating: "the", count: 2000).joined(separator: " ")
        try store.upsert((0..<300).map { n in
            let article = Article(id: "slow\(n)", title: "Article \(n)", text: text)
            return (article: article, extraction: Extraction(article: article.metadata))
        })
    }

    static let slowSearch = (1...14).map { "\"" + Array(repeating: "the", count: $0).joined(separator: " ") + "\"" }
        .joined(separator: " ")

    /// Requests on one DEALER, answers in the order the store sent them.
    final class Client {
        let context: ZMQContext
        let socket: ZMQSocket

        init(_ endpoint: String) throws {
            context = try ZMQContext()
            socket = try context.makeSocket(.dealer)
            socket.receiveTimeout = 30_000
            try socket.connect(endpoint)
        }

        func send(_ message: some WireMessage) throws {
            _ = try socket.send(frames: [[], [UInt8](WireCodec.encode(message))])
        }

        func receive() throws -> Data {
            let frames = try #require(try socket.receiveMultipart(), "the store answered")
            return Data(try #require(frames.last))
        }

        func close() {
            socket.close()
            context.terminate()
        }
    }

    @Test("a ping and another query sent after an unstoppable search are answered first; the search gets timeout; SIGTERM still stops the store")
    func slowSearchBlocksNothing() throws {
        let cluster = try Cluster()
        let database = cluster.folder.appendingPathComponent("newswire.sqlite").path
        try Self.seed(database)
        let store = try cluster.start(.store, extra: ["--query-timeout", "3", "--query-threads", "2"])
        let client = try Client("tcp://127.0.0.1:\(cluster.ports["storeQueries"]!)")
        defer { client.close() }
        // the store is up once it answers a ping
        try client.send(PingMessage(requestID: "warm"))
        #expect(try WireCodec.messageType(of: client.receive()) == .pong)

        try client.send(QueryRequest(query: .search, requestID: "slow", text: Self.slowSearch))
        try client.send(PingMessage(requestID: "ping"))
        try client.send(QueryRequest(query: .article, requestID: "other", id: "slow7"))
        var order: [String] = []
        for _ in 0..<3 {
            let reply = try client.receive()
            order.append(WireCodec.requestID(in: reply) ?? "?")
            switch WireCodec.requestID(in: reply) {
            case "slow":
                let error = try WireCodec.decode(ErrorReply.self, from: reply)
                #expect(error.code == .timeout, "the slow search is answered timeout, not left waiting")
            case "ping":
                #expect(try WireCodec.messageType(of: reply) == .pong)
            case "other":
                #expect(try WireCodec.decode(QueryReply.self, from: reply).body.article?.id == "slow7",
                        "the other reader answers while one is stuck")
            default:
                Issue.record("an answer to no request: \(String(decoding: reply, as: UTF8.self).prefix(200))")
            }
        }
        #expect(order == ["ping", "other", "slow"])

        // a reader is still inside the search (it takes far longer than its budget): SIGTERM ends the store anyway
        try client.send(QueryRequest(query: .search, requestID: "slow-again", text: Self.slowSearch))
        usleep(300_000)
        #expect(store.isRunning)
        let status = cluster.stop("store", timeout: 30)
        #expect(status == 0, "the store exited by itself on SIGTERM (nil: it had to be killed)")
        #expect(cluster.log("store").contains("store stopped"))
    }

    @Test("a search past the bounds is refused with invalid_parameter by the real store, and ping still answers")
    func boundedSearch() throws {
        let cluster = try Cluster()
        try cluster.start(.store)
        let client = try Client("tcp://127.0.0.1:\(cluster.ports["storeQueries"]!)")
        defer { client.close() }
        let text = (0..<2000).map { "term\($0)" }.joined(separator: " ")
        try client.send(QueryRequest(query: .search, requestID: "big", text: text))
        try client.send(PingMessage(requestID: "ping"))
        var answers: [String: Data] = [:]
        for _ in 0..<2 {
            let reply = try client.receive()
            answers[WireCodec.requestID(in: reply) ?? "?"] = reply
        }
        let refused = try WireCodec.decode(ErrorReply.self, from: try #require(answers["big"]))
        #expect(refused.code == .invalidParameter)
        #expect(refused.message.contains("characters"))
        #expect(try WireCodec.messageType(of: try #require(answers["ping"])) == .pong)
    }
}
