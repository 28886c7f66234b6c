import Foundation
import Logging
import ServiceLifecycle

/// A `Service` whose work is a blocking ZeroMQ loop.
///
/// zmq calls block, and the Swift concurrency pool has one thread per core (two here), so the loop gets a
/// Foundation `Thread` of its own. On graceful shutdown (SIGTERM, SIGINT) or cancellation of the task the
/// `StopSignal` is raised; the loop finishes the message in hand, closes its sockets and returns, and `run()`
/// returns with it.
public struct BlockingLoopService: Service {
    public let name: String
    private let loop: @Sendable (StopSignal) throws -> Void

    /// - Parameters:
    ///   - name: the thread's name, for logs and debuggers.
    ///   - loop: creates its own sockets (they must not cross threads), polls with a short timeout and returns
    ///     once the signal is stopped.
    public init(name: String, loop: @escaping @Sendable (StopSignal) throws -> Void) {
        self.name = name
        self.loop = loop
    }

    public func run() async throws {
        let stop = StopSignal()
        let loop = self.loop
        let name = self.name
        try await withTaskCancellationOrGracefulShutdownHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let thread = Thread {
                    continuation.resume(with: Result { try loop(stop) })
                }
                thread.name = name
                thread.start()
            }
        } onCancelOrGracefulShutdown: {
            stop.stop()
        }
    }
}

extension ServiceGroup {
    /// How long the loops get to drain after SIGTERM before the group cancels them: a loop notices the stop
    /// within one poll (100 ms), so this is only reached by a loop stuck in a write or a long batch.
    public static let defaultMaximumGracefulShutdown = Duration.seconds(10)

    /// Runs blocking loops until SIGTERM or SIGINT, then drains them. One loop failing stops the others.
    public static func runUntilSignalled(_ services: [BlockingLoopService], logger: Logger,
                                         maximumGracefulShutdown: Duration = defaultMaximumGracefulShutdown) async throws {
        let configurations = services.map {
            ServiceGroupConfiguration.ServiceConfiguration(service: $0, successTerminationBehavior: .gracefullyShutdownGroup,
                                                          failureTerminationBehavior: .gracefullyShutdownGroup)
        }
        var configuration = ServiceGroupConfiguration(services: configurations, gracefulShutdownSignals: [.sigterm, .sigint],
                                                      logger: logger)
        configuration.maximumGracefulShutdownDuration = maximumGracefulShutdown
        try await ServiceGroup(configuration: configuration).run()
    }
}
