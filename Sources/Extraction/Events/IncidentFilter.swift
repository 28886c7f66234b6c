import NewsModel

/// Takes out of the violent incidents and arrests (CAMEO 17-20) what the text does not report as one.
///
/// For each such event, from its trigger's clause and sentence:
/// - **not a deed**: a modal or future before the trigger ("could result in a shooting", "would attack", "will be
///   killed"), a conditional opening its clause ("if troops attack"), an intention or a fear ("plans to bomb", "fears
///   of an attack"), a negation or denial ("did not kill", "denied attacking"): dropped; "threatened to attack" is
///   the threat: 13;
/// - **not politics**: a sentence about disease, accidents, disasters, weather, sport or show business ("the storm
///   killed four", "a battle of the divas at the Grammys") with no armed actor or weapon in it: dropped;
/// - **verbal**: "attacked", "clashed", "fight", "war" in a sentence about words, policies, courts or votes ("clashes
///   with courts over the ban", "attacked his rival's plan in a speech") with no armed actor or weapon: 11;
/// - **a toll**: the trigger of a war's or a period's toll ("a war that has killed 300,000 since 2011": the count
///   is cumulative) is not an incident: dropped.
struct IncidentFilterStage: ExtractionStage {
    func run(_ document: inout Document) {
        guard document.events.contains(where: { $0.root?.isIncident == true }) else { return }
        let words = document.tokens.map { $0.kind == .word ? $0.text.lowercased() : $0.text }
        let accidentStory = IncidentFilter.isAccidentTitle(document.title)
        var kept: [Event] = []
        for var event in document.events {
            guard event.root?.isIncident == true, let start = event.start, let end = event.end,
                  let trigger = TokenSpans.range(start, end, in: document.tokens),
                  document.sentences.indices.contains(event.sentence) else {
                kept.append(event)
                continue
            }
            let sentence = document.sentences[event.sentence].tokens.clamped(to: 0..<words.count)
            // "Young man dies in Limerick road collision": in an accident's story, "was seriously injured" with no
            // deed of its own is the accident's toll
            if accidentStory, (CAMEOLexicon.triggers[words[trigger].joined(separator: " ")]?.weight ?? 0) <= 1,
               Set(words[sentence]).isDisjoint(with: IncidentWords.deeds) {
                continue
            }
            switch IncidentFilter.verdict(trigger: trigger, sentence: sentence, words: words,
                                          cumulative: cumulativeCounts(document, sentence),
                                          isCapitalised: { t in
                                              document.tokens[t].kind == .word
                                                  && document.tokens[t].text.unicodeScalars.first.map(Chars.isUpper) == true
                                          }) {
            case .keep:
                kept.append(event)
            case .drop:
                continue
            case .recode(let root):
                event.cameo = root.code
                event.label = root.label
                event.fatalities = nil
                event.injured = nil
                event.count = nil
                kept.append(event)
            }
        }
        document.events = kept
    }

    func cumulativeCounts(_ document: Document, _ sentence: Range<Int>) -> [Range<Int>] {
        guard !sentence.isEmpty else { return [] }
        let lo = document.tokens[sentence.lowerBound].start, hi = document.tokens[sentence.upperBound - 1].end
        return document.counts.filter { $0.isCumulative && $0.start >= lo && $0.end <= hi }
            .compactMap { TokenSpans.range($0.start, $0.end, in: document.tokens) }
    }
}

enum IncidentFilter {
    enum Verdict: Equatable {
        case keep, drop
        case recode(CAMEORoot)
    }

    /// A title about a crash, a collision, a fire or a disaster, with no deed of violence in it.
    static func isAccidentTitle(_ title: String?) -> Bool {
        guard let title else { return false }
        let words = Set(title.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init))
        // a fire is an accident unless it is opened or set
        let fire = words.contains("fire") && words.isDisjoint(with: ["open", "opened", "opens", "set", "sets", "arson"])
        return (fire || !words.isDisjoint(with: IncidentWords.accidents)) && words.isDisjoint(with: IncidentWords.deeds)
    }

    static func verdict(trigger: Range<Int>, sentence: Range<Int>, words: [String], cumulative: [Range<Int>],
                        isCapitalised: (Int) -> Bool = { _ in false }) -> Verdict {
        var lowered = Set(words[sentence])
        // "put the journalist on a collision course with the ISI": an idiom, no accident
        if lowered.contains("collision"), sentence.dropLast().contains(where: { words[$0] == "collision" && words[$0 + 1] == "course" }) {
            lowered.remove("collision")
        }
        let armed = !lowered.isDisjoint(with: IncidentWords.armed)
        // a toll of a war or a period, told at the trigger
        if cumulative.contains(where: { $0.lowerBound - 6 <= trigger.upperBound && trigger.lowerBound <= $0.upperBound + 6 }) {
            return .drop
        }
        // the words of the clause before the trigger, nearest first
        var before: [String] = []
        var k = trigger.lowerBound - 1
        while k >= sentence.lowerBound, before.count < 6, !IncidentWords.clauseBreaks.contains(words[k]) {
            before.append(words[k])
            k -= 1
        }
        // a word of the set right before the trigger, with only fillers between ("did not kill", "plans to bomb")
        func right(before set: Set<String>, fillers: Set<String>, within: Int = 4) -> Bool {
            for word in before.prefix(within) {
                if set.contains(word) { return true }
                if !fillers.contains(word) { return false }
            }
            return false
        }
        if right(before: IncidentWords.threats, fillers: IncidentWords.intentFillers) { return .recode(.threaten) }
        if right(before: IncidentWords.modals, fillers: IncidentWords.auxiliaryFillers) { return .drop }
        // "could result in a shooting", "would lead to more attacks"
        if right(before: IncidentWords.modals, fillers: IncidentWords.consequenceFillers, within: 5) { return .drop }
        if right(before: IncidentWords.negations, fillers: IncidentWords.auxiliaryFillers) { return .drop }
        if right(before: IncidentWords.denials, fillers: IncidentWords.intentFillers.union(["that", "it", "they", "its"]), within: 5) {
            return .drop
        }
        if right(before: IncidentWords.intentions, fillers: IncidentWords.intentFillers) { return .drop }
        // "further attacks are highly likely", "attacks were feared"
        let after = words[trigger.upperBound..<min(sentence.upperBound, trigger.upperBound + 4)]
        if let hedge = after.firstIndex(where: { IncidentWords.hedgesAfter.contains($0) }),
           words[trigger.upperBound..<hedge].allSatisfy({ IncidentWords.auxiliaryFillers.contains($0) || $0 == "highly" || $0 == "very" }) {
            return .drop
        }
        // "the Cypriot authorities often arrest them": a habit, not an incident
        if right(before: IncidentWords.habitual, fillers: IncidentWords.auxiliaryFillers.union(["the", "them", "authorities", "police"]), within: 3) {
            return .drop
        }
        // "Ankara will complete its operation only after capturing Manbij": the deed of a future or a plan
        if trigger.lowerBound > sentence.lowerBound, ["after", "before", "until", "by"].contains(words[trigger.lowerBound - 1]),
           words[trigger].last?.hasSuffix("ing") == true,
           (sentence.lowerBound..<trigger.lowerBound).contains(where: { IncidentWords.modals.contains(words[$0]) }) {
            return .drop
        }
        // "is serving 30 years behind bars": a sentence served, not an arrest (unless put, sent or thrown there)
        if words[trigger].joined(separator: " ") == "behind bars",
           !(max(sentence.lowerBound, trigger.lowerBound - 3)..<trigger.lowerBound).contains(where: { IncidentWords.jailings.contains(words[$0]) }) {
            return .drop
        }
        // "arrested on suspicion of murder", "charges including murder": the charge names the deed told elsewhere
        let lead = (max(sentence.lowerBound, trigger.lowerBound - 3)..<trigger.lowerBound).map { words[$0] }.joined(separator: " ")
        if IncidentWords.charges.contains(where: { lead.hasSuffix($0) }) { return .drop }
        // "more than 900 attacks were recorded in 2016", "a record number of shootings": a statistic of many incidents
        if let last = words[trigger].last, last.hasSuffix("s"), trigger.lowerBound > sentence.lowerBound {
            let window = (max(sentence.lowerBound, trigger.lowerBound - 3)..<trigger.lowerBound).map { words[$0] }
            let many = window.contains { w in (Int(w.filter(\.isNumber)).map { $0 >= 10 } ?? false) && w.allSatisfy { $0.isNumber || $0 == "," } }
                || window.joined(separator: " ").hasSuffix("number of") || window.contains("hundreds") || window.contains("thousands")
            if many { return .drop }
        }
        // "fought back to claim a fifth title", "battled back from 10-4": a comeback
        if trigger.upperBound + 1 < sentence.upperBound, words[trigger.upperBound] == "back",
           ["to", "from"].contains(words[trigger.upperBound + 1]) {
            return .drop
        }
        // "its capture was just a matter of time": not yet a deed
        let rest = words[trigger.upperBound..<min(sentence.upperBound, trigger.upperBound + 7)].joined(separator: " ")
        if rest.contains("matter of time") || rest.contains("matter of days") || rest.contains("matter of weeks") {
            return .drop
        }
        // "spent 25 years in jail": a state, not an arrest
        if let previous = before.first, previous == "in", words[trigger].allSatisfy({ IncidentWords.places.contains($0) }) {
            return .drop
        }
        // a conditional opening the clause, anywhere before the trigger in the sentence
        var c = trigger.lowerBound - 1
        while c >= sentence.lowerBound, words[c] != ";" {
            if IncidentWords.conditionals.contains(words[c]) { return .drop }
            c -= 1
        }
        // "captured Raqqa", "seized the town": taking ground by force is fighting (19), not an arrest
        if words[trigger].contains(where: { IncidentWords.captures.contains($0) }) {
            let object = words[trigger.upperBound..<min(sentence.upperBound, trigger.upperBound + 4)]
            if object.contains(where: { IncidentWords.ground.contains($0) })
                || (trigger.upperBound < sentence.upperBound && isCapitalised(trigger.upperBound)) {
                return .recode(.fight)
            }
        }
        let deed = !lowered.isDisjoint(with: IncidentWords.deeds)
        // a fire is an accident unless it is opened, set, or arson
        if !deed, lowered.contains("fire") || lowered.contains("flames"),
           !(sentence.lowerBound + 1..<sentence.upperBound).contains(where: { words[$0] == "fire" && ["opened", "open", "opening", "set", "setting", "returned"].contains(words[$0 - 1]) }),
           !lowered.contains("arson") {
            return .drop
        }
        // plurals fold to the listed word: "avalanches", "earthquakes", "films"
        if !deed, !lowered.isDisjoint(with: IncidentWords.otherDomains)
            || lowered.contains(where: { $0.count > 3 && $0.hasSuffix("s") && IncidentWords.otherDomains.contains(String($0.dropLast())) }) {
            return .drop
        }
        if deed || armed { return .keep }
        let triggerWords = words[trigger]
        // "the proposal to repeal Obamacare was killed": a bill, a plan or a deal dies, nobody does
        if triggerWords.contains(where: { ["killed", "kill", "kills", "killing"].contains($0) }),
           !lowered.isDisjoint(with: IncidentWords.verbalContext) {
            return .drop
        }
        if triggerWords.contains(where: { IncidentWords.verbalTriggers.contains($0) }),
           !lowered.isDisjoint(with: IncidentWords.verbalContext) {
            return .recode(.disapprove)
        }
        return .keep
    }
}

/// The word lists of the incident filter (lower case).
enum IncidentWords {
    static let clauseBreaks: Set<String> = [";", ":", ".", "but", "which", "who", "because", "after", "before", "when",
                                            "while", "since", "and", "—", "–", "(", ")"]
    static let modals: Set<String> = ["could", "would", "might", "may", "will", "'ll", "shall", "should", "can",
                                      "must", "wo", "'d", "cannot"]
    static let negations: Set<String> = ["not", "n't", "never", "no", "without", "nor", "neither", "nobody"]
    static let denials: Set<String> = ["denied", "denies", "deny", "denying", "rejected", "dismissed"]
    /// Words between a modal or negation and its verb: "could have been killed", "did not attack".
    static let auxiliaryFillers: Set<String> = ["be", "been", "being", "have", "has", "had", "not", "n't", "also",
                                                "probably", "likely", "soon", "you", "them", "him", "her", "us", "me", "now", "then", "eventually", "still",
                                                "ever", "even", "again", "yet", "further", "did", "do", "does", "was",
                                                "were", "is", "are", "get", "face", "allegedly"]
    /// Words between a modal and a deed it would bring about: "could result in a shooting".
    static let consequenceFillers: Set<String> = ["result", "lead", "in", "to", "a", "an", "the", "cause", "spark",
                                                  "trigger", "provoke", "more", "further", "new", "fresh", "be", "mean"]
    /// Words between an intention and its deed: "plans to bomb", "fears of an attack", "threatened to arrest".
    static let intentFillers: Set<String> = ["to", "of", "a", "an", "the", "be", "more", "new", "further", "for",
                                             "possible", "any", "another", "fresh", "having", "being", "against"]
    static let threats: Set<String> = ["threatened", "threatens", "threaten", "threatening", "vowed", "vows", "vow"]
    static let intentions: Set<String> = [
        "plans", "planned", "planning", "plan", "plot", "plotted", "plotting", "intends", "intended", "intend", "aims",
        "aimed", "wants", "wanted", "seeks", "sought", "ready", "prepared", "preparing", "likely", "unlikely", "able",
        "fear", "fears", "feared", "fearing", "risk", "risks", "prevent", "prevented", "avert", "avoid", "stop", "warned",
        "warns", "urged", "demand", "demanded", "possible", "potential", "expected", "threat", "threats", "risk",
        "racing", "scrambling",
    ]
    /// After a deed: "further attacks are highly likely".
    static let accidents: Set<String> = ["crash", "crashes", "collision", "accident", "crashed", "derailment", "derails",
                                         "blaze", "flood", "floods", "storm", "earthquake", "avalanche",
                                         "landslide", "capsizes", "capsized"]
    static let habitual: Set<String> = ["often", "usually", "routinely", "regularly", "sometimes", "frequently",
                                        "typically", "generally", "occasionally"]
    static let jailings: Set<String> = ["put", "sent", "thrown", "landed", "placed", "locked", "putting", "sending"]
    static let charges: [String] = ["suspicion of", "charged with", "charges of", "charges including", "convicted of",
                                    "guilty of", "charge of", "accused of the", "trial for", "sentenced for"]
    static let hedgesAfter: Set<String> = ["likely", "possible", "feared", "expected", "planned", "imminent", "unlikely"]
    static let captures: Set<String> = ["capture", "captured", "captures", "capturing", "seize", "seized", "seizes",
                                        "seizing", "recapture", "recaptured", "overran", "overrun", "retook", "retake"]
    static let ground: Set<String> = ["town", "city", "village", "villages", "bastion", "stronghold", "territory",
                                      "area", "areas", "base", "airport", "district", "region", "province", "hill",
                                      "neighbourhood", "neighborhood", "positions", "capital", "towns", "cities"]
    /// Being held, not being taken: "in jail", "in prison", "in custody".
    static let places: Set<String> = ["jail", "prison", "custody", "detention"]
    static let conditionals: Set<String> = ["if", "unless", "whether", "lest"]
    /// Armed forces: a sentence about them is about force ("police clashed with protesters"), not about words.
    static let armed: Set<String> = [
        "soldiers", "soldier", "troops", "army", "police", "policemen", "forces", "security", "fighters", "guards",
        "arrested", "detained", "kidnapped", "abducted", "raid", "raids", "protesters", "demonstrators",
    ]
    /// Violent doers, weapons and deeds: a sentence with one is about violence whatever else it mentions.
    static let deeds: Set<String> = [
        "gunmen", "gunman", "militants", "militant", "rebels", "rebel", "insurgents", "jihadists", "jihadist",
        "terrorists", "terrorist", "bomber", "bombers", "bomb", "bombs", "bombing", "bombings", "airstrike",
        "airstrikes", "shelling", "shelled", "shot", "shooting", "gunfire", "stabbed", "stabbing", "suicide",
        "attackers", "attacker", "militia", "militias", "rockets", "rocket", "missile", "missiles", "explosives",
        "grenade", "grenades", "mortar", "ambush", "ambushed", "massacre", "assassinated", "assassination", "murdered",
        "murder", "hostage", "hostages", "executed", "execution", "gunshot", "killer", "killers", "beheaded", "tortured",
    ]
    /// Disease, accidents, disasters, weather, sport, show business.
    static let otherDomains: Set<String> = [
        // the economy: "the sector has exploded in size"
        "sector", "industry", "markets", "stocks", "shares", "sales", "economy", "growth", "size", "popularity",
        "revenue", "profits", "ratings",
        // disease and health
        "cancer", "tobacco", "smoking", "cigarettes", "disease", "diseases", "virus", "epidemic", "outbreak", "cholera",
        "malaria", "famine", "malnourished", "malnutrition", "starvation", "overdose", "overdoses",
        "superbugs", "superbug", "infections", "infection", "flu", "hiv", "measles", "ebola", "zika",
        "antibiotics", "drug-resistant", "obesity", "diabetes", 
        // accidents
        "crash", "crashed", "crashes", "accident", "accidents", "accidental", "collision", "collided", "derailed",
        "derailment", "capsized", "sank", "drowned", "drowning", "avalanche", "stampede", "blaze", "sea", "shipwreck",
        // animals
        "whales", "whale", "dolphins", "animals", "cattle", "birds", "stranded",
        // disasters and weather
        "earthquake", "quake", "tsunami", "flood", "floods", "flooding", "storm", "storms", "hurricane", "cyclone",
        "typhoon", "tornado", "tornadoes", "blizzard", "snowstorm", "landslide", "landslides", "mudslide", "drought",
        "heatwave", "wildfire", "wildfires", "volcano", "weather",
        // sport
        "championship", "league", "tournament", "coach", "olympics", "olympic",
        "scored", "striker", "playoff", "playoffs", "football", "soccer", "tennis", "cricket", "rugby", "boxing",
        "boxer", "knockout", "nba", "nfl", "fifa", "semi-final", "goal", "goals", "ball", "penalty", "trophy",
        "comeback", "overtime", "half-time", "putt", "golf", "medal", "medals", "athlete", "athletes", "doping",
        // show business
        "grammy", "grammys", "oscar", "oscars", "album", "film", "movie", "concert", "singer", "actress", "actor",
        "award", "awards", "song", "songs", "hollywood", "celebrity", "divas", "diva", 
        "rapper", 
    ]
    static let verbalTriggers: Set<String> = [
        "attack", "attacked", "attacks", "attacking", "clash", "clashed", "clashes", "clashing", "fight", "fought",
        "fighting", "fights", "battle", "battled", "battles", "battling", "war", "assault", "assaulted", "hit", "hits",
        "struck", "blasted", "slammed",
    ]
    static let verbalContext: Set<String> = [
        "speech", "tweet", "tweets", "tweeted", "twitter", "comments", "comment", "remarks",
        "criticism", "criticised", "criticized", "policy", "policies", "words", "verbal", "rhetoric",
        "media", "press", "court", "courts", "judge", "judges", "ruling", "decision", "plan", "bill", "law", "laws",
        "election", "vote", "votes", "debate", "interview", "legal", "lawsuit", "ban", "order", "budget", "reform",
        "parliament", "congress", "senate", "candidate", "market", "prices", "trade", "deal", "lawmakers",
        "newspaper", "journalists", "facebook", "agenda", "agendas", "legislation", "reforms", "proposal",
        "proposals", "nomination",
    ]
}
