import NewsModel

/// What the corpus says about one key: articles naming it and its type vote (mentions per type, `EntityVote.order`).
struct CanonCandidate: Equatable {
    var key: String
    var articles: Int
    var votes: [Int]

    var type: EntityType? { EntityVote.winner(votes) }
}

/// Everything the policy reads to decide one joinable key (`ShortForm.isJoinable`): work proportional to the
/// names that share its words, never to the corpus.
struct CanonEvidence {
    var short: CanonCandidate
    /// Longer keys that articles said it is short for, with how many articles said so: one document entity used
    /// both ("EU" with "European Union"), or a person's full name stood beside its surname ("Obama", tagged ORG,
    /// beside "Barack Obama").
    var claims: [(candidate: CanonCandidate, articles: Int)] = []
    /// Keys ending in the same word (the store's `last` index); the policy keeps the names it is a surname of.
    var sameLastWord: [CanonCandidate] = []
}

/// Which canonical entity a joinable key belongs to, decided from corpus statistics only (never from the order
/// articles arrived in), so the answer after any sequence of upserts is the answer for the corpus as a whole.
///
/// A joinable key (one word, or a particle surname such as "le pen") joins the most prominent (most articles)
/// longer name it can be short for:
/// 1. a surname by vote: a key voted PER is short for the PER names ending in its words ("trump" for "donald trump"
///    and "ivanka trump"; "le pen" for "marine le pen");
/// 2. a surname by company: whatever its own vote, a key is short for a PER name ending in it that stood beside
///    it (or was used with it) in two articles or more and in a tenth of the articles naming the key, when that
///    full name is itself named in at least half as many articles as the key: the person is then what the word
///    mostly means ("Obama", which the tagger mostly calls an ORG, is Barack Obama; "Washington" the city, beside
///    a George Washington of a few articles, is not, nor is "Ford" the carmaker beside a Gerald Ford of a few);
/// 3. a claim, for one word: a document entity used both ("EU" with "European Union", "Kim" with "Kim Jong Un")
///    and the types agree; it counts when two or more articles made it ("Britain" for "United Kingdom"), or when
///    the word is one of the name's words or its initials; but a name seen in one article only takes a word that
///    more articles name only as its initials ("CIA" for a "Central Intelligence Agency" spelt out once, not
///    "George" for a "Jamie George" met once); so one article's odd grouping ("CNN" with "Paula Hancocks
///    Beijing") joins nothing. (Initials can still match by chance: "BBC" for a joke's "Blah Blah Channel".)
/// The leader must have strictly more articles than the runner-up: two equally known "Camara"s leave "Camara" alone.
/// Only non-joinable keys (two words or more, not a particle surname) are candidates, and they are never joined
/// themselves (beyond what folding does): they are the entities, so no key's answer depends on another's.
enum CanonResolution {
    /// Rule 2: the share of a key's articles a full name must share with it to take it whatever its type, and how
    /// many articles, as a share of the key's, must name that full name.
    static let companyShare = 0.1
    static let prominenceShare = 0.5

    static func root(_ evidence: CanonEvidence) -> String {
        let short = evidence.short
        guard ShortForm.isJoinable(short.key) else { return short.key }
        let oneWord = EntityKey.tokens(short.key).count == 1
        let type = short.type
        var candidates: [String: Int] = [:]
        func eligible(_ candidate: CanonCandidate) -> Bool {
            candidate.articles > 0 && candidate.key != short.key && !ShortForm.isJoinable(candidate.key)
        }
        for (candidate, claimArticles) in evidence.claims where eligible(candidate) {
            let surname = candidate.type == .person && ShortForm.isSurname(short.key, of: candidate.key)
            if surname, claimArticles >= 2, Double(claimArticles) >= companyShare * Double(short.articles),
               Double(candidate.articles) >= prominenceShare * Double(short.articles) {
                candidates[candidate.key] = candidate.articles  // rule 2
                continue
            }
            guard oneWord, claimArticles >= 2
                || (candidate.articles >= 2 || short.articles <= candidate.articles
                    ? ShortForm.isShortForm(short.key, of: candidate.key)
                    : ShortForm.isInitials(short.key, of: candidate.key)) else { continue }
            guard type == nil || candidate.type == type else { continue }
            candidates[candidate.key] = candidate.articles  // rule 3
        }
        if type == .person {
            for candidate in evidence.sameLastWord where eligible(candidate) && candidate.type == .person {
                guard ShortForm.isSurname(short.key, of: candidate.key) else { continue }
                candidates[candidate.key] = candidate.articles  // rule 1
            }
        }
        let ranked = candidates.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        guard let best = ranked.first else { return short.key }
        if ranked.count > 1, ranked[1].value == best.value { return short.key }
        return best.key
    }

    /// The type of an entity: the vote of the mentions of its full name and of the keys joined to it that agree
    /// with it. A key whose own vote disagrees was joined by company (rule 2), because the tagger's type for it
    /// is not to be trusted ("Obama" tagged ORG 500 times must not make Barack Obama an organisation), so it does
    /// not vote. An entity that is a single key is its own vote.
    static func entityType(root: [Int], joined: [[Int]]) -> EntityType? {
        guard let own = EntityVote.winner(root) else {
            return EntityVote.winner(joined.reduce([0, 0, 0, 0]) { zip($0, $1).map { $0 + $1 } })
        }
        var votes = root
        for key in joined where EntityVote.winner(key) == own {
            votes = zip(votes, key).map { $0 + $1 }
        }
        return EntityVote.winner(votes)
    }
}
