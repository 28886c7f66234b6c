import ArgumentParser
import Bus
import Foundation
import Logging
import NewsModel

/// Flags every service shares.
public struct CommonServiceOptions: ParsableArguments {
    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical (env NEWSWIRE_LOG_LEVEL).")
    public var logLevel: String = Setting.string("NEWSWIRE_LOG_LEVEL", default: "info")

    @Option(help: "Folder of CURVE keys from `newswire keys init` (env NEWSWIRE_CURVE_KEYS). Without keys, loopback endpoints only.")
    public var curveKeys: String = Setting.string("NEWSWIRE_CURVE_KEYS", default: "")

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

    /// This service's socket security, with the endpoints it will bind and connect checked: keys that cannot be read,
    /// or an endpoint beyond loopback without keys, stop the service here with a critical log line naming the problem.
    public func security(role: BusRole, binds: [String], connects: [String], logger: Logger) throws -> BusSecurity {
        do {
            let security = try BusSecurity.load(directory: curveKeys, role: role)
            try security.check(binds: binds, connects: connects, logger: logger)
            return security
        } catch {
            logger.critical("\(role.rawValue) refuses to start", metadata: ["error": .string(error.reason)])
            throw error
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
