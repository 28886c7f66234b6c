import Bus
import Foundation
import Ingestion
import Logging
import NewsModel
import ServiceCore
import ServiceSupport
import Storage
import Testing
@testable import newswire_store

/// Issue 10: an extraction message missing a field was dropped by the store, counted in an undocumented counter and
/// otherwise lost. The real store loop now records it in its dead-letter file and counts it in `status`.
@Suite("Store loop dead letters")
struct DeadLetterLoopTests {
    @Test("a malformed extraction pushed to the store lands in its dead-letter file, and the store goes on storing")
    func malformedExtractionIsRecorded() throws {
        let context = try ZMQContext()
        let name = UUID().uuidString
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newswire-dead-\(name)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("dead.jsonl").path
        let database = try SQLiteStore(path: folder.appendingPathComponent("db.sqlite").path)
        let loop = StoreLoop(context: context, store: database,
                             endpoints: .init(queries: "inproc://\(name)-queries", results: "inproc://\(name)-results",
                                              acks: "inproc://\(name)-acks"),
                             logger: Logger(label: "dead-letter-test"), deadLetters: try DeadLetterFile(path: path))
        let stop = StopSignal()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            try? loop.run(until: stop)
            done.signal()
        }
        thread.start()
        defer {
            stop.stop()
            _ = done.wait(timeout: .now() + 5)
            context.terminate()
        }
        let acks = try context.makeSocket(.pull)
        defer { acks.close() }
        try acks.bind("inproc://\(name)-acks")
        let push = try context.makeSocket(.push)
        defer { push.close() }
        push.linger = 0
        // the store binds its results socket on its thread: connect once it is there
        for _ in 0..<200 {
            if (try? push.connect("inproc://\(name)-results")) != nil { break }
            usleep(10_000)
        }
        _ = try push.send(Data(#"{"type":"extraction","v":1,"article":{"id":"lost1","text":"t"},"elapsed_us":1}"#.utf8))
        var good = Article(text: "Kept.")
        good.id = ContentID.of(good)
        _ = try push.send(WireCodec.encode(ExtractionMessage(article: good, extraction: Extraction(article: good.metadata),
                                                              extractor: "e", elapsedMicroseconds: 1)))
        acks.receiveTimeout = 5_000
        let ack = try #require(try acks.receiveData(), "the good extraction is stored and acknowledged")
        #expect(try WireCodec.decode(AckMessage.self, from: ack).ids == [good.id])
        var letters: [DeadLetter] = []
        for _ in 0..<100 where letters.isEmpty {
            letters = (try? DeadLetterFile.read(path: path)) ?? []
            if letters.isEmpty { usleep(20_000) }
        }
        #expect(letters.map(\.articleID) == ["lost1"])
        #expect(letters.first?.reason.contains("missing field") == true, "\(letters)")
    }
}
