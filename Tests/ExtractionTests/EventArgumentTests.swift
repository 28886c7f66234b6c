import Foundation
import NewsModel
import Testing
@testable import Extraction

/// Doers, victims and places read from the parse, unnamed participants as noun phrases, capitals standing for their
/// country, and the period tolls that are no incident's: one constructed sentence per rule.
@Suite("Event arguments from the parse")
struct EventArgumentTests {
    static let pipeline = ExtractionPipeline.standard()

    func extract(_ text: String, published: String = "2017-02-15") -> Extraction {
        Self.pipeline.extract(Article(text: text, published: published))
    }

    /// The incidents (17-20), each with its participants' names.
    func incidents(_ text: String) -> [(event: Event, actors: [String], targets: [String], place: String?)] {
        let x = extract(text)
        let name = { (id: String) in x.entities.first { $0.id == id }?.name ?? id }
        return x.events.filter { ["17", "18", "19", "20"].contains(String($0.cameo.prefix(2))) }.map {
            ($0, $0.actors.map(name), $0.targets.map(name), $0.location.map(name))
        }
    }

    @Test("Reported speech: the doer is the subject of the deed's verb, not the source of the report")
    func reportedSpeech() throws {
        let found = incidents("Police said unidentified gunmen had shot three soldiers near Kaduna on Monday.")
        let first = try #require(found.first)
        #expect(first.event.actorPhrases == ["unidentified gunmen"])
        #expect(!(first.event.actorPhrases ?? []).contains("Police"))
        #expect(first.event.targetPhrases == ["three soldiers"])
        #expect(first.place == "Kaduna")
    }

    @Test("Passive with 'by': the passive subject is the victim, the agent the doer, 'in' the place")
    func passiveAgent() throws {
        let first = try #require(incidents("Three soldiers were killed by Boko Haram in Maiduguri on Sunday.").first)
        #expect(first.actors == ["Boko Haram"])
        #expect(first.event.targetPhrases == ["Three soldiers"])
        #expect(first.place == "Maiduguri")
        #expect(first.event.fatalities == 3)
    }

    @Test("A participle clause takes its governing verb's subject; its object is the victim")
    func participle() throws {
        let found = incidents("A bomb exploded in Kabul on Tuesday, killing 12 people.")
        #expect(found.contains { $0.event.targetPhrases == ["12 people"] })
        #expect(found.contains { $0.place == "Kabul" })
    }

    @Test("A noun: 'an attack by X on Y'")
    func nominal() throws {
        let first = try #require(incidents("An attack by Boko Haram on the village of Gwoza killed five people.").first)
        #expect(first.actors == ["Boko Haram"])
        #expect(first.targets.contains("Gwoza") || first.place == "Gwoza")
    }

    @Test("A relative pronoun stands for the noun its clause modifies")
    func relativeClause() throws {
        let found = incidents("Police arrested Omar Jallow, who had stabbed a guard in Banjul.")
        #expect(found.contains { $0.actors == ["Omar Jallow"] && $0.event.targetPhrases == ["a guard"] })
    }

    @Test("An unnamed doer is its noun phrase, and an incident of unnamed people is kept")
    func unnamedDoer() throws {
        let first = try #require(incidents("A suicide bomber killed 20 people at a market on Friday.").first)
        #expect(first.actors.isEmpty)
        #expect(first.event.actorPhrases?.first?.lowercased().contains("bomber") == true)
        #expect(first.event.targetPhrases == ["20 people"])
    }

    @Test("Phrases are written as actor_phrases and target_phrases, and absent when nil")
    func phrasesOnTheWire() throws {
        var event = Event(cameo: "18", label: "assault", trigger: "shot", sentence: 0)
        let plain = String(decoding: try JSONEncoder().encode(event), as: UTF8.self)
        #expect(!plain.contains("phrases"))
        event.actorPhrases = ["gunmen"]
        event.targetPhrases = ["three soldiers"]
        let data = try JSONEncoder().encode(event)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"actor_phrases\":[\"gunmen\"]"))
        #expect(try JSONDecoder().decode(Event.self, from: data) == event)
    }

    // MARK: capitals

    @Test("A capital that is the subject of a deed is its country; as a victim or a place it stays the city")
    func capitalForCountry() throws {
        let x = extract("Moscow expelled 35 American diplomats on Friday.")
        let name = { (id: String) in x.entities.first { $0.id == id }?.name }
        let expelled = try #require(x.events.first)
        #expect(expelled.actors.compactMap(name) == ["Russia"])
        let attacked = incidents("Rebels attacked Kabul on Monday.")
        #expect(!attacked.contains { $0.targets.contains("Afghanistan") || $0.actors.contains("Afghanistan") })
    }

    @Test("A capital's country already named in the text is that entity, not a new one")
    func capitalJoinsCountry() throws {
        let x = extract("Russia and Ukraine traded accusations. Moscow expelled 35 Ukrainian diplomats on Friday.")
        #expect(x.entities.filter { $0.name == "Russia" }.count == 1)
        let russia = try #require(x.entities.first { $0.name == "Russia" })
        #expect(x.events.contains { $0.actors.contains(russia.id) })
    }

    // MARK: period tolls

    @Test("A toll between two years is cumulative")
    func betweenYears() {
        let x = extract("Between 2011 and 2015, as many as 13,000 prisoners were executed at the prison.")
        #expect(x.counts.first { $0.number == 13_000 }?.cumulative == true)
        #expect(x.counts.first { $0.number == 13_000 }?.period == "Between 2011 and 2015")
        #expect(!x.events.contains { $0.fatalities == 13_000 })
    }

    @Test("A toll since an operation's launch is cumulative, and so is a perfect-tense toll told right after it")
    func sinceTheLaunch() {
        let x = extract("Since the launch in 2014 of a military operation in Waziristan, the army says it has killed "
            + "more than 3,500 fighters. At least 583 soldiers have also been killed.")
        #expect(x.counts.first { $0.number == 3_500 }?.cumulative == true)
        #expect(x.counts.first { $0.number == 583 }?.cumulative == true)
        #expect(!x.events.contains { $0.fatalities == 3_500 || $0.fatalities == 583 })
        // a one-off toll after a sentence with no period stays an incident's
        let plain = extract("Gunmen attacked a checkpoint in Waziristan on Monday. At least 5 soldiers have been killed.")
        #expect(plain.counts.first { $0.number == 5 }?.cumulative != true)
    }

    @Test("A toll in a campaign named after it, past quote marks, is cumulative")
    func quotedCampaign() {
        let x = extract("As many as 13,000 people have been executed at the prison in a \"hidden\" campaign, the group says.")
        #expect(x.counts.first { $0.number == 13_000 }?.cumulative == true)
    }

    @Test("A date after 'since' lies behind the publication day")
    func sinceDateBehind() {
        let x = extract("Since the July 15 coup attempt, Turkey has accused Fethullah Gulen of plotting.", published: "2017-03-25")
        #expect(x.dates.first?.value == "2016-07-15")
    }

    // MARK: no deed, read from the parse

    @Test("A retort, shooting down an idea, a noun after a possessor: no incident")
    func wordsNotDeeds() {
        #expect(incidents("On Friday, the Daily Courier, a state tabloid, shot back at its critics.").isEmpty)
        #expect(incidents("Chancellor Ruth Keller shot down the prospect of parallel talks.").isEmpty)
        #expect(incidents("It was Ajaccio's only shot on target of the half.").isEmpty)
        // the deed itself stays
        #expect(!incidents("Soldiers shot down a helicopter near Kidal on Monday.").isEmpty)
    }

    @Test("A crackdown on an ill is a policy; on people it is coercion")
    func crackdownOnPeople() {
        #expect(incidents("Regulators urged the companies to crack down on hate speech online.").isEmpty)
        #expect(!incidents("Police cracked down on protesters in Harare on Monday.").isEmpty)
    }

    @Test("A trigger noun naming a kind of thing, and an intercepted missile, tell no incident")
    func kindsAndMissiles() {
        #expect(incidents("The missile fire set off air raid sirens in the valley, the army said.").isEmpty)
        #expect(incidents("Syrian forces fired missiles, one of which was intercepted.").allSatisfy { $0.event.cameo.prefix(2) != "17" })
    }

    @Test("The possessor of a murder is its victim; 'fatally shot' kills one")
    func possessorAndFatally() throws {
        let x = incidents("Two men appeared in court accused of Martin Doyle's murder.")
        #expect(x.contains { $0.targets.contains("Martin Doyle") })
        #expect(!x.contains { $0.actors.contains("Martin Doyle") })
        let shot = try #require(incidents("A sheriff's deputy was fatally shot in Baton Rouge on Saturday.").first)
        #expect(shot.event.fatalities == 1)
    }

    @Test("A pronoun doer or victim keeps an incident that names nobody")
    func pronounParticipants() {
        #expect(!incidents("She complained to police several times before he went on to murder her.").isEmpty)
    }
}
