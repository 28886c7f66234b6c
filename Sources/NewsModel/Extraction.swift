/// What the extraction pipeline finds in one article: the Extraction JSON of docs/protocol.md.
///
/// Every `start`/`end` is an offset in **Unicode scalars** into the article text (what Python's `str`
/// indexing counts), half-open: `text[start:end]` in Python is the span.
public struct Extraction: Codable, Sendable, Hashable {
    public var article: ArticleMetadata
    public var entities: [Entity]
    public var quotes: [Quote]
    public var dates: [DateMention]
    public var counts: [CountMention]
    public var events: [Event]
    /// Sentence spans, in order; `Event.sentence` and friends index into this.
    public var sentences: [Span]

    public init(article: ArticleMetadata, entities: [Entity] = [], quotes: [Quote] = [], dates: [DateMention] = [],
                counts: [CountMention] = [], events: [Event] = [], sentences: [Span] = []) {
        self.article = article
        self.entities = entities
        self.quotes = quotes
        self.dates = dates
        self.counts = counts
        self.events = events
        self.sentences = sentences
    }
}

/// A half-open range of Unicode-scalar offsets into an article's text.
public struct Span: Codable, Sendable, Hashable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}

/// The four CoNLL-2003 entity types.
public enum EntityType: String, Codable, Sendable, Hashable, CaseIterable {
    case person = "PER"
    case organisation = "ORG"
    case location = "LOC"
    case miscellaneous = "MISC"
}

/// One entity of a document: all its mentions grouped under one canonical name.
public struct Entity: Codable, Sendable, Hashable {
    /// Document-local id: "E1", "E2", ...
    public var id: String
    public var type: EntityType
    public var name: String
    public var aliases: [String]
    public var roles: [String]
    public var mentions: [Span]

    public init(id: String, type: EntityType, name: String, aliases: [String] = [], roles: [String] = [], mentions: [Span] = []) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = aliases
        self.roles = roles
        self.mentions = mentions
    }
}

/// A direct quote and, where the text allows, who said it.
public struct Quote: Codable, Sendable, Hashable {
    public var text: String
    /// The speaker's entity id ("E1") when the speaker is a named entity of the document.
    public var speaker: String?
    /// The speaker as the text names it ("Assimi Goïta", "the Malian army").
    public var speakerName: String?
    /// The verb that introduces the quote ("said", "declared").
    public var cue: String?
    public var start: Int
    public var end: Int

    public init(text: String, speaker: String? = nil, speakerName: String? = nil, cue: String? = nil, start: Int, end: Int) {
        self.text = text
        self.speaker = speaker
        self.speakerName = speakerName
        self.cue = cue
        self.start = start
        self.end = end
    }

    enum CodingKeys: String, CodingKey {
        case text, speaker, cue, start, end
        case speakerName = "speaker_name"
    }
}

/// A date expression with its calendar value ("2022-08-10", "2022-03", "2019").
public struct DateMention: Codable, Sendable, Hashable {
    public enum Granularity: String, Codable, Sendable, Hashable {
        case day, month, year
    }

    public var text: String
    public var value: String
    public var granularity: Granularity
    public var start: Int
    public var end: Int

    public init(text: String, value: String, granularity: Granularity, start: Int, end: Int) {
        self.text = text
        self.value = value
        self.granularity = granularity
        self.start = start
        self.end = end
    }
}

/// GDELT's count types.
public enum CountType: String, Codable, Sendable, Hashable, CaseIterable {
    case kill = "KILL", wound = "WOUND", arrest = "ARREST", kidnap = "KIDNAP"
    case affect = "AFFECT", seize = "SEIZE", protest = "PROTEST"
}

/// "42 Malian soldiers were killed": a number of people or things something happened to.
public struct CountMention: Codable, Sendable, Hashable {
    public var type: CountType
    public var number: Int
    public var object: String?
    /// Entity id of the place, when the sentence gives one.
    public var location: String?
    public var start: Int
    public var end: Int
    /// A toll of a war, a campaign or a period ("has killed 300,000 since 2011"), not of one incident: no event
    /// takes it as its fatalities. Nil for the toll of one incident.
    public var cumulative: Bool?
    /// The period a cumulative toll covers, as the text words it ("since 2011", "in six years of war").
    public var period: String?

    public init(type: CountType, number: Int, object: String? = nil, location: String? = nil, start: Int, end: Int,
                cumulative: Bool? = nil, period: String? = nil) {
        self.type = type
        self.number = number
        self.object = object
        self.location = location
        self.start = start
        self.end = end
        self.cumulative = cumulative
        self.period = period
    }

    /// A toll of a war or a period (`cumulative` true).
    public var isCumulative: Bool { cumulative == true }
}

/// Who did what to whom, coded with a CAMEO root code ("04" consult, "19" fight, ...).
public struct Event: Codable, Sendable, Hashable {
    public var cameo: String
    public var label: String
    public var trigger: String
    public var actors: [String]
    public var targets: [String]
    public var location: String?
    public var date: String?
    public var fatalities: Int?
    public var sentence: Int
    /// People wounded (a WOUND count of the sentence).
    public var injured: Int?
    /// People arrested, detained or kidnapped (an ARREST or KIDNAP count of the sentence).
    public var count: Int?
    /// The trigger's offsets in the text (Unicode scalars, half-open).
    public var start: Int?
    public var end: Int?
    /// Every sentence that reports this incident (lead, later recaps), in text order, `sentence` among them;
    /// nil when only `sentence` does. Its tolls are the incident's, never summed over these sentences.
    public var sentences: [Int]?

    public init(cameo: String, label: String, trigger: String, actors: [String] = [], targets: [String] = [],
                location: String? = nil, date: String? = nil, fatalities: Int? = nil, sentence: Int,
                injured: Int? = nil, count: Int? = nil, start: Int? = nil, end: Int? = nil, sentences: [Int]? = nil) {
        self.cameo = cameo
        self.label = label
        self.trigger = trigger
        self.actors = actors
        self.targets = targets
        self.location = location
        self.date = date
        self.fatalities = fatalities
        self.sentence = sentence
        self.injured = injured
        self.count = count
        self.start = start
        self.end = end
        self.sentences = sentences
    }

    /// The sentences that report it: `sentences`, or the one `sentence`.
    public var allSentences: [Int] { sentences ?? [sentence] }

    // Unnamed participants (events8): the noun phrases of doers and victims the text does not name ("gunmen",
    // "a suicide bomber", "three soldiers"), read from the parse; nil when there is none. Set after init.
    public var actorPhrases: [String]? = nil
    public var targetPhrases: [String]? = nil

    enum CodingKeys: String, CodingKey {
        case cameo, label, trigger, actors, targets, location, date, fatalities, sentence, injured, count, start, end,
             sentences
        case actorPhrases = "actor_phrases"
        case targetPhrases = "target_phrases"
    }
}
