import NewsModel
import Testing
@testable import Evaluation

@Suite("Matching rules")
struct MatchingTests {
    static let goita = Entity(id: "E1", type: .person, name: "Assimi Goïta", aliases: ["Goïta", "Colonel Assimi Goïta"],
                              roles: ["President", "head of the junta in Mali"])
    static let mali = Entity(id: "E2", type: .location, name: "Mali")
    static let tessit = Entity(id: "E3", type: .location, name: "Tessit")
    static let eigs = Entity(id: "E4", type: .organisation, name: "Islamic State in the Greater Sahara", aliases: ["EIGS"])
    static let wagner = Entity(id: "E5", type: .organisation, name: "the Wagner Group")
    static let malian = Entity(id: "E6", type: .miscellaneous, name: "Malian")

    @Test("Entities: same type and a name or alias, accents and \"the\" ignored; precision over all predictions")
    func entities() {
        let x = extraction(entities: [Self.goita, Self.mali, Self.wagner, Self.malian])
        let gold = [GoldEntity(name: "Assimi Goita", type: "PER"),   // by name, without the accent
                    GoldEntity(name: "GOÏTA", type: "PER"),          // by alias
                    GoldEntity(name: "Wagner group", type: "ORG"),   // "the" prefix
                    GoldEntity(name: "Mali", type: "ORG"),           // wrong type: not found
                    GoldEntity(name: "Bamako", type: "LOC")]         // not predicted
        let result = GoldMatcher.entities(gold, in: x)
        #expect(result.score == CategoryScore(gold: 5, predicted: 4, found: 3, matched: 2))
        #expect(result.score.recall == 0.6)
        #expect(result.score.precision == 0.5)
        #expect(result.missed == ["ORG Mali", "LOC Bamako"])
        #expect(result.unmatched == ["LOC Mali", "MISC Malian"])
    }

    @Test("Aliases: one entity holds both forms; predicted pairs match a gold alias group")
    func aliases() {
        let x = extraction(entities: [Self.goita, Self.eigs,
                                      Entity(id: "E9", type: .location, name: "Mali", aliases: ["MALI", "Malian"])])
        let gold = [GoldAlias(canonical: "Assimi Goïta", alias: "Goita"),
                    GoldAlias(canonical: "Goïta", alias: "Colonel Assimi Goïta"),
                    GoldAlias(canonical: "Islamic State in the Greater Sahara", alias: "ISGS")]
        let result = GoldMatcher.aliases(gold, in: x)
        // Found: the first two; ISGS is no form of the EIGS entity.
        #expect(result.score.gold == 3 && result.score.found == 2)
        // Predicted pairs: Goïta, Colonel Assimi Goïta, EIGS, Malian ("MALI" is Mali itself and not counted).
        #expect(result.score.predicted == 4)
        // Both Goïta pairs fall in the gold group {Assimi Goïta, Goïta, Colonel Assimi Goïta}.
        #expect(result.score.matched == 2)
        #expect(result.missed == ["Islamic State in the Greater Sahara = ISGS"])
        #expect(Set(result.unmatched) == ["Islamic State in the Greater Sahara = EIGS", "Mali = Malian"])
    }

    @Test("Roles: the entity by name or alias, the role equal, containing or contained")
    func roles() {
        let camara = Entity(id: "E7", type: .person, name: "Sadio Camara", roles: ["Malian Defense Minister"])
        let x = extraction(entities: [Self.goita, camara])
        let gold = [GoldRole(name: "Goïta", role: "president"),                 // equal, found through the alias
                    GoldRole(name: "Assimi Goïta", role: "head of the junta"),  // contained in the prediction
                    GoldRole(name: "Sadio Camara", role: "Defense Minister"),   // contained
                    GoldRole(name: "Assimi Goïta", role: "Colonel"),            // not predicted
                    GoldRole(name: "Sadio Camara", role: "President")]          // another entity's role
        let result = GoldMatcher.roles(gold, in: x)
        #expect(result.score == CategoryScore(gold: 5, predicted: 3, found: 3, matched: 3))
        #expect(result.missed == ["Assimi Goïta: Colonel", "Sadio Camara: President"])

        let wider = GoldMatcher.roles([GoldRole(name: "Assimi Goïta", role: "head of the junta in Mali and army chief")],
                                      in: extraction(entities: [Self.goita]))
        #expect(wider.score.found == 1)   // the prediction is contained in the gold
        #expect(wider.score.matched == 1)
        #expect(wider.score.predicted == 2)
    }

    @Test("Quotes: the predicted text starts with the gold opening (or its first 80%); speaker accuracy")
    func quotes() {
        let x = extraction(entities: [Self.goita], quotes: [
            Quote(text: "We spoke of the support of the Russian Federation for Mali's political transition",
                  speaker: "E1", speakerName: "President Assimi Goïta", start: 0, end: 0),
            Quote(text: "external expertise.", speakerName: "The Malian army", start: 0, end: 0),
            Quote(text: "common concerns", speakerName: "the statement", start: 0, end: 0),
            Quote(text: "an unrelated remark", start: 0, end: 0),
        ])
        let gold = [GoldQuote(starts: "“We spoke of the support", speaker: "Goita"),
                    GoldQuote(starts: "external expertise, the army said", speaker: "Malian army"),  // 80% rule: no
                    GoldQuote(starts: "External expertis", speaker: "Malian army"),                 // prefix: yes
                    GoldQuote(starts: "common concerns", speaker: "Malian presidency"),
                    GoldQuote(starts: "mercenaries", speaker: "military in power in Mali")]
        let result = GoldMatcher.quotes(gold, in: x)
        #expect(result.score == CategoryScore(gold: 5, predicted: 4, found: 3, matched: 3))
        #expect(result.unmatched == ["\"an unrelated remark\" (no speaker)"])
        // Goïta through the entity's alias; the army through speaker_name; "the statement" is wrong.
        #expect(result.attributes[.quoteSpeaker] == AttributeScore(correct: 2, total: 3))
        #expect(result.wrongAttributes.count == 1)
    }

    @Test("Quotes: the 80% rule")
    func eightyPercent() {
        let quote = Quote(text: "We spoke of the support of Russia", start: 0, end: 0)
        // The prediction ("we spoke of the support of russia", 33 characters) is 33 of the gold's 35: >= 80%.
        #expect(GoldMatcher.quoteMatches(GoldQuote(starts: "We spoke of the support of Russians"), quote))
        #expect(GoldMatcher.quoteMatches(GoldQuote(starts: "We spoke of the support of Ru."), quote))
        // 28 of 31 characters agree.
        #expect(GoldMatcher.quoteMatches(GoldQuote(starts: "We spoke of the support of Rome"), quote))
        // 16 of 29 characters agree.
        #expect(!GoldMatcher.quoteMatches(GoldQuote(starts: "We spoke of the weather today"), quote))
        #expect(!GoldMatcher.quoteMatches(GoldQuote(starts: "support of Russia"), quote))
        #expect(!GoldMatcher.quoteMatches(GoldQuote(starts: "..."), quote))
    }

    @Test("Dates: same value and overlapping text")
    func dates() {
        let x = extraction(dates: [
            DateMention(text: "Wednesday, August 10", value: "2022-08-10", granularity: .day, start: 0, end: 0),
            DateMention(text: "in March", value: "2022-03", granularity: .month, start: 0, end: 0),
            DateMention(text: "Sunday", value: "2022-08-14", granularity: .day, start: 0, end: 0),
        ])
        let gold = [GoldDate(text: "Wednesday, August 10", value: "2022-08-10"),
                    GoldDate(text: "March", value: "2022-03"),
                    GoldDate(text: "Sunday", value: "2022-08-07"),    // wrong value predicted
                    GoldDate(text: "2019", value: "2019")]
        let result = GoldMatcher.dates(gold, in: x)
        #expect(result.score == CategoryScore(gold: 4, predicted: 3, found: 2, matched: 2))
        #expect(result.missed == ["Sunday = 2022-08-07", "2019 = 2019"])
        #expect(result.unmatched == ["Sunday = 2022-08-14"])
    }

    @Test("Counts: same type and number; object and location accuracy among found")
    func counts() {
        let x = extraction(entities: [Self.tessit, Self.mali], counts: [
            CountMention(type: .kill, number: 42, object: "Malian soldiers", location: "E3", start: 0, end: 0),
            CountMention(type: .arrest, number: 49, object: "soldiers", location: "E2", start: 0, end: 0),
            CountMention(type: .wound, number: 35, object: "people", start: 0, end: 0),
        ])
        let gold = [GoldCount(type: "KILL", number: 42, object: "Malian soldiers", location: "Tessit"),
                    GoldCount(type: "ARREST", number: 49, object: "Ivorian soldiers", location: "Bamako"),
                    GoldCount(type: "KIDNAP", number: 35)]   // the number is right, the type is not
        let result = GoldMatcher.counts(gold, in: x)
        #expect(result.score == CategoryScore(gold: 3, predicted: 3, found: 2, matched: 2))
        // "soldiers" is contained in "Ivorian soldiers": containment counts as right.
        #expect(result.attributes[.countObject] == AttributeScore(correct: 2, total: 2))
        #expect(result.attributes[.countLocation] == AttributeScore(correct: 1, total: 2))
        #expect(result.wrongAttributes == ["location of ARREST 49: gold Bamako, predicted Mali"])
    }

    @Test("Events: the CAMEO root and one piece of evidence; date, location and fatalities among found")
    func events() {
        let bamako = Entity(id: "E8", type: .location, name: "Bamako")
        let sentences = [Span(start: 0, end: 50), Span(start: 50, end: 100)]
        let x = extraction(
            entities: [Self.goita, Self.tessit, Self.eigs, bamako, Self.wagner],
            counts: [CountMention(type: .arrest, number: 49, start: 60, end: 70)],
            events: [
                Event(cameo: "04", label: "consult", trigger: "telephone", actors: ["E1"], date: "2022-08-10", sentence: 0),
                Event(cameo: "190", label: "fight", trigger: "killed", actors: [], location: "E2",
                      date: "2022-08-07", fatalities: 42, sentence: 0),
                Event(cameo: "17", label: "arrest", trigger: "detained", location: "E2", sentence: 1),
                Event(cameo: "11", label: "disapprove", trigger: "denounce", actors: ["E9"], sentence: 0),
                Event(cameo: "12", label: "reject", trigger: "denies", sentence: 1),
            ],
            sentences: sentences)
        let gold = [
            GoldEvent(cameo: ["04"], actors: ["Goïta"], date: "2022-08-09"),                       // actor; wrong date
            GoldEvent(cameo: ["18", "19", "20"], actors: ["Islamic State in the Greater Sahara"],
                      location: "Tessit", date: "2022-08-07", fatalities: 42),                     // fatalities
            GoldEvent(cameo: ["17"], location: "Bamako", count: 49),                               // count in sentence
            GoldEvent(cameo: ["11"], actors: ["Wagner group"]),                                    // actor not predicted
            GoldEvent(cameo: ["07"], actors: ["Russian Federation"]),                              // no 07 predicted
            GoldEvent(cameo: ["12", "11"], what: "Abidjan denies"),                                // no evidence: code only
        ]
        let result = GoldMatcher.events(gold, in: x)
        #expect(result.score.gold == 6 && result.score.found == 4)
        #expect(result.score.predicted == 5)
        // The 11 event has only an unknown actor id, but the code-only gold (12 or 11) takes it.
        #expect(result.score.matched == 5)
        #expect(result.attributes[.eventDate] == AttributeScore(correct: 1, total: 2))
        // Tessit: the prediction says E2, which is no entity: wrong; Bamako: likewise.
        #expect(result.attributes[.eventLocation] == AttributeScore(correct: 0, total: 2))
        #expect(result.attributes[.eventFatalities] == AttributeScore(correct: 1, total: 1))
        #expect(result.missed.count == 2)

        // Evidence by the gold location alone.
        let byPlace = GoldMatcher.events([GoldEvent(cameo: ["17"], actors: ["Côte d'Ivoire"], location: "Bamako")],
                                         in: extraction(entities: [bamako], events: [
                                            Event(cameo: "17", label: "arrest", trigger: "held", location: "E8", sentence: 0)]))
        #expect(byPlace.score.found == 1)
        #expect(byPlace.attributes[.eventLocation] == AttributeScore(correct: 1, total: 1))
        // Actors overlap as whole words: a partial name is enough.
        let jeng = Entity(id: "E1", type: .person, name: "Omar Jeng")
        let byActor = GoldMatcher.events([GoldEvent(cameo: ["09"], actors: ["police"], targets: ["Sheikh Omar Jeng"])],
                                         in: extraction(entities: [jeng], events: [
                                            Event(cameo: "09", label: "investigate", trigger: "investigated", targets: ["E1"], sentence: 0)]))
        #expect(byActor.score.found == 1)
        // The right code with no matching evidence is not enough.
        let noEvidence = GoldMatcher.events([GoldEvent(cameo: ["17"], location: "Abidjan", count: 12)],
                                            in: extraction(entities: [bamako], events: [
                                               Event(cameo: "17", label: "arrest", trigger: "held", location: "E8", sentence: 0)]))
        #expect(noEvidence.score.found == 0 && noEvidence.score.matched == 0)
    }

    @Test("Scores add up to micro-averages; an empty category has no recall")
    func microAverage() {
        var card = Scorecard(categories: [.entities: CategoryScore(gold: 10, predicted: 8, found: 8, matched: 6)])
        card.add(Scorecard(categories: [.entities: CategoryScore(gold: 2, predicted: 4, found: 1, matched: 2),
                                        .quotes: CategoryScore(gold: 4, predicted: 0, found: 0, matched: 0)],
                           attributes: [.quoteSpeaker: AttributeScore(correct: 1, total: 2)]))
        #expect(card[.entities] == CategoryScore(gold: 12, predicted: 12, found: 9, matched: 8))
        #expect(card.overall == CategoryScore(gold: 16, predicted: 12, found: 9, matched: 8))
        #expect(card[.quotes].precision == nil)
        #expect(card[.dates].recall == nil)
        #expect(card[.quoteSpeaker].accuracy == 0.5)
    }
}
