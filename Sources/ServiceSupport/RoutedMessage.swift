import Foundation

/// A ROUTER socket receives `[routing frames..., payload]`. A reply goes back with the same routing frames
/// and a new payload, which serves REQ clients (`[id, "", payload]`) and DEALER clients (`[id, token, payload]`) alike.
public struct RoutedMessage {
    public var envelope: [[UInt8]]
    public var payload: Data

    /// nil for a message with no frames at all.
    public init?(frames: [[UInt8]]) {
        guard let last = frames.last else { return nil }
        envelope = Array(frames.dropLast())
        payload = Data(last)
    }

    public func replyFrames(_ reply: Data) -> [[UInt8]] {
        envelope + [[UInt8](reply)]
    }
}
