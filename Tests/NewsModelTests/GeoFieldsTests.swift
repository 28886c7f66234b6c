import Foundation
import NewsModel
import Testing

@Suite struct GeoFieldsTests {
    @Test("every stored property of Event is sent: a field missing from Event.CodingKeys would silently be dropped")
    func eventKeysCoverEveryField() throws {
        let event = Event(cameo: "18", label: "assault", trigger: "attacked", sentence: 0)
        let properties = Mirror(reflecting: event).children.compactMap(\.label)
        var full = event
        full.country = "ML"
        full.lat = 15.2
        full.lon = -0.3
        full.geoPrecision = .city
        full.geoSource = .place
        full.actorPhrases = ["gunmen"]
        full.targetPhrases = ["three soldiers"]
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(full)) as? [String: Any] ?? [:]
        #expect(object["geo_precision"] as? String == "city" && object["geo_source"] as? String == "place")
        #expect(object["country"] as? String == "ML")
        // each property name (or its snake_case key) is a key a fully set event can carry
        let snake = ["geoPrecision": "geo_precision", "geoSource": "geo_source",
                     "actorPhrases": "actor_phrases", "targetPhrases": "target_phrases"]
        let decoded = try JSONDecoder().decode(Event.self, from: JSONEncoder().encode(full))
        #expect(decoded == full)
        #expect(properties.count == Mirror(reflecting: decoded).children.count)
        for name in properties where !["actors", "targets", "location", "date", "fatalities", "injured", "count",
                                       "start", "end", "sentences"].contains(name) {
            #expect(object[snake[name] ?? name] != nil, "\(name) is not encoded")
        }
    }

    @Test("messages without the geography decode, and encode without it")
    func oldMessagesDecode() throws {
        let old = #"{"cameo":"18","label":"assault","trigger":"attacked","actors":[],"targets":[],"sentence":2}"#
        let event = try JSONDecoder().decode(Event.self, from: Data(old.utf8))
        #expect(event.country == nil && event.geoPrecision == nil)
        let entity = try JSONDecoder().decode(Entity.self, from: Data(#"{"id":"E1","type":"LOC","name":"Tessit","aliases":[],"roles":[],"mentions":[]}"#.utf8))
        #expect(entity.geo == nil)
        let text = String(decoding: try JSONEncoder().encode(entity), as: UTF8.self)
        #expect(!text.contains("geo"))
    }

    @Test func countryCodes() {
        #expect(CountryCodes.normalized("sy") == "SY")
        #expect(CountryCodes.normalized("XK") == "XK")
        #expect(CountryCodes.normalized("XX") == nil)
        #expect(CountryCodes.all.count > 240)
    }
}
