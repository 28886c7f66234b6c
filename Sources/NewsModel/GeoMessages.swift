/// One place of the corpus as the `places` query answers it: a place on the map (a GeoNames id; a region or a country
/// by its name) with how many articles and mentions name it, most-mentioned first.
public struct PlaceSummary: Codable, Sendable, Hashable {
    /// The name the articles use most for it.
    public var name: String
    public var country: String
    public var admin1: String?
    public var lat: Double
    public var lon: Double
    public var geonameid: Int?
    public var precision: GeoPrecision
    public var articles: Int
    public var mentions: Int

    public init(name: String, country: String, admin1: String? = nil, lat: Double, lon: Double, geonameid: Int? = nil,
                precision: GeoPrecision, articles: Int, mentions: Int) {
        self.name = name
        self.country = country
        self.admin1 = admin1
        self.lat = lat
        self.lon = lon
        self.geonameid = geonameid
        self.precision = precision
        self.articles = articles
        self.mentions = mentions
    }
}
