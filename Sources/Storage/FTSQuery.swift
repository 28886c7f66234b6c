import Foundation

/// Turns a user's free text into an FTS5 MATCH expression that can never be a syntax error.
///
/// Every word goes into double quotes, so FTS5 operators, column filters, parentheses and stray quotes in the
/// input are just text. What users mean by them is kept: `"a phrase"` stays a phrase, an upper-case `OR`
/// between two terms is an OR, a trailing `*` is a prefix search. Upper-case `AND` is dropped since terms are
/// ANDed anyway. Runs of word characters joined by punctuation ("al-Qaeda", "U.N.") become a phrase, which is
/// how the unicode61 tokenizer indexed them.
public enum FTSQuery {
    /// The MATCH expression, or nil when the text holds no word at all (the search is then empty, not an error).
    public static func matchExpression(for text: String) -> String? {
        let groups = distinct(orGroups(terms(in: text)))
        guard !groups.isEmpty else { return nil }
        return groups.map { group in
            let rendered = group.map(render)
            // OR binds looser than AND in FTS5, so "x y OR z" needs the parentheses to mean x AND (y OR z).
            return rendered.count == 1 ? rendered[0] : "(" + rendered.joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
    }

    struct Term: Hashable {
        var words: [String]
        var prefix: Bool

        /// The term as the index sees it: words case- and diacritic-folded.
        var folded: Term {
            Term(words: words.map { $0.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }, prefix: prefix)
        }
    }

    enum Token: Equatable {
        case term(Term)
        case or
    }

    static func terms(in text: String) -> [Token] {
        var tokens: [Token] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\"" {
                // An unbalanced quote runs to the end of the input: the user was typing a phrase.
                var j = i + 1
                while j < chars.count, chars[j] != "\"" { j += 1 }
                let words = wordRuns(chars[(i + 1)..<j])
                var next = min(j + 1, chars.count)
                let prefix = next < chars.count && chars[next] == "*"
                if prefix { next += 1 }
                if !words.isEmpty { tokens.append(.term(Term(words: words, prefix: prefix))) }
                i = next
            } else if c.isWhitespace {
                i += 1
            } else {
                var j = i
                while j < chars.count, !chars[j].isWhitespace, chars[j] != "\"" { j += 1 }
                let chunk = chars[i..<j]
                let raw = String(chunk)
                if raw == "OR" {
                    tokens.append(.or)
                } else if raw != "AND" {
                    let words = wordRuns(chunk)
                    if !words.isEmpty { tokens.append(.term(Term(words: words, prefix: chunk.last == "*"))) }
                }
                i = j
            }
        }
        return tokens
    }

    /// The groups without repeats, first one kept. Repeating a term ("the the the ...") matches nothing more, but
    /// FTS5 merges each copy's positions with every other's: sixteen copies of a common word took seconds, inside
    /// one SQLite step where no time budget can stop it. Compared as the index compares (unicode61 folds case and
    /// diacritics), so "The" and "THE" are one term.
    static func distinct(_ groups: [[Term]]) -> [[Term]] {
        var seen = Set<[Term]>()
        return groups.filter { seen.insert($0.map(\.folded)).inserted }
    }

    /// Consecutive terms joined by OR form a group; groups are ANDed. A dangling OR is ignored.
    static func orGroups(_ tokens: [Token]) -> [[Term]] {
        var groups: [[Term]] = []
        var joinNext = false
        for token in tokens {
            switch token {
            case .or:
                joinNext = !groups.isEmpty
            case .term(let term):
                if joinNext {
                    groups[groups.count - 1].append(term)
                } else {
                    groups.append([term])
                }
                joinNext = false
            }
        }
        return groups
    }

    static func render(_ term: Term) -> String {
        // Words hold only letters, digits and marks, but doubling quotes keeps this safe if that ever changes.
        let body = term.words.joined(separator: " ").replacingOccurrences(of: "\"", with: "\"\"")
        return "\"" + body + "\"" + (term.prefix ? " *" : "")
    }

    /// Maximal runs of letters, digits and combining marks: what unicode61 keeps as token characters.
    static func wordRuns(_ chars: ArraySlice<Character>) -> [String] {
        var words: [String] = []
        var current = ""
        for c in chars {
            if isWordCharacter(c) {
                current.append(c)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    static func isWordCharacter(_ c: Character) -> Bool {
        guard let first = c.unicodeScalars.first else { return false }
        switch first.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .privateUse:
            return true
        default:
            return false
        }
    }
}
