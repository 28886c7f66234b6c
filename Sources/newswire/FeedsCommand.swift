import ArgumentParser
import Foundation
import Intake

/// The ingester's feed list, kept in its journal folder: run where that folder is (as `make run` does).
struct FeedsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "The feeds the ingester polls: add, list, remove (in the ingester's journal folder).",
        subcommands: [Add.self, List.self, Remove.self], defaultSubcommand: List.self)

    struct Location: ParsableArguments {
        @Option(help: "The ingester's journal folder (env NEWSWIRE_JOURNAL).")
        var journal = ProcessInfo.processInfo.environment["NEWSWIRE_JOURNAL"] ?? "newswire-journal"

        var store: FeedStore { FeedStore(folder: URL(fileURLWithPath: journal)) }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Subscribe to an RSS or Atom feed (or change how often it is polled).")

        @Argument(help: "The feed's http(s) address.")
        var url: String

        @Option(help: "Time between polls: 90s, 15m, 2h, 1d.")
        var every = "15m"

        @OptionGroup var location: Location

        func validate() throws {
            guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme?.lowercased() ?? ""), parsed.host != nil else {
                throw ValidationError("'\(url)' is not an http(s) address")
            }
            guard let seconds = FeedSubscription.duration(every) else {
                throw ValidationError("--every '\(every)' is not a duration like 90s, 15m, 2h or 1d")
            }
            guard seconds >= FeedSubscription.minimumEvery else {
                throw ValidationError("--every must be at least \(Int(FeedSubscription.minimumEvery))s")
            }
        }

        func run() throws {
            let seconds = FeedSubscription.duration(every) ?? FeedSubscription.defaultEvery
            let changed = try location.store.add(FeedSubscription(url: url, every: seconds))
            print(changed ? "feed \(url): polled every \(FeedSubscription.describe(seconds))" : "feed \(url): already polled every \(FeedSubscription.describe(seconds))")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop polling a feed.")

        @Argument(help: "The feed's address, as added.")
        var url: String

        @OptionGroup var location: Location

        func run() throws {
            guard try location.store.remove(url: url) else {
                printError("error: no feed \(url) in \(location.store.subscriptionsFile.path)")
                throw ExitCode.failure
            }
            print("feed \(url): removed")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The feeds, each with its last poll, items taken and errors.")

        @OptionGroup var location: Location

        @Flag(help: "Print JSON.")
        var json = false

        func run() throws {
            let store = location.store
            let subscriptions = try store.subscriptions()
            let statuses = store.statuses()
            if json {
                struct Row: Encodable {
                    var url: String
                    var every: String
                    var status: FeedStatus?
                }
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                encoder.dateEncodingStrategy = .iso8601
                let data = try encoder.encode(subscriptions.map { Row(url: $0.url, every: FeedSubscription.describe($0.every), status: statuses[$0.url]) })
                print(String(decoding: data, as: UTF8.self))
                return
            }
            if subscriptions.isEmpty {
                print("no feeds (add one with: newswire feeds add URL)")
                return
            }
            for subscription in subscriptions {
                print(Self.describe(subscription, statuses[subscription.url]))
            }
        }

        static func describe(_ subscription: FeedSubscription, _ status: FeedStatus?) -> String {
            var line = "\(subscription.url)  every \(FeedSubscription.describe(subscription.every))"
            guard let status, let lastPoll = status.lastPoll else { return line + "  not polled yet" }
            let formatter = ISO8601DateFormatter()
            line += "  last poll \(formatter.string(from: lastPoll))  items \(status.items)"
            if let title = status.title { line += "  \"\(title)\"" }
            if status.consecutiveErrors > 0 {
                line += "\n    error (\(status.consecutiveErrors) in a row): \(status.lastError ?? "?")"
                if let next = status.nextPoll { line += "; next try \(formatter.string(from: next))" }
            } else if let error = status.lastError {
                line += "\n    error: \(error)"
            }
            if status.pageErrors > 0 { line += "\n    pages unreadable so far: \(status.pageErrors)" }
            return line
        }
    }
}
