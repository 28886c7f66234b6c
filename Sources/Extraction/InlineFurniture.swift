import NewsModel

/// Link lines run into the text: "... the vote. READ MORE: Scotland is trapped in a zombie union It said the ..."
///
/// Scraped pages lose the line break around a teaser, so the label ("READ MORE:", "OPINION:", "RELATED:", "WATCH:",
/// "ALSO READ:", "RECOMMENDED:", all capitals, then a colon) and the linked headline sit inside a sentence of the
/// article. The teaser becomes a sentence of its own, marked as boilerplate: from the label to the end of the
/// headline, which is where the article's next sentence starts: a capitalised word that opens sentences ("The",
/// "It", "While", "Last") or a capitalised name followed by a reporting or auxiliary verb ("Trump is", "Abdel Rahman
/// said"). A headline has no final full stop, so without such a start the teaser runs to the sentence's end.
enum InlineFurniture {
    /// Labels in capitals; "READ MORE" and "ALSO READ" are two words.
    static let labels: [[String]] = [["READ", "MORE"], ["ALSO", "READ"], ["OPINION"], ["RELATED"], ["WATCH"],
                                     ["RECOMMENDED"], ["MORE"], ["LISTEN"], ["INSIDE", "STORY"]]
    static let verbsAfterName: Set<String> = [
        "said", "says", "is", "was", "has", "had", "have", "are", "were", "will", "would", "told", "added", "also",
    ]
    /// A headline is short; a teaser longer than this is cut at its sentence end anyway.
    static let longestHeadline = 30

    /// The sentences with each teaser split off as a boilerplate sentence of its own.
    static func split(_ sentences: [Sentence], tokens: [Token]) -> [Sentence] {
        var out: [Sentence] = []
        out.reserveCapacity(sentences.count)
        for sentence in sentences {
            var start = sentence.tokens.lowerBound
            var k = start
            while k < sentence.tokens.upperBound {
                guard let colon = labelEnd(at: k, tokens: tokens, limit: sentence.tokens.upperBound) else {
                    k += 1
                    continue
                }
                if k > start { out.append(piece(sentence, start, k, tokens)) }
                let end = headlineEnd(after: colon, tokens: tokens, limit: sentence.tokens.upperBound)
                var teaser = piece(sentence, k, end, tokens)
                teaser.isBoilerplate = true
                out.append(teaser)
                start = end
                k = end
            }
            if start == sentence.tokens.lowerBound {
                out.append(sentence)
            } else if start < sentence.tokens.upperBound {
                out.append(piece(sentence, start, sentence.tokens.upperBound, tokens))
            }
        }
        return out
    }

    /// The index of the colon when a label starts at `k`.
    static func labelEnd(at k: Int, tokens: [Token], limit: Int) -> Int? {
        guard tokens[k].kind == .word, tokens[k].text.unicodeScalars.allSatisfy({ Chars.isUpper($0) }) else { return nil }
        for label in labels where k + label.count < limit {
            guard (0..<label.count).allSatisfy({ tokens[k + $0].text == label[$0] }) else { continue }
            let colon = k + label.count
            if tokens[colon].text == ":" { return colon }
        }
        return nil
    }

    /// The first token after the headline that follows `colon`.
    static func headlineEnd(after colon: Int, tokens: [Token], limit: Int) -> Int {
        var k = colon + 3   // a headline has at least two words
        while k < limit, k - colon <= longestHeadline {
            let token = tokens[k]
            if token.kind == .word, let first = token.text.unicodeScalars.first, Chars.isUpper(first),
               !token.text.unicodeScalars.allSatisfy({ Chars.isUpper($0) }),
               tokens[k - 1].text != "-", tokens[k - 1].text != ":" {
                // an opening quote glued to the word belongs to the next sentence
                let opens = tokens[k - 1].kind == .quote && tokens[k - 1].end == token.start && k - 1 > colon + 1
                    && tokens[k - 2].end < tokens[k - 1].start
                let begin = opens ? k - 1 : k
                if Lexicon.sentenceStarters.contains(token.text) { return begin }
                var name = k
                while name < limit, name - k < 3, tokens[name].kind == .word,
                      let initial = tokens[name].text.unicodeScalars.first, Chars.isUpper(initial) { name += 1 }
                if name < limit, verbsAfterName.contains(tokens[name].text) { return begin }
            }
            if labelEnd(at: k, tokens: tokens, limit: limit) != nil { return k }
            k += 1
        }
        return limit
    }

    static func piece(_ sentence: Sentence, _ from: Int, _ to: Int, _ tokens: [Token]) -> Sentence {
        Sentence(span: Span(start: tokens[from].start, end: tokens[to - 1].end), tokens: from..<to,
                 paragraph: sentence.paragraph, isBoilerplate: sentence.isBoilerplate)
    }
}
