/// When reports of different articles are one incident, and what the incident's figures are.
///
/// Reports merge into one story when all of these hold between the newcomer and every report already in it:
/// - the same CAMEO family (`StoryReport.family`) and a different article (one article's reports of one incident
///   were merged by the extraction; two left apart there are two incidents);
/// - days at most `maxDays` apart (MELTT's windows are 1-2 days; ACLED merges within the day);
/// - the same place: the same entity or name; once geocoded, within `maxKilometres`, the same first-level region,
///   or a country- or region-level place that holds the other. A report without a place joins only a story it
///   shares a named actor or target with, or, when its article is a near-duplicate of one of the story's (the same
///   wire text: `copies`), a report there of the same CAMEO code said with the same word;
/// - compatible sides: when both the newcomer and the story name actors, one is common; the same for targets;
/// - tolls that do not contradict: of two counts of the dead (or injured, or held) the larger is at most
///   `tollRatio` x the smaller + `tollSlack` (10 and 25 are one toll rising; 5 and 40, or 0 and 10, are two events).
///
/// Reports are taken in order of day, publication, article and key, so a set of reports gives the same stories
/// whatever order they were stored in; a newcomer that fits several stories joins the one it shares most
/// participants with, then the one with an exactly equal place, then the nearest in time, then the oldest.
public struct StoryMergePolicy: Sendable, Hashable {
    public var maxDays = 2
    public var maxKilometres = 50.0
    public var tollRatio = 3
    public var tollSlack = 3

    public init(maxDays: Int = 2, maxKilometres: Double = 50, tollRatio: Int = 3, tollSlack: Int = 3) {
        self.maxDays = maxDays
        self.maxKilometres = maxKilometres
        self.tollRatio = tollRatio
        self.tollSlack = tollSlack
    }

    /// The stories of `reports`, in the order of their first report. `copies` holds the pairs of articles that are
    /// near-duplicates of each other (`ArticleCopies`).
    public func stories(_ reports: [StoryReport], copies: ArticleCopies = ArticleCopies()) -> [Story] {
        let ordered = reports.enumerated().map { (day: $0.element.dayNumber, report: $0.element) }.sorted { a, b in
            switch (a.day, b.day) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default:
                let pa = a.report.published ?? "", pb = b.report.published ?? ""
                if pa != pb { return pa < pb }
                if a.report.article != b.report.article { return a.report.article < b.report.article }
                return a.report.eventID < b.report.eventID
            }
        }
        var built: [[StoryReport]] = []
        var open: [String: [Int]] = [:]
        for (day, report) in ordered {
            guard let day else {
                built.append([report])
                continue
            }
            let family = report.family
            // A story whose first report is older than the window can take no report of this day or later.
            open[family, default: []].removeAll { index in
                built[index].first?.dayNumber.map { day - $0 > maxDays } ?? true
            }
            var best: (index: Int, score: [Int])?
            for index in open[family, default: []] where fits(report, day: day, into: built[index], copies: copies) {
                let score = rank(report, day: day, in: built[index], index: index)
                if best.map({ $0.score.lexicographicallyPrecedes(score) }) ?? true {
                    best = (index, score)
                }
            }
            if let best {
                built[best.index].append(report)
            } else {
                built.append([report])
                open[family, default: []].append(built.count - 1)
            }
        }
        return built.map { Story(reports: $0) }
    }

    /// Whether `report` may join the story `story` (all the rules above).
    public func fits(_ report: StoryReport, into story: [StoryReport], copies: ArticleCopies = ArticleCopies()) -> Bool {
        guard let day = report.dayNumber else { return false }
        return fits(report, day: day, into: story, copies: copies)
    }

    func fits(_ report: StoryReport, day: Int, into story: [StoryReport], copies: ArticleCopies) -> Bool {
        guard !story.isEmpty else { return true }
        var placed = false
        var storyActors = Set<Int64>(), storyTargets = Set<Int64>()
        for other in story {
            guard other.family == report.family, other.article != report.article,
                  let otherDay = other.dayNumber, abs(otherDay - day) <= maxDays,
                  !contradicts(report.fatalities, other.fatalities), !contradicts(report.injured, other.injured),
                  !contradicts(report.held, other.held)
            else { return false }
            if let a = report.place, let b = other.place {
                guard samePlace(a, b) else { return false }
                placed = true
            }
            storyActors.formUnion(other.actors)
            storyTargets.formUnion(other.targets)
        }
        if !report.actors.isEmpty, !storyActors.isEmpty, report.actors.isDisjoint(with: storyActors) { return false }
        if !report.targets.isEmpty, !storyTargets.isEmpty, report.targets.isDisjoint(with: storyTargets) { return false }
        if !placed {
            // Nothing says where both happened: a shared name must say it is the same affair, or the same sentence
            // of the same wire text.
            let participants = report.actors.union(report.targets)
            if participants.isDisjoint(with: storyActors.union(storyTargets)),
               !story.contains(where: { Self.sameWords(report, $0) && copies.contains(report.article, $0.article) }) {
                return false
            }
        }
        return true
    }

    /// Higher is better: shared participants, an exactly equal place, nearness in days, age of the story.
    func rank(_ report: StoryReport, day: Int, in story: [StoryReport], index: Int) -> [Int] {
        var participants = Set<Int64>()
        var exact = 0
        var gap = Int.max
        for other in story {
            participants.formUnion(other.actors)
            participants.formUnion(other.targets)
            if let a = report.place, let b = other.place, Self.sameName(a, b) { exact = 1 }
            if let otherDay = other.dayNumber { gap = min(gap, abs(otherDay - day)) }
        }
        let shared = report.actors.union(report.targets).intersection(participants).count
        let sameWords = story.contains { Self.sameWords(report, $0) } ? 1 : 0
        return [shared, exact, sameWords, -gap, -index]
    }

    /// The same CAMEO code said with the same word.
    static func sameWords(_ a: StoryReport, _ b: StoryReport) -> Bool {
        a.cameo == b.cameo && a.trigger != nil && a.trigger == b.trigger
    }

    /// Whether two counts of the same thing cannot both be right about one incident.
    public func contradicts(_ a: Int?, _ b: Int?) -> Bool {
        guard let a, let b else { return false }
        let (low, high) = a < b ? (a, b) : (b, a)
        return high > tollRatio * low + tollSlack
    }

    /// The same place by entity or name, or by the geocoder's figures when both have them.
    public func samePlace(_ a: StoryPlace, _ b: StoryPlace) -> Bool {
        if Self.sameName(a, b) { return true }
        if let ca = a.country, let cb = b.country, ca != cb { return false }
        let pa = a.precision ?? (a.lat != nil ? .city : nil), pb = b.precision ?? (b.lat != nil ? .city : nil)
        // A country-level place holds every place of its country; a region-level one every place of its region.
        if pa == .country || pb == .country {
            return a.country != nil && a.country == b.country
        }
        if let ra = a.admin1, let rb = b.admin1, a.country != nil, a.country == b.country {
            if ra == rb { return true }
            if pa == .region || pb == .region { return false }
        }
        if pa == .region || pb == .region { return false }
        if let km = a.kilometres(to: b) { return km <= maxKilometres }
        return false
    }

    static func sameName(_ a: StoryPlace, _ b: StoryPlace) -> Bool {
        if let x = a.entity, let y = b.entity, x == y { return true }
        if let x = a.key, let y = b.key, !x.isEmpty, x == y { return true }
        return false
    }
}

/// Pairs of articles (by id) that are near-duplicates: copies of one wire text.
public struct ArticleCopies: Sendable, Hashable {
    private var pairs: Set<String> = []

    public init(_ pairs: [(String, String)] = []) {
        for (a, b) in pairs { insert(a, b) }
    }

    public mutating func insert(_ a: String, _ b: String) {
        pairs.insert(Self.key(a, b))
    }

    public func contains(_ a: String, _ b: String) -> Bool { pairs.contains(Self.key(a, b)) }

    public var isEmpty: Bool { pairs.isEmpty }

    private static func key(_ a: String, _ b: String) -> String { a < b ? a + "\u{0}" + b : b + "\u{0}" + a }
}
