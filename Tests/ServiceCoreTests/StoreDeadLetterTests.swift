import Foundation
import NewsModel
import ServiceCore
import Testing

/// Issue 10: one bad article fails only itself, and what the store cannot use is kept with why, not lost.
@Suite("Store: batches that survive a bad article, dead letters")
struct StoreDeadLetterTests {
    let now = Date(timeIntervalSince1970: 1_700_000_000)

    @Test("a failed batch is written again one article at a time: the good ones are acknowledged, the bad one dead-lettered")
    func oneBadArticle() {
        var machine = StoreStateMachine()
        for id in ["a", "bad", "c"] { _ = machine.received(StoreStateMachineTests.result(id), now: now) }
        let batch = machine.takeBatch()
        #expect(batch?.count == 3)
        #expect(machine.writeFailed(reason: "constraint failed") == .retryingAlone(count: 3))
        var acknowledged: [String] = []
        var unacknowledged = 0
        // what the loop does: each article alone, through a database that refuses only "bad"
        while let alone = machine.takeBatch() {
            #expect(alone.count == 1)
            let outcome = alone[0].article.id == StoreStateMachineTests.id("bad") ? machine.writeFailed(reason: "constraint failed") : machine.written()
            switch outcome {
            case .acknowledge(let ack): acknowledged += ack.ids
            case .unacknowledged(let count): unacknowledged += count
            case .retryingAlone: Issue.record("a single article is not split further")
            }
        }
        #expect(acknowledged == ["a", "c"].map(StoreStateMachineTests.id))
        #expect(unacknowledged == 1)
        #expect(machine.stored == 2)
        let letters = machine.takeDeadLetters()
        #expect(letters.map(\.articleID) == [StoreStateMachineTests.id("bad")])
        #expect(letters.first?.reason == "not stored: constraint failed")
        #expect(letters.first?.service == "store")
        #expect(machine.counters["dead_letters"] == 1)
        #expect(machine.takeDeadLetters().isEmpty, "taken once")
    }

    @Test("an extraction missing a field is dead-lettered with the field, the article id and the time")
    func malformedExtraction() throws {
        var machine = StoreStateMachine()
        let payload = Data(#"{"type":"extraction","v":1,"article":{"id":"a9","text":"t"},"extraction":{},"elapsed_us":1}"#.utf8)
        guard case .rejected(let error) = machine.received(payload, now: now) else {
            Issue.record("a malformed extraction was accepted")
            return
        }
        let letters = machine.takeDeadLetters()
        let letter = try #require(letters.first)
        #expect(letter.reason == error.message)
        #expect(letter.reason.contains("'extractor'") || letter.reason.contains("'article'"), "\(letter.reason)")
        #expect(letter.articleID == "a9")
        #expect(letter.time == "2023-11-14T22:13:20Z")
        #expect(letter.bytes == payload.count)
        #expect(letter.excerpt == String(decoding: payload, as: UTF8.self))
        #expect(machine.counters["dead_letters"] == 1)
        #expect(machine.counters["rejected_messages"] == 1)
    }

    @Test("a huge message leaves a small record: the excerpt is bounded and never cuts a character in two")
    func boundedExcerpt() {
        let big = Data(("{\"type\":\"extraction\",\"id\":\"" + String(repeating: "é", count: 5_000_000)).utf8)
        let letter = DeadLetter(time: now, service: "store", reason: "r", payload: big)
        #expect(letter.bytes == big.count)
        #expect(letter.excerpt.utf8.count <= DeadLetter.maxExcerptBytes)
        #expect(letter.excerpt.utf8.count >= DeadLetter.maxExcerptBytes - 4)
        #expect(!letter.excerpt.contains("\u{FFFD}"), "a cut character would decode as a replacement mark")
        #expect(letter.excerpt.hasSuffix("é"))
    }

    @Test("the dead-letter file keeps each record as a JSON line and stops at its size bound")
    func file() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dead-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let letters = (0..<3).map { DeadLetter(time: now, service: "store", reason: "reason \($0)", payload: Data("x\($0)".utf8)) }
        let file = try DeadLetterFile(path: path, maxBytes: 1_000)
        for letter in letters { #expect(try file.append(letter)) }
        #expect(try DeadLetterFile.read(path: path) == letters)
        let large = DeadLetter(time: now, service: "store", reason: String(repeating: "r", count: 2_000), payload: Data())
        #expect(try !file.append(large), "over the bound: not written")
        // reopened, it appends after what is there
        try DeadLetterFile(path: path, maxBytes: 10_000).append(letters[0])
        #expect(try DeadLetterFile.read(path: path).count == 4)
    }
}

/// Issue 10: a 10 MB heartbeat name made every status reply 10 MB.
@Suite("Store: heartbeats are bounded")
struct HeartbeatBoundsTests {
    let now = Date(timeIntervalSince1970: 1_700_000_000)

    @Test("a heartbeat with an oversized, empty or control-character name, or a negative count, is refused and not listed",
          arguments: [
              HeartbeatMessage(service: "extractor", instance: String(repeating: "x", count: 10_000_000), processed: 1, failed: 0),
              HeartbeatMessage(service: "", instance: "e1", processed: 1, failed: 0),
              HeartbeatMessage(service: "extractor", instance: "e1\u{1B}[2J", processed: 1, failed: 0),
              HeartbeatMessage(service: "extractor", instance: "e1", processed: -5, failed: 0),
              HeartbeatMessage(service: "store", instance: "e1", processed: 1, failed: 0),
              HeartbeatMessage(service: "extractor", instance: "two words", processed: 1, failed: 0),
              HeartbeatMessage(service: "extractor", instance: "e1\u{202E}pu", processed: 1, failed: 0),
          ])
    func refused(beat: HeartbeatMessage) throws {
        var machine = StoreStateMachine()
        guard case .rejected(let error) = machine.received(WireCodec.encode(beat), now: now) else {
            Issue.record("a bad heartbeat was taken")
            return
        }
        #expect(error.code == .invalidParameter)
        #expect(machine.workers.statuses(now: now).isEmpty)
        let letters = machine.takeDeadLetters()
        #expect(letters.count == 1)
        #expect(letters.first.map { $0.excerpt.utf8.count <= DeadLetter.maxExcerptBytes } == true)
    }

    @Test("a heartbeat with a name at the bound is taken")
    func atTheBound() {
        var machine = StoreStateMachine()
        let name = String(repeating: "e", count: StoreStateMachine.maxNameBytes - 4) + "-1.2"
        let beat = HeartbeatMessage(service: "extractor", instance: name, processed: 1, failed: 0)
        #expect(machine.received(WireCodec.encode(beat), now: now) == .heartbeat)
        #expect(machine.workers.statuses(now: now).map(\.instance) == [name])
    }
}

/// Issue 10: bad messages logged one line each without limit (5 MB of log).
@Suite("Repeated log lines")
struct RepeatedLogLinesTests {
    @Test("one line per kind per interval; the next line says how many went unlogged")
    func throttled() {
        var lines = RepeatedLogLines(interval: 10)
        let start = Date(timeIntervalSince1970: 0)
        #expect(lines.shouldLog("malformed_request", now: start) == 0)
        for second in 1...9 {
            #expect(lines.shouldLog("malformed_request", now: start.addingTimeInterval(Double(second))) == nil)
        }
        #expect(lines.shouldLog("unknown_type", now: start.addingTimeInterval(5)) == 0, "another kind has its own line")
        #expect(lines.shouldLog("malformed_request", now: start.addingTimeInterval(10)) == 9)
        #expect(lines.shouldLog("malformed_request", now: start.addingTimeInterval(25)) == 0)
    }
}
