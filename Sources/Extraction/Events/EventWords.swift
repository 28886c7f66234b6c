import NewsModel

/// Word lists of the event stage.
extension EventFinder {
    /// What a speaker may say they do inside a quote: appeals, talks, demands, disapproval, denials, threats.
    static let firstPersonRoots: Set<CAMEORoot> = [.appeal, .consult, .demand, .disapprove, .reject, .threaten,
                                                     .reduceRelations]

    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "tell", "reported", "reports", "added", "adds", "claimed", "claims",
        "stated", "states", "announced", "announces", "confirmed", "confirms", "warned", "warns", "insisted", "insists",
        "alleged", "alleges", "believe", "believes", "believed", "argued", "argues", "noted", "notes", "explained",
        "acknowledged", "admitted", "admits", "suggested", "suggests", "estimated", "estimates", "feared", "fears",
    ]

    static let quoteMarks: Set<String> = ["\"", "“", "”", "'", "‘", "’"]

    static let modals: Set<String> = ["will", "would", "could", "can", "may", "might", "should", "must", "to", "'ll",
                                      "shall", "wo", "ca"]

    // MARK: one trigger

    static let determiners = Lexicon.nounDeterminers
    static let anaphors = Lexicon.definiteDeterminers
    static let boundaries = EventClauses.boundaries
    static let auxiliaries: Set<String> = [
        "was", "were", "is", "are", "been", "be", "being", "'s", "'re", "get", "got", "gets", "had", "has", "have",
        "will", "would", "could", "can", "may", "might", "should", "must", "did", "do", "does", "to", "shall",
    ]
    static let passiveAuxiliaries: Set<String> = ["was", "were", "is", "are", "been", "be", "being", "get", "got",
                                                  "gets", "'s", "'re"]
    static let adverbs: Set<String> = [
        "also", "reportedly", "allegedly", "already", "later", "recently", "subsequently", "then", "just", "all",
        "both", "again", "officially", "previously", "earlier", "jointly", "formally", "publicly", "strongly",
        "repeatedly", "apparently", "initially", "first", "finally", "still", "now", "once", "twice", "eventually",
        "immediately", "briefly", "personally", "separately", "swiftly", "quickly", "further", "even", "duly",
        "fatally", "critically", "seriously",
    ]
    static let pronouns: Set<String> = ["they", "he", "she", "it", "we", "i", "you", "who", "which", "that"]
    static let actorNouns: Set<String> = [
        "gunmen", "militants", "jihadists", "rebels", "soldiers", "troops", "police", "protesters", "forces",
        "fighters", "insurgents", "attackers", "assailants", "terrorists", "people", "residents", "demonstrators",
        "workers", "students", "officials", "leaders", "authorities", "army", "government", "militia", "militias",
        "extremists", "bandits", "men", "officers", "supporters", "activists", "islamists", "separatists",
    ]
    static let extraActorNouns: Set<String> = [
        "mutineers", "pirates", "kidnappers", "bombers", "gunman", "attacker", "bomber", "mob", "crowd", "crowds",
        "prosecutors", "investigators", "court", "judge", "minister", "president", "spokesman", "charity", "group",
        "coalition", "military", "warplanes", "jets", "aircraft", "insurgent", "militant", "rebel", "soldier",
        "policeman", "officer", "agents", "guards", "he", "she", "they", "we", "i",
    ]
    /// Common nouns of single victims and bystanders: "a woman had been murdered", "a teenager was stabbed" is an
    /// incident though it names nobody.
    static let victimNouns: Set<String> = [
        "woman", "man", "girl", "boy", "child", "teenager", "teen", "student", "worker", "farmer", "villager",
        "villagers", "pensioner", "pensioners", "tourist", "tourists", "victim", "victims", "suspect", "suspects",
        "driver", "mother", "father", "son", "daughter", "wife", "husband", "priest", "doctor", "nurse", "boys", "men",
        "passengers", "passenger", "resident", "residents", "civilian", "journalist", "reporter", "teacher", "guard",
        "policeman", "policemen", "policewoman", "officer", "soldier", "soldiers", "protester", "protesters",
    ]
    static let negations: Set<String> = ["not", "n't", "never", "no", "without", "nor", "neither", "denied", "denies",
                                         "deny", "denying", "refused", "refuses", "refuse", "rejected", "failed"]
    static let denials: Set<String> = ["denied", "denies", "deny", "denying", "refused", "refuses", "refuse",
                                       "refusing", "rejected", "rejects", "dismissed"]
    static let lightVerbs: Set<String> = [
        "had", "has", "have", "having", "held", "hold", "holds", "holding", "launched", "launch", "launches",
        "launching", "carried", "carry", "carries", "conducted", "conduct", "conducts", "staged", "stage", "stages",
        "made", "make", "makes", "led", "lead", "leads", "mounted", "mount", "organised", "organized", "organise",
        "organize", "hosted", "joined", "join", "attended", "attend", "attends", "began", "started", "waged",
        "ordered", "orders", "order", "opened", "opens", "initiated", "accept", "accepts", "accepted", "conceded",
        "raised", "raise", "raises", "expressed", "voiced", "imposed", "impose", "imposes", "engaged", "involved",
    ]
    static let prepositions: Set<String> = [
        "in", "at", "near", "of", "from", "to", "with", "on", "against", "by", "for", "during", "outside", "inside",
        "across", "into", "over", "under", "between", "within", "around", "toward", "towards", "about", "through",
        "throughout", "along", "upon", "among", "amid", "after", "before", "since", "until", "like", "as", "targeting",
    ]
    /// Words between a preposition and a place that keep the place governed: "in northeastern Mali", "in the town of".
    static let placeModifiers: Set<String> = [
        "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern",
        "central", "neighbouring", "neighboring", "northeast", "northwest", "southeast", "southwest", "north", "south",
        "east", "west", "restive", "capital", "city", "town", "village", "region", "province", "district", "state",
        "area", "commune", "county", "country", "neighbouring", "far", "remote", "border", "troubled", "nearby",
    ]
    static let placeNouns: Set<String> = ["city", "town", "village", "region", "province", "district", "state", "area",
                                          "commune", "county", "country", "capital", "municipality", "department",
                                          "outskirts", "suburbs", "suburb", "centre", "center", "heart", "edge",
                                          "part", "parts", "north", "south", "east", "west", "neighbourhood",
                                          "neighborhood", "islands", "island", "coast"]

}
