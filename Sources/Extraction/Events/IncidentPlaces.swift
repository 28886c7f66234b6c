import NewsModel

/// The most specific place of an incident: a country ("Syria") or no place gives way to a town, district or site the
/// incident's own sentences place it in ("in Al Bab", "near Tessit", "outside the Riu Imperial Marhaba").
///
/// Among the LOC mentions of the event's sentences that follow "in", "near", "outside", "at", "around" or "inside"
/// and are not countries, the one nearest the trigger in its first sentence wins, else the first of the later ones.
struct IncidentPlaceStage: ExtractionStage {
    static let placePrepositions: Set<String> = ["in", "near", "outside", "at", "around", "inside", "into"]

    func run(_ document: inout Document) {
        guard !document.events.isEmpty, !document.mentions.isEmpty else { return }
        let sentenceOf = document.sentenceIndexByToken()
        var placesBySentence: [Int: [(token: Int, entity: Int)]] = [:]
        for m in document.mentions where m.type == .location && m.entity >= 0 && m.entity < document.entities.count {
            let t = m.tokens.lowerBound
            guard t > 0, t < sentenceOf.count, sentenceOf[t] >= 0 else { continue }
            var p = t - 1
            if document.tokens[p].text.lowercased() == "the", p > 0 { p -= 1 }
            guard Self.placePrepositions.contains(document.tokens[p].text.lowercased()) else { continue }
            guard !Gazetteer.countries.contains(document.entities[m.entity].name) else { continue }
            placesBySentence[sentenceOf[t], default: []].append((t, m.entity))
        }
        guard !placesBySentence.isEmpty else { return }
        for k in document.events.indices where document.events[k].root?.isIncident == true {
            let event = document.events[k]
            if let id = event.location, let entity = document.entities.first(where: { $0.id == id }),
               !Gazetteer.countries.contains(entity.name) { continue }
            let trigger = event.start.flatMap { s in event.end.flatMap { TokenSpans.range(s, $0, in: document.tokens) } }
            let first = placesBySentence[event.sentence] ?? []
            let nearest = first.min { a, b in
                abs(a.token - (trigger?.lowerBound ?? 0)) < abs(b.token - (trigger?.lowerBound ?? 0))
            }
            let later = event.allSentences.filter { $0 != event.sentence }.compactMap { placesBySentence[$0]?.first }.first
            if let place = nearest ?? later {
                document.events[k].location = document.entities[place.entity].id
            }
        }
    }
}
