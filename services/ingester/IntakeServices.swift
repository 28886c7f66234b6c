import Foundation
import Ingestion
import Intake
import Logging
import ServiceSupport
import WebFetch

/// The ingester's intake threads beside its socket loop: the feed poller (always; it idles while the feed list
/// in the journal folder is empty) and, when a folder is given, the inbox watcher.
enum IntakeServices {
    static func make(journal: String, inbox: String, queue: IntakeQueue, logger: Logger) -> [BlockingLoopService] {
        let environment = ProcessInfo.processInfo.environment
        let timeout = environment["NEWSWIRE_FETCH_TIMEOUT"].flatMap(Double.init) ?? 30
        let maxBytes = (environment["NEWSWIRE_FETCH_MAX_MB"].flatMap(Int.init) ?? 10) * 1024 * 1024
        let intake = WebIntake(fetcher: WebFetcher(timeout: timeout, maxBytes: maxBytes))
        let feeds = FeedPollerLoop(store: FeedStore(folder: URL(fileURLWithPath: journal)), intake: intake, queue: queue, logger: logger)
        var services = [BlockingLoopService(name: "feeds", loop: feeds.run)]
        if !inbox.isEmpty {
            let watcher = InboxLoop(folder: URL(fileURLWithPath: inbox), reader: ArticleReader(), queue: queue, logger: logger)
            services.append(BlockingLoopService(name: "inbox", loop: watcher.run))
        }
        return services
    }
}
