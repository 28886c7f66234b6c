import Foundation
import NewsModel

/// One hand-annotated article: what a good extraction of it finds.
///
/// The format of `../shared/gold/mali-junta-russia.gold.json` and `Tests/Gold/<article_id>.gold.json`:
/// ```json
/// {"article": "news/NewsArticles.csv#812", "article_id": 812, "published": "2017-03-02", "note": "...",
///  "entities": [["Assimi Goïta", "PER"]], "aliases": [["Assimi Goïta", "Goïta"]],
///  "roles": [["Assimi Goïta", "President"]], "quotes": [{"starts": "We spoke of", "speaker": "Assimi Goïta"}],
///  "dates": [["Wednesday, August 10", "2022-08-10"]],
///  "counts": [{"type": "KILL", "number": 42, "object": "Malian soldiers", "location": "Tessit"}],
///  "events": [{"cameo": ["18", "19"], "what": "...", "actors": ["..."], "targets": ["..."], "location": "Tessit",
///              "date": "2022-08-07", "fatalities": 42, "count": 49}],
///  "boilerplate": ["Comments"], "places": [["Tessit", "ML", 10343856, "city"]]}
/// ```
/// `places` gives each place entity's country (ISO alpha-2), GeoNames id and precision (any may be null).
/// Only `article` is required; every list may be missing or null (an empty list), every optional field may be
/// missing or null. `cameo` may be one code or a list; numbers may be written as strings ("42").
/// An alias row with more than two names (`[canonical, alias1, alias2]`) is one pair per alias.
public struct GoldFile: Codable, Sendable, Hashable {
    /// Where the article is: a path relative to the data folder (`seed/mali-junta-russia.txt`), or a CSV file
    /// and the record's `article_id` (`news/NewsArticles.csv#812`).
    public var article: String
    public var articleID: Int?
    /// `YYYY-MM-DD`, used when the article's own source gives no publication date.
    public var published: String?
    public var note: String?
    /// Version 2 of the guide: every violent incident and arrest of the article is listed, so predicted incidents
    /// that match none are false positives (the `incidents` category is scored only on such files).
    public var exhaustive: Bool
    public var entities: [GoldEntity]
    public var aliases: [GoldAlias]
    public var roles: [GoldRole]
    public var quotes: [GoldQuote]
    public var dates: [GoldDate]
    public var counts: [GoldCount]
    public var events: [GoldEvent]
    public var boilerplate: [String]
    /// The geography of the place entities (may be absent: not annotated).
    public var places: [GoldPlace]

    public init(article: String, articleID: Int? = nil, published: String? = nil, note: String? = nil,
                exhaustive: Bool = false, entities: [GoldEntity] = [], aliases: [GoldAlias] = [], roles: [GoldRole] = [],
                quotes: [GoldQuote] = [], dates: [GoldDate] = [], counts: [GoldCount] = [],
                events: [GoldEvent] = [], boilerplate: [String] = [], places: [GoldPlace] = []) {
        self.article = article
        self.articleID = articleID
        self.published = published
        self.note = note
        self.exhaustive = exhaustive
        self.entities = entities
        self.aliases = aliases
        self.roles = roles
        self.quotes = quotes
        self.dates = dates
        self.counts = counts
        self.events = events
        self.boilerplate = boilerplate
        self.places = places
    }

    enum CodingKeys: String, CodingKey {
        case article, published, note, exhaustive, entities, aliases, roles, quotes, dates, counts, events, boilerplate, places
        case articleID = "article_id"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        article = try c.decode(String.self, forKey: .article)
        articleID = try c.decodeFlexibleIntIfPresent(forKey: .articleID)
        published = try c.decodeIfPresent(String.self, forKey: .published)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        exhaustive = try c.decodeIfPresent(Bool.self, forKey: .exhaustive) ?? false
        entities = try c.decodeIfPresent([GoldEntity].self, forKey: .entities) ?? []
        aliases = try (c.decodeIfPresent([StringRow].self, forKey: .aliases) ?? []).flatMap { row in
            row.values.dropFirst().map { GoldAlias(canonical: row.values[0], alias: $0) }
        }
        roles = try c.decodeIfPresent([GoldRole].self, forKey: .roles) ?? []
        quotes = try c.decodeIfPresent([GoldQuote].self, forKey: .quotes) ?? []
        dates = try c.decodeIfPresent([GoldDate].self, forKey: .dates) ?? []
        counts = try c.decodeIfPresent([GoldCount].self, forKey: .counts) ?? []
        events = try c.decodeIfPresent([GoldEvent].self, forKey: .events) ?? []
        boilerplate = try c.decodeIfPresent([String].self, forKey: .boilerplate) ?? []
        places = try c.decodeIfPresent([GoldPlace].self, forKey: .places) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(article, forKey: .article)
        try c.encodeIfPresent(articleID, forKey: .articleID)
        try c.encode(published, forKey: .published)
        try c.encodeIfPresent(note, forKey: .note)
        if exhaustive { try c.encode(exhaustive, forKey: .exhaustive) }
        try c.encode(entities, forKey: .entities)
        try c.encode(aliases, forKey: .aliases)
        try c.encode(roles, forKey: .roles)
        try c.encode(quotes, forKey: .quotes)
        try c.encode(dates, forKey: .dates)
        try c.encode(counts, forKey: .counts)
        try c.encode(events, forKey: .events)
        try c.encode(boilerplate, forKey: .boilerplate)
        if !places.isEmpty { try c.encode(places, forKey: .places) }
    }

    /// Decodes a gold file's bytes; the error says where the JSON is wrong, in words.
    public static func decode(_ data: Data) throws(GoldFormatError) -> GoldFile {
        do {
            return try JSONDecoder().decode(GoldFile.self, from: data)
        } catch {
            // the same words as the wire protocol's errors: "gold file: missing field 'article'"
            throw GoldFormatError(reason: WireCodec.describe(error, decoding: "gold file"))
        }
    }
}

/// A gold file that is not in the gold format.
public struct GoldFormatError: Error, Sendable, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
}

/// `["Assimi Goïta", "PER"]`
public struct GoldEntity: Codable, Sendable, Hashable {
    public var name: String
    public var type: String

    public init(name: String, type: String) {
        self.name = name
        self.type = type.uppercased()
    }

    public init(from decoder: any Decoder) throws {
        let (first, second) = try StringRow.pair(from: decoder, shape: "an entity is [name, type]")
        self.init(name: first, type: second)
    }

    public func encode(to encoder: any Encoder) throws {
        try [name, type].encode(to: encoder)
    }
}

/// `["Tessit", "ML", 10343856, "city"]`: a place entity's country, GeoNames id and precision.
public struct GoldPlace: Codable, Sendable, Hashable {
    public var name: String
    public var country: String?
    public var geonameid: Int?
    public var precision: String?

    public init(name: String, country: String? = nil, geonameid: Int? = nil, precision: String? = nil) {
        self.name = name
        self.country = country
        self.geonameid = geonameid
        self.precision = precision
    }

    public init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        name = try c.decode(String.self)
        country = c.isAtEnd ? nil : try c.decodeIfPresent(String.self)
        geonameid = c.isAtEnd ? nil : try c.decodeIfPresent(Int.self)
        precision = c.isAtEnd ? nil : try c.decodeIfPresent(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(name)
        try c.encode(country)
        try c.encode(geonameid)
        try c.encode(precision)
    }
}

/// `["Assimi Goïta", "Goïta"]`: two names of one entity.
public struct GoldAlias: Codable, Sendable, Hashable {
    public var canonical: String
    public var alias: String

    public init(canonical: String, alias: String) {
        self.canonical = canonical
        self.alias = alias
    }

    public init(from decoder: any Decoder) throws {
        let (first, second) = try StringRow.pair(from: decoder, shape: "an alias is [canonical, alias]")
        self.init(canonical: first, alias: second)
    }

    public func encode(to encoder: any Encoder) throws {
        try [canonical, alias].encode(to: encoder)
    }
}

/// `["Sadio Camara", "Defense Minister"]`
public struct GoldRole: Codable, Sendable, Hashable {
    public var name: String
    public var role: String

    public init(name: String, role: String) {
        self.name = name
        self.role = role
    }

    public init(from decoder: any Decoder) throws {
        let (first, second) = try StringRow.pair(from: decoder, shape: "a role is [name, role]")
        self.init(name: first, role: second)
    }

    public func encode(to encoder: any Encoder) throws {
        try [name, role].encode(to: encoder)
    }
}

/// `{"starts": "We spoke of the support", "speaker": "Assimi Goïta"}`: the opening words of a direct quote.
public struct GoldQuote: Codable, Sendable, Hashable {
    public var starts: String
    /// Nil when the annotator gives none: the quote then counts for recall but not for speaker accuracy.
    public var speaker: String?

    public init(starts: String, speaker: String? = nil) {
        self.starts = starts
        self.speaker = speaker
    }

    enum CodingKeys: String, CodingKey { case starts, speaker, text }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let starts = try c.decodeIfPresent(String.self, forKey: .starts) {
            self.starts = starts
        } else {
            starts = try c.decode(String.self, forKey: .text)
        }
        speaker = try c.decodeIfPresent(String.self, forKey: .speaker)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(starts, forKey: .starts)
        try c.encode(speaker, forKey: .speaker)
    }
}

/// `["Wednesday, August 10", "2022-08-10"]`
public struct GoldDate: Codable, Sendable, Hashable {
    public var text: String
    public var value: String

    public init(text: String, value: String) {
        self.text = text
        self.value = value
    }

    public init(from decoder: any Decoder) throws {
        let (first, second) = try StringRow.pair(from: decoder, shape: "a date is [text, value]")
        self.init(text: first, value: second)
    }

    public func encode(to encoder: any Encoder) throws {
        try [text, value].encode(to: encoder)
    }
}

/// `{"type": "KILL", "number": 42, "object": "Malian soldiers", "location": "Tessit"}`; a toll of a war or a
/// period adds `"cumulative": true, "period": "since 2011"`.
public struct GoldCount: Codable, Sendable, Hashable {
    public var type: String
    public var number: Int
    public var object: String?
    public var location: String?
    public var cumulative: Bool
    public var period: String?

    public init(type: String, number: Int, object: String? = nil, location: String? = nil,
                cumulative: Bool = false, period: String? = nil) {
        self.type = type.uppercased()
        self.number = number
        self.object = object
        self.location = location
        self.cumulative = cumulative
        self.period = period
    }

    enum CodingKeys: String, CodingKey { case type, number, object, location, cumulative, period }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        guard let number = try c.decodeFlexibleIntIfPresent(forKey: .number) else {
            throw DecodingError.keyNotFound(CodingKeys.number, .init(codingPath: decoder.codingPath,
                debugDescription: "a count needs a number"))
        }
        self.init(type: try c.decode(String.self, forKey: .type), number: number,
                  object: try c.decodeIfPresent(String.self, forKey: .object),
                  location: try c.decodeIfPresent(String.self, forKey: .location),
                  cumulative: try c.decodeIfPresent(Bool.self, forKey: .cumulative) ?? false,
                  period: try c.decodeIfPresent(String.self, forKey: .period))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(type, forKey: .type)
        try c.encode(number, forKey: .number)
        try c.encodeIfPresent(object, forKey: .object)
        try c.encodeIfPresent(location, forKey: .location)
        if cumulative { try c.encode(cumulative, forKey: .cumulative) }
        try c.encodeIfPresent(period, forKey: .period)
    }
}

/// One event: the CAMEO root codes that fit it, who did it (and to whom), where, when, and how many.
public struct GoldEvent: Codable, Sendable, Hashable {
    /// Two-digit CAMEO root codes ("04", "19"); any of them is a right answer.
    public var cameo: [String]
    public var what: String?
    public var actors: [String]
    public var targets: [String]
    public var location: String?
    public var date: String?
    public var fatalities: Int?
    /// The number of people the event happened to when it is not killing (49 arrested).
    public var count: Int?
    /// Version 2: for each sentence that reports the incident, a verbatim run of at least four of its words.
    public var evidence: [String]
    /// Version 2: people wounded, and people arrested, detained or abducted, in this incident.
    public var injured: Int?
    public var held: Int?

    public init(cameo: [String], what: String? = nil, actors: [String] = [], targets: [String] = [],
                location: String? = nil, date: String? = nil, fatalities: Int? = nil, count: Int? = nil,
                evidence: [String] = [], injured: Int? = nil, held: Int? = nil) {
        self.cameo = cameo.map(CAMEO.root)
        self.evidence = evidence
        self.injured = injured
        self.held = held
        self.what = what
        self.actors = actors
        self.targets = targets
        self.location = location
        self.date = date
        self.fatalities = fatalities
        self.count = count
    }

    enum CodingKeys: String, CodingKey {
        case cameo, what, actors, targets, location, date, fatalities, count, evidence, injured, held
    }

    /// A violent incident or an arrest (a code of 17-20 among its roots): what the `incidents` category scores.
    public var isIncident: Bool { cameo.contains(where: CAMEO.isIncident) }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let codes: [String]
        if let list = try? c.decode([FlexibleString].self, forKey: .cameo) {
            codes = list.map(\.value)
        } else {
            codes = [try c.decode(FlexibleString.self, forKey: .cameo).value]
        }
        self.init(cameo: codes,
                  what: try c.decodeIfPresent(String.self, forKey: .what),
                  actors: try c.decodeStringOrListIfPresent(forKey: .actors),
                  targets: try c.decodeStringOrListIfPresent(forKey: .targets),
                  location: try c.decodeIfPresent(String.self, forKey: .location),
                  date: try c.decodeIfPresent(String.self, forKey: .date),
                  fatalities: try c.decodeFlexibleIntIfPresent(forKey: .fatalities),
                  count: try c.decodeFlexibleIntIfPresent(forKey: .count),
                  evidence: try c.decodeStringOrListIfPresent(forKey: .evidence),
                  injured: try c.decodeFlexibleIntIfPresent(forKey: .injured),
                  held: try c.decodeFlexibleIntIfPresent(forKey: .held))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(cameo, forKey: .cameo)
        try c.encodeIfPresent(what, forKey: .what)
        if !actors.isEmpty { try c.encode(actors, forKey: .actors) }
        if !targets.isEmpty { try c.encode(targets, forKey: .targets) }
        try c.encodeIfPresent(location, forKey: .location)
        try c.encodeIfPresent(date, forKey: .date)
        try c.encodeIfPresent(fatalities, forKey: .fatalities)
        try c.encodeIfPresent(count, forKey: .count)
        if !evidence.isEmpty { try c.encode(evidence, forKey: .evidence) }
        try c.encodeIfPresent(injured, forKey: .injured)
        try c.encodeIfPresent(held, forKey: .held)
    }
}

/// CAMEO codes compared by their root: "4", "04", "042" and "0431" all have the root "04".
public enum CAMEO {
    public static func root(_ code: String) -> String {
        let digits = code.trimmingCharacters(in: .whitespaces)
        guard !digits.isEmpty, digits.allSatisfy(\.isNumber) else { return digits }
        if digits.count == 1 { return "0" + digits }
        return String(digits.prefix(2))
    }

    /// Roots 17 (coerce: arrest, detain, abduct), 18 (assault), 19 (fight) and 20 (mass violence).
    public static func isIncident(_ code: String) -> Bool {
        ["17", "18", "19", "20"].contains(root(code))
    }
}

// MARK: Tolerant decoding helpers

/// A JSON array of strings (nulls become "").
struct StringRow: Decodable {
    var values: [String]

    /// The first two strings of a row such as `["Sadio Camara", "Defense Minister"]`; `shape` names them in the error.
    static func pair(from decoder: any Decoder, shape: String) throws -> (String, String) {
        let row = try StringRow(from: decoder)
        guard row.values.count >= 2 else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: shape))
        }
        return (row.values[0], row.values[1])
    }

    init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        var values: [String] = []
        while !c.isAtEnd {
            values.append(try c.decodeNil() ? "" : c.decode(FlexibleString.self).value)
        }
        self.values = values
    }
}

/// A string, or a number written where a string was meant (`"cameo": [4]`).
struct FlexibleString: Decodable {
    var value: String

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let text = try? c.decode(String.self) {
            value = text
        } else if let number = try? c.decode(Int.self) {
            value = String(number)
        } else {
            value = String(try c.decode(Double.self))
        }
    }
}

extension KeyedDecodingContainer {
    /// A number, a string holding a number ("42"), or nothing (missing, null, "").
    func decodeFlexibleIntIfPresent(forKey key: Key) throws -> Int? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let number = try? decode(Int.self, forKey: key) { return number }
        if let number = try? decode(Double.self, forKey: key), number.rounded() == number { return Int(number) }
        let text = try decode(String.self, forKey: key).trimmingCharacters(in: .whitespaces)
            .replacingOccurrences(of: ",", with: "")
        if text.isEmpty { return nil }
        guard let number = Int(text) else {
            throw DecodingError.typeMismatch(Int.self, .init(codingPath: codingPath + [key],
                debugDescription: "expected a number, found \"\(text)\""))
        }
        return number
    }

    /// A list of strings, one string, or nothing.
    func decodeStringOrListIfPresent(forKey key: Key) throws -> [String] {
        guard contains(key), try !decodeNil(forKey: key) else { return [] }
        if let one = try? decode(String.self, forKey: key) { return [one] }
        return try decode([String?].self, forKey: key).compactMap { $0 }
    }
}
