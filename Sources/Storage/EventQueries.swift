import NewsModel

/// The filters of the `events` and `event_sums` queries. Every filter is optional; they combine with AND.
public struct EventQuery: Sendable, Hashable {
    /// CAMEO codes; an event matches a code it starts with ("18" takes "18" and "183"). Empty: every code.
    public var cameo: [String] = []
    /// A canonical entity by any of its spellings (accents and case ignored), as an actor, a target, either side,
    /// or the place.
    public var actor: String?
    public var target: String?
    public var participant: String?
    public var place: String?
    /// ISO 3166-1 alpha-2 of the event's place.
    public var country: String?
    /// Inclusive bounds on the event's date (`YYYY-MM-DD`); an event with no date of its own counts as of its
    /// article's publication day, a month or year as its first day.
    public var from: String?
    public var to: String?
    /// Inclusive bounds on the article's publication day.
    public var publishedFrom: String?
    public var publishedTo: String?
    public var minFatalities: Int?
    /// Full text over the event's sentence (FTSQuery syntax).
    public var text: String?
    public var limit = 20
    public var offset = 0

    public init(cameo: [String] = [], actor: String? = nil, target: String? = nil, participant: String? = nil,
                place: String? = nil, country: String? = nil, from: String? = nil, to: String? = nil,
                publishedFrom: String? = nil, publishedTo: String? = nil, minFatalities: Int? = nil, text: String? = nil,
                limit: Int = 20, offset: Int = 0) {
        self.cameo = cameo
        self.actor = actor
        self.target = target
        self.participant = participant
        self.place = place
        self.country = country
        self.from = from
        self.to = to
        self.publishedFrom = publishedFrom
        self.publishedTo = publishedTo
        self.minFatalities = minFatalities
        self.text = text
        self.limit = limit
        self.offset = offset
    }
}

/// What `event_sums` groups by.
public enum EventGrouping: String, Sendable, Hashable, CaseIterable {
    case day, week, month, cameo, country, actor, place
}

/// One page of event rows and how many match in all.
public struct EventPage: Sendable, Hashable {
    public var events: [EventRow]
    public var total: Int

    public init(events: [EventRow], total: Int) {
        self.events = events
        self.total = total
    }
}

/// One page of sums and how many groups there are in all.
public struct EventSumPage: Sendable, Hashable {
    public var sums: [EventSum]
    public var total: Int

    public init(sums: [EventSum], total: Int) {
        self.sums = sums
        self.total = total
    }
}

/// The filters of the `quotes` query, newest article first.
public struct QuoteQuery: Sendable, Hashable {
    /// The speaker: a canonical entity by any of its spellings, or a speaker who is none by the name the text gives.
    public var speaker: String?
    /// Full text over the quote.
    public var text: String?
    /// Quotes whose text or sentence names this entity (the speaker's own attribution aside).
    public var about: String?
    /// ISO 3166-1 alpha-2: quotes of articles that name a place in this country.
    public var country: String?
    /// Inclusive bounds on the article's publication day.
    public var from: String?
    public var to: String?
    public var limit = 20
    public var offset = 0

    public init(speaker: String? = nil, text: String? = nil, about: String? = nil, from: String? = nil,
                to: String? = nil, limit: Int = 20, offset: Int = 0) {
        self.speaker = speaker
        self.text = text
        self.about = about
        self.from = from
        self.to = to
        self.limit = limit
        self.offset = offset
    }
}

public struct QuotePage: Sendable, Hashable {
    public var quotes: [QuoteRow]
    public var total: Int

    public init(quotes: [QuoteRow], total: Int) {
        self.quotes = quotes
        self.total = total
    }
}
