import Foundation
import NewsModel
import ServiceCore
import Testing

@Suite("Extractors known by their heartbeats")
struct WorkerRegistryTests {
    @Test("a recent heartbeat is up, a silent worker goes down, then out of the list")
    func upDownGone() {
        var registry = WorkerRegistry()
        let start = Date(timeIntervalSince1970: 1000)
        registry.record(HeartbeatMessage(service: "extractor", instance: "b", processed: 5, failed: 1), at: start)
        registry.record(HeartbeatMessage(service: "extractor", instance: "a", processed: 2, failed: 0), at: start.addingTimeInterval(30))
        let now = registry.statuses(now: start.addingTimeInterval(31))
        #expect(now.map(\.instance) == ["a", "b"])
        #expect(now.map(\.up) == [true, false], "b has been silent for 31 s")
        #expect(now[1].counters["processed"] == 5)
        #expect(now[1].counters["seconds_since_heartbeat"] == 31)
        let later = registry.statuses(now: start.addingTimeInterval(61))
        #expect(later.map(\.instance) == ["a"], "a worker silent for a minute is dropped")
    }

    @Test("a newer heartbeat replaces the older one of the same instance")
    func latestWins() {
        var registry = WorkerRegistry()
        let start = Date(timeIntervalSince1970: 0)
        registry.record(HeartbeatMessage(service: "extractor", instance: "a", processed: 1, failed: 0), at: start)
        registry.record(HeartbeatMessage(service: "extractor", instance: "a", processed: 9, failed: 0), at: start.addingTimeInterval(2))
        let statuses = registry.statuses(now: start.addingTimeInterval(3))
        #expect(statuses.count == 1)
        #expect(statuses.first?.counters["processed"] == 9)
    }
}

@Suite("The worker registry stays bounded")
struct WorkerRegistryBoundTests {
    @Test("a flood of made-up instances never holds more than the capacity, and a live worker is back on its next beat")
    func flood() {
        var registry = WorkerRegistry(capacity: 8)
        let start = Date(timeIntervalSince1970: 0)
        registry.record(HeartbeatMessage(service: "extractor", instance: "real", processed: 1, failed: 0), at: start)
        for index in 0..<1000 {
            registry.record(HeartbeatMessage(service: "extractor", instance: "spoof-\(index)", processed: 0, failed: 0),
                            at: start.addingTimeInterval(Double(index) / 1000))
        }
        #expect(registry.count == 8)
        registry.record(HeartbeatMessage(service: "extractor", instance: "real", processed: 2, failed: 0), at: start.addingTimeInterval(2))
        #expect(registry.statuses(now: start.addingTimeInterval(2)).contains { $0.instance == "real" && $0.up })
        #expect(registry.count == 8)
    }

    @Test("a worker silent for longer than forgetAfter is forgotten, not only hidden")
    func forgets() {
        var registry = WorkerRegistry()
        let start = Date(timeIntervalSince1970: 0)
        registry.record(HeartbeatMessage(service: "extractor", instance: "gone", processed: 1, failed: 0), at: start)
        registry.forget(before: start.addingTimeInterval(61 - WorkerRegistry.forgetAfter))
        #expect(registry.count == 0)
    }
}
