import ArgumentParser
import NewsModel

/// The filters `events` and `events --sum` share.
struct EventFilterOptions: ParsableArguments {
    @Option(help: "CAMEO codes, comma-separated: root codes (18,19,20) or longer codes, matched as prefixes.")
    var cameo: String?

    @Option(help: "Events whose actor is this entity (any of its names; accents and case ignored).")
    var actor: String?

    @Option(help: "Events whose target is this entity.")
    var target: String?

    @Option(help: "Events with this entity on either side.")
    var participant: String?

    @Option(help: "Events at this place.")
    var place: String?

    @Option(help: "Events in this country (ISO 3166-1 alpha-2, e.g. SY), once places are geocoded.")
    var country: String?

    @Option(help: "Events on or after this date (YYYY-MM-DD); an event without a date counts as of its article's.")
    var from: String?

    @Option(help: "Events on or before this date (YYYY-MM-DD).")
    var to: String?

    @Option(help: "Events of articles published on or after this date.")
    var publishedFrom: String?

    @Option(help: "Events of articles published on or before this date.")
    var publishedTo: String?

    @Option(help: "Events with at least this many dead.")
    var minFatalities: Int?

    @Option(help: "Words in the event's sentence (\"a phrase\" in quotes, OR between alternatives).")
    var text: String?

    func request(_ name: QueryName, limit: Int, offset: Int) -> QueryRequest {
        var request = QueryRequest(query: name, text: text, from: from, to: to, limit: limit, offset: offset)
        request.cameo = cameo
        request.actor = actor
        request.target = target
        request.participant = participant
        request.place = place
        request.country = country
        request.publishedFrom = publishedFrom
        request.publishedTo = publishedTo
        request.minFatalities = minFatalities
        return request
    }
}

/// `--csv` / `--tsv`: a table for spreadsheets instead of one for people.
struct DelimitedOptions: ParsableArguments {
    @Flag(help: "Print CSV (RFC 4180) with a header row.")
    var csv = false

    @Flag(help: "Print TSV with a header row.")
    var tsv = false

    func validate() throws {
        if csv && tsv { throw ValidationError("--csv and --tsv are exclusive: pick one") }
    }
}
