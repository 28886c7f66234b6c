import Geo
import NewsModel

/// Reading the words of the article for geography: the names an entity can be looked up by, the words around a
/// mention, the countries of the title.
enum GeoContext {
    /// Words naming a first-level region's kind: "Helmand province", "the province of Idlib".
    static let regionWords: Set<String> = ["province", "governorate", "region", "oblast", "state", "prefecture", "provinces"]
    /// Words between a place and the place that contains it: "Tessit, in northeastern Mali".
    static let directions: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeastern",
        "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
        "south-western", "northeast", "northwest", "southeast", "southwest", "the", "restive", "neighbouring",
        "neighboring", "war-torn", "mainly", "mostly",
    ]

    /// The forms to look a place entity up by: its name and aliases, each also without a region word
    /// ("Helmand Province" -> "Helmand") or a leading "the"; and whether the name itself says region.
    static func lookupNames(_ entity: Entity) -> (names: [String], isRegion: Bool) {
        var names: [String] = []
        var isRegion = false
        for form in [entity.name] + entity.aliases {
            var words = form.split(separator: " ").map(String.init)
            if words.first?.lowercased() == "the", words.count > 1 { words.removeFirst() }
            if words.count > 1, let last = words.last, regionWords.contains(last.lowercased()) {
                isRegion = true
                words.removeLast()
            }
            if words.count > 2, words[0].lowercased() == "province", words[1].lowercased() == "of" {
                isRegion = true
                words.removeFirst(2)
            }
            let cleaned = words.joined(separator: " ")
            if !cleaned.isEmpty, !names.contains(cleaned) { names.append(cleaned) }
            if !names.contains(form) { names.append(form) }
        }
        return (names, isRegion)
    }

    /// Whether the words right around the mention call it a region: "Helmand province", "the province of Helmand".
    static func saysRegion(_ mention: EntityMention, in document: Document) -> Bool {
        let tokens = document.tokens
        let after = mention.tokens.upperBound
        if after < tokens.count, regionWords.contains(tokens[after].text.lowercased()) { return true }
        let before = mention.tokens.lowerBound
        if before >= 2, tokens[before - 1].text.lowercased() == "of",
           regionWords.contains(tokens[before - 2].text.lowercased()) { return true }
        return false
    }

    /// Words that make a name a site, a place whatever the tagger typed it ("Royal Courts of Justice", "Abbasid
    /// Square", "Camp Shorab", "Beaumont Hospital"): last words, and a few first ones.
    static let siteLastWords: Set<String> = [
        "square", "airport", "hotel", "street", "road", "avenue", "courts", "hospital", "station", "cemetery", "park",
        "prison", "base", "encampment", "bridge", "mosque", "church", "cathedral", "stadium", "market", "camp",
        "checkpoint", "port", "harbour", "harbor", "palace", "plaza", "boulevard",
    ]
    static let siteFirstWords: Set<String> = ["camp", "fort", "mount", "lake"]

    /// Site words that are no surnames: a person-typed name ending in one is a site the tagger mistook
    /// ("Abbasid Square"), where "Chan-wook Park" is a person.
    static let unambiguousSiteWords: Set<String> = [
        "square", "airport", "hotel", "street", "road", "avenue", "hospital", "station", "cemetery", "prison",
        "mosque", "stadium", "checkpoint", "encampment", "courts", "plaza", "boulevard",
    ]

    /// Whether the name is a site's ("Abbasid Square", "Camp Shorab"): more than one word, a site word first or last
    /// (for a name typed as a person's, a site word that is no surname, last).
    static func isSite(_ name: String, type: EntityType) -> Bool {
        let words = name.split(separator: " ").map { $0.lowercased() }
        guard words.count > 1, let first = words.first, let last = words.last else { return false }
        if type == .person { return unambiguousSiteWords.contains(last) }
        return siteLastWords.contains(last) || siteFirstWords.contains(first)
    }

    /// The longest run of the name's first words that the gazetteer knows ("Kuala Lumpur International Airport" ->
    /// "Kuala Lumpur"), shorter than the whole name.
    static func leadingPlaceName(_ name: String, _ gazetteer: PlaceGazetteer) -> [PlaceGazetteer.Place] {
        let words = name.split(separator: " ").map(String.init)
        guard words.count > 1 else { return [] }
        for length in stride(from: min(3, words.count - 1), through: 1, by: -1) {
            let found = gazetteer.places(named: words[0..<length].joined(separator: " "))
            if !found.isEmpty { return found }
        }
        return []
    }

    /// The place mention right before this one as its owner: "London's Royal Courts of Justice", "Turkey's Kilis".
    static func possessor(of index: Int, in document: Document) -> Int? {
        let mentions = document.mentions
        let tokens = document.tokens
        let start = mentions[index].tokens.lowerBound
        guard index > 0, start >= 1 else { return nil }
        let previous = index - 1
        guard mentions[previous].type == .location else { return nil }
        let gap = mentions[previous].tokens.upperBound
        let marks = tokens[gap..<start].map(\.text)
        guard marks == ["'s"] || marks == ["’s"] || marks == ["'"] || marks == ["’"] else { return nil }
        return previous
    }

    /// The place mention named right after this one as the place containing it ("Tessit, in northeastern Mali",
    /// "Lashkar Gah, Helmand", "the Old City of Mosul"): the index of that mention in `document.mentions`.
    static func containingMention(after index: Int, in document: Document) -> Int? {
        let mentions = document.mentions
        let tokens = document.tokens
        var t = mentions[index].tokens.upperBound
        guard t < tokens.count, [",", "in", "of"].contains(tokens[t].text) else { return nil }
        let limit = min(tokens.count, t + 6)
        t += 1
        if t < limit, ["in", "near", "of"].contains(tokens[t].text.lowercased()) { t += 1 }
        while t < limit, directions.contains(tokens[t].text.lowercased()) { t += 1 }
        guard t < limit else { return nil }
        let next = index + 1
        guard next < mentions.count, mentions[next].tokens.lowerBound == t, mentions[next].type == .location else { return nil }
        return next
    }

    /// Whether mention `index` is an item of a list of places ("Moscow, Riyadh, and Ankara", "Bahrain, Saudi Arabia
    /// and Qatar"): places joined by commas with an "and" or "or" before the last. Then a comma between two places is
    /// no "X, the place containing it"; "Ancaster, Ontario, Toronto police" has no "and": no list.
    static func inList(_ index: Int, in document: Document) -> Bool {
        let mentions = document.mentions
        let tokens = document.tokens
        func connector(_ t: Int) -> Bool { t < tokens.count && ["and", "or", "&"].contains(tokens[t].text.lowercased()) }
        // the places joined to this one by commas, forward; the list's "and" comes after one of them
        var m = index
        while true {
            var t = mentions[m].tokens.upperBound
            if connector(t) { return true }
            guard t < tokens.count, tokens[t].text == "," else { break }
            t += 1
            if connector(t) { return true }
            if t < tokens.count, tokens[t].text.lowercased() == "the" { t += 1 }
            guard m + 1 < mentions.count, mentions[m + 1].type == .location, mentions[m + 1].tokens.lowerBound == t else { break }
            m += 1
        }
        // or before: "Moscow, Riyadh, and Ankara" from Ankara
        let start = mentions[index].tokens.lowerBound
        if start >= 1, connector(start - 1) { return true }
        if start >= 2, connector(start - 2), tokens[start - 1].text.lowercased() == "the" { return true }
        return false
    }

    /// The mentions named as the place containing the mention before them, outside lists ("Ancaster, Ontario").
    static func containers(in document: Document) -> Set<Int> {
        var result: Set<Int> = []
        for m in document.mentions.indices where document.mentions[m].type == .location {
            guard let next = containingMention(after: m, in: document), isContainer(next, after: m, in: document) else { continue }
            result.insert(next)
        }
        return result
    }

    /// Whether `next`, named right after `m`, is the place containing it rather than the next item of a list
    /// ("Turkey, the US, Russia and the Kurds").
    static func isContainer(_ next: Int, after m: Int, in document: Document) -> Bool {
        if inList(next, in: document) { return false }
        if m > 0, document.mentions[m - 1].type == .location, inList(m - 1, in: document) { return false }
        return true
    }

    /// Countries the title names or implies (by a country's name or a demonym), in order.
    static func titleCountries(_ title: String?, _ gazetteer: PlaceGazetteer) -> [String] {
        guard let title else { return [] }
        let words = title.split { !$0.isLetter && $0 != "-" && $0 != "'" && $0 != "." }.map(String.init)
        var found: [String] = []
        var i = 0
        while i < words.count {
            var matched = 0
            // the longest run of up to three capitalised words that names a country
            for length in stride(from: min(3, words.count - i), through: 1, by: -1) {
                let run = words[i..<(i + length)]
                guard run.allSatisfy({ $0.first?.isUppercase == true }) else { continue }
                let name = run.joined(separator: " ")
                if let country = gazetteer.places(named: name).first(where: { $0.kind == .country }) {
                    found.append(country.country)
                    matched = length
                    break
                }
                if length == 1, let country = gazetteer.country(ofDemonym: name) {
                    found.append(country)
                    matched = 1
                    break
                }
            }
            i += max(matched, 1)
        }
        return found
    }
}
