import NewsModel

/// Which canonical entity a one-word key belongs to, decided from corpus statistics only (never from the order
/// articles arrived in), so the answer after any sequence of upserts is the answer for the corpus as a whole.
///
/// A one-word key joins the most prominent (most articles) longer name it can be short for, when that name's type
/// agrees with the word's own vote:
/// - a surname: a PER word ("trump") is short for PER names ending in it ("donald trump", "ivanka trump");
/// - a claim: a document entity used both ("EU" with "European Union", "Kim" with "Kim Jong Un"); a claim counts
///   when the word is one of the name's words or its initials, or when two or more articles made it ("Britain"
///   for "United Kingdom"), so one article's odd grouping ("CNN" with "Paula Hancocks Beijing") joins nothing.
/// The leader must have strictly more articles than the runner-up: two equally known "Camara"s leave "Camara" alone.
/// Names of two words or more are never joined to another name (beyond what folding does): they are the entities.
struct CanonCandidate: Equatable {
    var key: String
    var articles: Int
    var votes: [Int]
}

enum CanonResolution {
    static func root(of word: String, votes: [Int], claims: [(candidate: CanonCandidate, articles: Int)],
                     surnameOf: [CanonCandidate]) -> String {
        let type = EntityVote.winner(votes)
        var candidates: [String: Int] = [:]
        for (candidate, claimArticles) in claims where candidate.articles > 0 {
            guard claimArticles >= 2 || ShortForm.isShortForm(word, of: candidate.key) else { continue }
            guard type == nil || EntityVote.winner(candidate.votes) == type else { continue }
            candidates[candidate.key] = candidate.articles
        }
        if type == .person {
            for candidate in surnameOf where candidate.articles > 0 && EntityVote.winner(candidate.votes) == .person {
                guard EntityKey.tokens(candidate.key).last.map(String.init) == word else { continue }
                candidates[candidate.key] = candidate.articles
            }
        }
        let ranked = candidates.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        guard let best = ranked.first else { return word }
        if ranked.count > 1, ranked[1].value == best.value { return word }
        return best.key
    }
}
