import GRDB
import NewsModel

/// The geography of what is stored (issue 9): each article's geocoded entities in `place_geo`, the events' country,
/// coordinates, precision and source in their own columns; the `places` query and the `country` filters.
extension SQLiteStore {
    /// - `place_geo`: one row per geocoded entity of an article (places; demonyms and country-named organisations at
    ///   country precision), by the entity's local id, so that canon relinks need not touch it (the canonical entity
    ///   is the mention's). Indexed by country for the `country` filters of search, quotes and entities.
    /// - `events.geo_precision`, `events.geo_source` beside the v2-query country/lat/lon.
    /// Articles stored before this migration have no geography until they are stored again.
    static let schemaV4Geo = """
    CREATE TABLE place_geo (
        article INTEGER NOT NULL REFERENCES articles(docid) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        country TEXT NOT NULL,
        admin1 TEXT,
        lat REAL NOT NULL,
        lon REAL NOT NULL,
        geonameid INTEGER,
        precision TEXT NOT NULL,
        mentions INTEGER NOT NULL
    );
    CREATE INDEX place_geo_article ON place_geo(article);
    CREATE INDEX place_geo_country ON place_geo(country, article);
    CREATE INDEX place_geo_type ON place_geo(type, country);
    ALTER TABLE events ADD COLUMN geo_precision TEXT;
    ALTER TABLE events ADD COLUMN geo_source TEXT;
    """

    static func registerGeoMigration(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4-geo9: place geography per article (place_geo), events' geo precision and source") { db in
            try db.execute(sql: schemaV4Geo)
        }
    }

    /// The article's geocoded entities.
    static func insertPlaces(_ extraction: Extraction, docid: Int64, in db: Database) throws {
        let place = try db.cachedStatement(sql: """
            INSERT INTO place_geo (article, local_id, name, type, country, admin1, lat, lon, geonameid, precision, mentions)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for entity in extraction.entities {
            guard let geo = entity.geo else { continue }
            try place.execute(arguments: [docid, entity.id, entity.name, entity.type.rawValue, geo.country, geo.admin1,
                                          geo.lat, geo.lon, geo.geonameid, geo.precision.rawValue, max(1, entity.mentions.count)])
        }
    }

    /// The event row's geography (the row just inserted).
    static func insertEventGeo(_ event: Event, eventID: Int64, in db: Database) throws {
        guard let country = event.country else { return }
        try execute(db, "UPDATE events SET country = ?, lat = ?, lon = ?, geo_precision = ?, geo_source = ? WHERE id = ?",
                    [country, event.lat, event.lon, event.geoPrecision?.rawValue, event.geoSource?.rawValue, eventID])
    }

    /// Articles that name a place in the country: the condition on an article docid column.
    static func articleInCountry(_ column: String) -> String {
        "\(column) IN (SELECT g.article FROM place_geo g WHERE g.country = ?)"
    }

    /// Entities placed in the country (places, demonyms, country-named organisations): the condition on an entity id.
    static func entityInCountry(_ column: String) -> String {
        """
        \(column) IN (SELECT m.entity FROM place_geo g JOIN mentions m ON m.article = g.article AND m.local_id = g.local_id
                     WHERE g.country = ?)
        """
    }

    /// Places (LOC entities) by the number of articles naming them: one row per place on the map (a GeoNames id; a
    /// region or a country by its country, region and name), under the name the articles use most.
    public func places(_ query: PlaceQuery) throws -> PlacePage {
        guard query.limit > 0 else { return PlacePage(places: [], total: 0) }
        var filter = SQLFilter()
        filter.add("g.type = ?", EntityType.location.rawValue)
        if let country = query.country { filter.add("g.country = ?", country.uppercased()) }
        if let precision = query.precision { filter.add("g.precision = ?", precision.rawValue) }
        let key = "COALESCE(CAST(g.geonameid AS TEXT), g.country || '/' || COALESCE(g.admin1, '') || '/' || lower(g.name))"
        return try pool.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT \(key)) FROM place_geo g \(filter.clause)",
                                         arguments: filter.statementArguments) ?? 0
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(key) AS place, COUNT(DISTINCT g.article) AS articles, SUM(g.mentions) AS mentions,
                       MIN(g.country) AS country, MIN(g.admin1) AS admin1, AVG(g.lat) AS lat, AVG(g.lon) AS lon,
                       MIN(g.geonameid) AS geonameid, MIN(g.precision) AS precision
                FROM place_geo g \(filter.clause)
                GROUP BY place
                ORDER BY articles DESC, mentions DESC, place
                LIMIT ? OFFSET ?
                """, arguments: filter.statementArguments + [query.limit, query.offset])
            return PlacePage(places: try rows.map { row in
                let place: String = row["place"]
                // the name most used for it, then the first in order
                let name = try String.fetchOne(db, sql: """
                    SELECT g.name FROM place_geo g \(filter.clause) AND \(key) = ?
                    GROUP BY g.name ORDER BY SUM(g.mentions) DESC, g.name LIMIT 1
                    """, arguments: filter.statementArguments + [place]) ?? place
                return PlaceSummary(name: name, country: row["country"], admin1: row["admin1"],
                                    lat: ((row["lat"] as Double) * 1e5).rounded() / 1e5,
                                    lon: ((row["lon"] as Double) * 1e5).rounded() / 1e5, geonameid: row["geonameid"],
                                    precision: GeoPrecision(rawValue: row["precision"]) ?? .country,
                                    articles: row["articles"], mentions: row["mentions"])
            }, total: total)
        }
    }
}

/// The `places` query's parameters.
public struct PlaceQuery: Sendable, Hashable {
    /// ISO 3166-1 alpha-2: only the places in this country.
    public var country: String?
    /// Only places known this precisely.
    public var precision: GeoPrecision?
    public var limit = 20
    public var offset = 0

    public init(country: String? = nil, precision: GeoPrecision? = nil, limit: Int = 20, offset: Int = 0) {
        self.country = country
        self.precision = precision
        self.limit = limit
        self.offset = offset
    }
}

public struct PlacePage: Sendable, Hashable {
    public var places: [PlaceSummary]
    public var total: Int
}

/// A store that keeps no geography (a test double, say) says so rather than ignoring the filter.
public struct GeographyUnsupported: Error, CustomStringConvertible {
    public var description: String { "this store keeps no geography (places, country filters)" }
}

extension Store {
    public func entities(type: EntityType?, namePrefix: String?, country: String?, limit: Int, offset: Int) throws -> [EntitySummary] {
        guard country == nil else { throw GeographyUnsupported() }
        return try entities(type: type, namePrefix: namePrefix, limit: limit, offset: offset)
    }

    public func places(_ query: PlaceQuery) throws -> PlacePage { throw GeographyUnsupported() }
}
