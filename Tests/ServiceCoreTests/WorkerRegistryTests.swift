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
