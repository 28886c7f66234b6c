import NewsModel

/// What the text says of a person's gender, for "he" and "she": an honorific before one of their mentions ("Mr",
/// "Mrs", "Ms"), a gendered word in their roles ("spokeswoman", "wife", "First Lady"), or a pronoun that already
/// pointed at them (SpeakerMemory.gender). Nil when the text says nothing; a person of unknown gender fits both.
extension QuoteAttribution {
    func textGender(of entity: Int) -> Character? {
        if let known = memory.entityGender[entity] { return known }
        var found: Character? = nil
        if entity >= 0, entity < d.entities.count {
            for m in d.mentions where m.entity == entity && m.tokens.lowerBound > 0 {
                let before = tokens[m.tokens.lowerBound - 1].text.lowercased()
                if let g = QuoteWords.honorificGender[before] { found = g; break }
            }
            if found == nil {
                for role in d.entities[entity].roles {
                    let words = role.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
                    if words.contains(where: { QuoteWords.femaleNouns.contains($0) || $0 == "lady" }) { found = "f"; break }
                    if words.contains(where: { QuoteWords.maleNouns.contains($0) }) { found = "m"; break }
                }
            }
        }
        memory.entityGender[entity] = .some(found)
        return found
    }
}

extension QuoteWords {
    /// Honorifics that tell a gender.
    static let honorificGender: [String: Character] = [
        "mr": "m", "mr.": "m", "sir": "m", "monsieur": "m", "m.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f",
        "miss": "f", "madam": "f", "madame": "f", "mme": "f", "mme.": "f", "dame": "f", "lady": "f",
    ]
}
