/// One event across the corpus, as the `events` query answers it: GDELT/ACLED-like, one row per event.
public struct EventRow: Codable, Sendable, Hashable {
    /// Stable across re-ingest of the same article: the article id and the trigger's offset.
    public var eventID: String
    /// The event's own date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), nil when the text gives none.
    public var date: String?
    /// `day`, `month` or `year`, as `date` is written.
    public var datePrecision: String?
    public var cameo: String
    public var label: String
    /// In the order the extraction gives them; the CSV's actor1 is the first (all are joined with "; ").
    public var actors: [EntityRef]
    public var targets: [EntityRef]
    public var place: EntityRef?
    /// ISO 3166-1 alpha-2 and coordinates of the place, once geocoded.
    public var country: String?
    public var lat: Double?
    public var lon: Double?
    public var fatalities: Int?
    public var injured: Int?
    /// Arrested, detained or kidnapped.
    public var held: Int?
    public var trigger: String
    /// The text of the sentence that says it.
    public var sentence: String
    public var articleID: String
    public var url: String?
    public var source: String?
    public var published: String?
    /// The trigger's offsets in the article text (Unicode scalars, half-open).
    public var start: Int?
    public var end: Int?
    /// Merged events only (`events` with `merged`): every report of the incident, and how many articles and
    /// distinct sources give one (GDELT's NumArticles, NumSources). The row's other fields are its lead report's,
    /// its tolls the best-supported report's.
    public var numArticles: Int?
    public var numSources: Int?
    public var mentions: [EventMention]?

    public init(eventID: String, date: String? = nil, datePrecision: String? = nil, cameo: String, label: String,
                actors: [EntityRef] = [], targets: [EntityRef] = [], place: EntityRef? = nil, country: String? = nil,
                lat: Double? = nil, lon: Double? = nil, fatalities: Int? = nil, injured: Int? = nil, held: Int? = nil,
                trigger: String, sentence: String, articleID: String, url: String? = nil, source: String? = nil,
                published: String? = nil, start: Int? = nil, end: Int? = nil) {
        self.eventID = eventID
        self.date = date
        self.datePrecision = datePrecision
        self.cameo = cameo
        self.label = label
        self.actors = actors
        self.targets = targets
        self.place = place
        self.country = country
        self.lat = lat
        self.lon = lon
        self.fatalities = fatalities
        self.injured = injured
        self.held = held
        self.trigger = trigger
        self.sentence = sentence
        self.articleID = articleID
        self.url = url
        self.source = source
        self.published = published
        self.start = start
        self.end = end
    }

    enum CodingKeys: String, CodingKey {
        case date, cameo, label, actors, targets, place, country, lat, lon, fatalities, injured, held, trigger, sentence
        case url, source, published, start, end
        case eventID = "event_id"
        case datePrecision = "date_precision"
        case articleID = "article_id"
        case numArticles = "num_articles", numSources = "num_sources", mentions
    }
}

extension EventRow {
    /// The CSV/TSV header, in the order issue 7 fixes (actor2 is the target).
    public static let columns = [
        "event_id", "date", "date_precision", "cameo", "label", "actor1", "actor1_id", "actor2", "actor2_id",
        "place", "place_id", "country", "lat", "lon", "fatalities", "injured", "held", "trigger", "sentence",
        "article_id", "url", "source", "published", "start", "end",
    ]

    /// The cells under `columns`; nil where unknown.
    public var cells: [String?] {
        func joined(_ refs: [EntityRef], _ part: (EntityRef) -> String) -> String? {
            refs.isEmpty ? nil : refs.map(part).joined(separator: "; ")
        }
        return [
            eventID, date, datePrecision, cameo, label,
            joined(actors, \.name), joined(actors) { String($0.id) }, joined(targets, \.name), joined(targets) { String($0.id) },
            place?.name, place.map { String($0.id) }, country, lat.map { "\($0)" }, lon.map { "\($0)" },
            fatalities.map(String.init), injured.map(String.init), held.map(String.init), trigger, sentence,
            articleID, url, source, published, start.map(String.init), end.map(String.init),
        ]
    }
}

/// One group of `event_sums`: how many events, in how many articles, with what tolls.
public struct EventSum: Codable, Sendable, Hashable {
    /// The group: a date (day, the Monday of a week, `YYYY-MM`), a CAMEO root, a country code or an entity id;
    /// nil for the events that have none (no date, no place...).
    public var key: String?
    /// What the key names: the CAMEO label, the entity's name; nil for dates and countries.
    public var label: String?
    public var events: Int
    public var articles: Int
    public var fatalities: Int
    public var injured: Int
    public var held: Int

    public init(key: String?, label: String? = nil, events: Int, articles: Int, fatalities: Int = 0, injured: Int = 0,
                held: Int = 0) {
        self.key = key
        self.label = label
        self.events = events
        self.articles = articles
        self.fatalities = fatalities
        self.injured = injured
        self.held = held
    }
}

/// One quote across the corpus, as the `quotes` query answers it.
public struct QuoteRow: Codable, Sendable, Hashable {
    /// The speaker's canonical name when the speaker is an entity, else the speaker as the text names them.
    public var speaker: String?
    public var speakerID: Int64?
    public var quote: String
    public var cue: String?
    /// The article's publication date (quotes carry no date of their own).
    public var date: String?
    public var articleID: String
    public var url: String?
    public var source: String?
    public var start: Int
    public var end: Int

    public init(speaker: String? = nil, speakerID: Int64? = nil, quote: String, cue: String? = nil, date: String? = nil,
                articleID: String, url: String? = nil, source: String? = nil, start: Int, end: Int) {
        self.speaker = speaker
        self.speakerID = speakerID
        self.quote = quote
        self.cue = cue
        self.date = date
        self.articleID = articleID
        self.url = url
        self.source = source
        self.start = start
        self.end = end
    }

    enum CodingKeys: String, CodingKey {
        case speaker, quote, cue, date, url, source, start, end
        case speakerID = "speaker_id"
        case articleID = "article_id"
    }

    /// The CSV/TSV header: the columns issue 7 asks for.
    public static let columns = ["speaker", "quote", "cue", "date", "article_id", "url"]

    public var cells: [String?] { [speaker, quote, cue, date, articleID, url] }
}
