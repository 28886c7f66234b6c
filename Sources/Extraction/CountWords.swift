// The lexicon of the count stage: triggers, qualifiers, stop words, people nouns and exclusions.

import NewsModel

/// The words of the count stage (see ``CountStage``).
enum CountWords {
    /// Triggers before the number, active voice.
    static let active: [String: CountType] = [
        "killed": .kill, "killing": .kill, "kills": .kill, "kill": .kill, "massacred": .kill, "executed": .kill,
        "murdered": .kill, "slaughtered": .kill, "slew": .kill,
        "wounded": .wound, "wounding": .wound, "wounds": .wound, "injured": .wound, "injuring": .wound,
        "injures": .wound, "injure": .wound, "wound": .wound,
        "arrested": .arrest, "arresting": .arrest, "arrest": .arrest, "detained": .arrest, "detaining": .arrest,
        "detain": .arrest, "jailed": .arrest, "apprehended": .arrest,
        "abducted": .kidnap, "abducting": .kidnap, "abduct": .kidnap, "kidnapped": .kidnap, "kidnapping": .kidnap,
        "kidnaped": .kidnap, "kidnap": .kidnap,
        "displaced": .affect, "displacing": .affect, "displace": .affect, "affected": .affect, "affecting": .affect,
        "affect": .affect, "evacuated": .affect, "uprooted": .affect,
        "seized": .seize, "seizing": .seize, "seize": .seize, "confiscated": .seize, "confiscating": .seize,
        "impounded": .seize, "intercepted": .seize,
    ]
    /// "captured 12 soldiers" (ARREST) or "captured 3 vehicles" (SEIZE).
    static let activeAmbiguous: [String: CountType] = ["captured": .seize, "capturing": .seize, "capture": .seize]

    /// Triggers after the noun phrase ("were killed", "52 dead", "thousands protested").
    static let passive: [String: CountType] = [
        "killed": .kill, "dead": .kill, "died": .kill, "die": .kill, "perished": .kill, "slain": .kill,
        "massacred": .kill, "executed": .kill, "murdered": .kill, "slaughtered": .kill, "beheaded": .kill,
        "wounded": .wound, "injured": .wound, "hurt": .wound, "maimed": .wound,
        "arrested": .arrest, "detained": .arrest, "jailed": .arrest, "imprisoned": .arrest, "apprehended": .arrest,
        "abducted": .kidnap, "kidnapped": .kidnap, "kidnaped": .kidnap,
        "displaced": .affect, "affected": .affect, "homeless": .affect, "evacuated": .affect, "uprooted": .affect,
        "stranded": .affect, "fled": .affect, "trapped": .affect,
        "seized": .seize, "confiscated": .seize, "impounded": .seize, "intercepted": .seize,
        "protested": .protest, "protest": .protest, "protesting": .protest, "demonstrated": .protest,
        "marched": .protest, "rallied": .protest,
    ]
    /// Noun heads that carry the type themselves: "10,000 demonstrators".
    static let nounHeads: [String: CountType] = [
        "demonstrators": .protest, "protesters": .protest, "protestors": .protest, "marchers": .protest,
        "deaths": .kill, "fatalities": .kill, "bodies": .kill,
        "injuries": .wound,
        "hostages": .kidnap, "abductees": .kidnap, "captives": .kidnap,
        "arrests": .arrest, "detainees": .arrest,
        "refugees": .affect,
    ]

    static func isTrigger(_ w: String) -> Bool {
        passive[w] != nil || active[w] != nil || w == "captured" || w == "held" || w == "taken"
    }

    static let qualifiers: Set<String> = [
        "some", "about", "around", "nearly", "almost", "approximately", "roughly", "over", "another", "estimated",
        "only", "just", "all", "least", "than", "the", "further", "additional", "those", "these",
    ]
    static let twoWordQualifiers: Set<String> = [
        "at least", "more than", "less than", "fewer than", "up to", "as many", "close to", "at most", "an estimated",
        "a further", "a total", "total of", "as many as", "many as", "in excess",
    ]
    static let determiners = Lexicon.countDeterminers
    static let auxiliaries: Set<String> = [
        "was", "were", "is", "are", "be", "been", "being", "have", "has", "had", "will", "would", "may", "might",
        "could", "got", "get", "reported", "confirmed", "feared", "believed", "thought", "presumed", "left", "remain",
        "remained", "lay",
    ]
    static let chainAdverbs: Set<String> = [
        "also", "reportedly", "allegedly", "later", "subsequently", "all", "still", "now", "just", "recently",
        "apparently", "either", "both", "to", "not", "since", "initially", "eventually", "finally", "then",
        "seriously", "critically", "badly", "slightly", "fatally", "severely", "officially",
    ]
    /// Words that end a noun phrase.
    static let npStop: Set<String> = [
        "was", "were", "is", "are", "be", "been", "being", "have", "has", "had", "will", "would", "may", "might",
        "could", "who", "which", "that", "whom", "whose", "and", "or", "but", "in", "on", "at", "near", "from", "to",
        "by", "with", "for", "during", "after", "before", "since", "as", "when", "where", "while", "into", "onto",
        "over", "under", "across", "against", "among", "amid", "including", "also", "reportedly", "allegedly",
        "said", "say", "says", "told", "according", "last", "lost", "along", "this", "on", "each", "per", "a", "an", "than", "they",
        "he", "she", "it", "we", "i", "you", "there", "here", "yesterday", "today", "not", "all", "both", "later",
        "about", "some", "out", "up", "down", "off", "through", "between", "following", "within", "without", "took",
    ]
    static let clauseStops: Set<String> = [
        "said", "says", "say", "told", "according", "where", "when", "after", "before", "while", "because", "although",
        "though", "but", "if", "since", "whereas", "unless", "until", ";", ":", "claimed", "added", "reported",
    ]
    /// "-ing" words that are nouns, kept inside a noun phrase.
    static let ingNouns: Set<String> = ["wedding", "building", "buildings", "offspring", "morning", "evening", "housing"]
    static let lyNouns: Set<String> = ["assembly", "monopoly", "anomaly", "assemblies"]
    static let people: Set<String> = [
        "people", "persons", "person", "civilians", "civilian", "soldiers", "soldier", "troops", "men", "women",
        "children", "boys", "girls", "students", "villagers", "fighters", "militants", "insurgents", "jihadists",
        "rebels", "officers", "policemen", "police", "officials", "nationals", "citizens", "workers", "migrants",
        "peacekeepers", "members", "suspects", "protesters", "demonstrators", "journalists", "farmers", "herders",
        "residents", "passengers", "pilgrims", "worshippers", "refugees", "miners", "teachers", "hostages", "others",
        "individuals", "personnel", "gunmen", "attackers", "assailants", "terrorists", "tourists", "nurses", "doctors",
        "guards", "crew", "sailors", "fishermen", "activists", "opponents", "supporters", "prisoners", "detainees",
        "mercenaries", "servicemen", "marines", "recruits", "commanders", "leaders", "pupils", "nuns", "priests",
        "foreigners", "expatriates", "employees", "staff", "aides", "bodyguards", "relatives", "colleagues",
        "policeman", "man", "woman", "child", "boy", "girl", "families", "households", "inhabitants", "victims",
        "survivors", "patients", "youths", "adults", "babies", "infants", "teenagers",
    ]
    static let units: Set<String> = [
        "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes", "minute",
        "seconds", "second", "decades", "decade", "centuries", "century", "km", "kilometres", "kilometers",
        "kilometre", "kilometer", "miles", "mile", "metres", "meters", "metre", "meter", "m", "ft", "feet", "times",
        "points", "point", "percent", "mph", "kph", "km/h", "o'clock", "th", "st", "nd", "rd", "s",
    ]
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
        "jan", "feb", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    static let currencyBefore: Set<String> = [
        "$", "€", "£", "¥", "₦", "us$", "usd", "eur", "gbp", "cfa", "fcfa", "rs", "rs.", "inr", "₹", "a$", "c$", "r",
    ]
    static let currencyAfter: Set<String> = [
        "dollars", "dollar", "euros", "euro", "pounds", "pound", "francs", "franc", "cfa", "fcfa", "usd", "naira",
        "rand", "shillings", "yuan", "rupees", "dinars", "dirhams", "riyals", "rubles", "roubles", "yen", "cedis",
        "birr", "bn", "m", "eur",
    ]

    /// Prepositions that introduce the place of a count.
    static let placePrepositions: Set<String> = ["in", "near", "at", "outside", "inside"]
    /// Words that end the way back from a place to its preposition ("killed in X" is no "of X").
    static let placeStops: Set<String> = ["said", "says", "told", "called", "named", "like", "such", "than"]
    /// Words that turn a sentence to another event: it does not inherit the place before.
    static let otherEvent: Set<String> = [
        "another", "other", "elsewhere", "meanwhile", "separately", "earlier", "previously", "separate", "last",
        "ago", "since", "also",
    ]
    /// Verbs of "claimed the lives of 150 troops".
    static let livesVerbs: Set<String> = ["claimed", "claiming", "claim", "claims", "took", "taking", "take", "cost", "costing", "costs"]
    /// First halves of words glued by a stray hyphen ("than-150", "at-the").
    static let gluedHeads: Set<String> = ["than", "least", "in", "at", "near", "outside", "of", "over", "about", "some", "nearly"]
    /// Words after which "a soldier" may open a clause ("and a soldier was wounded", "in which a man was hurt").
    static let beforeSubject: Set<String> = [
        "and", "but", "or", "which", "whom", "that", "when", "after", "before", "while", "where", "as", "because",
        "although", "though", "since", "until", "said", "says", "say", "then", "also", "later", "earlier", "yesterday",
        "today", "meanwhile", "however", "once", "if",
    ]
    /// Singular person nouns of a count of one ("a soldier was killed"), besides those whose plural is in `people`.
    static let singularPeople: Set<String> = [
        "man", "woman", "child", "person", "policeman", "gunman", "serviceman", "fisherman", "policewoman",
    ]

    static func isPersonSingular(_ w: String) -> Bool {
        guard !w.hasSuffix("s") || w.hasSuffix("ss") else { return false }
        return singularPeople.contains(w) || people.contains(w + "s")
    }

    /// Nouns of a deed before "of" and its count: "the deaths of 900 protesters", "the arrest of 12 activists".
    static let deedNouns: [String: CountType] = [
        "deaths": .kill, "death": .kill, "killing": .kill, "killings": .kill, "murder": .kill, "murders": .kill,
        "massacre": .kill, "execution": .kill, "executions": .kill,
        "abduction": .kidnap, "abductions": .kidnap, "kidnapping": .kidnap, "kidnappings": .kidnap,
        "arrest": .arrest, "arrests": .arrest, "detention": .arrest,
    ]
}
