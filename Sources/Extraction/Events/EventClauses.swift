/// The clauses of one sentence for the event stage: dates, places, subjects and objects do not cross their bounds.
///
/// A clause opens at a boundary word (``boundaries``: "after", "which", ";"...) outside quotes, and at "that" after a
/// speech verb ("told Reuters that the group's fighters had ambushed ...": the reported deed is a clause of its own).
struct EventClauses {
    /// Words that open a new clause.
    static let boundaries: Set<String> = [
        ";", ":", "after", "before", "since", "until", "while", "whereas", "although", "though", "because", "which",
        "who", "whom", "but", "when", "whose", "—", "–",
    ]

    let sentence: Range<Int>
    /// The first token of each clause, in order; the first is the sentence's.
    let starts: [Int]
    /// The clause index of each token of the sentence (index 0 is the sentence's first token).
    private let clauseOf: [Int]

    init(_ sentence: Range<Int>, words: [String], inQuote: [Bool]) {
        self.sentence = sentence
        var starts = [sentence.lowerBound]
        for t in sentence where t > sentence.lowerBound && !inQuote[t] && (Self.boundaries.contains(words[t])
            || words[t] == "that" && (max(sentence.lowerBound, t - 4)..<t).contains { EventFinder.speechVerbs.contains(words[$0]) }) {
            starts.append(t)
        }
        var clauseOf = [Int](repeating: 0, count: sentence.count)
        var clause = 0
        for t in sentence {
            if clause + 1 < starts.count, t >= starts[clause + 1] { clause += 1 }
            clauseOf[t - sentence.lowerBound] = clause
        }
        self.starts = starts
        self.clauseOf = clauseOf
    }

    /// The clause index of token `t` of the sentence.
    func segment(of t: Int) -> Int { clauseOf[t - sentence.lowerBound] }

    /// The tokens of the clause holding token `t`.
    func bounds(of t: Int) -> Range<Int> {
        let clause = segment(of: t)
        let hi = clause + 1 < starts.count ? starts[clause + 1] : sentence.upperBound
        return starts[clause]..<hi
    }

    /// The first token of clause `index`.
    func start(_ index: Int) -> Int { starts[index] }
}
