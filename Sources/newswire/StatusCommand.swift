import ArgumentParser
import NewsModel

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Which services answer, and their counters.")

    @OptionGroup var client: ClientOptions

    func run() throws {
        let reply = try client.connect().query(QueryRequest(query: .status))
        if client.json { return try printJSON(reply) }
        var table = Table("SERVICE", "INSTANCE", "STATE", "DETAILS")
        table.maxWidth = [3: 110]
        var down = 0
        for service in reply.services ?? [] {
            let details = service.error ?? service.counters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                .joined(separator: " ")
            if !service.up { down += 1 }
            table.add(service.service, service.instance ?? service.endpoint ?? "-", service.up ? "up" : "DOWN", details)
        }
        print(table.render())
        if down > 0 { throw ExitCode(CLIExit.unreachable) }  // part of the pipeline cannot be reached
    }
}
