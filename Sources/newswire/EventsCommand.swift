import GatewayAccess
import ArgumentParser
import Formats
import NewsModel
import WebView

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Events across every stored article, newest first, or their sums per day, week, month, code, country, actor or place.",
        discussion: """
            Examples:
              newswire events --cameo 18,19,20 --place Syria --from 2022-03-01 --to 2022-03-31
              newswire events --actor Putin --csv --all > putin-events.csv
              newswire events --sum --by month --cameo 18,19,20 --min-fatalities 1
              newswire events --merged --cameo 18,19,20 --csv --all > incidents.csv
              newswire events --country SY --cameo 18,19,20 --all --geojson > syria.geojson
            """)

    @OptionGroup var filters: EventFilterOptions

    @Flag(help: "Sums per group instead of rows: events, articles, fatalities, injured, held.")
    var sum = false

    @Flag(help: "One row per incident merged across articles, with how many articles and sources report it (CSV: num_articles, num_sources after the 25 columns).")
    var merged = false

    @Option(help: "With --sum, the groups: day, week, month, cameo, country, actor or place.")
    var by: String = "day"

    @Option(help: "How many rows (or groups).")
    var limit = 20

    @Option(help: "Skip this many (for paging).")
    var offset = 0

    @Flag(help: "Every matching row (or group), fetched page by page (ignores --limit and --offset).")
    var all = false

    @OptionGroup var delimited: DelimitedOptions

    @Flag(help: "A GeoJSON FeatureCollection of the events that have coordinates (a point each, the event's fields as properties).")
    var geojson = false

    @OptionGroup var client: ClientOptions

    func validate() throws {
        if merged, sum { throw ValidationError("--merged lists incidents; it does not combine with --sum") }
    }

    func run() throws {
        let gateway = try client.connect()
        if sum { return try runSums(gateway) }
        let pageSize = 1000
        var request = filters.request(.events, limit: all ? pageSize : limit, offset: all ? 0 : offset)
        if merged { request.merged = true }
        var reply = try gateway.query(request)
        var rows = reply.events ?? []
        while all, rows.count < reply.total ?? 0, !(reply.events ?? []).isEmpty {
            request.offset = rows.count
            reply = try gateway.query(request)
            rows += reply.events ?? []
        }
        if client.json {
            reply.events = rows
            return try printJSON(reply)
        }
        if geojson {
            print(EventGeoJSON.document(rows), terminator: "")
            return
        }
        if let writer = delimited.writer {
            print(merged ? writer.document(header: EventRow.mergedColumns, rows: rows.map(\.mergedCells))
                         : writer.document(header: EventRow.columns, rows: rows.map(\.cells)), terminator: "")
            return
        }
        guard !rows.isEmpty else {
            print("no events match")
            return
        }
        var table = Table("DATE", "CAMEO", "LABEL", "ACTORS", "TARGETS", "PLACE", "KILLED", "INJURED", "HELD", "ARTICLE")
        if merged { table = Table("DATE", "CAMEO", "LABEL", "ACTORS", "TARGETS", "PLACE", "KILLED", "INJURED", "HELD",
                                  "ARTICLES", "SOURCES", "FIRST ARTICLE") }
        table.maxWidth = [2: 18, 3: 30, 4: 30, 5: 20]
        for row in rows {
            let date: String = row.date ?? row.published.map { "(\($0.prefix(10)))" } ?? "-"
            var cells: [String] = [date, row.cameo, row.label,
                         row.actors.map(\.name).joined(separator: "; "), row.targets.map(\.name).joined(separator: "; "),
                         row.place?.name ?? "", row.fatalities.map(String.init) ?? "-", row.injured.map(String.init) ?? "-",
                         row.held.map(String.init) ?? "-"]
            if merged { cells += [row.numArticles.map(String.init) ?? "-", row.numSources.map(String.init) ?? "-"] }
            table.rows.append(cells + [row.articleID])
        }
        print(table.render())
        let first = all ? 1 : offset + 1
        let borrowed = rows.contains { $0.date == nil && $0.published != nil }
        print("\n\(first)-\(first + rows.count - 1) of \(reply.total ?? rows.count) \(merged ? "incidents (merged across articles)" : "events")"
              + (borrowed ? " (a date in brackets is the article's publication date)" : ""))
    }

    private func runSums(_ gateway: GatewayClient) throws {
        var request = filters.request(.eventSums, limit: all ? 1000 : limit, offset: all ? 0 : offset)
        request.by = by
        var reply = try gateway.query(request)
        var sums = reply.sums ?? []
        while all, sums.count < reply.total ?? 0, !(reply.sums ?? []).isEmpty {
            request.offset = sums.count
            reply = try gateway.query(request)
            sums += reply.sums ?? []
        }
        if client.json {
            reply.sums = sums
            return try printJSON(reply)
        }
        let keyName = by.lowercased()
        if let writer = delimited.writer {
            let rows = sums.map { s in [s.key, s.label, "\(s.events)", "\(s.articles)", "\(s.fatalities)", "\(s.injured)", "\(s.held)"] }
            print(writer.document(header: [keyName, "label", "events", "articles", "fatalities", "injured", "held"], rows: rows),
                  terminator: "")
            return
        }
        guard !sums.isEmpty else {
            print("no events match")
            return
        }
        let labelled = sums.contains { $0.label != nil }
        var table = labelled
            ? Table(keyName.uppercased(), "NAME", "EVENTS", "ARTICLES", "KILLED", "INJURED", "HELD")
            : Table(keyName.uppercased(), "EVENTS", "ARTICLES", "KILLED", "INJURED", "HELD")
        table.maxWidth = [1: 40]
        for s in sums {
            let counts = ["\(s.events)", "\(s.articles)", "\(s.fatalities)", "\(s.injured)", "\(s.held)"]
            table.rows.append((labelled ? [s.key ?? "-", s.label ?? "(none)"] : [s.key ?? "(none)"]) + counts)
        }
        print(table.render())
        let first = all ? 1 : offset + 1
        print("\n\(first)-\(first + sums.count - 1) of \(reply.total ?? sums.count) groups by \(keyName)")
    }
}

extension DelimitedOptions {
    /// The writer the flags ask for, nil for the people's table. Lines end with LF on a terminal's standard output
    /// for both: CRLF is what RFC 4180 says, but LF is what every reader takes and what pipes expect.
    var writer: DelimitedWriter? {
        if csv { return DelimitedWriter(format: .csv, lineEnding: "\n") }
        if tsv { return DelimitedWriter(format: .tsv) }
        return nil
    }
}
