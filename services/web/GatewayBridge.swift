import Bus
import Dispatch
import GatewayAccess
import NewsModel
import WebView

/// The blocking ZeroMQ client behind the pages' async `QueryService`: one socket, used from one serial queue, so
/// a slow query never blocks Hummingbird's event loops and the socket is never touched from two threads.
final class GatewayBridge: QueryService, @unchecked Sendable {
    // @unchecked: `client` is only ever used on `queue`.
    private let client: GatewayClient
    private let queue = DispatchQueue(label: "newswire-web.gateway")

    init(client: GatewayClient) {
        self.client = client
    }

    func query(_ request: QueryRequest) async throws(GatewayFailure) -> QueryReply {
        let outcome: Result<QueryReply, GatewayFailure> = await withCheckedContinuation { continuation in
            queue.async {
                do {
                    continuation.resume(returning: .success(try self.client.query(request)))
                } catch let error as ClientError {
                    continuation.resume(returning: .failure(Self.failure(error)))
                } catch {
                    continuation.resume(returning: .failure(.unexpected("\(error)")))
                }
            }
        }
        return try outcome.get()
    }

    static func failure(_ error: ClientError) -> GatewayFailure {
        switch error {
        case .noAnswer, .handshakeFailed: .unreachable(error.description)
        case .refused(let reply): .refused(code: reply.code, message: reply.message)
        case .unexpected(let what): .unexpected(what)
        }
    }
}
