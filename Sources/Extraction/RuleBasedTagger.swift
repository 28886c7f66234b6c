import EntityTagger
import NewsModel

/// An honest first entity finder until the trained model lands: capitalised word runs, typed by small gazetteers,
/// organisation cue words, person titles and context, with a document-level pass so that a word tagged PER once is
/// PER everywhere ("Goïta" after "Assimi Goïta").
///
/// - A run may hold "of", "for", "in", "and", "the"... when it is an organisation name ("United Nations Office for
///   West Africa and the Sahel", "Islamic State in the Greater Sahara"), and a lower-case "group"/"army"/"party"
///   after a name ("Wagner group").
/// - Titles are not part of names ("President Assimi Goïta" -> PER "Assimi Goïta").
/// - A capitalised word at the start of a sentence that no list knows and that the document never capitalises
///   elsewhere is taken for a common word.
public struct RuleBasedTagger: DocumentTagger {
    public init() {}

    public func tag(sentences: [[String]]) -> [[String]] {
        // Words capitalised away from the start of a sentence somewhere in the document.
        var capitalisedInside = Set<String>()
        for words in sentences {
            let first = firstWordIndex(words)
            for (k, w) in words.enumerated() where k != first && isCapitalised(w) { capitalisedInside.insert(w) }
        }
        var context = Context(capitalisedInside: capitalisedInside, personWords: [])
        // Pass 1 learns which words are person names; pass 2 tags with that knowledge.
        for words in sentences {
            for (range, type) in spans(words, context) where type == .person {
                for k in range where words[k].unicodeScalars.count > 2 && Gazetteer.type(of: words[k]) == nil
                    && !Lexicon.titles.contains(words[k]) {
                    context.personWords.insert(words[k])
                }
            }
        }
        return sentences.map { words in
            var tags = [String](repeating: "O", count: words.count)
            for (range, type) in spans(words, context) {
                for k in range { tags[k] = (k == range.lowerBound ? "B-" : "I-") + type.rawValue }
            }
            return tags
        }
    }

    struct Context {
        var capitalisedInside: Set<String>
        var personWords: Set<String>
    }

    /// Typed name spans of one sentence.
    func spans(_ words: [String], _ context: Context) -> [(Range<Int>, EntityType)] {
        let n = words.count
        let first = firstWordIndex(words)
        let allCaps = isMostlyUpperCase(words)
        var result: [(Range<Int>, EntityType)] = []
        var i = 0
        while i < n {
            guard isNameWord(words[i]) else { i += 1; continue }
            var j = i + 1
            var hasCue = Lexicon.orgCues.contains(words[i])
            var hasPreposition = false
            extend: while j < n {
                let w = words[j]
                if isNameWord(w) {
                    if Lexicon.orgCues.contains(w) { hasCue = true }
                    j += 1
                    continue
                }
                let lower = w.lowercased()
                if Lexicon.lowerOrgCues.contains(lower), w == lower, j - i == 1 || !hasCue {
                    let head = words[i..<j].joined(separator: " ")
                    let known = Gazetteer.type(of: head)
                    if known == nil || known == .organisation, !Gazetteer.isDemonym(words[i]),
                       !Lexicon.titles.contains(words[i]) {
                        j += 1
                        break extend                        // "Wagner group"
                    }
                }
                if hasCue, w == lower, Lexicon.nameConnectors.contains(lower), lower != "and" || hasPreposition {
                    // "the Russian Federation for Mali's transition": a known place takes no "for ..."
                    if Gazetteer.type(of: words[i..<j].joined(separator: " ")) == .location { break }
                    var k = j + 1
                    if k < n, words[k] == "the" { k += 1 }
                    if k < n, isNameWord(words[k]) {
                        if lower != "and" { hasPreposition = true }
                        j = k
                        continue
                    }
                }
                break
            }
            classify(words, i..<j, sentenceInitial: i == first, allCaps: allCaps, context, into: &result)
            i = j
        }
        return result
    }

    private func classify(_ words: [String], _ range: Range<Int>, sentenceInitial: Bool, allCaps: Bool,
                          _ context: Context, into result: inout [(Range<Int>, EntityType)]) {
        guard !range.isEmpty else { return }
        let parts = Array(words[range])
        let whole = parts.joined(separator: " ")
        if let type = Gazetteer.type(of: whole) {
            result.append((range, type))
            return
        }
        if parts.contains(where: { Lexicon.orgCues.contains($0) }) || Lexicon.lowerOrgCues.contains(parts.last!) {
            // "Defense Ministry" stays whole; "Malian Army" too. A leading title goes: "President Office" is rare.
            result.append((range, .organisation))
            return
        }
        if parts.count > 1, Lexicon.miscCues.contains(parts.last!) {
            result.append((range, .miscellaneous))  // "World Cup", "Nobel Prize"
            return
        }
        if parts.count > 1, Lexicon.placePrefixes.contains(parts[0]) || Lexicon.placeCues.contains(parts.last!) {
            result.append((range, .location))       // "West Africa", "Greater Sahara", "Niger Delta"
            return
        }
        // "Malian Defense Minister" -> MISC "Malian" + the rest
        if parts.count > 1, Gazetteer.isDemonym(parts[0]) {
            result.append((range.lowerBound..<(range.lowerBound + 1), .miscellaneous))
            classify(words, (range.lowerBound + 1)..<range.upperBound, sentenceInitial: false, allCaps: allCaps,
                     context, into: &result)
            return
        }
        // strip titles; a title before the name (possibly with a comma) makes it a person
        var start = range.lowerBound
        var titled = false
        while start < range.upperBound, Lexicon.titles.contains(words[start]) {
            start += 1
            titled = true
        }
        if !titled, range.lowerBound >= 2, words[range.lowerBound - 1] == ",",
           Lexicon.roleHeads.contains(words[range.lowerBound - 2]) {
            titled = true                           // "Defense Minister, Sadio Camara"
        }
        let name = start..<range.upperBound
        guard !name.isEmpty else { return }
        if start > range.lowerBound {
            if let type = Gazetteer.type(of: words[name].joined(separator: " ")) {
                result.append((name, type))
                return
            }
        }
        if name.count > 1, name.allSatisfy({ Gazetteer.type(of: words[$0]) == .location }) {
            for k in name { result.append((k..<(k + 1), .location)) }
            return
        }
        if name.count > 1 {
            result.append((name, .person))
            return
        }
        let word = words[name.lowerBound]
        if let type = Gazetteer.type(of: word) {
            result.append((name, type))
            return
        }
        if titled || context.personWords.contains(word) {
            result.append((name, .person))
            return
        }
        if isAcronym(word) {
            if !allCaps { result.append((name, .organisation)) }
            return
        }
        if sentenceInitial && !context.capitalisedInside.contains(word) { return }
        if word.unicodeScalars.count == 2, word.hasSuffix(".") { return }     // a lone initial
        if name.lowerBound > 0, Lexicon.placePrepositions.contains(words[name.lowerBound - 1]) {
            result.append((name, .location))        // "in Tessit"
            return
        }
        result.append((name, .person))
    }

    /// The first word of a sentence, after opening quotes and brackets.
    private func firstWordIndex(_ words: [String]) -> Int {
        var k = 0
        while k < words.count, let c = words[k].unicodeScalars.first, !Chars.isWord(c) { k += 1 }
        return k
    }

    private func isCapitalised(_ word: String) -> Bool {
        guard let c = word.unicodeScalars.first else { return false }
        return Chars.isUpper(c)
    }

    /// A capitalised word that can be part of a name.
    private func isNameWord(_ word: String) -> Bool {
        isCapitalised(word) && !Lexicon.nonNames.contains(word)
    }

    private func isAcronym(_ word: String) -> Bool {
        var letters = 0
        for c in word.unicodeScalars {
            if c == "." || c == "-" || Chars.isASCIIDigit(c) { continue }
            guard Chars.isUpper(c) else { return false }
            letters += 1
        }
        return letters >= 2 && letters <= 8
    }

    private func isMostlyUpperCase(_ words: [String]) -> Bool {
        var upper = 0
        var total = 0
        for w in words where w.unicodeScalars.contains(where: Chars.isLetter) {
            total += 1
            if !w.unicodeScalars.contains(where: Chars.isLower) { upper += 1 }
        }
        return total >= 3 && upper * 2 > total
    }
}
