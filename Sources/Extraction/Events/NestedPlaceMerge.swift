import NewsModel

/// One incident once, across places that nest: "shot a woman Friday in a Tennessee residential neighborhood" and
/// "died after being shot ... in a subdivision in Lakeland" are one shooting told at two scales; "the mosque attack in
/// the Sindh province" and "Thursday's terrorist attack in a Sufi mosque in Pakistan" one bombing. The first merge
/// (``IncidentMergeStage``) keeps two different places apart because before geocoding it cannot tell a town in its
/// state from a town in another state; this pass runs once every place is on the map.
///
/// A later violent event joins an earlier one when their places differ but one holds the other (a country and a town
/// or region of it; a first-level region and a town in it), nothing else conflicts (date, tolls), and something
/// ties them: the same day, the same toll, a shared doer or victim, or a mention that points back ("the attack").
/// The joined event keeps the finer place, and its map position.
struct NestedPlaceMergeStage: ExtractionStage {
    func run(_ document: inout Document) {
        guard document.events.count > 1 else { return }
        var indexByID: [String: Int] = [:]
        for (k, e) in document.entities.enumerated() { indexByID[e.id] = k }
        let entities = document.entities
        let geo = { (id: String?) -> PlaceGeo? in id.flatMap { indexByID[$0] }.flatMap { entities[$0].geo } }
        let name = { (id: String?) -> String? in id.flatMap { indexByID[$0] }.map { entities[$0].name } }
        let words = document.tokens.map { $0.kind == .word ? $0.text.lowercased() : $0.text }
        var merged: [Event] = []
        for event in document.events {
            guard event.root?.isViolence == true, let place = geo(event.location) else {
                merged.append(event)
                continue
            }
            let trigger = event.start.flatMap { s in event.end.flatMap { TokenSpans.range(s, $0, in: document.tokens) } }
            let pointsBack = trigger.map { IncidentMerger.isDefinite(trigger: $0, words: words) } ?? false
            let target = merged.indices.reversed().first { k in
                let other = merged[k]
                guard other.root?.isViolence == true, let location = other.location, location != event.location,
                      let otherPlace = geo(location),
                      Self.nest(otherPlace, name: name(location), place, name: name(event.location)) else { return false }
                var a = other, b = event
                a.location = nil
                b.location = nil
                guard IncidentMerger.compatible(a, b) else { return false }
                let sameDay = a.date.map { $0.count == 10 && $0 == b.date } ?? false
                let shared = !Set(a.actors + a.targets).isDisjoint(with: b.actors + b.targets)
                // one dead is every lone shooting's toll: not a tie of its own
                let sameToll = IncidentMerger.sameToll(a, b) && max(a.fatalities ?? 0, a.injured ?? 0) > 1
                return sameDay || shared || pointsBack || sameToll
            }
            guard let k = target else {
                merged.append(event)
                continue
            }
            let finer = Self.rank(geo(event.location)) < Self.rank(geo(merged[k].location)) ? event : merged[k]
            var joined = IncidentMerger.join(merged[k], event)
            joined.location = finer.location
            joined.country = finer.country
            joined.lat = finer.lat
            joined.lon = finer.lon
            joined.geoPrecision = finer.geoPrecision
            joined.geoSource = finer.geoSource
            merged[k] = joined
        }
        document.events = merged
    }

    static func rank(_ g: PlaceGeo?) -> Int {
        switch g?.precision {
        case .city: 0
        case .region: 1
        case .country: 2
        case nil: 3
        }
    }

    /// One place holds the other: the same country with one at country precision, or a first-level region and a
    /// town of it ("Crockett County" is a region of Tennessee too, but no town of Tennessee is in it for that).
    static func nest(_ a: PlaceGeo, name aName: String?, _ b: PlaceGeo, name bName: String?) -> Bool {
        guard a.country == b.country else { return false }
        if a.precision == .country || b.precision == .country { return a.precision != b.precision }
        let (coarse, coarseName, fine) = rank(a) > rank(b) ? (a, aName, b) : (b, bName, a)
        guard coarse.precision == .region, fine.precision == .city, let region = coarse.admin1,
              let coarseName, region.lowercased().hasPrefix(coarseName.lowercased()) || coarseName.lowercased().hasPrefix(region.lowercased())
        else { return false }
        return fine.admin1 == region
    }
}
