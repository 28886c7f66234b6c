import ArgumentParser
import NewsModel

struct PlacesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "places",
        abstract: "The places the stored articles name, most-mentioned first, with their country and coordinates.",
        discussion: """
            One row per place on the map (a GeoNames town; a region or a country by its name), under the name the \
            articles use most. Examples:
              newswire places --country SY
              newswire places --kind city --limit 50 --csv > towns.csv
            """)

    @Option(help: "Only places in this country (ISO 3166-1 alpha-2, e.g. SY).")
    var country: String?

    @Option(help: "Only places known this precisely: city, region or country.")
    var kind: String?

    @Option(help: "How many.")
    var limit = 25

    @Option(help: "Skip this many (for paging).")
    var offset = 0

    @OptionGroup var delimited: DelimitedOptions

    @OptionGroup var client: ClientOptions

    static let columns = ["name", "country", "admin1", "lat", "lon", "geonameid", "precision", "articles", "mentions"]

    func run() throws {
        var request = QueryRequest(query: .places, limit: limit, offset: offset)
        request.country = country
        request.kind = kind
        let reply = try client.connect().query(request)
        if client.json { return try printJSON(reply) }
        let places = reply.places ?? []
        let rows = places.map { p in
            [p.name, p.country, p.admin1 ?? "", "\(p.lat)", "\(p.lon)", p.geonameid.map(String.init) ?? "",
             p.precision.rawValue, "\(p.articles)", "\(p.mentions)"]
        }
        if let writer = delimited.writer {
            print(writer.document(header: Self.columns, rows: rows.map { $0.map(Optional.some) }), terminator: "")
            return
        }
        guard !places.isEmpty else {
            print("no places\(country.map { " in \($0.uppercased())" } ?? "") (articles stored before geocoding have none: store them again)")
            return
        }
        var table = Table("PLACE", "COUNTRY", "REGION", "LAT", "LON", "GEONAMEID", "PRECISION", "ARTICLES", "MENTIONS")
        table.maxWidth = [0: 30, 2: 24]
        for row in rows { table.rows.append(row) }
        print(table.render())
        print("\n\(offset + 1)-\(offset + places.count) of \(reply.total ?? places.count) places")
    }
}
