import Foundation
import Formats
import Testing

@Suite struct GeoJSONWriterTests {
    @Test("a FeatureCollection of points, longitude first")
    func points() throws {
        let text = GeoJSONWriter.write([
            .init(lat: 15.2, lon: -0.3, properties: ["place": .string("Tessit"), "fatalities": .integer(42), "held": .null]),
        ])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["type"] as? String == "FeatureCollection")
        let feature = try #require((object["features"] as? [[String: Any]])?.first)
        let geometry = feature["geometry"] as? [String: Any]
        #expect(geometry?["type"] as? String == "Point")
        #expect(geometry?["coordinates"] as? [Double] == [-0.3, 15.2])
        let properties = feature["properties"] as? [String: Any]
        #expect(properties?["place"] as? String == "Tessit" && properties?["fatalities"] as? Int == 42)
        #expect(properties?["held"] is NSNull)
        #expect(GeoJSONWriter.write([]).contains("\"features\":[]"))
    }
}
