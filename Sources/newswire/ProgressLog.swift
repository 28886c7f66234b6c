import Foundation
import Logging

extension Logger {
    /// A logger for a command's progress lines on standard output: `message key=value ...`, flushed at once, so a
    /// long training run shows each epoch as it ends. The libraries log their figures as metadata; this prints them.
    static func progress(label: String) -> Logger {
        Logger(label: label) { _ in ProgressLogHandler() }
    }
}

/// Prints each message with its metadata, keys in order, on one line of standard output.
struct ProgressLogHandler: LogHandler {
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        let figures = all.keys.sorted().map { "\($0)=\(all[$0]!)" }
        print(([event.message.description] + figures).joined(separator: " "))
        fflush(nil)
    }
}
