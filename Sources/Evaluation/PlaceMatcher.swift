import Foundation
import Geo
import NewsModel

/// A point on the globe, degrees.
public struct GeoPoint: Sendable, Hashable {
    public var lat: Double
    public var lon: Double

    public init(lat: Double, lon: Double) {
        self.lat = lat
        self.lon = lon
    }

    /// Great-circle distance in kilometres (haversine, mean Earth radius).
    public func kilometres(to other: GeoPoint) -> Double {
        let r = 6371.0088
        let dLat = (other.lat - lat) * .pi / 180
        let dLon = (other.lon - lon) * .pi / 180
        let a = sin(dLat / 2) * sin(dLat / 2)
            + cos(lat * .pi / 180) * cos(other.lat * .pi / 180) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * r * asin(min(1, sqrt(a)))
    }
}

/// Scores the geography of the places found: a gold place is found when a predicted entity has its name; its country
/// is right when the entity's `geo.country` is the gold's (gold places in no one country are not scored); a city-level
/// gold place with a GeoNames id is right within 161 km (100 miles, the usual bar of geoparsing papers) when the
/// entity's coordinates are that close to the id's. A found place without `geo` is wrong on both.
enum PlaceMatcher {
    static let bar = 161.0

    static func judge(_ gold: [GoldPlace], in extraction: Extraction, towns: [Int: GeoPoint],
                      into result: inout CategoryResult) {
        var country = AttributeScore()
        var near = AttributeScore()
        let names = PredictedNames(extraction)
        for place in gold {
            let matches = extraction.entities.filter { e in names.forms(of: e).contains { NameNormalizer.sameName($0, place.name) } }
            // a place entity of that name first, else any (a place the tagger typed otherwise is still found)
            guard let entity = matches.first(where: { $0.type == .location }) ?? matches.first else { continue }
            let geo = entity.geo
            if let goldCountry = place.country {
                result.judge(&country, right: geo?.country == goldCountry, what: "place country \(place.name)",
                             gold: goldCountry, predicted: [geo?.country ?? "none"])
            }
            if place.precision == "city", let id = place.geonameid, let point = towns[id] {
                let distance = geo.map { GeoPoint(lat: $0.lat, lon: $0.lon).kilometres(to: point) }
                result.judge(&near, right: (distance ?? .infinity) <= bar, what: "place within 161 km \(place.name)",
                             gold: "\(id)", predicted: [distance.map { String(format: "%.0f km away (%@, %@)", $0, geo?.country ?? "", geo?.precision.rawValue ?? "") } ?? "no geo"])
            }
        }
        if country.total > 0 { result.attributes[.placeCountry] = country }
        if near.total > 0 { result.attributes[.placeWithin161km] = near }
    }

    /// GeoNames id -> coordinates of every entry of the gazetteer that has an id.
    static func coordinates(_ gazetteer: PlaceGazetteer) -> [Int: GeoPoint] {
        var result: [Int: GeoPoint] = [:]
        result.reserveCapacity(gazetteer.count)
        for i in 0..<gazetteer.count {
            let place = gazetteer.place(i)
            if let id = place.geonameid, result[id] == nil || place.kind == .city { result[id] = GeoPoint(lat: place.lat, lon: place.lon) }
        }
        return result
    }
}
