import Foundation
import Synchronization

/// Reads a setting from the environment, so every flag of the services and the CLI also has a `NEWSWIRE_...`
/// variable. The one place this is done.
///
/// A variable that is set but does not read as its type (`NEWSWIRE_MAX_ATTEMPTS=five`) is not quietly replaced by
/// the default: the default is returned so the flags can be parsed at all, and the problem is kept in
/// ``problems``, which the commands' `validate()` turns into an error naming the variable and the value.
public enum Setting {
    private static let found = Mutex<[String]>([])

    /// What was wrong with the environment, one sentence each, in the order read.
    public static var problems: [String] { found.withLock { $0 } }

    /// The first problem as an error, for a `validate()`; nil when the environment is fine.
    public static func check() throws(SettingError) {
        if let first = problems.first { throw SettingError(message: first) }
    }

    public static func string(_ variable: String, default fallback: String,
                              environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        guard let value = environment[variable], !value.isEmpty else { return fallback }
        return value
    }

    public static func int(_ variable: String, default fallback: Int,
                           environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        read(variable, default: fallback, as: "a whole number", environment: environment) { Int($0) }
    }

    public static func double(_ variable: String, default fallback: Double,
                              environment: [String: String] = ProcessInfo.processInfo.environment) -> Double {
        read(variable, default: fallback, as: "a number", environment: environment) { Double($0).flatMap { $0.isFinite ? $0 : nil } }
    }

    /// Records a problem found elsewhere (a log level no logger knows, say), to be reported the same way.
    public static func report(_ problem: String) {
        found.withLock { $0.append(problem) }
    }

    private static func read<T>(_ variable: String, default fallback: T, as kind: String, environment: [String: String],
                                _ parse: (String) -> T?) -> T {
        guard let raw = environment[variable], !raw.isEmpty else { return fallback }
        let value = raw.trimmingCharacters(in: .whitespaces)
        if let parsed = parse(value) { return parsed }
        report("\(variable)=\(raw) is not \(kind)")
        return fallback
    }
}

/// A bad setting, named with its value.
public struct SettingError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
