import Foundation

/// A GeoJSON FeatureCollection of points (RFC 7946: coordinates are [longitude, latitude]), as QGIS, geopandas,
/// Leaflet and kepler.gl read it. Properties are strings, integers, doubles or null.
public enum GeoJSONWriter {
    public enum Value: Sendable, Hashable {
        case string(String), integer(Int), double(Double), null
    }

    public struct Point: Sendable, Hashable {
        public var lat: Double
        public var lon: Double
        public var properties: [String: Value]

        public init(lat: Double, lon: Double, properties: [String: Value]) {
            self.lat = lat
            self.lon = lon
            self.properties = properties
        }
    }

    public static func write(_ points: [Point]) -> String {
        let features: [[String: Any]] = points.map { point in
            ["type": "Feature",
             "geometry": ["type": "Point", "coordinates": [point.lon, point.lat]],
             "properties": point.properties.mapValues { value -> Any in
                 switch value {
                 case .string(let text): text
                 case .integer(let number): number
                 case .double(let number): number.isFinite ? number : NSNull()
                 case .null: NSNull()
                 }
             }]
        }
        let document: [String: Any] = ["type": "FeatureCollection", "features": features]
        // Only strings, numbers, nulls, arrays and dictionaries, no NaN: serialisation cannot fail.
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
