/// The answers of the corpus-level queries `entity`, `timeline`, `graph` and `export` (docs/protocol.md).

/// A canonical entity as other answers point at it.
public struct EntityRef: Codable, Sendable, Hashable {
    /// The store's canonical entity id (what `entity` takes as `id`).
    public var id: Int64
    public var name: String
    public var type: EntityType
    /// Mentions across the corpus, where the answer gives them (candidates of an ambiguous name).
    public var mentions: Int?

    public init(id: Int64, name: String, type: EntityType, mentions: Int? = nil) {
        self.id = id
        self.name = name
        self.type = type
        self.mentions = mentions
    }
}

/// A spelling of an entity and how many mentions are written that way.
public struct AliasCount: Codable, Sendable, Hashable {
    public var alias: String
    public var mentions: Int

    public init(alias: String, mentions: Int) {
        self.alias = alias
        self.mentions = mentions
    }
}

/// A role or title held, in how many articles, and the organisation or place it is of when the text names one.
public struct RoleCount: Codable, Sendable, Hashable {
    public var role: String
    public var articles: Int
    public var refersTo: EntityRef?

    public init(role: String, articles: Int, refersTo: EntityRef? = nil) {
        self.role = role
        self.articles = articles
        self.refersTo = refersTo
    }

    enum CodingKeys: String, CodingKey {
        case role, articles
        case refersTo = "refers_to"
    }
}

/// Another entity named in the same articles, and in how many.
public struct Cooccurrence: Codable, Sendable, Hashable {
    public var entity: EntityRef
    public var articles: Int

    public init(entity: EntityRef, articles: Int) {
        self.entity = entity
        self.articles = articles
    }
}

/// A quote with the article it is from.
public struct ProfileQuote: Codable, Sendable, Hashable {
    public var text: String
    public var cue: String?
    public var speakerName: String?
    public var articleID: String
    public var published: String?

    public init(text: String, cue: String?, speakerName: String?, articleID: String, published: String?) {
        self.text = text
        self.cue = cue
        self.speakerName = speakerName
        self.articleID = articleID
        self.published = published
    }

    enum CodingKeys: String, CodingKey {
        case text, cue, published
        case speakerName = "speaker_name"
        case articleID = "article_id"
    }
}

/// One stored event, with its participants resolved to canonical entities.
public struct ProfileEvent: Codable, Sendable, Hashable {
    public var cameo: String
    public var label: String
    public var trigger: String
    /// The event's own date when the text gives one, else nil (the article's date is `published`).
    public var date: String?
    public var actors: [EntityRef]
    public var targets: [EntityRef]
    public var place: EntityRef?
    public var fatalities: Int?
    public var articleID: String
    public var published: String?

    public init(cameo: String, label: String, trigger: String, date: String?, actors: [EntityRef], targets: [EntityRef],
                place: EntityRef?, fatalities: Int?, articleID: String, published: String?) {
        self.cameo = cameo
        self.label = label
        self.trigger = trigger
        self.date = date
        self.actors = actors
        self.targets = targets
        self.place = place
        self.fatalities = fatalities
        self.articleID = articleID
        self.published = published
    }

    enum CodingKeys: String, CodingKey {
        case cameo, label, trigger, date, actors, targets, place, fatalities, published
        case articleID = "article_id"
    }
}

/// Events of one CAMEO root code.
public struct CAMEOCount: Codable, Sendable, Hashable {
    public var cameo: String
    public var label: String
    public var events: Int
    public var fatalities: Int

    public init(cameo: String, label: String, events: Int, fatalities: Int) {
        self.cameo = cameo
        self.label = label
        self.events = events
        self.fatalities = fatalities
    }
}

/// The events an entity takes one side of (actor or target).
public struct EventSide: Codable, Sendable, Hashable {
    public var events: Int
    public var byCAMEO: [CAMEOCount]
    public var latest: [ProfileEvent]

    public init(events: Int = 0, byCAMEO: [CAMEOCount] = [], latest: [ProfileEvent] = []) {
        self.events = events
        self.byCAMEO = byCAMEO
        self.latest = latest
    }

    enum CodingKeys: String, CodingKey {
        case events, latest
        case byCAMEO = "by_cameo"
    }
}

/// Mentions and articles of one day (the article's publication date).
public struct DayCount: Codable, Sendable, Hashable {
    public var day: String
    public var mentions: Int
    public var articles: Int

    public init(day: String, mentions: Int, articles: Int) {
        self.day = day
        self.mentions = mentions
        self.articles = articles
    }
}

/// Everything the corpus says about one canonical entity: the `entity` query's answer.
public struct EntityProfile: Codable, Sendable, Hashable {
    public var entity: EntityRef
    public var mentions: Int
    public var articles: Int
    /// Publication dates of the earliest and latest dated articles naming it.
    public var firstSeen: String?
    public var lastSeen: String?
    public var aliases: [AliasCount]
    public var roles: [RoleCount]
    /// The entities most often in the same articles, per type ("PER", "ORG", "LOC", "MISC").
    public var cooccurring: [String: [Cooccurrence]]
    public var quotes: [ProfileQuote]
    public var asActor: EventSide
    public var asTarget: EventSide
    public var perDay: [DayCount]
    /// When a name matched more than one entity: the others, most mentioned first (the profile is of the first match).
    public var candidates: [EntityRef]

    public init(entity: EntityRef, mentions: Int, articles: Int, firstSeen: String? = nil, lastSeen: String? = nil,
                aliases: [AliasCount] = [], roles: [RoleCount] = [], cooccurring: [String: [Cooccurrence]] = [:],
                quotes: [ProfileQuote] = [], asActor: EventSide = EventSide(), asTarget: EventSide = EventSide(),
                perDay: [DayCount] = [], candidates: [EntityRef] = []) {
        self.entity = entity
        self.mentions = mentions
        self.articles = articles
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.aliases = aliases
        self.roles = roles
        self.cooccurring = cooccurring
        self.quotes = quotes
        self.asActor = asActor
        self.asTarget = asTarget
        self.perDay = perDay
        self.candidates = candidates
    }

    enum CodingKeys: String, CodingKey {
        case entity, mentions, articles, aliases, roles, cooccurring, quotes, candidates
        case firstSeen = "first_seen"
        case lastSeen = "last_seen"
        case asActor = "as_actor"
        case asTarget = "as_target"
        case perDay = "per_day"
    }
}
