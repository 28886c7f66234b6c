/// One incident as several articles report it: every report (article, sentence, source), how many articles and
/// sources carry it (GDELT's NumArticles and NumSources), and its tolls, each the best-supported report's figure,
/// never a sum of reports.
public struct Story: Sendable, Hashable {
    /// In the order the merge took them: by day, then publication.
    public var reports: [StoryReport]
    public var numArticles: Int
    /// Distinct sources, case ignored; an article without a source counts as one of its own.
    public var numSources: Int
    public var fatalities: Int?
    public var injured: Int?
    public var held: Int?
    /// The day most reports give (the earliest of equals).
    public var day: String?
    /// The report that stands for the story in a row: the first that gives the chosen death toll, else the first.
    public var lead: StoryReport

    public init(reports: [StoryReport]) {
        precondition(!reports.isEmpty, "a story has at least one report")
        self.reports = reports
        numArticles = Set(reports.map(\.article)).count
        numSources = Set(reports.map { $0.source.map { "s:" + $0.lowercased() } ?? "a:" + $0.article }).count
        fatalities = Self.bestSupported(reports, \.fatalities)
        injured = Self.bestSupported(reports, \.injured)
        held = Self.bestSupported(reports, \.held)
        day = Self.mostReported(reports.compactMap(\.day))
        let toll = fatalities
        lead = reports.first { toll != nil && $0.fatalities == toll } ?? reports[0]
    }

    /// The figure the most articles give; of equals, the latest published report's (a later count supersedes an
    /// early one), then the larger.
    static func bestSupported(_ reports: [StoryReport], _ value: KeyPath<StoryReport, Int?>) -> Int? {
        var articles: [Int: Set<String>] = [:]
        var latest: [Int: String] = [:]
        for report in reports {
            guard let figure = report[keyPath: value] else { continue }
            articles[figure, default: []].insert(report.article)
            let published = report.published ?? ""
            if published > latest[figure, default: ""] { latest[figure] = published }
        }
        return articles.keys.max { a, b in
            let ka = (articles[a]!.count, latest[a] ?? "", a), kb = (articles[b]!.count, latest[b] ?? "", b)
            return ka < kb
        }
    }

    static func mostReported(_ days: [String]) -> String? {
        var counts: [String: Int] = [:]
        for day in days { counts[day, default: 0] += 1 }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
    }
}
