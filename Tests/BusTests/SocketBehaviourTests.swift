import Bus
import Foundation
import Testing

@Suite(.timeLimit(.minutes(1)))
struct SocketBehaviourTests {
    @Test func receiveTimeoutReturnsNil() throws {
        let context = try ZMQContext()
        let pull = try context.makeSocket(.pull)
        defer { pull.close() }
        try pull.bind("inproc://silence")
        pull.receiveTimeout = 10
        #expect(try pull.receive() == nil)
        #expect(try pull.receiveMultipart() == nil)
    }

    @Test func dontWaitOnEmptySocketReturnsNil() throws {
        let context = try ZMQContext()
        let pull = try context.makeSocket(.pull)
        defer { pull.close() }
        // Infinite timeout: only dontWait can make this return.
        pull.receiveTimeout = -1
        try pull.bind("inproc://empty")
        #expect(try pull.receive(dontWait: true) == nil)
        #expect(try pull.receiveMultipart(dontWait: true) == nil)
        #expect(try pull.receiveData(dontWait: true) == nil)
    }

    @Test(arguments: ["inproc://big-frame", "tcp://127.0.0.1:*"])
    func oneMegabyteFrameRoundTrips(endpoint: String) throws {
        let context = try ZMQContext()
        let pull = try context.makeTestSocket(.pull)
        let push = try context.makeTestSocket(.push)
        defer { push.close(); pull.close() }
        try pull.bind(endpoint)
        try push.connect(try #require(pull.lastEndpoint))

        let frame = (0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
        try push.send(frame)
        try push.send(frames: [bytes("header"), frame, []])
        let received = try #require(try pull.receive())
        #expect(received.count == frame.count)
        #expect(received == frame)
        #expect(!pull.hasMoreFrames)
        let parts = try #require(try pull.receiveMultipart())
        #expect(parts.map(\.count) == [6, 1 << 20, 0])
        #expect(parts[1] == frame)
    }

    @Test func hasMoreFramesTracksMultipartMessages() throws {
        let context = try ZMQContext()
        let pull = try context.makeTestSocket(.pull)
        let push = try context.makeTestSocket(.push)
        defer { push.close(); pull.close() }
        try pull.bind("inproc://parts")
        try push.connect("inproc://parts")
        try push.send(bytes("one"), more: true)
        try push.send(bytes("two"))
        #expect(text(try pull.receive()) == "one")
        #expect(pull.hasMoreFrames)
        #expect(text(try pull.receive()) == "two")
        #expect(!pull.hasMoreFrames)
    }

    @Test func pollerReportsTheSocketThatIsReadable() throws {
        let context = try ZMQContext()
        let first = try context.makeTestSocket(.pull)
        let second = try context.makeTestSocket(.pull)
        let push = try context.makeTestSocket(.push)
        defer { push.close(); first.close(); second.close() }
        try first.bind("inproc://first")
        try second.bind("inproc://second")
        try push.connect("inproc://second")

        var poller = Poller()
        #expect(poller.add(first) == 0)
        #expect(poller.add(second) == 1)
        #expect(try poller.poll(timeout: 0) == [[], []])

        try push.send(bytes("for the second"))
        #expect(try poller.poll(timeout: generousTimeout) == [[], .readable])
        #expect(text(try second.receive(dontWait: true)) == "for the second")
        #expect(try poller.poll(timeout: 0) == [[], []])

        var writers = Poller()
        writers.add(push, events: [.readable, .writable])
        #expect(try writers.poll(timeout: generousTimeout) == [.writable])
    }

    @Test func pollerOnClosedSocketThrows() throws {
        let context = try ZMQContext()
        let pull = try context.makeSocket(.pull)
        var poller = Poller()
        poller.add(pull)
        pull.close()
        #expect { try poller.poll(timeout: 0) } throws: { ($0 as? ZMQError)?.isClosed == true }
    }

    @Test func bindToInvalidEndpointThrowsNamingTheEndpoint() throws {
        let context = try ZMQContext()
        let socket = try context.makeSocket(.pull)
        defer { socket.close() }
        // Not ":99999": libzmq 4.3.4 truncates that to port 34463 and binds it.
        let cases = [
            "tcp://127.0.0.1:65536": "Invalid argument",
            "nonsense": "Invalid argument",
            "tcp://no-such-interface:5555": "No such device",
            "carrier-pigeon://roof": "Protocol not supported",
        ]
        for (endpoint, reason) in cases {
            do {
                try socket.bind(endpoint)
                Issue.record("bind(\(endpoint)) should throw")
            } catch {
                #expect(error.operation == "zmq_bind(\(endpoint))")
                #expect(error.description == "zmq_bind(\(endpoint)): \(reason)")
                #expect(!error.isTimeout && !error.isTerminated && !error.isInterrupted)
            }
        }
    }

    @Test func dontWaitSendReturnsFalseWithoutAPeer() throws {
        let context = try ZMQContext()
        let push = try context.makeSocket(.push)
        defer { push.close() }
        push.immediate = true
        push.sendHighWaterMark = 1
        // With `immediate` and no completed connection, no queue exists to take the message.
        try push.connect(unreachableEndpoint())
        #expect(try push.send(bytes("nobody home"), dontWait: true) == false)
        #expect(try push.send(frames: [bytes("a"), bytes("b")], dontWait: true) == false)

        // Same outcome through the send timeout instead of dontWait.
        push.sendTimeout = 1
        #expect(try push.send(bytes("still nobody")) == false)
    }

    @Test func dontWaitSendReturnsFalseOnceTheHighWaterMarkIsReached() throws {
        let context = try ZMQContext()
        let pull = try context.makeSocket(.pull)
        let push = try context.makeSocket(.push)
        defer { push.close(); pull.close() }
        pull.receiveHighWaterMark = 1
        push.sendHighWaterMark = 1
        try pull.bind("inproc://bounded")
        try push.connect("inproc://bounded")

        // The peer never reads; without a working high-water mark this loop would never see `false`.
        var accepted = 0
        while accepted < 10_000, try push.send(bytes("fill"), dontWait: true) { accepted += 1 }
        #expect(accepted >= 1)
        #expect(accepted < 10_000)

        // Everything accepted was queued, not dropped. (Whether a send succeeds right after draining is
        // timing-dependent: libzmq processes the reader's "room again" command lazily.)
        var drained = 0
        while try pull.receive(dontWait: true) != nil { drained += 1 }
        #expect(drained == accepted)
    }

    @Test func optionsRoundTrip() throws {
        let context = try ZMQContext()
        let socket = try context.makeSocket(.dealer)
        defer { socket.close() }
        #expect(socket.type == .dealer)
        #expect(socket.linger == 0)
        #expect(socket.lastEndpoint == nil)

        socket.linger = 250
        socket.sendTimeout = 1_500
        socket.receiveTimeout = 2_500
        socket.sendHighWaterMark = 7
        socket.receiveHighWaterMark = 9
        socket.identity = [0, 1, 2, 255]
        socket.immediate = true
        socket.reconnectInterval = 321
        #expect(socket.linger == 250)
        #expect(socket.sendTimeout == 1_500)
        #expect(socket.receiveTimeout == 2_500)
        #expect(socket.sendHighWaterMark == 7)
        #expect(socket.receiveHighWaterMark == 9)
        #expect(socket.identity == [0, 1, 2, 255])
        #expect(socket.immediate)
        #expect(socket.reconnectInterval == 321)
    }

    @Test func closedSocketThrowsAndCloseIsIdempotent() throws {
        let context = try ZMQContext()
        let socket = try context.makeSocket(.push)
        #expect(!socket.isClosed)
        socket.close()
        socket.close()
        #expect(socket.isClosed)
        #expect { try socket.send(bytes("x")) } throws: { ($0 as? ZMQError)?.isClosed == true }
        #expect { try socket.receive() } throws: { ($0 as? ZMQError)?.isClosed == true }
        #expect { try socket.bind("inproc://after-close") } throws: { ($0 as? ZMQError)?.isClosed == true }
        // Property accessors cannot throw; on a closed socket they are inert rather than crashing.
        socket.linger = 5
        #expect(socket.linger == 0)
        #expect(!socket.hasMoreFrames)
    }

    @Test func emptyMultipartSendIsRejected() throws {
        let context = try ZMQContext()
        let push = try context.makeSocket(.push)
        defer { push.close() }
        #expect { try push.send(frames: [[UInt8]]()) } throws: { ($0 as? ZMQError)?.code == EINVAL }
    }

    @Test func errorClassificationAndDescription() {
        let timeout = ZMQError(code: EAGAIN, operation: "zmq_msg_recv")
        #expect(timeout.isTimeout && !timeout.isInterrupted && !timeout.isTerminated)
        #expect(ZMQError(code: EINTR, operation: "zmq_poll").isInterrupted)
        let invalid = ZMQError(code: EINVAL, operation: "zmq_bind(tcp://127.0.0.1:99999)")
        #expect(invalid.description == "zmq_bind(tcp://127.0.0.1:99999): Invalid argument")
        #expect(invalid == ZMQError(code: EINVAL, operation: "zmq_bind(tcp://127.0.0.1:99999)"))
        #expect(invalid != ZMQError(code: EINVAL, operation: "zmq_connect(tcp://127.0.0.1:99999)"))
    }

    @Test func versionIsTheLoadedLibzmq() {
        let version = ZMQVersion.current
        #expect(version.major == 4)
        #expect(version.minor >= 1)
    }
}
