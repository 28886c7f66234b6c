import NewsModel

/// The most specific place of an incident: a country ("Syria") or no place gives way to a town, district or site the
/// incident's own sentences place it in ("in Al Bab", "near Tessit", "outside the Riu Imperial Marhaba").
///
/// - a place that is the incident's victim ("ISIL captured Raqqa in northern Syria", "rebels attacked Tessit") is
///   where it happened;
/// - else, among the LOC mentions of the event's sentences that follow "in", "near", "outside", "at", "around" or
///   "inside" and are not countries, the one nearest the trigger in its first sentence wins, else the first of the
///   later ones;
/// - an incident still with no place takes the story's setting: the last such place of the two sentences before it
///   in its paragraph, else the first of the article's lead (its first two sentences) — news tells where a story
///   happens once, in the lead, and the sentences after it stay there.
struct IncidentPlaceStage: ExtractionStage {
    static let placePrepositions: Set<String> = ["in", "near", "outside", "at", "around", "inside", "into"]

    func run(_ document: inout Document) {
        guard !document.events.isEmpty, !document.mentions.isEmpty else { return }
        let sentenceOf = document.sentenceIndexByToken()
        var placesBySentence: [Int: [(token: Int, entity: Int)]] = [:]
        var anyPlaceBySentence: [Int: [(token: Int, entity: Int)]] = [:]
        for m in document.mentions where m.type == .location && m.entity >= 0 && m.entity < document.entities.count {
            let t = m.tokens.lowerBound
            guard t > 0, t < sentenceOf.count, sentenceOf[t] >= 0 else { continue }
            var p = t - 1
            if document.tokens[p].text.lowercased() == "the", p > 0 { p -= 1 }
            guard Self.placePrepositions.contains(document.tokens[p].text.lowercased()) else { continue }
            anyPlaceBySentence[sentenceOf[t], default: []].append((t, m.entity))
            guard !Gazetteer.countries.contains(document.entities[m.entity].name) else { continue }
            placesBySentence[sentenceOf[t], default: []].append((t, m.entity))
        }
        var indexByID: [String: Int] = [:]
        for (k, e) in document.entities.enumerated() { indexByID[e.id] = k }
        func isSpecific(_ id: String?) -> Bool {
            guard let id, let k = indexByID[id] else { return false }
            return document.entities[k].type == .location && !Gazetteer.countries.contains(document.entities[k].name)
        }
        let lead = Array(document.sentences.indices.filter { !document.sentences[$0].isBoilerplate }.prefix(2))
        let setting = lead.lazy.compactMap { anyPlaceBySentence[$0]?.first }.first
        for k in document.events.indices where document.events[k].root?.isIncident == true {
            let event = document.events[k]
            if isSpecific(event.location) { continue }
            if let place = event.targets.first(where: isSpecific) {
                document.events[k].location = place
                continue
            }
            let trigger = event.start.flatMap { s in event.end.flatMap { TokenSpans.range(s, $0, in: document.tokens) } }
            let first = placesBySentence[event.sentence] ?? []
            let nearest = first.min { a, b in
                abs(a.token - (trigger?.lowerBound ?? 0)) < abs(b.token - (trigger?.lowerBound ?? 0))
            }
            let later = event.allSentences.filter { $0 != event.sentence }.compactMap { placesBySentence[$0]?.first }.first
            if let place = nearest ?? later {
                document.events[k].location = document.entities[place.entity].id
                continue
            }
            guard event.location == nil else { continue }
            let s = event.sentence
            let paragraph = document.sentences.indices.contains(s) ? document.sentences[s].paragraph : -1
            let before = (max(0, s - 2)..<s).reversed().first { p in
                document.sentences[p].paragraph == paragraph && anyPlaceBySentence[p] != nil
            }.flatMap { anyPlaceBySentence[$0]?.last }
            if let place = before ?? setting { document.events[k].location = document.entities[place.entity].id }
        }
    }
}
