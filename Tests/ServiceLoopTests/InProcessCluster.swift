import Bus
import Extraction
import Foundation
import Ingestion
import Ledger
import Logging
import NewsModel
import ServiceCore
import ServiceSupport
import Storage
import Synchronization
@testable import newswire_extractor
@testable import newswire_gateway
@testable import newswire_ingester
@testable import newswire_store

/// The four services' real loops in this process, each on a thread of its own as in the executables, joined
/// over `inproc://` sockets of one context: the sockets and policies of the real services without their processes,
/// so a test takes a fraction of a second. The real-process tests (EndToEndTests) prove the executables.
final class InProcessCluster: Sendable {
    let context: ZMQContext
    let folder: URL
    let gateway: String
    private let stop = StopSignal()
    private let running = Atomic<Int>(0)
    private let failures = Mutex<[String]>([])

    init(gatewayTimeout: Duration = .seconds(5), startStore: Bool = true) throws {
        context = try ZMQContext()
        let name = UUID().uuidString
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("newswire-inproc-\(name)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func endpoint(_ socket: String) -> String { "inproc://\(name)-\(socket)" }
        gateway = endpoint("gateway")
        let logger = Logger(label: "inproc-test")

        let ledger = try IngestLedger(journal: Journal(directory: folder.appendingPathComponent("journal")), resendAfter: 60)
        let ingester = IngesterLoop(context: context,
                                    endpoints: .init(requests: endpoint("requests"), articles: endpoint("articles"), acks: endpoint("acks")),
                                    ledger: LedgerBox(ledger), instance: "ingester-inproc", logger: logger)
        start("ingester", ingester.run)
        if startStore {
            let store = StoreLoop(context: context, store: try SQLiteStore(path: folder.appendingPathComponent("db.sqlite").path),
                                  endpoints: .init(queries: endpoint("queries"), results: endpoint("results"), acks: endpoint("acks")),
                                  instance: "store-inproc", logger: logger)
            start("store", store.run)
        }
        let extractor = ExtractorLoop(context: context, articlesEndpoint: endpoint("articles"), resultsEndpoint: endpoint("results"),
                                      instance: "extractor-inproc", pipeline: ExtractionPipeline(), logger: logger)
        start("extractor", extractor.run)
        let configuration = GatewayStateMachine.Configuration(
            timeout: gatewayTimeout, connectWait: .milliseconds(500),
            endpoints: [.ingester: endpoint("requests"), .store: endpoint("queries")])
        let gatewayLoop = GatewayLoop(context: context, bind: gateway, configuration: configuration,
                                      router: GatewayRouter(instance: "gateway-inproc"), logger: logger)
        start("gateway", gatewayLoop.run)
    }

    private func start(_ name: String, _ loop: @escaping @Sendable (StopSignal) throws -> Void) {
        let stop = self.stop
        running.add(1, ordering: .relaxed)
        let thread = Thread { [self] in
            do { try loop(stop) } catch { failures.withLock { $0.append("\(name): \(error)") } }
            running.subtract(1, ordering: .releasing)
        }
        thread.name = name
        thread.start()
    }

    /// Errors the loops stopped with; empty while all is well.
    var loopFailures: [String] { failures.withLock { $0 } }

    /// Sends one request to the gateway, as a client does, and waits for its answer.
    func request(_ payload: Data, timeout: Int32 = 10_000) throws -> Data? {
        let client = try context.makeSocket(.req)
        defer { client.close() }
        client.receiveTimeout = timeout
        client.linger = 0
        try client.connect(gateway)
        _ = try client.send(payload)
        return try client.receiveData()
    }

    /// Raises the stop signal and waits for every loop to return.
    func shutDown() {
        stop.stop()
        for _ in 0..<500 where running.load(ordering: .acquiring) > 0 { usleep(10_000) }
        context.terminate()
        try? FileManager.default.removeItem(at: folder)
    }
}
