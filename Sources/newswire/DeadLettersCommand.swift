import ArgumentParser
import NewsModel

struct DeadLettersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadletters",
        abstract: "What the services could not use (malformed or refused messages, articles given up on), newest first.")

    @Option(help: "How many records, 1-1000.") var limit = 20

    @OptionGroup var client: ClientOptions

    func run() throws {
        var request = QueryRequest(query: .deadLetters)
        request.limit = limit
        let reply = try client.connect().query(request)
        if client.json { return try printJSON(reply) }
        var table = Table("TIME", "SERVICE", "ARTICLE", "REASON", "BYTES")
        table.maxWidth = [3: 90]
        for letter in reply.letters ?? [] {
            table.add(letter.time, letter.service, letter.articleID ?? "-", letter.reason, String(letter.bytes))
        }
        print(reply.letters?.isEmpty == false ? table.render() : "no dead letters")
        let missing = (reply.services ?? []).filter { !$0.up }
        for service in missing {
            print("\(service.service): not asked (\(service.error ?? "no answer"))")
        }
        if !missing.isEmpty { throw ExitCode(2) }
    }
}
