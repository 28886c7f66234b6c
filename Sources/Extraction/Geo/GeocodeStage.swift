import Geo
import NewsModel

/// Puts places on the map: every place entity gets `geo` (country, region, coordinates, GeoNames id, precision),
/// every demonym its country, and every event the geography of its place, or of the article's focus country at
/// country precision when it has no place (`geoSource` "article").
///
/// A name can mean many places ("Paris", "Gao", "Georgia"); the article's own evidence chooses among them, gathered
/// in passes:
/// 1. what needs no choosing: names of countries and regions, demonyms, the title's countries, the dateline;
/// 2. every place, chosen by population, capitals, that evidence and the words around its mentions
///    ("Tessit, in northeastern Mali"; "Helmand province");
/// 3. once more, with the countries of the towns of pass 2 counted too.
/// A name the gazetteer does not know takes its containing place's region or country ("Tessit, in northeastern
/// Mali" -> Mali, at country precision), else the article's focus country, at country precision.
struct GeocodeStage: ExtractionStage {
    let gazetteer: PlaceGazetteer

    func run(_ document: inout Document) {
        guard !document.entities.isEmpty else { return }
        let places = document.entities.indices.filter { document.entities[$0].type == .location }
        var mentionsOf: [Int: [Int]] = [:]
        for (i, m) in document.mentions.enumerated() where m.entity >= 0 { mentionsOf[m.entity, default: []].append(i) }

        var evidence = GeoEvidence()
        // 1. what needs no choosing
        for (k, country) in GeoContext.titleCountries(document.title, gazetteer).enumerated() {
            evidence.vote(country, k == 0 ? 3 : 2)
        }
        for e in document.entities.indices where document.entities[e].type == .miscellaneous {
            if let country = demonymCountry(document.entities[e]) {
                evidence.vote(country, 0.5 * Double(min(mentionsOf[e]?.count ?? 1, 4)))
            }
        }
        var candidates: [Int: [PlaceGazetteer.Place]] = [:]
        var saysRegion: [Int: Bool] = [:]
        let containers = GeoContext.containers(in: document)
        var isContainer: [Int: Bool] = [:]
        for m in containers { isContainer[document.mentions[m].entity] = true }
        for e in places {
            let entity = document.entities[e]
            let (names, isRegion) = GeoContext.lookupNames(entity)
            candidates[e] = names.lazy.map { gazetteer.places(named: $0) }.first { !$0.isEmpty } ?? []
            saysRegion[e] = isRegion || (mentionsOf[e] ?? []).contains { GeoContext.saysRegion(document.mentions[$0], in: document) }
            if gazetteer.isSupranational(entity.name) { candidates[e] = [] }
            let weight = Double(min(mentionsOf[e]?.count ?? 1, 4))
            let found = candidates[e] ?? []
            let countries = found.filter { $0.kind == .country }
            if countries.count == 1 {
                // a country's name ("Congo" names two: the rest of the article decides)
                evidence.vote(countries[0].country, weight)
            } else if Set(found.filter { $0.kind == .region }.map(\.country)).count == 1, found.allSatisfy({ $0.kind == .region }) {
                evidence.vote(found[0].country, 0.5 * weight)
                for region in found { if let name = region.admin1 { evidence.regions.insert("\(region.country)/\(name)") } }
            }
        }
        for dateline in document.datelines {
            let name = document.string(tokens: dateline.place)
            if let place = PlaceResolver.choose(gazetteer.places(named: name), evidence: evidence, context: MentionContext()) {
                evidence.vote(place.country, 2)
            }
        }

        // 2 and 3: choose, count the towns' countries, choose again
        var chosen: [Int: PlaceGazetteer.Place] = [:]
        for pass in 0..<2 {
            var towns = GeoEvidence()
            for e in places {
                var context = self.context(mentionsOf[e] ?? [], saysRegion[e] ?? false, evidence, document)
                context.isContainer = isContainer[e] ?? false
                chosen[e] = PlaceResolver.choose(candidates[e] ?? [], evidence: evidence, context: context)
                if pass == 0, let place = chosen[e], place.kind == .city, !PlaceResolver.isStray(place, evidence: evidence) {
                    // a large town is good evidence of its country, a small one (which may be another's) weak
                    let weight = place.population >= 100_000 ? 0.5 : 0.15
                    towns.vote(place.country, weight * Double(min(mentionsOf[e]?.count ?? 1, 4)))
                }
            }
            for (country, weight) in towns.countries { evidence.vote(country, weight) }
        }

        // write the entities' geo
        let focus = evidence.focus.flatMap { gazetteer.country(code: $0) }
        for e in places {
            let entity = document.entities[e]
            let town = containingPlace(mentionsOf[e] ?? [], evidence, document, towns: true)
            if let place = chosen[e], let town, town.kind == .city, place.kind == .city, town.country != place.country {
                // "the Old City of Mosul": inside the town the text names, not a namesake abroad
                document.entities[e].geo = PlaceResolver.geo(town)
            } else if let place = chosen[e], !PlaceResolver.isStray(place, evidence: evidence) {
                document.entities[e].geo = PlaceResolver.geo(place)
            } else if gazetteer.isSupranational(entity.name) {
                continue
            } else if let container = town {
                // not in the gazetteer: the place the text puts it in ("Richmond Street in Dublin")
                document.entities[e].geo = PlaceResolver.geo(container)
            } else if let focus {
                // else the article's country, at country precision
                document.entities[e].geo = PlaceResolver.geo(focus, precision: .country)
            }
        }
        for e in document.entities.indices where document.entities[e].type != .location {
            let entity = document.entities[e]
            if entity.type == .miscellaneous, let country = demonymCountry(entity), let place = gazetteer.country(code: country) {
                document.entities[e].geo = PlaceResolver.geo(place)
            } else if entity.type != .person, let country = gazetteer.places(named: entity.name).first, country.kind == .country {
                // "the US" as an organisation ("the US said"): still the country
                document.entities[e].geo = PlaceResolver.geo(country)
            } else if GeoContext.isSite(entity.name, type: entity.type) {
                // a site the tagger typed otherwise ("Abbasid Square"): the town its name begins with, if the article
                // is in that town's country ("Kuala Lumpur International Airport"); where the text puts it; else
                // the article's country
                let named = GeoContext.leadingPlaceName(entity.name, gazetteer).filter { evidence.countries[$0.country] != nil }
                if let town = PlaceResolver.choose(named, evidence: evidence, context: MentionContext()) {
                    document.entities[e].geo = PlaceResolver.geo(town)
                } else if let container = containingPlace(mentionsOf[e] ?? [], evidence, document, towns: true) {
                    document.entities[e].geo = PlaceResolver.geo(container)
                } else if let focus {
                    document.entities[e].geo = PlaceResolver.geo(focus, precision: .country)
                }
            }
        }

        // the events
        var indexByID: [String: Int] = [:]
        for (k, e) in document.entities.enumerated() { indexByID[e.id] = k }
        for k in document.events.indices {
            if let id = document.events[k].location, let e = indexByID[id], let geo = document.entities[e].geo {
                set(&document.events[k], geo, source: .place)
            } else if let focus {
                set(&document.events[k], PlaceResolver.geo(focus), source: .article)
            }
        }
    }

    private func set(_ event: inout Event, _ geo: PlaceGeo, source: GeoSource) {
        event.country = geo.country
        event.lat = geo.lat
        event.lon = geo.lon
        event.geoPrecision = geo.precision
        event.geoSource = source
    }

    /// The country a demonym entity names ("Malian", "Malians"; "Malian army" by its first word).
    private func demonymCountry(_ entity: Entity) -> String? {
        if let country = gazetteer.country(ofDemonym: entity.name) { return country }
        let first = entity.name.split(separator: " ").first.map(String.init) ?? ""
        return first == entity.name ? nil : gazetteer.country(ofDemonym: first)
    }

    /// What the words around the entity's mentions say: a containing country or region named right after it, or
    /// that it is a region.
    private func context(_ mentions: [Int], _ isRegion: Bool, _ evidence: GeoEvidence,
                         _ document: Document) -> MentionContext {
        var context = MentionContext(isRegion: isRegion)
        if let container = containingPlace(mentions, evidence, document) {
            if container.kind == .country { context.country = container.country }
            if container.kind == .region {
                context.country = container.country
                context.region = container.admin1
            }
        }
        return context
    }

    /// The country or region named right after one of the mentions ("Tessit, in northeastern Mali"); with `towns`,
    /// a town too ("Richmond Street in Dublin").
    private func containingPlace(_ mentions: [Int], _ evidence: GeoEvidence, _ document: Document,
                                 towns: Bool = false) -> PlaceGazetteer.Place? {
        for m in mentions {
            let after = GeoContext.containingMention(after: m, in: document).flatMap {
                GeoContext.isContainer($0, after: m, in: document) ? $0 : nil
            }
            guard let next = after ?? GeoContext.possessor(of: m, in: document) else { continue }
            let found = gazetteer.places(named: document.mentions[next].text)
            // named as containing another place: a region or a country if it can be one ("Ancaster, Ontario")
            let context = MentionContext(isRegion: GeoContext.saysRegion(document.mentions[next], in: document),
                                         isContainer: after != nil)
            if let place = PlaceResolver.choose(found, evidence: evidence, context: context), towns || place.kind != .city {
                return place
            }
        }
        return nil
    }
}
