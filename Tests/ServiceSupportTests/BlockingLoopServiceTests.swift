import Foundation
import ServiceLifecycle
import ServiceLifecycleTestKit
import ServiceSupport
import Synchronization
import Testing

/// A loop that counts its turns until it is told to stop, as the services' socket loops do.
private final class TurnCounter: Sendable {
    let turns = Atomic<Int>(0)
    let finished = Atomic<Bool>(false)

    var turnCount: Int { turns.load(ordering: .relaxed) }
    var hasFinished: Bool { finished.load(ordering: .acquiring) }

    func loop(_ stop: StopSignal) {
        while !stop.isStopped {
            turns.add(1, ordering: .relaxed)
            usleep(1_000)
        }
        finished.store(true, ordering: .releasing)
    }
}

private func waitUntil(_ condition: () -> Bool) async throws {
    for _ in 0..<500 where !condition() {
        try await Task.sleep(for: .milliseconds(10))
    }
}

@Suite("Blocking loop service")
struct BlockingLoopServiceTests {
    @Test("graceful shutdown stops the loop, which returns, and run() returns with it")
    func gracefulShutdown() async throws {
        let counter = TurnCounter()
        let service = BlockingLoopService(name: "test-loop", loop: counter.loop)
        try await testGracefulShutdown { trigger in
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await service.run() }
                try await waitUntil { counter.turnCount > 3 }
                #expect(counter.turnCount > 3, "the loop never ran")
                #expect(!counter.hasFinished)
                trigger.triggerGracefulShutdown()
                try await group.waitForAll()
            }
        }
        #expect(counter.hasFinished)
    }

    @Test("cancelling the task stops the loop too")
    func cancellation() async throws {
        let counter = TurnCounter()
        let service = BlockingLoopService(name: "test-loop", loop: counter.loop)
        let task = Task { try await service.run() }
        try await waitUntil { counter.turnCount > 3 }
        task.cancel()
        try await task.value
        #expect(counter.hasFinished)
    }

    @Test("an error thrown by the loop comes out of run()")
    func loopError() async throws {
        struct Broken: Error {}
        let service = BlockingLoopService(name: "test-loop") { _ in throw Broken() }
        await #expect(throws: Broken.self) { try await service.run() }
    }
}
