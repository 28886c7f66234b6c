/// When reports of different articles are one incident, and what the incident's figures are.
///
/// Two reports are compatible (`compatible`) when all of these hold:
/// - the same CAMEO family (`StoryReport.family`) and different articles (one article's reports of one incident
///   were merged by the extraction; two left apart there are two incidents);
/// - days at most `maxDays` apart (MELTT's windows are 1-2 days; ACLED merges within the day);
/// - compatible sides: when both name actors, one is common; the same for targets;
/// - tolls that do not contradict: of two counts of the dead (or injured, or held) the larger is at most
///   `tollRatio` x the smaller + `tollSlack` (10 and 25 are one toll rising; 5 and 40, or 0 and 10, are two events);
/// - the same place, when both have one to merge on (`StoryPlace.isMergeable`: a city or a region; a country is
///   too wide to say two reports are of one incident): the same entity or name, or once geocoded the same
///   first-level region, or within `maxKilometres`;
/// - when one of them has no such place: no country that differs, and either they are copies of one wire text
///   (`copies`) saying it with the same CAMEO code and word, or everything else agrees tightly, as ACLED asks of
///   a merge (same day, type, actors): the same day, the same CAMEO code, a shared actor, and a shared target or
///   the same death toll. A shared actor alone is not enough: "Trump appealed" ten times in a week is ten appeals.
///
/// A story is a set of pairwise compatible reports (a newcomer must be compatible with every report already in
/// it). So every story lies inside one connected component of the compatibility graph, and the stories of a
/// component depend on its reports alone: the store keeps the graph's edges (`event_links`) and recomputes only the
/// component an upsert touched.
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
        let ordered = reports.map { (day: $0.dayNumber, report: $0) }.sorted { a, b in
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
            for index in open[family, default: []] where fits(report, into: built[index], copies: copies) {
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

    /// Whether `report` may join the story `story`: compatible with each of its reports.
    public func fits(_ report: StoryReport, into story: [StoryReport], copies: ArticleCopies = ArticleCopies()) -> Bool {
        story.allSatisfy { compatible(report, $0, copies: copies) }
    }

    /// Whether two reports may be of one incident (the rules above); symmetric.
    public func compatible(_ a: StoryReport, _ b: StoryReport, copies: ArticleCopies = ArticleCopies()) -> Bool {
        guard a.family == b.family, a.article != b.article,
              let dayA = a.dayNumber, let dayB = b.dayNumber, abs(dayA - dayB) <= maxDays,
              !contradicts(a.fatalities, b.fatalities), !contradicts(a.injured, b.injured),
              !contradicts(a.held, b.held)
        else { return false }
        if !a.actors.isEmpty, !b.actors.isEmpty, a.actors.isDisjoint(with: b.actors) { return false }
        if !a.targets.isEmpty, !b.targets.isEmpty, a.targets.isDisjoint(with: b.targets) { return false }
        if let pa = a.place, pa.isMergeable, let pb = b.place, pb.isMergeable {
            return samePlace(pa, pb)
        }
        if let ca = a.place?.country, let cb = b.place?.country, ca != cb { return false }
        if Self.sameWords(a, b), copies.contains(a.article, b.article) { return true }
        // Nothing says where both happened: the rest must agree tightly.
        return dayA == dayB && a.cameo == b.cameo && !a.actors.isDisjoint(with: b.actors)
            && (!a.targets.isDisjoint(with: b.targets) || (a.fatalities ?? 0 > 0 && a.fatalities == b.fatalities))
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

    /// The same place by entity or name, or by the geocoder's figures when both have them: the same first-level
    /// region (the issue's rule; a region-level place matches only so), else within `maxKilometres`. A country-level
    /// place is the same only as a place of the same name: `compatible` does not merge on it.
    public func samePlace(_ a: StoryPlace, _ b: StoryPlace) -> Bool {
        if Self.sameName(a, b) { return true }
        guard let ca = a.country, let cb = b.country, ca == cb,
              a.resolvedPrecision != .country, b.resolvedPrecision != .country
        else { return false }
        if let ra = a.admin1, let rb = b.admin1, ra == rb { return true }
        if a.resolvedPrecision == .region || b.resolvedPrecision == .region { return false }
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
