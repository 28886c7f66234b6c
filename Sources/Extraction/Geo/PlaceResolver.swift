import Foundation
import Geo
import NewsModel

/// What an article says about where it is, for choosing among the places a name can mean: the countries it names or
/// implies (by its country names, demonyms, title, dateline and the places already placed), weighted by how often,
/// and the first-level regions it names.
struct GeoEvidence: Sendable, Hashable {
    /// Country (ISO alpha-2) -> weight of the article's evidence for it.
    var countries: [String: Double] = [:]
    /// "CC/region name" of the regions the article names.
    var regions: Set<String> = []

    mutating func vote(_ country: String, _ weight: Double) { countries[country, default: 0] += weight }

    /// The country with the most evidence (ties: the code that sorts first, so the choice is stable).
    var focus: String? {
        countries.filter { $0.value > 0 }.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// 0...1: the share of the strongest country's evidence this country has.
    func strength(_ country: String) -> Double {
        guard let top = countries.values.max(), top > 0 else { return 0 }
        return (countries[country] ?? 0) / top
    }
}

/// What the words around one mention say: "Tessit, in northeastern Mali" (a place that contains it), "Helmand
/// province" / "the province of Helmand" (it is a region).
struct MentionContext: Sendable, Hashable {
    /// The country of a containing place named right after it.
    var country: String?
    /// The region of a containing place named right after it ("Lashkar Gah, Helmand").
    var region: String?
    /// The words say the name is a region.
    var isRegion = false
    /// It is named as the place containing another ("Ancaster, Ontario"): a region or a country, not a town.
    var isContainer = false
}

/// Chooses, among the entries a name can mean, the one the article's evidence supports: population, capitals,
/// the countries and regions the article names, and the words around the mention. A pure value: no document.
enum PlaceResolver {
    /// The best entry for the name, or nil when there is none.
    static func choose(_ candidates: [PlaceGazetteer.Place], evidence: GeoEvidence,
                       context: MentionContext) -> PlaceGazetteer.Place? {
        candidates.max { score($0, candidates, evidence, context) < score($1, candidates, evidence, context) }
    }

    static func score(_ place: PlaceGazetteer.Place, _ all: [PlaceGazetteer.Place], _ evidence: GeoEvidence,
                      _ context: MentionContext) -> Double {
        // population, and how many names the world gives the place: famous places have scores of names
        var score = log10(Double(place.population) + 10) + log10(1 + Double(place.nameCount))
        switch place.kind {
        case .country:
            // a name that is a country's is the country, unless the article is somewhere else altogether
            score += 1
        case .region:
            // a region's population is the sum of its towns': worth less than a town's own
            score -= 1
            if context.isRegion || context.isContainer { score += 5 }
            // a region and its own chief town share the name: the town, unless the words say region
            else if all.contains(where: { $0.kind == .city && $0.country == place.country && $0.admin1 == place.admin1 }) {
                score -= 1.5
            }
        case .city:
            if context.isRegion || context.isContainer { score -= 3 }
            if place.isCapital { score += 2 }
        }
        // the article's countries: strongly its focus, a little any country it names
        let strength = evidence.strength(place.country)
        score += 4 * strength * strength
        if evidence.countries[place.country] != nil { score += 0.5 }
        if let admin1 = place.admin1, evidence.regions.contains("\(place.country)/\(admin1)"), place.kind != .region {
            score += 2
        }
        if let country = context.country {
            score += country == place.country ? 8 : -4
        }
        if let region = context.region, place.admin1 == region, place.kind == .city { score += 4 }
        return score
    }

    /// A small town of a country the article otherwise never names, in an article about another country, is more
    /// likely a place the gazetteer does not know in that other country ("Artane", Dublin, is not Artane, Turkey).
    static func isStray(_ place: PlaceGazetteer.Place, evidence: GeoEvidence) -> Bool {
        guard place.kind == .city, place.population < 50_000, evidence.countries[place.country] == nil,
              let focus = evidence.focus, focus != place.country else { return false }
        return true
    }

    /// The entity's `geo` from a gazetteer entry.
    static func geo(_ place: PlaceGazetteer.Place, precision: GeoPrecision? = nil) -> PlaceGeo {
        let precision = precision ?? {
            switch place.kind {
            case .city: return .city
            case .region: return .region
            case .country: return .country
            }
        }()
        return PlaceGeo(country: place.country, admin1: precision == .country ? nil : place.admin1,
                        lat: (place.lat * 1e5).rounded() / 1e5, lon: (place.lon * 1e5).rounded() / 1e5,
                        geonameid: place.geonameid, precision: precision)
    }
}
