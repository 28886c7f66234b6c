import Geo
import Testing

@Suite struct PlaceNameTests {
    @Test func foldsMarksCaseAndPunctuation() {
        #expect(PlaceName.fold("Ménaka") == "menaka")
        #expect(PlaceName.fold("N'Djamena") == "n djamena")
        #expect(PlaceName.fold("  St. Louis ") == "st louis")
        #expect(PlaceName.fold("TIMBUKTU") == "timbuktu")
        #expect(PlaceName.fold("Ségou") == PlaceName.fold("Segou"))
    }

    @Test func latinScriptOnly() {
        #expect(PlaceName.isLatin("São Paulo"))
        #expect(PlaceName.isLatin("Łódź"))
        #expect(!PlaceName.isLatin("Москва"))
        #expect(!PlaceName.isLatin("دمشق"))
    }
}
