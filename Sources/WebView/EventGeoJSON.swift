import Formats
import NewsModel

/// `events --geojson`: one point feature per event that has coordinates; its properties are the CSV's columns
/// (numbers as numbers) and the geography's precision and source.
public enum EventGeoJSON {
    public static func document(_ rows: [EventRow]) -> String {
        GeoJSONWriter.write(rows.compactMap { row in
            guard let lat = row.lat, let lon = row.lon else { return nil }
            var properties: [String: GeoJSONWriter.Value] = [:]
            for (column, cell) in zip(EventRow.columns, row.cells) where column != "lat" && column != "lon" {
                properties[column] = cell.map { text in
                    if ["fatalities", "injured", "held", "start", "end"].contains(column), let number = Int(text) {
                        return .integer(number)
                    }
                    return .string(text)
                } ?? .null
            }
            properties["geo_precision"] = row.geoPrecision.map { .string($0.rawValue) } ?? .null
            properties["geo_source"] = row.geoSource.map { .string($0.rawValue) } ?? .null
            return GeoJSONWriter.Point(lat: lat, lon: lon, properties: properties)
        })
    }
}
