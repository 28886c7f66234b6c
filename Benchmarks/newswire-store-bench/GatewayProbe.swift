import Bus
import Foundation

/// A DEALER client of the gateway that times each request from send to answer. Requests and answers are plain JSON
/// objects, so the benchmark follows the protocol document rather than this build's Swift message types (the query
/// kinds it times are still landing; a parameter's type may change under it).
final class GatewayProbe {
    struct Answer {
        let elapsed: Duration
        let bytes: Int
        let object: [String: Any]

        var errorCode: String? { object["type"] as? String == "error" ? object["code"] as? String ?? "error" : nil }
        var errorMessage: String { object["message"] as? String ?? "" }
    }

    private let context: ZMQContext
    private let socket: ZMQSocket
    private let timeout: Duration
    private var sequence = 0

    init(endpoint: String, timeoutSeconds: Int = 60) throws {
        context = try ZMQContext()
        socket = try context.makeSocket(.dealer)
        socket.receiveTimeout = 200
        socket.linger = 0
        timeout = .seconds(timeoutSeconds)
        try socket.connect(endpoint)
    }

    deinit {
        socket.close()
        context.terminate()
    }

    /// Sends `{"type": "query", "v": 1, "request_id": ..., "query": name, ...parameters}` and waits for its answer.
    func query(_ name: String, _ parameters: [String: Any]) throws -> Answer {
        sequence += 1
        let requestID = "bench-\(sequence)"
        var message = parameters
        message["type"] = "query"
        message["v"] = 1
        message["query"] = name
        message["request_id"] = requestID
        let payload = try JSONSerialization.data(withJSONObject: message)
        let clock = ContinuousClock()
        let start = clock.now
        _ = try socket.send(frames: [Data(), payload])
        while clock.now - start < timeout {
            guard let frames = try socket.receiveMultipartData(), let last = frames.last else { continue }
            let elapsed = clock.now - start
            guard let object = try JSONSerialization.jsonObject(with: last) as? [String: Any],
                  object["request_id"] as? String == requestID else { continue }
            return Answer(elapsed: elapsed, bytes: last.count, object: object)
        }
        throw BenchError("no answer to \(name) within \(timeout)")
    }

    /// Waits until the gateway answers a ping and the store a query (the store opens a big database first).
    func waitUntilReady(seconds limit: Int) throws {
        let clock = ContinuousClock()
        let start = clock.now
        while clock.now - start < .seconds(limit) {
            if let answer = try? query("entities", ["limit": 1]), answer.errorCode == nil { return }
            Thread.sleep(forTimeInterval: 0.2)
        }
        throw BenchError("the gateway did not answer an entities query within \(limit) s")
    }
}
