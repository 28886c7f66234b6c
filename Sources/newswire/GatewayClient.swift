import Bus
import Foundation
import NewsModel

/// Why a request to the gateway did not get its answer.
enum ClientError: Error, CustomStringConvertible {
    case noAnswer(endpoint: String, seconds: Double)
    case refused(ErrorReply)
    case unexpected(String)

    var description: String {
        switch self {
        case .noAnswer(let endpoint, let seconds):
            "no answer from the gateway at \(endpoint) within \(seconds) s (is it running? `make run` starts the services)"
        case .refused(let error):
            "\(error.code.rawValue): \(error.message)"
        case .unexpected(let what):
            "unexpected answer from the gateway: \(what)"
        }
    }
}

/// A client of the gateway over a DEALER socket: one request, one answer, matched by `request_id`, so a late
/// answer to an earlier request that timed out is never taken for the current one.
final class GatewayClient {
    let endpoint: String
    let timeout: Double
    private let context: ZMQContext
    private let socket: ZMQSocket
    private var sequence = 0
    private let session = String(UInt32.random(in: .min ... .max), radix: 36)

    init(endpoint: String, timeout: Double) throws {
        self.endpoint = endpoint
        self.timeout = timeout
        context = try ZMQContext()
        socket = try context.makeSocket(.dealer)
        socket.receiveTimeout = 100
        try socket.connect(endpoint)
    }

    deinit {
        socket.close()
        context.terminate()
    }

    func nextRequestID() -> String {
        sequence += 1
        return "\(session)-\(sequence)"
    }

    /// Sends a request and waits for the answer with the same request id.
    func send<Request: WireMessage, Answer: WireMessage>(_ request: Request, requestID: String,
                                                         expecting: Answer.Type) throws -> Answer {
        // The empty frame makes the envelope look like REQ's, which any ROUTER-based server understands.
        try socket.send(frames: [[], [UInt8](WireCodec.encode(request))])
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            guard let frames = try socket.receiveMultipart(), let last = frames.last else { continue }
            let payload = Data(last)
            guard WireCodec.requestID(in: payload) == requestID else { continue }
            return try decodeAnswer(payload, as: Answer.self)
        }
        throw ClientError.noAnswer(endpoint: endpoint, seconds: timeout)
    }

    private func decodeAnswer<Answer: WireMessage>(_ payload: Data, as: Answer.Type) throws(ClientError) -> Answer {
        let type: MessageType
        do {
            type = try WireCodec.messageType(of: payload)
        } catch {
            throw ClientError.unexpected(error.message)
        }
        do {
            if type == .error {
                throw ClientError.refused(try WireCodec.decode(ErrorReply.self, from: payload))
            }
            guard type == Answer.messageType else {
                throw ClientError.unexpected("a '\(type.rawValue)' message where '\(Answer.messageType.rawValue)' was due")
            }
            return try WireCodec.decode(Answer.self, from: payload)
        } catch let error as ClientError {
            throw error
        } catch {
            throw ClientError.unexpected("\(error)")
        }
    }

    func query(_ request: QueryRequest) throws -> QueryReply {
        var request = request
        let id = nextRequestID()
        request.requestID = id
        return try send(request, requestID: id, expecting: QueryReply.self)
    }

    func ingest(_ articles: [Article]) throws -> IngestReply {
        let id = nextRequestID()
        return try send(IngestRequest(articles: articles, requestID: id), requestID: id, expecting: IngestReply.self)
    }
}
