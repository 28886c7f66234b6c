import Testing
@testable import Storage

@Suite struct FTSQueryTests {
    @Test(arguments: [
        ("Mali junta", "\"Mali\" AND \"junta\""),
        ("\"French troops\" Mali", "\"French troops\" AND \"Mali\""),
        ("harvest OR diplomats", "(\"harvest\" OR \"diplomats\")"),
        ("Mali harvest OR diplomats", "\"Mali\" AND (\"harvest\" OR \"diplomats\")"),
        ("harv*", "\"harv\" *"),
        ("\"French tro\"*", "\"French tro\" *"),
        ("al-Qaeda", "\"al Qaeda\""),
        ("\"unbalanced phrase", "\"unbalanced phrase\""),
        ("Mali AND junta", "\"Mali\" AND \"junta\""),
        ("OR Mali OR", "\"Mali\""),
        ("or", "\"or\""),
        ("'; DROP TABLE articles;--", "\"DROP\" AND \"TABLE\" AND \"articles\""),
        ("Goïta", "\"Goïta\""),
    ])
    func matchExpressions(input: String, expected: String) {
        #expect(FTSQuery.matchExpression(for: input) == expected)
    }

    @Test(arguments: ["", "   ", "*", "-", ")(", "\"\"", "AND", "OR", "'\";--"])
    func noWordsGivesNil(input: String) {
        #expect(FTSQuery.matchExpression(for: input) == nil)
    }
}
