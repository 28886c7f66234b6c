import Bus
import Foundation
import Testing

/// Upper bound for blocking waits: only there so a broken build fails instead of hanging; never a timing claim.
let generousTimeout: Int32 = 10_000

func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

func text(_ frame: [UInt8]?) -> String? { frame.map { String(decoding: $0, as: UTF8.self) } }

extension ZMQContext {
    /// A socket with a generous receive timeout, so a test that goes wrong fails rather than hangs.
    func makeTestSocket(_ type: SocketType) throws -> ZMQSocket {
        let socket = try makeSocket(type)
        socket.receiveTimeout = generousTimeout
        return socket
    }
}

/// Runs `body` on a fresh Foundation `Thread` (off the Swift concurrency pool) and awaits its result.
func onThread<T: Sendable>(_ name: String, _ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread {
            continuation.resume(with: Result { try body() })
        }
        thread.name = name
        thread.start()
    }
}

/// An endpoint nobody can be listening on: an ipc socket in a directory that does not exist.
/// (A freed ephemeral tcp port is not safe: tests running in parallel may bind it again at once.
/// inproc is no good either: it ignores ZMQ_IMMEDIATE and queues for a peer that is not there.)
func unreachableEndpoint() -> String {
    "ipc:///nonexistent-\(UUID().uuidString)/bus.sock"
}
