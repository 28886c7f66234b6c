import Foundation
import NewsModel

/// The extractors the store has heard from, by their heartbeats.
///
/// Timings (docs/protocol.md, "Heartbeats"): an extractor beats every 2 s; it counts as up while its last beat is
/// under `upFor` (10 s) old, is listed as down until `forgetAfter` (60 s), then forgotten. The registry holds at
/// most `capacity` workers: a flood of made-up instance names pushes out the longest silent, never grows memory
/// or `status` beyond that, and an extractor that keeps beating is back on its next beat.
public struct WorkerRegistry: Sendable {
    public static let upFor: TimeInterval = 10
    public static let forgetAfter: TimeInterval = 60
    public let capacity: Int

    public init(capacity: Int = 256) {
        self.capacity = max(1, capacity)
    }

    private var lastBeat: [String: (HeartbeatMessage, Date)] = [:]

    /// How many workers are remembered (the silent ones too, until forgotten).
    public var count: Int { lastBeat.count }

    public mutating func record(_ beat: HeartbeatMessage, at time: Date = Date()) {
        if lastBeat[beat.instance] == nil, lastBeat.count >= capacity {
            forget(before: time.addingTimeInterval(-Self.forgetAfter))
            if lastBeat.count >= capacity, let oldest = lastBeat.min(by: { $0.value.1 < $1.value.1 })?.key {
                lastBeat[oldest] = nil
            }
        }
        lastBeat[beat.instance] = (beat, time)
    }

    /// Drops the workers silent since before `cutoff`.
    public mutating func forget(before cutoff: Date) {
        lastBeat = lastBeat.filter { $0.value.1 >= cutoff }
    }

    /// The workers heard from within `forgetAfter`, by instance name; up if heard from within `upFor`.
    public func statuses(now: Date) -> [ServiceStatus] {
        lastBeat.values
            .filter { now.timeIntervalSince($0.1) < Self.forgetAfter }
            .sorted { $0.0.instance < $1.0.instance }
            .map { beat, seen in
                ServiceStatus(service: beat.service, instance: beat.instance, up: now.timeIntervalSince(seen) < Self.upFor,
                              counters: ["processed": beat.processed, "failed": beat.failed,
                                         "seconds_since_heartbeat": Int(now.timeIntervalSince(seen))])
            }
    }
}
