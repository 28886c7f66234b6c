import ArgumentParser
import Foundation
import Logging

/// Reads a setting from the environment, so every flag of every service also has a `NEWSWIRE_...` variable.
public enum Setting {
    public static func string(_ variable: String, default fallback: String) -> String {
        if let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty { return value }
        return fallback
    }

    public static func int(_ variable: String, default fallback: Int) -> Int {
        ProcessInfo.processInfo.environment[variable].flatMap { Int($0) } ?? fallback
    }

    public static func double(_ variable: String, default fallback: Double) -> Double {
        ProcessInfo.processInfo.environment[variable].flatMap { Double($0) } ?? fallback
    }
}

/// Flags every service shares.
public struct CommonServiceOptions: ParsableArguments {
    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical (env NEWSWIRE_LOG_LEVEL).")
    public var logLevel: String = Setting.string("NEWSWIRE_LOG_LEVEL", default: "info")

    public init() {}

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
