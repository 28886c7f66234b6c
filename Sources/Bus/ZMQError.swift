import CZeroMQ
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An error reported by libzmq, together with the call that failed.
///
/// `operation` names the call and, where it helps, its argument (`"zmq_bind(tcp://127.0.0.1:99999)"`),
/// so a log line alone says which endpoint or option was at fault.
public struct ZMQError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The `errno` value libzmq reported (POSIX codes, or libzmq's own such as `ETERM`).
    public let code: Int32
    /// The libzmq call that failed, with its main argument.
    public let operation: String

    public init(code: Int32, operation: String) {
        self.code = code
        self.operation = operation
    }

    /// Captures `zmq_errno()` right after a failed call; must be called before anything else can touch errno.
    static func last(_ operation: @autoclosure () -> String) -> ZMQError {
        let code = zmq_errno()
        return ZMQError(code: code, operation: operation())
    }

    /// libzmq's text for `code`, e.g. "Invalid argument".
    public var message: String { String(cString: zmq_strerror(code)) }

    /// `"<operation>: <message>"`, e.g. `"zmq_bind(tcp://127.0.0.1:99999): Invalid argument"`.
    public var description: String { "\(operation): \(message)" }

    /// The call would have blocked or its timeout expired (`EAGAIN`).
    public var isTimeout: Bool { code == EAGAIN }
    /// The context was terminated (`ETERM`); the socket is unusable and has been closed.
    public var isTerminated: Bool { code == ZMQError.eterm }
    /// A signal interrupted the call (`EINTR`).
    public var isInterrupted: Bool { code == EINTR }
    /// The socket was already closed (`ENOTSOCK`).
    public var isClosed: Bool { code == ZMQError.enotsock }

    // ETERM/ENOTSOCK come from macros that may or may not be plain literals depending on the platform's errno.h.
    static let eterm: Int32 = ETERM
    static let enotsock: Int32 = ENOTSOCK
    static let ehostunreach: Int32 = EHOSTUNREACH
}
