import NewsModel

/// What articles add to the tables the corpus-wide queries read instead of scanning every article of an entity
/// (migration v4-store7): per entity its articles and mentions (`entity_stats`); per entity and day its articles,
/// mentions, events and their fatalities (`entity_days`: timelines and the profile's mentions per day); per pair
/// of frequent entities the articles and sentences they share (`entity_pairs`: the profile's co-occurring
/// entities and the co-occurrence graphs); per actor -> target pair the events and fatalities (`event_edges`: the
/// events graph). Sums, so an article added and taken away again gives zero, and the batch's articles are summed
/// in Swift before one upsert per row.
///
/// Pairs are kept only between "hot" entities (`entity_stats.hot`: `hot_mentions` mentions or more, once reached;
/// an entity is made hot at the end of the batch that takes it there, with its pairs counted from its stored rows):
/// a pair table of every entity would be quadratic in each article's entities and mostly the long tail. A query
/// needing a partner that is not hot knows its count is below `hot_mentions` (a shared article or sentence holds at
/// least one of its mentions), and falls back to the rows when that bound does not settle the answer.
struct ArticleAggregates: Equatable {
    struct EntityCounts: Equatable {
        var articles = 0
        var mentions = 0
    }

    struct DayKey: Hashable {
        var entity: Int64
        var day: String
    }

    struct DayCounts: Equatable {
        var articles = 0
        var mentions = 0
        var events = 0
        var fatalities = 0

        var isZero: Bool { articles == 0 && mentions == 0 && events == 0 && fatalities == 0 }
    }

    struct PairCounts: Equatable {
        var articles = 0
        var sentences = 0
    }

    struct Edge: Hashable {
        var source: Int64
        var target: Int64
    }

    struct EdgeCounts: Equatable {
        var events = 0
        var fatalities = 0
    }

    /// An event as the tables count it: its day (`events.event_day`), fatalities, place entity, and the entities on
    /// each side (each once a side, as `event_actors` holds them).
    struct EventFacts {
        var day: String?
        var fatalities: Int?
        var location: Int64?
        var actors: [Int64]
        var targets: [Int64]
    }

    /// Mentions an entity needs for its pairs to be kept, in a new database (`aggregate_settings`): the pairs
    /// per article grow with the square of its hot entities, and a threshold of a few hundred keeps the entities
    /// the big profiles and graphs are about (at 100,000 articles the 200th most named entity has thousands).
    static let hotMentions = 200

    var entities: [Int64: EntityCounts] = [:]
    var days: [DayKey: DayCounts] = [:]
    var pairs: [Pair: PairCounts] = [:]
    var edges: [Edge: EdgeCounts] = [:]

    init() {}

    /// One article: `mentions` per canonical entity, the (sentence, entity) memberships of its mentions (`DerivedRows`),
    /// its day, its events; `isHot` says which entities' pairs are kept.
    init(rows: DerivedRows, events: [EventFacts], isHot: (Int64) throws -> Bool) rethrows {
        for (entity, count) in rows.entities {
            entities[entity] = EntityCounts(articles: 1, mentions: count)
            if let day = rows.day {
                days[DayKey(entity: entity, day: day), default: DayCounts()].articles += 1
                days[DayKey(entity: entity, day: day), default: DayCounts()].mentions += count
            }
        }
        let hot = try rows.entities.keys.filter(isHot).sorted()
        for i in hot.indices {
            for j in hot.indices where j > i {
                pairs[Pair(hot[i], hot[j]), default: PairCounts()].articles += 1
            }
        }
        let hotSet = Set(hot)
        var bySentence: [Int: [Int64]] = [:]
        for member in rows.sentences.keys where member.sentence >= 0 && hotSet.contains(member.entity) {
            bySentence[member.sentence, default: []].append(member.entity)
        }
        for members in bySentence.values {
            for i in members.indices {
                for j in members.indices where j > i {
                    pairs[Pair(members[i], members[j]), default: PairCounts()].sentences += 1
                }
            }
        }
        for event in events {
            let fatalities = event.fatalities ?? 0
            if let day = event.day {
                var named = Set(event.actors).union(event.targets)
                if let location = event.location { named.insert(location) }
                for entity in named {
                    days[DayKey(entity: entity, day: day), default: DayCounts()].events += 1
                    days[DayKey(entity: entity, day: day), default: DayCounts()].fatalities += fatalities
                }
            }
            for source in Set(event.actors) {
                for target in Set(event.targets) where target != source {
                    edges[Edge(source: source, target: target), default: EdgeCounts()].events += 1
                    edges[Edge(source: source, target: target), default: EdgeCounts()].fatalities += fatalities
                }
            }
        }
    }

    /// Adds `other` times `sign` (1 or -1).
    mutating func add(_ other: ArticleAggregates, sign: Int = 1) {
        for (entity, counts) in other.entities {
            entities[entity, default: EntityCounts()].articles += sign * counts.articles
            entities[entity, default: EntityCounts()].mentions += sign * counts.mentions
        }
        for (key, counts) in other.days {
            var mine = days[key, default: DayCounts()]
            mine.articles += sign * counts.articles
            mine.mentions += sign * counts.mentions
            mine.events += sign * counts.events
            mine.fatalities += sign * counts.fatalities
            days[key] = mine
        }
        for (pair, counts) in other.pairs {
            pairs[pair, default: PairCounts()].articles += sign * counts.articles
            pairs[pair, default: PairCounts()].sentences += sign * counts.sentences
        }
        for (edge, counts) in other.edges {
            edges[edge, default: EdgeCounts()].events += sign * counts.events
            edges[edge, default: EdgeCounts()].fatalities += sign * counts.fatalities
        }
    }
}
