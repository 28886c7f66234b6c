import Formats
import NewsModel

extension Pages {
    /// How many events one page reads for its map and table; the downloads read every page of the selection.
    static let eventsLimit = 1000
    static let eventsTableRows = 200
    /// A download reads at most this many pages of `eventsLimit`: a bound on what one request may cost.
    static let downloadPages = 100

    /// The `events` filters of the request, checked: `cameo`, `country`, `actor`, `target`, `place`, `from`, `to`,
    /// `min_fatalities`, `text`, `merged`.
    func eventFilters() throws(BadRequest) -> QueryBody {
        let range = try parameters.range()
        var body = QueryBody(query: .events, text: try parameters.text("text"), from: range.from, to: range.to)
        body.cameo = try parameters.cameo("cameo")
        body.country = try parameters.country("country")
        body.actor = try parameters.text("actor", maxLength: 200)
        body.target = try parameters.text("target", maxLength: 200)
        body.place = try parameters.text("place", maxLength: 200)
        body.minFatalities = try parameters.int("min_fatalities", in: 0...1_000_000)
        if let merged = try parameters.oneOf("merged", ["0", "1", "true", "false"]) { body.merged = merged == "1" || merged == "true" }
        return body
    }

    /// `/events`: a world map with a point per event that has coordinates, sized by fatalities; a timeline of events
    /// and fatalities; the table; links to the same selection as CSV and GeoJSON.
    func events(format: Format) async throws -> WebResponse {
        var body = try eventFilters()
        body.limit = Self.eventsLimit
        body.offset = try offset()
        let result = try await ask(body)
        if format == .json { return json(result) }
        let rows = result.events ?? []
        var sums = body
        sums.query = QueryName.eventSums.rawValue
        sums.by = "day"
        sums.limit = 1000
        sums.offset = nil
        sums.merged = nil
        let byDay = try await ask(sums).sums ?? []
        let points = rows.compactMap { row -> WorldMap.Point? in
            guard let lat = row.lat, let lon = row.lon else { return nil }
            let place = row.place?.name ?? row.country ?? ""
            let title = "\(row.date ?? row.published ?? "undated") \(row.label) \(place): \(row.fatalities ?? 0) killed"
            return WorldMap.Point(lat: lat, lon: lon, fatalities: row.fatalities ?? 0, title: title,
                                  link: "/articles/" + URLQuery.encode(row.articleID))
        }
        let table = rows.prefix(Self.eventsTableRows).map { row -> [HTML] in
            [HTML(text: row.date ?? row.published ?? ""), HTML(text: "\(row.cameo) \(row.label)"),
             row.actors.map { Fragment.entityLink(name: $0.name, type: $0.type.rawValue, id: $0.id) }.joined(separator: "; "),
             row.targets.map { Fragment.entityLink(name: $0.name, type: $0.type.rawValue, id: $0.id) }.joined(separator: "; "),
             row.place.map { Fragment.entityLink(name: $0.name, type: $0.type.rawValue, id: $0.id) } ?? .empty,
             HTML(text: row.country ?? ""), row.fatalities.map { "\($0)" } ?? "",
             "\(row.sentence) \(Fragment.articleLink(id: row.articleID, title: "article"))"]
        }
        let total = result.total ?? rows.count
        let filters = query.filter { $0.key != "offset" }.sorted { $0.key < $1.key }.map { ($0.key, Optional($0.value)) }
        let mapped = points.count, unplaced = rows.count - points.count
        let content: HTML = """
            <h1>Events</h1>
            \(eventForm())
            <p class="downloads">\(total) events · download this selection as <a href="\(URLQuery.link("/events.csv", filters))">CSV</a> or <a href="\(URLQuery.link("/events.geojson", filters))">GeoJSON</a> · <a href="\(URLQuery.link("/api/events", filters))">JSON</a></p>
            <section><h2>Map</h2>\(WorldMap(points: points).render())
            <p class="note">\(mapped) of the \(rows.count) events read have coordinates\(unplaced > 0 ? "; \(unplaced) have none" : ""). A point's area grows with its fatalities.</p></section>
            <section><h2>Over time</h2>
            \(TimelineChart(bars: Self.bars(byDay, \.events), caption: "events per \(Self.unit(byDay))").render())
            \(TimelineChart(bars: Self.bars(byDay, \.fatalities), caption: "fatalities per \(Self.unit(byDay))").render())</section>
            <section><h2>Table</h2>
            \(Fragment.pager(path: "/events", query: query, offset: body.offset ?? 0, limit: Self.eventsLimit, shown: rows.count, total: total))
            \(rows.count > Self.eventsTableRows ? "<p class=\"note\">The first \(Self.eventsTableRows) rows; the downloads have them all.</p>" as HTML : .empty)
            \(Fragment.table(["Date", "Event", "Actors", "Targets", "Place", "Country", "Fatalities", "Sentence"], Array(table), id: "events-table"))</section>
            """
        return .html(Layout.page(title: "Events", section: "/events", content))
    }

    /// Many days make thin bars: past three months of them, the chart counts months.
    static func bars(_ sums: [EventSum], _ value: KeyPath<EventSum, Int>) -> [TimelineChart.Bar] {
        let dated = sums.filter { ($0.key?.count ?? 0) >= 7 }
        let byMonth = dated.count > 92
        var order: [String] = [], totals: [String: Int] = [:]
        for sum in dated {
            let key = byMonth ? String(sum.key!.prefix(7)) : sum.key!
            if totals[key] == nil { order.append(key) }
            totals[key, default: 0] += sum[keyPath: value]
        }
        return order.sorted().map { TimelineChart.Bar(label: $0, value: totals[$0] ?? 0) }
    }

    static func unit(_ sums: [EventSum]) -> String {
        sums.filter { ($0.key?.count ?? 0) >= 7 }.count > 92 ? "month" : "day"
    }

    private func eventForm() -> HTML {
        func field(_ name: String, _ label: String, _ type: String = "text") -> HTML {
            "<label>\(label) <input type=\"\(type)\" name=\"\(name)\" value=\"\(query[name] ?? "")\"></label>"
        }
        let merged: HTML = query["merged"] == "1" ? " checked" : ""
        return """
            <form class="search" action="/events" method="get">
            \(field("cameo", "CAMEO (18,19)")) \(field("country", "Country")) \(field("actor", "Actor")) \(field("place", "Place"))
            \(field("from", "From", "date")) \(field("to", "To", "date")) \(field("min_fatalities", "Fatalities at least", "number"))
            <label><input type="checkbox" name="merged" value="1"\(merged)> one row per incident</label>
            <button>Show</button>
            </form>
            """
    }

    /// `/events.csv` and `/events.geojson`: every event of the selection, page after page.
    func eventsDownload(csv: Bool) async throws -> WebResponse {
        var body = try eventFilters()
        body.limit = Self.eventsLimit
        var rows: [EventRow] = []
        for page in 0..<Self.downloadPages {
            body.offset = page * Self.eventsLimit
            let result = try await ask(body)
            let events = result.events ?? []
            rows += events
            if events.count < Self.eventsLimit || rows.count >= (result.total ?? 0) { break }
        }
        if csv {
            let writer = DelimitedWriter(format: .csv, lineEnding: "\n")
            return WebResponse(contentType: "text/csv; charset=utf-8",
                               body: writer.document(header: EventRow.columns, rows: rows.map(\.cells)), filename: "events.csv")
        }
        return WebResponse(contentType: "application/geo+json", body: EventGeoJSON.document(rows), filename: "events.geojson")
    }
}
