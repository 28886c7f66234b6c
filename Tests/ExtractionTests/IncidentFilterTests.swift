import NewsModel
import Testing
@testable import Extraction

/// What is not an incident: each rule with sentences of its own.
@Suite("Incident filter and cumulative tolls")
struct IncidentFilterTests {
    static let pipeline = ExtractionPipeline.standard()

    func extract(_ text: String) -> Extraction {
        Self.pipeline.extract(Article(text: text, published: "2017-02-15"))
    }

    func incidents(_ text: String) -> [Event] {
        extract(text).events.filter { ["17", "18", "19", "20"].contains($0.cameo) }
    }

    @Test("A deed told in the past is an incident; the same deed as a modal, a future or a negation is not")
    func modality() {
        #expect(!incidents("Rebels attacked the town of Kosa on Monday, killing five villagers.").isEmpty)
        #expect(incidents("The dispute could result in a shooting in the capital, Kosa.").isEmpty)
        #expect(incidents("Rebels will attack the town of Kosa next week, the mayor fears.").isEmpty)
        #expect(incidents("Troops did not attack the village of Kosa, the ministry said.").isEmpty)
        #expect(incidents("The general plans to bomb rebel camps near Kosa.").isEmpty)
    }

    @Test("A conditional opening the clause: no incident")
    func conditional() {
        #expect(incidents("If the talks fail, the army will bomb the city of Kosa.").isEmpty)
        #expect(incidents("Unless the rebels leave, soldiers are ready to storm Kosa.").isEmpty)
    }

    @Test("\"Threatened to attack\" is a threat: 13, no incident")
    func threat() {
        let events = extract("The militia threatened to attack the town of Kosa.").events
        #expect(!events.contains { ["18", "19", "20"].contains($0.cameo) })
    }

    @Test("Weather, accidents, disease, sport and show business kill or fight without an incident; the count stays")
    func otherDomains() {
        let storm = extract("A winter storm killed four people in Ohio on Monday.")
        #expect(storm.events.allSatisfy { !["18", "19", "20"].contains($0.cameo) })
        #expect(storm.counts.contains { $0.type == .kill && $0.number == 4 })
        #expect(incidents("Three people were killed when a bus crashed near Lyon on Sunday.").isEmpty)
        #expect(incidents("The battle of the divas at the Grammys ended with Adele on top.").isEmpty)
        #expect(incidents("Smoking kills more than six million people, the WHO said.").isEmpty)
        #expect(incidents("At least 40 migrants died at sea off Libya on Tuesday.").isEmpty)
        #expect(incidents("Around 300 whales died on a beach near Nelson.").isEmpty)
        #expect(incidents("About 100 people have been killed in avalanches across the region this winter.").isEmpty)
        #expect(incidents("Two earthquakes killed 30 people in the province on Monday.").isEmpty)
    }

    @Test("An armed deed in the same sentence keeps the incident")
    func armedDeedKeeps() {
        #expect(!incidents("Gunmen shot dead four guards at a football stadium in Kosa on Monday.").isEmpty)
    }

    @Test("A verbal attack is a disapproval (11), not an assault")
    func verbal() {
        let events = extract("Senator Jane Moss attacked the president's immigration policy in a speech on Monday.").events
        #expect(!events.contains { ["18", "19", "20"].contains($0.cameo) })
    }

    @Test("A war's toll since a year is a cumulative count with its period, and no incident's toll")
    func cumulativeWar() {
        let x = extract("The war in Syria has killed more than 300,000 people since 2011.")
        let count = x.counts.first { $0.type == .kill }
        #expect(count?.number == 300_000)
        #expect(count?.cumulative == true)
        #expect(count?.period == "since 2011")
        #expect(!x.events.contains { $0.fatalities == 300_000 })
    }

    @Test("A conflict that has left a toll, and a toll a year, are cumulative")
    func cumulativeForms() {
        let conflict = extract("The conflict, which has left more than 50,000 people dead, shows no sign of ending.")
        #expect(conflict.counts.first?.cumulative == true)
        #expect(conflict.counts.first?.period == "The conflict")
        #expect(!conflict.events.contains { $0.fatalities == 50_000 })
    }

    @Test("A toll in a war named after it, or by a war far before it, is cumulative")
    func cumulativeAfter() {
        let after = extract("Tens of thousands of people have died in the fighting, aid groups say.")
        #expect(after.counts.first?.cumulative == true)
        #expect(after.counts.first?.period == "in the fighting")
        let far = extract("An insurgency by the Islamist group Boko Haram in Nigeria, which has killed 20,000 people, has spread.")
        #expect(far.counts.first { $0.number == 20_000 }?.cumulative == true)
    }

    @Test("'Have since died', a toll after a war's clause across ';', and money: no incident toll")
    func sinceSemicolonMoney() {
        let since = extract("The dispute turned violent in 2013. Tens of thousands have since been killed in the north.")
        #expect(since.counts.first { $0.type == .kill }?.cumulative == true)
        let semicolon = extract("Many were forced to flee during the long conflict; an estimated 90,000 were killed.")
        #expect(semicolon.counts.first { $0.number == 90_000 }?.cumulative == true)
        let money = extract("Officials set a fee of $10,000 per kidnapped worker released in Juba.")
        #expect(!money.counts.contains { $0.number == 10_000 })
    }

    @Test("A one-off toll is not cumulative and stays the incident's")
    func oneOff() {
        let x = extract("Gunmen killed 12 soldiers in the town of Kosa on Sunday.")
        #expect(x.counts.first { $0.type == .kill }?.cumulative == nil)
        #expect(x.events.contains { $0.fatalities == 12 })
    }

    @Test("Period phrases: since a year or month, so far, over the past years, in years of war, a year")
    func periodPhrases() {
        func phrase(_ text: String) -> String? {
            let words = text.split(separator: " ").map { String($0).lowercased() }
            for t in words.indices {
                if let end = CumulativeTolls.periodPhrase(at: t, words: words, limit: words.count) {
                    return words[t..<end].joined(separator: " ")
                }
            }
            return nil
        }
        #expect(phrase("killed since March") == "since march")
        #expect(phrase("died so far") == "so far")
        #expect(phrase("killed over the past six years") == "over the past six years")
        #expect(phrase("killed in six years of war") == "in six years of war")
        #expect(phrase("deaths a year") == "a year")
        #expect(phrase("killed since the war began") == "since the war")
        #expect(phrase("died since mid-february") == "since mid-february")
        #expect(phrase("killed in the town") == nil)
        #expect(phrase("killed since he was shot") == nil)
    }

    @Test("A hedge after the deed, being in jail, and an accidental fire: no incident")
    func hedgesStatesFires() {
        #expect(incidents("Officials say further attacks are highly likely in the region.").isEmpty)
        #expect(incidents("Moss has spent most of the past ten years in jail.").isEmpty)
        #expect(incidents("Nine workers were killed when a fire swept through a factory in Lagos.").isEmpty)
        #expect(!incidents("Gunmen opened fire on a bus in Lagos, killing nine passengers.").isEmpty)
    }

    @Test("Taking a town by force is fighting (19), not an arrest")
    func captureIsFighting() {
        let events = extract("Rebel fighters captured the town of Kosa on Sunday.").events
        #expect(events.contains { $0.cameo == "19" })
        #expect(!events.contains { $0.cameo == "17" })
    }

    @Test("One incident once: a recap with the same toll, or 'the attack', joins the lead with both sentences")
    func merging() {
        let text = "Gunmen killed 12 soldiers in the town of Kosa on Sunday. The army sent reinforcements to the area. "
            + "The attack was the deadliest this year, a spokesman said. In all, 12 soldiers were killed, he added."
        let violent = extract(text).events.filter { ["18", "19", "20"].contains($0.cameo) }
        #expect(violent.count == 1)
        #expect(violent.first?.fatalities == 12)
        #expect(violent.first?.allSentences.contains(0) == true)
        #expect((violent.first?.allSentences.count ?? 0) >= 2)
    }

    @Test("Two incidents with different tolls or places stay two")
    func notMerged() {
        let text = "Gunmen killed 12 soldiers in Kosa on Sunday. In a separate attack, a bomb killed three people in Lagos on Monday."
        let violent = extract(text).events.filter { ["18", "19", "20"].contains($0.cameo) }
        #expect(violent.count == 2)
    }
}

@Suite("Incident places")
struct IncidentPlaceTests {
    @Test("A country gives way to the town its sentence places the incident in")
    func specificPlace() {
        let x = ExtractionPipeline.standard().extract(Article(
            text: "Rebels attacked an army post in Syria on Monday, killing four soldiers in Al Bab, officials said.",
            published: "2017-02-15"))
        let violent = x.events.first { ["18", "19", "20"].contains($0.cameo) }
        let place = violent?.location.flatMap { id in x.entities.first { $0.id == id }?.name }
        #expect(place == "Al Bab")
    }
}
