import ArgumentParser
import Foundation
import Logging
import NewsModel

/// Flags every service shares.
public struct CommonServiceOptions: ParsableArguments {
    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical (env NEWSWIRE_LOG_LEVEL).")
    public var logLevel: String = Setting.string("NEWSWIRE_LOG_LEVEL", default: "info")

    public init() {}

    /// A bad environment variable or an unknown log level stops the service before it starts, naming the value.
    public func validate() throws {
        do {
            try Setting.check()
        } catch {
            throw ValidationError(error.message)
        }
        guard Logger.Level(rawValue: logLevel.lowercased()) != nil else {
            let known = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("unknown log level '\(logLevel)' (--log-level or NEWSWIRE_LOG_LEVEL); use one of \(known)")
        }
    }

    /// Sends logs to standard error at the chosen level and returns the service's logger.
    public func bootstrapLogging(label: String) -> Logger {
        let level = Logger.Level(rawValue: logLevel.lowercased()) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        var logger = Logger(label: label)
        logger.logLevel = level
        return logger
    }
}

/// A short id for this process, shown by `status`: host name and pid.
public func defaultInstanceName(service: String) -> String {
    "\(service)-\(ProcessInfo.processInfo.hostName.split(separator: ".").first ?? "host")-\(getpid())"
}
