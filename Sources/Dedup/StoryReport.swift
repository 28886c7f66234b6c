import Foundation

/// One article's report of an event, as the story merge reads it: what it is (CAMEO), when (a calendar day), where,
/// who, and its tolls. Built by the store from an events row; any value here may be absent.
public struct StoryReport: Sendable, Hashable {
    /// The event's stable key (article id + trigger offset) and the article it comes from.
    public var eventID: String
    public var article: String
    public var source: String?
    public var sentence: Int
    public var cameo: String
    /// The day the event is counted on (`YYYY-MM-DD`): its own date, else its article's publication day.
    public var day: String?
    public var place: StoryPlace?
    /// Canonical entity ids.
    public var actors: Set<Int64>
    public var targets: Set<Int64>
    public var fatalities: Int?
    public var injured: Int?
    public var held: Int?
    public var published: String?
    /// The word that says it ("arrested"), folded to lower case: two copies of one text say it with the same word.
    public var trigger: String?

    public init(eventID: String, article: String, source: String? = nil, sentence: Int = 0, cameo: String,
                day: String?, place: StoryPlace? = nil, actors: Set<Int64> = [], targets: Set<Int64> = [],
                fatalities: Int? = nil, injured: Int? = nil, held: Int? = nil, published: String? = nil,
                trigger: String? = nil) {
        self.eventID = eventID
        self.article = article
        self.source = source
        self.sentence = sentence
        self.cameo = cameo
        self.day = day
        self.place = place
        self.actors = actors
        self.targets = targets
        self.fatalities = fatalities
        self.injured = injured
        self.held = held
        self.published = published
        self.trigger = trigger?.lowercased()
    }

    /// The CAMEO family reports must share: assault, fight and mass violence (18, 19, 20) are one, as are material
    /// and economic aid (06, 07); every other root is its own (the grouping of Extraction's `CAMEORoot.family`).
    public var family: String {
        let root = String(cameo.prefix(2))
        switch root {
        case "18", "19", "20": return "18"
        case "06", "07": return "06"
        default: return root
        }
    }

    var dayNumber: Int? { day.flatMap(CivilDay.number) }
}

/// Where a report says it happened: the canonical place entity and its folded name, and once geocoded, its country,
/// first-level region and coordinates with their precision.
public struct StoryPlace: Sendable, Hashable {
    public enum Precision: String, Sendable, Hashable {
        case city, region, country
    }

    public var entity: Int64?
    /// The folded name ("aleppo"): two stores' entity ids differ, the name does not.
    public var key: String?
    public var country: String?
    public var admin1: String?
    public var lat: Double?
    public var lon: Double?
    /// City when unknown but coordinates are given.
    public var precision: Precision?

    public init(entity: Int64? = nil, key: String? = nil, country: String? = nil, admin1: String? = nil,
                lat: Double? = nil, lon: Double? = nil, precision: Precision? = nil) {
        self.entity = entity
        self.key = key
        self.country = country
        self.admin1 = admin1
        self.lat = lat
        self.lon = lon
        self.precision = precision
    }

    /// The precision given, else city when there are coordinates (an older store's rows), else none.
    public var resolvedPrecision: Precision? { precision ?? (lat != nil ? .city : nil) }

    /// Whether reports may merge on this place: a city or a region, or a name the geocoder did not place. A country
    /// holds too many incidents of a week to say two reports are one.
    public var isMergeable: Bool {
        switch resolvedPrecision {
        case .city, .region: true
        case .country: false
        case nil: entity != nil || !(key ?? "").isEmpty
        }
    }

    /// Great-circle distance in km (haversine, mean Earth radius), nil without coordinates on both.
    public func kilometres(to other: StoryPlace) -> Double? {
        guard let lat1 = lat, let lon1 = lon, let lat2 = other.lat, let lon2 = other.lon else { return nil }
        let radians = Double.pi / 180
        let dLat = (lat2 - lat1) * radians, dLon = (lon2 - lon1) * radians
        let a = pow(sin(dLat / 2), 2) + cos(lat1 * radians) * cos(lat2 * radians) * pow(sin(dLon / 2), 2)
        return 2 * 6371.0088 * asin(min(1, a.squareRoot()))
    }
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` string (the civil calendar, no time zone): dates a few days apart
/// compare without Foundation's calendars.
enum CivilDay {
    static func number(_ text: String) -> Int? {
        let utf8 = Array(text.utf8.prefix(10))
        guard utf8.count == 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-") else { return nil }
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let d = Int(utf8[index]) - 48
                guard (0...9).contains(d) else { return nil }
                value = value * 10 + d
            }
            return value
        }
        guard let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
