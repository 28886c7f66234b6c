import Foundation
import NewsModel

/// The extractors the store has heard from, by their heartbeats.
public struct WorkerRegistry: Sendable {
    public init() {}

    private var lastBeat: [String: (HeartbeatMessage, Date)] = [:]

    public mutating func record(_ beat: HeartbeatMessage, at time: Date = Date()) {
        lastBeat[beat.instance] = (beat, time)
    }

    /// An extractor counts as up if it beat within the last 10 seconds (it beats every 2); the silent are kept
    /// for a minute, marked down, so `status` shows who went away.
    public func statuses(now: Date) -> [ServiceStatus] {
        lastBeat.values
            .filter { now.timeIntervalSince($0.1) < 60 }
            .sorted { $0.0.instance < $1.0.instance }
            .map { beat, seen in
                ServiceStatus(service: beat.service, instance: beat.instance, up: now.timeIntervalSince(seen) < 10,
                              counters: ["processed": beat.processed, "failed": beat.failed,
                                         "seconds_since_heartbeat": Int(now.timeIntervalSince(seen))])
            }
    }
}
