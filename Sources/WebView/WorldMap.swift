import Foundation

/// The world's country outlines (Natural Earth 1:110m, in Resources) drawn as SVG in the equirectangular projection,
/// with points on it. The outlines are projected once per process; a page only adds its points.
struct WorldMap {
    static let width = 960.0
    static let height = 480.0

    struct Point: Hashable {
        var lat: Double
        var lon: Double
        /// Drawn with an area that grows with the fatalities, so a massacre is not lost among small events.
        var fatalities: Int
        var title: String
        var link: String
    }

    var points: [Point]

    /// x and y of a longitude and latitude: degrees scaled to the frame, north up.
    static func project(lat: Double, lon: Double) -> (x: Double, y: Double) {
        ((lon + 180) / 360 * width, (90 - lat) / 180 * height)
    }

    /// A point's radius: 3 for an event without deaths, growing with the square root of the toll, at most 24.
    static func radius(fatalities: Int) -> Double {
        min(24, 3 + (Double(max(0, fatalities))).squareRoot() * 1.5)
    }

    func render() -> HTML {
        // the largest first, so small points stay on top and can be hovered
        let drawn = points.sorted { $0.fatalities > $1.fatalities }.map { point -> HTML in
            let (x, y) = Self.project(lat: point.lat, lon: point.lon)
            return "<a href=\"\(point.link)\"><circle class=\"event-point\" cx=\"\(x)\" cy=\"\(y)\" r=\"\(Self.radius(fatalities: point.fatalities))\" data-fatalities=\"\(point.fatalities)\"><title>\(point.title)</title></circle></a>"
        }
        return """
            <svg class="map" viewBox="0 0 \(Self.width) \(Self.height)" role="img" aria-label="World map of the events" data-points="\(points.count)">
            <title>Events on the world map</title>
            <rect class="sea" x="0" y="0" width="\(Self.width)" height="\(Self.height)"/>
            \(WorldOutlines.shared.paths)
            <g class="points">\(drawn)</g>
            </svg>
            """
    }
}

/// The countries as SVG paths, read from the GeoJSON in the bundle once.
final class WorldOutlines: Sendable {
    static let shared = WorldOutlines()

    let paths: HTML
    let countries: Int

    private init() {
        guard let url = Bundle.module.url(forResource: "world-110m", withExtension: "geojson", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url),
              let collection = try? JSONDecoder().decode(FeatureCollection.self, from: data) else {
            paths = "<!-- the world outline is missing from the bundle -->"
            countries = 0
            return
        }
        var out: [HTML] = []
        for feature in collection.features {
            let d = feature.geometry.polygons.map(Self.path).joined()
            out.append("<path class=\"country\" d=\"\(HTML(trusted: d))\"><title>\(feature.properties.name ?? "")</title></path>")
        }
        paths = out.joined(separator: "\n")
        countries = collection.features.count
    }

    /// One polygon (outer ring, then holes) as path commands.
    private static func path(_ rings: [[[Double]]]) -> String {
        var d = ""
        for ring in rings {
            for (index, position) in ring.enumerated() where position.count >= 2 {
                let (x, y) = WorldMap.project(lat: position[1], lon: position[0])
                d += (index == 0 ? "M" : "L") + SVGNumber.format(x) + " " + SVGNumber.format(y)
            }
            d += "Z"
        }
        return d
    }

    private struct FeatureCollection: Decodable {
        var features: [Feature]
    }

    private struct Feature: Decodable {
        var properties: Properties
        var geometry: Geometry
    }

    private struct Properties: Decodable {
        var name: String?
    }

    /// Polygon and MultiPolygon, the only kinds the outline file has, as a list of polygons.
    private struct Geometry: Decodable {
        var polygons: [[[[Double]]]]

        enum CodingKeys: String, CodingKey { case type, coordinates }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            switch try container.decode(String.self, forKey: .type) {
            case "Polygon": polygons = [try container.decode([[[Double]]].self, forKey: .coordinates)]
            case "MultiPolygon": polygons = try container.decode([[[[Double]]]].self, forKey: .coordinates)
            default: polygons = []
            }
        }
    }
}
