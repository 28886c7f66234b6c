import GatewayAccess
import ArgumentParser
import Formats
import NewsModel

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Articles, mentions, events and deaths per day, week or month.",
        discussion: """
            Of one entity (--entity: its articles and mentions; the events it is an actor, target or place of), \
            of CAMEO codes (--cameo 18,19,20: those events and their articles), or of words (articles matching \
            them and their events). Articles count on their publication date; events on their own date when the \
            text gives a day, else on their article's. Weeks start on Monday. Empty buckets are left out.
            """)

    @Argument(help: "Words to find, as `search` takes them (unless --entity or --cameo).")
    var words: [String] = []

    @Option(help: "An entity's name, alias or id.")
    var entity: String?

    @Option(help: "CAMEO codes, comma-separated (root codes like 18, or longer codes as prefixes).")
    var cameo: String?

    @Option(help: "Bucket size: day, week or month.")
    var by = "day"

    @Option(help: "Only days on or after this date (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Only days on or before this date (YYYY-MM-DD).")
    var to: String?

    @Flag(help: "Print CSV (bucket,articles,mentions,events,fatalities).")
    var csv = false

    @Flag(help: "Print TSV.")
    var tsv = false

    @OptionGroup var client: ClientOptions

    func validate() throws {
        let given = [entity != nil, cameo != nil, !words.isEmpty].filter { $0 }.count
        guard given == 1 else { throw ValidationError("give one of --entity NAME, --cameo CODES or WORDS") }
        guard !(csv && tsv) else { throw ValidationError("--csv or --tsv, not both") }
    }

    func run() throws {
        var request = QueryRequest(query: .timeline, text: words.isEmpty ? nil : words.joined(separator: " "),
                                   from: from, to: to)
        if let entity {
            if entity.allSatisfy(\.isNumber) { request.id = entity } else { request.entity = entity }
        }
        request.cameo = cameo
        request.by = by
        let reply = try client.connect().query(request)
        if client.json { return try printJSON(reply) }
        guard let timeline = reply.timeline else { throw ClientError.unexpected("a timeline answer without a timeline") }
        let rows = timeline.buckets.map { bucket in
            [bucket.bucket, "\(bucket.articles)", bucket.mentions.map(String.init), "\(bucket.events)", "\(bucket.fatalities)"]
        }
        if csv || tsv {
            let writer = DelimitedWriter(format: csv ? .csv : .tsv)
            print(writer.document(header: ["bucket", "articles", "mentions", "events", "fatalities"], rows: rows), terminator: "")
            return
        }
        if let entity = timeline.entity { print(ProfileReport.describe(entity) + ", by \(timeline.by.rawValue)\n") }
        guard !rows.isEmpty else {
            print("nothing to count")
            return
        }
        var table = Table(timeline.by.rawValue.uppercased(), "ARTICLES", "MENTIONS", "EVENTS", "KILLED")
        for row in rows { table.add(row[0] ?? "", row[1] ?? "", row[2] ?? "-", row[3] ?? "", row[4] ?? "") }
        print(table.render())
    }
}
