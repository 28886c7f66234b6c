import GatewayAccess
import ArgumentParser
import Bus
import Foundation

@main
struct Newswire: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newswire",
        abstract: "Feed news articles to the newswire pipeline and query what it found.",
        discussion: """
            Every command but `extract`, `model` and `keys` talks to the gateway (default \(defaultGateway), \
            or --gateway / NEWSWIRE_GATEWAY). `make run` starts the services.
            Exit codes: 0 done; 1 some inputs unreadable or rejected, or a request refused; 2 usage (also unreadable keys); \
            3 the pipeline could not be reached (no answer, a failed key handshake, a service down or unavailable).
            """,
        subcommands: [IngestCommand.self, SearchCommand.self, ArticleCommand.self, EntitiesCommand.self, EventsCommand.self, QuotesCommand.self,
                      StatusCommand.self, DeadLettersCommand.self, PingCommand.self, ExtractCommand.self, ModelCommand.self,
                      EvalGoldCommand.self, EvalHTMLCommand.self, FeedsCommand.self, GazetteerCommand.self, PlacesCommand.self,
                      EntityCommand.self, TimelineCommand.self, GraphCommand.self, ExportCommand.self, KeysCommand.self,
                      DuplicatesCommand.self])

    /// ArgumentParser's exits, with usage errors as 2 (not 64) and the pipeline's absence as 3.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CurveKeyError {
            // keys that cannot be read are a mistake in how the command was set up, like a bad flag
            printError("error: \(error)")
            Foundation.exit(CLIExit.usage)
        } catch let error as ClientError {
            printError("error: \(error)")
            Foundation.exit(error.isUnreachable ? CLIExit.unreachable : CLIExit.failure)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                printError(fullMessage(for: error))
                Foundation.exit(CLIExit.usage)
            }
            exit(withError: error)
        }
    }
}

/// The CLI's exit codes besides 0.
enum CLIExit {
    /// Some inputs were unreadable or rejected, or the pipeline refused a request.
    static let failure: Int32 = 1
    /// The command line was wrong.
    static let usage: Int32 = 2
    /// The pipeline could not be reached.
    static let unreachable: Int32 = 3
}
