import ArgumentParser

@main
struct Newswire: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newswire",
        abstract: "Feed news articles to the newswire pipeline and query what it found.",
        discussion: """
            Every command but `extract` and `model` talks to the gateway (default \(defaultGateway), \
            or --gateway / NEWSWIRE_GATEWAY). `make run` starts the services.
            """,
        subcommands: [IngestCommand.self, SearchCommand.self, ArticleCommand.self, EntitiesCommand.self, EventsCommand.self, QuotesCommand.self,
                      StatusCommand.self, PingCommand.self, ExtractCommand.self, ModelCommand.self,
                      EvalGoldCommand.self, EvalHTMLCommand.self, FeedsCommand.self,
                      EntityCommand.self, TimelineCommand.self, GraphCommand.self, ExportCommand.self])
}
