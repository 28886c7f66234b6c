/// What the query kinds draw their parameters from: the corpus's top entities (asked of the gateway), stored article
/// ids and one-month windows around stored publication dates (computed from the corpus layout), common words.
struct Samples {
    var people: [String] = []
    var organisations: [String] = []
    var places: [String] = []
    var articleIDs: [String] = []
    /// (from, to) as YYYY-MM-DD.
    var windows: [(String, String)] = []
    let words = ["attack", "election", "president", "police", "government", "killed", "minister", "protest", "oil",
                 "court", "missile", "refugees", "trade", "health", "military", "talks", "border", "prison"]
    let twoWords = ["air strike", "peace talks", "prime minister", "human rights", "security forces", "trade deal"]
    let countries = ["SY", "US", "RU", "UA", "IQ", "AF", "GB", "FR", "CN", "KP", "ML", "NG"]
    let cameos: [[String]] = [["18", "19", "20"], ["04"], ["17"], ["01", "02"], ["190"], ["11", "12"]]
    let sources = ["aljazeera", "tass", "bbc", "cnn", "rte", "dw"]

    var actors: [String] { interleave(people, organisations) }
    var everyone: [String] { interleave(interleave(people, organisations), places) }

    private func interleave(_ a: [String], _ b: [String]) -> [String] {
        var out: [String] = []
        for i in 0..<max(a.count, b.count) {
            if i < a.count { out.append(a[i]) }
            if i < b.count { out.append(b[i]) }
        }
        return out
    }
}

/// One line of the table: a query with a way of choosing its parameters for the i-th request.
struct QueryKind {
    let label: String
    let query: String
    /// The p99 the issue asks for, in milliseconds, if it sets one.
    let targetP99: Double?
    /// Fraction of the run's repetitions (graphs are slow by nature and get fewer).
    var share: Double = 1
    /// Walks the export cursor: each request asks for the page after the previous answer's `next`.
    var walksCursor = false
    let parameters: @Sendable (Int, Samples) -> [String: Any]

    static func pick<T>(_ list: [T], _ i: Int, stride: Int = 7) -> T {
        list[(i * stride + i / list.count) % list.count]
    }

    static func all() -> [QueryKind] {
        let fast = 50.0
        return [
            QueryKind(label: "search: words", query: "search", targetP99: nil) { i, s in
                ["text": i % 3 == 2 ? "\"\(pick(s.twoWords, i))\"" : pick(s.words, i)]
            },
            QueryKind(label: "search: words + date range", query: "search", targetP99: nil) { i, s in
                let w = pick(s.windows, i)
                return ["text": pick(s.words, i), "from": w.0, "to": w.1]
            },
            QueryKind(label: "search: filters only (entity / source / dates)", query: "search", targetP99: nil) { i, s in
                switch i % 3 {
                case 0: ["entity": pick(s.everyone, i)]
                case 1: ["source": pick(s.sources, i)]
                default: ["from": pick(s.windows, i).0, "to": pick(s.windows, i).1]
                }
            },
            QueryKind(label: "article", query: "article", targetP99: nil) { i, s in ["id": pick(s.articleIDs, i)] },
            QueryKind(label: "entities: type, name prefix", query: "entities", targetP99: nil) { i, s in
                let types = ["PER", "ORG", "LOC", "MISC"]
                var p: [String: Any] = ["entity_type": types[i % 4]]
                if i % 2 == 1 { p["text"] = String(pick(s.everyone, i).prefix(3)) }
                return p
            },
            QueryKind(label: "events: no filter (default limit)", query: "events", targetP99: fast) { _, _ in [:] },
            QueryKind(label: "events: cameo", query: "events", targetP99: fast) { i, s in ["cameo": pick(s.cameos, i)] },
            QueryKind(label: "events: actor", query: "events", targetP99: fast) { i, s in ["actor": pick(s.actors, i)] },
            QueryKind(label: "events: participant + cameo", query: "events", targetP99: fast) { i, s in
                ["participant": pick(s.everyone, i), "cameo": pick(s.cameos, i, stride: 5)]
            },
            QueryKind(label: "events: country", query: "events", targetP99: fast) { i, s in ["country": pick(s.countries, i)] },
            QueryKind(label: "events: date range", query: "events", targetP99: fast) { i, s in
                let w = pick(s.windows, i)
                return ["from": w.0, "to": w.1]
            },
            QueryKind(label: "events: text", query: "events", targetP99: fast) { i, s in ["text": pick(s.words, i)] },
            QueryKind(label: "event_sums: by day", query: "event_sums", targetP99: nil) { i, s in
                i % 2 == 0 ? ["by": "day"] : ["by": "day", "cameo": pick(s.cameos, i)]
            },
            QueryKind(label: "event_sums: by cameo", query: "event_sums", targetP99: nil) { i, s in
                i % 2 == 0 ? ["by": "cameo"] : ["by": "cameo", "from": pick(s.windows, i).0, "to": pick(s.windows, i).1]
            },
            QueryKind(label: "event_sums: by actor", query: "event_sums", targetP99: nil) { i, s in
                i % 2 == 0 ? ["by": "actor"] : ["by": "actor", "cameo": pick(s.cameos, i)]
            },
            QueryKind(label: "quotes: speaker", query: "quotes", targetP99: fast) { i, s in ["speaker": pick(s.actors, i)] },
            QueryKind(label: "quotes: text", query: "quotes", targetP99: fast) { i, s in ["text": pick(s.words, i)] },
            QueryKind(label: "quotes: about", query: "quotes", targetP99: fast) { i, s in ["about": pick(s.everyone, i)] },
            QueryKind(label: "entity profile", query: "entity", targetP99: fast) { i, s in ["entity": pick(s.everyone, i)] },
            QueryKind(label: "timeline: entity (day/week/month)", query: "timeline", targetP99: fast) { i, s in
                ["entity": pick(s.everyone, i), "by": ["day", "week", "month"][i % 3]]
            },
            QueryKind(label: "timeline: cameo", query: "timeline", targetP99: fast) { i, s in
                ["cameo": pick(s.cameos, i), "by": ["day", "week", "month"][i % 3]]
            },
            QueryKind(label: "timeline: words", query: "timeline", targetP99: fast) { i, s in
                ["text": pick(s.words, i), "by": ["day", "week", "month"][i % 3]]
            },
            QueryKind(label: "graph: co-occurrence, top 200", query: "graph", targetP99: 500, share: 0.2) { i, s in
                var p: [String: Any] = ["kind": "cooccurrence", "top": 200]
                if i % 2 == 1 { p["from"] = pick(s.windows, i).0; p["to"] = pick(s.windows, i).1 }
                return p
            },
            QueryKind(label: "graph: co-occurrence within sentence, top 200", query: "graph", targetP99: 500, share: 0.2) { _, _ in
                ["kind": "cooccurrence", "within": "sentence", "top": 200]
            },
            QueryKind(label: "graph: events (actor -> target), top 200", query: "graph", targetP99: 500, share: 0.2) { _, _ in
                ["kind": "events", "top": 200]
            },
            QueryKind(label: "graph: ego network (entity, depth 1), top 200", query: "graph", targetP99: 500, share: 0.2) { i, s in
                ["kind": "cooccurrence", "entity": pick(s.everyone, i), "depth": 1, "top": 200]
            },
            QueryKind(label: "export: pages of 100 (cursor walk)", query: "export", targetP99: nil, walksCursor: true) { _, _ in
                ["limit": 100]
            },
        ]
    }
}
