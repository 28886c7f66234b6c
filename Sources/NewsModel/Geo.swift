/// How precisely a place is known: a city or town, a first-level region (province, state), or only its country
/// (as GDELT's ActionGeo_Type).
public enum GeoPrecision: String, Codable, Sendable, Hashable, CaseIterable {
    case city, region, country
}

/// Where a place entity is on the map (the geocode stage), from the GeoNames gazetteer shipped with newswire.
public struct PlaceGeo: Codable, Sendable, Hashable {
    /// ISO 3166-1 alpha-2 ("ML", "SY").
    public var country: String
    /// The first-level region's name ("Helmand", "Borno"), when known.
    public var admin1: String?
    public var lat: Double
    public var lon: Double
    /// The GeoNames id of the place (of the country, at country precision; nil for a region, which the data has no
    /// ids for).
    public var geonameid: Int?
    public var precision: GeoPrecision

    public init(country: String, admin1: String? = nil, lat: Double, lon: Double, geonameid: Int? = nil,
                precision: GeoPrecision) {
        self.country = country
        self.admin1 = admin1
        self.lat = lat
        self.lon = lon
        self.geonameid = geonameid
        self.precision = precision
    }
}

/// Where an event's geography came from: its own place, or the article's focus country when it names none.
public enum GeoSource: String, Codable, Sendable, Hashable {
    case place, article
}
