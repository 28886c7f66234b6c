import NewsModel

/// A capital standing for its government: "Moscow imposed sanctions", "Washington expelled 35 diplomats",
/// "Beijing's decision". When a capital is an event's doer and the sentence makes it plain — the capital is the
/// subject of a verb, the possessor of a noun or the agent after "by" in the parse — the actor is the country: the
/// document's entity of that country when it names it (any of its names, "US" or "United States"), else a new LOC
/// entity of the country's name (with no mentions: the text never writes it).
///
/// A capital as victim or place stays the city ("rebels attacked Kabul", "talks in Moscow"), and so does a doer the
/// parse does not show as the subject ("in Moscow, police arrested").
enum CapitalActors {
    /// Capitals whose name stands for the government, and the names of their country (the first is the one given
    /// to a new entity).
    static let countries: [String: [String]] = [
        "Moscow": ["Russia", "Russian Federation"], "Washington": ["United States", "US", "U.S.", "USA", "America"],
        "Beijing": ["China"], "Kiev": ["Ukraine"], "Kyiv": ["Ukraine"], "London": ["Britain", "United Kingdom", "UK", "U.K."],
        "Paris": ["France"], "Berlin": ["Germany"], "Tehran": ["Iran"], "Ankara": ["Turkey", "Türkiye"],
        "Damascus": ["Syria"], "Pyongyang": ["North Korea"], "Seoul": ["South Korea"], "Tokyo": ["Japan"],
        "Riyadh": ["Saudi Arabia"], "Cairo": ["Egypt"], "Baghdad": ["Iraq"], "Kabul": ["Afghanistan"],
        "Islamabad": ["Pakistan"], "New Delhi": ["India"], "Delhi": ["India"], "Brussels": ["European Union", "EU"],
        "Tel Aviv": ["Israel"], "Jerusalem": ["Israel"], "Havana": ["Cuba"], "Caracas": ["Venezuela"],
        "Minsk": ["Belarus"], "Tbilisi": ["Georgia"], "Baku": ["Azerbaijan"], "Yerevan": ["Armenia"],
        "Warsaw": ["Poland"], "Budapest": ["Hungary"], "Rome": ["Italy"], "Madrid": ["Spain"], "Ottawa": ["Canada"],
        "Canberra": ["Australia"], "Bamako": ["Mali"], "Abuja": ["Nigeria"], "Nairobi": ["Kenya"],
        "Khartoum": ["Sudan"], "Tripoli": ["Libya"], "Doha": ["Qatar"], "Abu Dhabi": ["United Arab Emirates", "UAE"],
        "Amman": ["Jordan"], "Beirut": ["Lebanon"], "Kinshasa": ["Democratic Republic of Congo", "DRC", "Congo"],
        "Addis Ababa": ["Ethiopia"], "Mogadishu": ["Somalia"], "Sanaa": ["Yemen"], "Manila": ["Philippines"],
        "Hanoi": ["Vietnam"], "Taipei": ["Taiwan"], "Mexico City": ["Mexico"], "Brasilia": ["Brazil"],
        "Athens": ["Greece"], "Stockholm": ["Sweden"], "Oslo": ["Norway"], "Helsinki": ["Finland"],
        "Copenhagen": ["Denmark"], "Vienna": ["Austria"], "The Hague": ["Netherlands"], "Dublin": ["Ireland"],
    ]

    static func apply(_ document: inout Document) {
        guard !document.events.isEmpty, document.syntax.count == document.tokens.count else { return }
        var indexByID: [String: Int] = [:]
        for (k, e) in document.entities.enumerated() { indexByID[e.id] = k }
        for k in document.events.indices {
            let event = document.events[k]
            for (slot, id) in event.actors.enumerated() {
                guard let e = indexByID[id], document.entities[e].type == .location, id != event.location,
                      let names = countries[document.entities[e].name],
                      standsAsDoer(e, in: event.sentence, document) else { continue }
                let country = countryEntity(names, &document, &indexByID)
                guard country != id else { continue }
                if document.events[k].actors.contains(country) || document.events[k].targets.contains(country) {
                    document.events[k].actors.remove(at: slot)
                    break   // indices moved; one capital per event is enough
                }
                document.events[k].actors[slot] = country
            }
        }
    }

    /// Whether a mention of entity `e` in sentence `s` is a subject, a possessor or the agent after "by".
    static func standsAsDoer(_ e: Int, in s: Int, _ document: Document) -> Bool {
        guard document.sentences.indices.contains(s) else { return false }
        let sentence = document.sentences[s].tokens
        for m in document.mentions where m.entity == e && sentence.contains(m.tokens.lowerBound) {
            for t in m.tokens where t < document.syntax.count {
                let label = document.syntax[t].label
                if label == .nsubj || label == .poss { return true }
                if label == .pobj, let p = document.head(of: t), document.syntax[p].label == .agent { return true }
            }
        }
        return false
    }

    /// The document's entity of the country, or a new one.
    static func countryEntity(_ names: [String], _ document: inout Document, _ indexByID: inout [String: Int]) -> String {
        if let existing = document.entities.first(where: { e in
            e.type == .location && (names.contains(e.name) || e.aliases.contains(where: names.contains))
        }) {
            return existing.id
        }
        var number = document.entities.count + 1
        let ids = Set(document.entities.map(\.id))
        while ids.contains("E\(number)") { number += 1 }
        let entity = Entity(id: "E\(number)", type: .location, name: names[0])
        indexByID[entity.id] = document.entities.count
        document.entities.append(entity)
        return entity.id
    }
}
