import NewsModel

/// A person's surname the tagger left untagged although the article names that person in full: "Theresa May ... May
/// said", "Mrs May", "Prime Minister May". A surname that is also a month, a modal or a common word ("May", "Rice",
/// "Young") is read as that word out of context; where the context makes it a person, it is a mention of that person
/// (EntityGrouper then joins it to the full name).
///
/// The context that makes a bare surname a person: an honorific or a title of office right before it ("Mrs May",
/// "Prime Minister May"); a speech verb right after it ("May said") or right before it at the end of the clause
/// ("..., said May."); or the parse making it the subject of a verb ("May insisted on ..."). Never inside a date
/// ("in May", "May 5").
enum UntaggedSurnames {
    static func mentions(adding mentions: [EntityMention], in document: Document) -> [EntityMention] {
        let tokens = document.tokens
        var covered = [Bool](repeating: false, count: tokens.count)
        for m in mentions { for t in m.tokens where t < covered.count { covered[t] = true } }
        var surnames = Set<String>()
        for m in mentions where m.type == .person {
            let words = m.tokens.filter { tokens[$0].kind == .word }
            guard words.count >= 2, let last = words.last else { continue }
            let text = tokens[last].text
            guard text.unicodeScalars.count >= 2, text.unicodeScalars.first.map(Chars.isUpper) == true,
                  text.unicodeScalars.allSatisfy(Chars.isLetter) else { continue }
            surnames.insert(text)
        }
        guard !surnames.isEmpty else { return [] }
        var result: [EntityMention] = []
        for sentence in document.sentences where !sentence.isBoilerplate {
            for t in sentence.tokens where !covered[t] && surnames.contains(tokens[t].text) {
                guard isPersonContext(t, sentence.tokens, in: document),
                      let mention = EntityStage.makeMention(t..<(t + 1), .person, in: document) else { continue }
                result.append(mention)
            }
        }
        return result
    }

    /// Whether the words and the parse around token `t` make it a person's name (see the type's documentation).
    static func isPersonContext(_ t: Int, _ sentence: Range<Int>, in document: Document) -> Bool {
        let tokens = document.tokens
        let previous = t > sentence.lowerBound ? tokens[t - 1].text : ""
        let next = t + 1 < sentence.upperBound ? tokens[t + 1] : nil
        let nextWord = next?.text.lowercased() ?? ""
        // "in May 2016", "May 5": a month
        if next?.kind == .number || dateWords.contains(previous.lowercased()) { return false }
        if t > sentence.lowerBound, tokens[t - 1].kind == .number { return false }     // "9 May"
        if Titles.isHonorific(previous) { return true }
        if let first = previous.unicodeScalars.first, Chars.isUpper(first), Titles.isHead(previous) { return true }
        if Lexicon.cueVerbs.contains(nextWord) { return true }
        if Lexicon.cueVerbs.contains(previous.lowercased()), next == nil || next?.kind == .punctuation { return true }
        if t < document.syntax.count, document.syntax[t].label == .nsubj, let h = document.head(of: t),
           document.syntax[h].tag.isVerb, h > t {
            return true
        }
        return false
    }

    /// Words before a month: "in May", "since May", "early May".
    static let dateWords: Set<String> = [
        "in", "of", "since", "until", "till", "by", "from", "to", "early", "late", "mid", "last", "next", "this",
        "through", "during", "before", "after", "between", "and", "or", "every", "each", "on",
    ]
}
