import NewsModel

/// What articles contribute to the corpus-wide entity statistics the canonical entities are decided from: per
/// folded key, the mentions of each type (the type vote), the articles naming it, and how many document entities use
/// it at all; per spelling, its mentions; and claims that a joinable key (`ShortForm.isJoinable`) is short for a
/// longer one ("Trump" and "Donald Trump" named one entity in an article, or "Obama" stood beside "Barack Obama"). Adding an article and subtracting it again gives zero, so a
/// replaced article is subtracted in its old version and added in its new one.
struct EntityTally {
    struct KeyCounts: Equatable {
        /// Mentions typed PER, ORG, LOC, MISC, in `EntityVote.order`.
        var votes = [0, 0, 0, 0]
        /// Articles with a document entity of this name (aliases do not count).
        var articles = 0
        /// Document entities that use the key as their name or an alias; the key row goes when this is 0.
        var uses = 0
    }

    struct Spelling: Hashable {
        var key: String
        var text: String
    }

    struct SpellingCounts: Equatable {
        var mentions = 0
        var uses = 0
    }

    struct Claim: Hashable {
        var short: String
        var long: String
    }

    var keys: [String: KeyCounts] = [:]
    var spellings: [Spelling: SpellingCounts] = [:]
    /// Articles claiming each (short, long) pair.
    var claims: [Claim: Int] = [:]

    var isEmpty: Bool { keys.isEmpty && spellings.isEmpty && claims.isEmpty }

    /// Adds (`sign` 1) or subtracts (`sign` -1) one article's entities.
    mutating func add(_ extraction: Extraction, sign: Int = 1) {
        var named: Set<String> = []
        var claimed: Set<Claim> = []
        var people: [String] = []
        for entity in extraction.entities {
            let key = EntityKey.fold(entity.name)
            guard !key.isEmpty else { continue }
            if entity.type == .person, !ShortForm.isJoinable(key) { people.append(key) }
            keys[key, default: KeyCounts()].votes[EntityVote.index(of: entity.type)] += sign * entity.mentions.count
            keys[key, default: KeyCounts()].uses += sign
            spellings[Spelling(key: key, text: entity.name), default: SpellingCounts()].mentions += sign * entity.mentions.count
            spellings[Spelling(key: key, text: entity.name), default: SpellingCounts()].uses += sign
            named.insert(key)
            var ownKeys: Set<String> = [key]
            for alias in entity.aliases {
                let aliasKey = EntityKey.fold(alias)
                guard !aliasKey.isEmpty else { continue }
                spellings[Spelling(key: aliasKey, text: alias), default: SpellingCounts()].uses += sign
                if ownKeys.insert(aliasKey).inserted {
                    keys[aliasKey, default: KeyCounts()].uses += sign
                }
            }
            let shorts = ownKeys.filter(ShortForm.isJoinable)
            for long in ownKeys where !ShortForm.isJoinable(long) {
                for short in shorts { claimed.insert(Claim(short: short, long: long)) }
            }
        }
        // A person's full name beside its surname, each a document entity of its own (often of two types:
        // "Barack Obama" PER, "Obama" ORG in "the Obama administration"): a claim too.
        for long in people {
            for short in ShortForm.surnames(of: long) where named.contains(short) {
                claimed.insert(Claim(short: short, long: long))
            }
        }
        for key in named { keys[key, default: KeyCounts()].articles += sign }
        for claim in claimed { claims[claim, default: 0] += sign }
    }

    /// The same sums over many articles at once.
    mutating func add(_ other: EntityTally) {
        for (key, counts) in other.keys {
            var mine = keys[key, default: KeyCounts()]
            for i in 0..<4 { mine.votes[i] += counts.votes[i] }
            mine.articles += counts.articles
            mine.uses += counts.uses
            keys[key] = mine
        }
        for (spelling, counts) in other.spellings {
            spellings[spelling, default: SpellingCounts()].mentions += counts.mentions
            spellings[spelling, default: SpellingCounts()].uses += counts.uses
        }
        for (claim, n) in other.claims { claims[claim, default: 0] += n }
    }
}

/// The type of an entity is the vote of all its mentions, whatever type each was tagged with.
enum EntityVote {
    static let order: [EntityType] = [.person, .organisation, .location, .miscellaneous]

    static func index(of type: EntityType) -> Int {
        order.firstIndex(of: type)!
    }

    /// The type with most mentions; ties go to the earlier in `order`; nil without any mention.
    static func winner(_ votes: [Int]) -> EntityType? {
        var best: Int?
        for i in 0..<4 where votes[i] > 0 && (best == nil || votes[i] > votes[best!]) { best = i }
        return best.map { order[$0] }
    }
}
