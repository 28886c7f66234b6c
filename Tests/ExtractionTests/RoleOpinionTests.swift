import NewsModel
import Testing
@testable import Extraction

/// Roles the parse gives after the name now that the word rules for appositions and "as" are gone, and what is no
/// role: a comparison, someone's opinion of the person in a quote or under a speech verb.
@Suite struct RoleOpinionTests {
    func roles(_ text: String, _ tags: [String: String], _ name: String) -> [String] {
        let d = ExtractionPipeline(tagger: ListTagger(tags: tags)).run(Document(text: text))
        return d.entities.first { $0.name == name }?.roles ?? []
    }

    @Test func aComparisonIsNoRole() {
        let r = roles("Vladimir Putin is a better leader than Barack Obama.",
                      ["Vladimir": "B-PER", "Putin": "I-PER", "Barack": "B-PER", "Obama": "I-PER"], "Vladimir Putin")
        #expect(!r.contains { $0.contains("leader") })
    }

    @Test func whatSomeoneSaysThePersonIsIsNoRole() {
        let r = roles("Bill Reilly said Vladimir Putin is a killer.",
                      ["Bill": "B-PER", "Reilly": "I-PER", "Vladimir": "B-PER", "Putin": "I-PER"], "Vladimir Putin")
        #expect(r.isEmpty)
    }

    @Test func aCopulaInsideAQuoteIsNoRole() {
        let r = roles("\"Vladimir Putin is a strong leader,\" Donald Trump said.",
                      ["Vladimir": "B-PER", "Putin": "I-PER", "Donald": "B-PER", "Trump": "I-PER"], "Vladimir Putin")
        #expect(r.isEmpty)
    }

    @Test func aCopulaOfFactStaysARole() {
        let r = roles("Sergei Lavrov is the foreign minister of Russia.", ["Sergei": "B-PER", "Lavrov": "I-PER", "Russia": "B-LOC"],
                      "Sergei Lavrov")
        #expect(r == ["foreign minister of Russia"])
    }

    @Test func anAgeBeforeTheRoleInAnApposition() {
        let r = roles("Mohammad, a 30-year-old motorcycle taxi driver who lives in the area, described the scene.",
                      ["Mohammad": "B-PER"], "Mohammad")
        #expect(r == ["motorcycle taxi driver"])
    }

    @Test func aRoleEndsWhereAWordLeftOutWouldJoinItToALaterTail() {
        let r = roles("Julio Pinto, a former junior minister of defense and political science lecturer at Deakin "
            + "University told the agency.", ["Julio": "B-PER", "Pinto": "I-PER", "Deakin": "B-ORG", "University": "I-ORG"],
                      "Julio Pinto")
        #expect(r == ["former junior minister of defense"])
    }

    @Test func servedAsAfterANameThatTheParseHangsOnItsTitle() {
        let r = roles("Assistant Inspector General of Police Andrew Kaweesi served as the force's spokesman for years.",
                      ["Andrew": "B-PER", "Kaweesi": "I-PER", "Police": "B-ORG"], "Andrew Kaweesi")
        #expect(r.contains("force's spokesman"))
    }
}
