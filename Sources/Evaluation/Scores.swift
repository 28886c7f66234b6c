/// The kinds of fact scored, in the order the report lists them.
public enum GoldCategory: String, CaseIterable, Codable, Sendable, Hashable, Comparable {
    case entities, aliases, roles, quotes, dates, counts, events
    /// Violent incidents and arrests (CAMEO 17-20), one to one, scored on exhaustive (version-2) gold files only.
    case incidents

    public static func < (lhs: GoldCategory, rhs: GoldCategory) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Attributes checked on the gold items that were found.
public enum GoldAttribute: String, CaseIterable, Codable, Sendable, Hashable, Comparable {
    case quoteSpeaker = "quotes.speaker"
    case countObject = "counts.object"
    case countLocation = "counts.location"
    case eventDate = "events.date"
    case eventLocation = "events.location"
    case eventFatalities = "events.fatalities"
    case incidentDate = "incidents.date"
    case incidentPlace = "incidents.place"
    case placeCountry = "places.country"
    case placeWithin161km = "places.within 161 km"

    public var label: String {
        switch self {
        case .quoteSpeaker: "speaker accuracy (quotes found)"
        case .countObject: "count object (counts found)"
        case .countLocation: "count location (counts found)"
        case .eventDate: "event date (events found)"
        case .eventLocation: "event location (events found)"
        case .eventFatalities: "event fatalities (events found)"
        case .incidentDate: "incident date (incidents found)"
        case .incidentPlace: "incident place (incidents found)"
        case .placeCountry: "place country (places found)"
        case .placeWithin161km: "place within 161 km (city places found)"
        }
    }

    public static func < (lhs: GoldAttribute, rhs: GoldAttribute) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Counts for one category; sums of them are micro-averages.
public struct CategoryScore: Codable, Sendable, Hashable {
    /// Gold items.
    public var gold: Int
    /// Predicted items of the category.
    public var predicted: Int
    /// Gold items matched by at least one prediction.
    public var found: Int
    /// Predicted items that match at least one gold item.
    public var matched: Int

    public init(gold: Int = 0, predicted: Int = 0, found: Int = 0, matched: Int = 0) {
        self.gold = gold
        self.predicted = predicted
        self.found = found
        self.matched = matched
    }

    /// found / gold; nil with no gold items.
    public var recall: Double? { gold == 0 ? nil : Double(found) / Double(gold) }
    /// matched / predicted; nil with no predictions.
    public var precision: Double? { predicted == 0 ? nil : Double(matched) / Double(predicted) }

    public static func + (lhs: CategoryScore, rhs: CategoryScore) -> CategoryScore {
        CategoryScore(gold: lhs.gold + rhs.gold, predicted: lhs.predicted + rhs.predicted,
                      found: lhs.found + rhs.found, matched: lhs.matched + rhs.matched)
    }

    enum CodingKeys: String, CodingKey { case gold, predicted, found, matched, recall, precision }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(gold: try c.decode(Int.self, forKey: .gold), predicted: try c.decode(Int.self, forKey: .predicted),
                  found: try c.decode(Int.self, forKey: .found), matched: try c.decode(Int.self, forKey: .matched))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(gold, forKey: .gold)
        try c.encode(predicted, forKey: .predicted)
        try c.encode(found, forKey: .found)
        try c.encode(matched, forKey: .matched)
        try c.encode(recall, forKey: .recall)
        try c.encode(precision, forKey: .precision)
    }
}

/// How often an attribute is right among the found gold items that state it.
public struct AttributeScore: Codable, Sendable, Hashable {
    public var correct: Int
    public var total: Int

    public init(correct: Int = 0, total: Int = 0) {
        self.correct = correct
        self.total = total
    }

    public var accuracy: Double? { total == 0 ? nil : Double(correct) / Double(total) }

    public static func + (lhs: AttributeScore, rhs: AttributeScore) -> AttributeScore {
        AttributeScore(correct: lhs.correct + rhs.correct, total: lhs.total + rhs.total)
    }

    mutating func record(_ right: Bool) {
        total += 1
        if right { correct += 1 }
    }

    enum CodingKeys: String, CodingKey { case correct, total, accuracy }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(correct: try c.decode(Int.self, forKey: .correct), total: try c.decode(Int.self, forKey: .total))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(correct, forKey: .correct)
        try c.encode(total, forKey: .total)
        try c.encode(accuracy, forKey: .accuracy)
    }
}

/// The score of one category on one article, with what was missed, for `--verbose`.
public struct CategoryResult: Sendable, Hashable {
    public var score: CategoryScore
    public var attributes: [GoldAttribute: AttributeScore]
    /// Gold items no prediction matched, described for people.
    public var missed: [String]
    /// Predictions that match no gold item.
    public var unmatched: [String]
    /// Found gold items whose attribute the prediction got wrong ("speaker: gold X, predicted Y").
    public var wrongAttributes: [String]

    public init(score: CategoryScore = CategoryScore(), attributes: [GoldAttribute: AttributeScore] = [:],
                missed: [String] = [], unmatched: [String] = [], wrongAttributes: [String] = []) {
        self.score = score
        self.attributes = attributes
        self.missed = missed
        self.unmatched = unmatched
        self.wrongAttributes = wrongAttributes
    }
}

/// Scores per category and attribute, summed over any number of articles (micro-averaged).
public struct Scorecard: Codable, Sendable, Hashable {
    public var categories: [GoldCategory: CategoryScore]
    public var attributes: [GoldAttribute: AttributeScore]

    public init(categories: [GoldCategory: CategoryScore] = [:], attributes: [GoldAttribute: AttributeScore] = [:]) {
        self.categories = categories
        self.attributes = attributes
    }

    public subscript(category: GoldCategory) -> CategoryScore { categories[category] ?? CategoryScore() }
    public subscript(attribute: GoldAttribute) -> AttributeScore { attributes[attribute] ?? AttributeScore() }

    /// All categories pooled: every gold item and every prediction counts once.
    public var overall: CategoryScore { categories.values.reduce(CategoryScore(), +) }

    public mutating func add(_ other: Scorecard) {
        for (category, score) in other.categories { categories[category] = self[category] + score }
        for (attribute, score) in other.attributes { attributes[attribute] = self[attribute] + score }
    }

    enum CodingKeys: String, CodingKey { case categories, attributes, overall }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let categories = try c.decode([String: CategoryScore].self, forKey: .categories)
        let attributes = try c.decode([String: AttributeScore].self, forKey: .attributes)
        self.init(categories: Dictionary(uniqueKeysWithValues: categories.compactMap { key, value in
                      GoldCategory(rawValue: key).map { ($0, value) } }),
                  attributes: Dictionary(uniqueKeysWithValues: attributes.compactMap { key, value in
                      GoldAttribute(rawValue: key).map { ($0, value) } }))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Dictionary(uniqueKeysWithValues: categories.map { ($0.key.rawValue, $0.value) }), forKey: .categories)
        try c.encode(Dictionary(uniqueKeysWithValues: attributes.map { ($0.key.rawValue, $0.value) }), forKey: .attributes)
        try c.encode(overall, forKey: .overall)
    }
}

/// Every category's result on one article.
public struct ArticleScore: Sendable, Hashable {
    public var results: [GoldCategory: CategoryResult]

    public init(results: [GoldCategory: CategoryResult] = [:]) {
        self.results = results
    }

    public subscript(category: GoldCategory) -> CategoryResult { results[category] ?? CategoryResult() }

    public var scorecard: Scorecard {
        var card = Scorecard()
        for (category, result) in results {
            card.categories[category] = result.score
            for (attribute, score) in result.attributes { card.attributes[attribute] = score }
        }
        return card
    }
}
