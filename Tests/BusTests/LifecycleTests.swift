import Bus
import Foundation
import Testing

@Suite(.timeLimit(.minutes(1)))
struct LifecycleTests {
    @Test func terminateReturnsAfterSocketsAreClosedEvenWithUnsentMessages() throws {
        let context = try ZMQContext()
        let push = try context.makeSocket(.push)
        let pull = try context.makeSocket(.pull)
        try pull.bind("inproc://lifecycle")
        // Queue messages for a peer that will never take them; linger 0 must discard them on close.
        try push.connect(unreachableEndpoint())
        for _ in 0..<100 { try push.send(bytes("undeliverable"), dontWait: true) }
        push.close()
        pull.close()

        context.terminate()
        context.terminate()
        #expect(context.isTerminated)
        #expect { try context.makeSocket(.pull) } throws: { ($0 as? ZMQError)?.isTerminated == true }
    }

    @Test func terminateClosesSocketsTheCallerForgot() throws {
        let context = try ZMQContext()
        let forgotten = try context.makeSocket(.push)
        try forgotten.connect(unreachableEndpoint())
        try forgotten.send(bytes("pending"), dontWait: true)

        context.terminate()
        #expect(forgotten.isClosed)
        #expect { try forgotten.send(bytes("x")) } throws: { ($0 as? ZMQError)?.isTerminated == true }
        forgotten.close()
    }

    /// Binds a PULL socket on a thread of its own and blocks there in `wait`; terminates the context once the socket
    /// is bound, and gives the error the blocked call came out with.
    private func errorOfCallBlockedAtTermination(_ name: String, endpoint: String,
                                                 _ wait: @escaping @Sendable (ZMQSocket) throws(ZMQError) -> Void) async throws -> ZMQError? {
        let context = try ZMQContext()
        let (ready, readySink) = AsyncStream.makeStream(of: Void.self)
        async let outcome = onThread(name) { () throws -> ZMQError? in
            let pull = try context.makeSocket(.pull)
            defer { pull.close() }
            try pull.bind(endpoint)
            readySink.finish()
            do throws(ZMQError) {
                try wait(pull)
                return nil
            } catch {
                return error
            }
        }
        for await _ in ready {}
        // Whether the thread is already inside the blocking call or not, it must come out with ETERM.
        context.terminate()
        return try await outcome
    }

    @Test func terminateUnblocksAThreadWaitingForever() async throws {
        let error = try await errorOfCallBlockedAtTermination("blocked-receiver", endpoint: "inproc://forever") { pull throws(ZMQError) in
            pull.receiveTimeout = -1
            _ = try pull.receive()
        }
        #expect(error?.isTerminated == true)
    }

    @Test func terminateUnblocksAThreadPollingForever() async throws {
        let error = try await errorOfCallBlockedAtTermination("blocked-poller", endpoint: "inproc://poll-forever") { pull throws(ZMQError) in
            var poller = Poller()
            poller.add(pull)
            while true { _ = try poller.poll(timeout: -1) }
        }
        #expect(error?.isTerminated == true)
    }

    @Test func socketsKeepTheirContextAlive() throws {
        weak var weakContext: ZMQContext?
        var socket: ZMQSocket?
        do {
            let context = try ZMQContext()
            weakContext = context
            socket = try context.makeSocket(.pull)
        }
        #expect(weakContext != nil)
        #expect(socket?.isClosed == false)
        socket = nil
        #expect(weakContext == nil)
    }

    @Test func threadsEachOwningASocketExchangeMessages() async throws {
        let context = try ZMQContext()
        let rounds = 200
        let (endpoints, endpointSink) = AsyncStream.makeStream(of: String.self)

        async let served: Int = onThread("rep-server") {
            let rep = try context.makeTestSocket(.rep)
            defer { rep.close() }
            do {
                defer { endpointSink.finish() }
                try rep.bind("tcp://127.0.0.1:*")
                endpointSink.yield(try #require(rep.lastEndpoint))
            }
            var count = 0
            while count < rounds, let request = try rep.receive() {
                try rep.send(Array(request.reversed()))
                count += 1
            }
            return count
        }

        var iterator = endpoints.makeAsyncIterator()
        let endpoint = try #require(await iterator.next())

        let replies: [String] = try await onThread("req-client") {
            let req = try context.makeTestSocket(.req)
            defer { req.close() }
            try req.connect(endpoint)
            var replies: [String] = []
            for index in 0..<rounds {
                try req.send(bytes("request \(index)"))
                replies.append(text(try req.receive()) ?? "<timed out>")
            }
            return replies
        }

        #expect(try await served == rounds)
        #expect(replies == (0..<rounds).map { String("request \($0)".reversed()) })
    }
}
