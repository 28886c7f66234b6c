import NewsModel

/// Which person a bare surname means when the article names several people of that name ("President Donald Trump
/// ... Ivanka Trump ... Trump said"): the most prominent of them, not the one named last.
///
/// Prominence: first a person named with a title of office ("President Donald Trump", "Sen. John McCain"), then the
/// person whose full name is mentioned most. When that does not tell them apart, the surname keeps the person named
/// most recently before it (``EntityGrouper``'s choice).
enum Surnames {
    /// The mentions with every short person name pointed at the most prominent person it can mean. `entities` are
    /// the groups `mentions[i].entity` points into.
    static func resolve(_ mentions: [EntityMention], _ entities: [Entity], in document: Document) -> [EntityMention] {
        let words = mentions.map { EntityGrouper.foldKey($0.text).split(separator: " ").map(String.init) }
        // each person entity's full names (its longest form's words) and how often they are written out
        var fullName: [Int: [String]] = [:]
        for (e, entity) in entities.enumerated() where entity.type == .person {
            fullName[e] = EntityGrouper.foldKey(entity.name).split(separator: " ").map(String.init)
        }
        var fullMentions: [Int: Int] = [:]
        var titled = Set<Int>()
        for (i, m) in mentions.enumerated() where m.type == .person && m.entity >= 0 {
            guard let full = fullName[m.entity], words[i].count >= 2, words[i].count == full.count else { continue }
            fullMentions[m.entity, default: 0] += 1
            if hasTitleOfOffice(before: m.tokens.lowerBound, in: document) { titled.insert(m.entity) }
        }
        var result = mentions
        for (i, m) in mentions.enumerated() where m.type == .person && m.entity >= 0 {
            let short = words[i]
            guard let own = fullName[m.entity], !short.isEmpty, short.count <= own.count else { continue }
            let candidates = fullName.filter { $0.value.count > short.count && Array($0.value.suffix(short.count)) == short }
                .map(\.key).sorted()
            // a short name grouped with a longer one, or standing alone before any of several full names
            guard candidates.count >= 2, short.count < own.count || candidates.allSatisfy({ $0 != m.entity }) else { continue }
            func prominence(_ e: Int) -> (Int, Int) { (titled.contains(e) ? 1 : 0, fullMentions[e] ?? 0) }
            let best = candidates.max { prominence($0) < prominence($1) }!
            // only a clear winner moves the surname
            if best != m.entity, prominence(best) > prominence(m.entity),
               candidates.filter({ prominence($0) == prominence(best) }).count == 1 {
                result[i].entity = best
            }
        }
        return splitRelatives(result, entities, words, in: document)
    }

    /// "his daughter Ivanka Trump ... President Trump ... Trump said": when the only full name of a surname is
    /// introduced as someone's relative (relatives go by their first name) and the surname alone bears a title of
    /// office, comes first or is written more often, the surname is another person (the one the relative is
    /// related to). Its mentions get a new entity index, past the existing ones.
    static func splitRelatives(_ mentions: [EntityMention], _ entities: [Entity], _ words: [[String]],
                               in document: Document) -> [EntityMention] {
        var result = mentions
        var next = entities.count
        for (e, entity) in entities.enumerated() where entity.type == .person {
            let full = EntityGrouper.foldKey(entity.name).split(separator: " ").map(String.init)
            guard full.count >= 2 else { continue }
            let members = mentions.indices.filter { mentions[$0].entity == e }
            let short = members.filter { words[$0].count < full.count }
            let long = members.filter { words[$0].count == full.count }
            guard !short.isEmpty, !long.isEmpty,
                  long.contains(where: { isIntroducedAsRelative(mentions[$0].tokens.lowerBound, in: document) }),
                  !long.contains(where: { hasTitleOfOffice(before: mentions[$0].tokens.lowerBound, in: document) }),
                  // the surname is someone else: it bears an office, comes before the relative is introduced, or
                  // is written more often than the relative's full name
                  short.contains(where: { hasTitleOfOffice(before: mentions[$0].tokens.lowerBound, in: document) })
                    || short.min()! < long.min()! || short.count > long.count
            else { continue }
            for i in short { result[i].entity = next }
            next += 1
        }
        return result
    }

    /// "his daughter Ivanka Trump", "first lady Melania Trump", "his son, Eric Trump": a word for a relative right
    /// before the name (a comma, "his"/"her" or "the" between are skipped).
    static func isIntroducedAsRelative(_ t: Int, in document: Document) -> Bool {
        var k = t - 1
        var steps = 0
        while k >= 0, steps < 3 {
            let w = document.tokens[k].text.lowercased()
            if relatives.contains(w) { return true }
            guard w == "," || w == "his" || w == "her" || w == "the" || w == "first" else { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    static let relatives: Set<String> = [
        "daughter", "son", "wife", "husband", "brother", "sister", "mother", "father", "lady", "son-in-law",
        "daughter-in-law", "niece", "nephew", "widow", "cousin", "uncle", "aunt", "grandson", "granddaughter",
    ]

    /// A capitalised title of office right before the name: "President", "Prime Minister", "Sen.", "Gov.".
    static func hasTitleOfOffice(before t: Int, in document: Document) -> Bool {
        var k = t - 1
        while k >= 0, Titles.isHonorific(document.tokens[k].text) { k -= 1 }
        guard k >= 0, document.tokens[k].kind == .word else { return false }
        let word = document.tokens[k].text
        guard let first = word.unicodeScalars.first, Chars.isUpper(first) else { return false }
        return offices.contains(word.lowercased())
    }

    /// Titles of an office a person holds in their own right (not "adviser", "daughter" or "First Lady").
    static let offices: Set<String> = [
        "president", "president-elect", "premier", "minister", "chancellor", "secretary", "secretary-general", "king",
        "queen", "emir", "sultan", "pope", "senator", "sen.", "rep.", "representative", "congressman", "congresswoman",
        "governor", "gov.", "mayor", "speaker", "ambassador", "general", "gen.", "leader", "chairman", "chairwoman",
        "commissioner", "judge", "justice", "prosecutor", "director",
    ]
}
