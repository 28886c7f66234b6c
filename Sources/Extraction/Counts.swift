import NewsModel

/// Counts in GDELT's terms (KILL, WOUND, ARREST, KIDNAP, AFFECT, SEIZE, PROTEST): how many people or things something
/// happened to, with the object counted and the place when the sentence gives one.
///
/// One pass over the tokens of each sentence that is not boilerplate. At each number phrase (see ``NumberWords``;
/// "at least", "more than", "nearly", "some", "about"... leave the number as written):
/// - a trigger just before it, active voice: "killing at least 75 people", "displaced 200,000 people", "seized 3 tonnes";
/// - else a trigger after its noun phrase, right after it ("49 Ivorian soldiers detained", "52 dead", "thousands
///   protested") or after an auxiliary ("42 Malian soldiers were killed", "Four Congolese nationals working for X were
///   also abducted", "More than 1,800 US troops have been killed");
/// - else a noun phrase whose head says it: "10,000 demonstrators" (PROTEST), "52 deaths" (KILL), "12 hostages" (KIDNAP);
/// - and "the death toll rose to 52" (KILL).
///
/// The object is the noun phrase after the number ("Malian soldiers", "people"); the place is the first LOC entity of
/// the sentence after the phrase introduced by "in"/"near"/"at" (else the last one before it). `start`/`end` cover
/// the phrase from the first of trigger, qualifier and number to the last of trigger and object.
///
/// No count from years (a bare four-digit figure 1000-2100), dates ("August 10", "10 August"), money ("$5 million",
/// "5 million dollars"), percentages, ages ("aged 42", "42 years old"), times and distances ("3 days", "42 km"),
/// ordinals ("1st", "third" are not numbers), or figures inside entity names. "Captured" counts people as ARREST and
/// things as SEIZE; "held" counts only people. Ranges ("between 10 and 15", "10-15") count their lower bound.
struct CountStage: ExtractionStage {
    func run(_ document: inout Document) {
        var scanner = CountScanner(document)
        document.counts = scanner.scan()
    }
}

struct CountScanner {
    let d: Document
    let tokens: [Token]
    /// Entity id by token for LOC mentions; -1 elsewhere; `inMention` for every mention.
    var locationOf: [Int]
    var inMention: [Bool]
    var words: [String] = []
    var kinds: [TokenKind] = []
    var base = 0
    var limit = 0
    var results: [CountMention] = []

    init(_ document: Document) {
        d = document
        tokens = document.tokens
        locationOf = [Int](repeating: -1, count: document.tokens.count)
        inMention = [Bool](repeating: false, count: document.tokens.count)
        for m in document.mentions where m.tokens.upperBound <= document.tokens.count {
            for t in m.tokens { inMention[t] = true }
            if m.type == .location, m.entity >= 0, m.entity < document.entities.count {
                for t in m.tokens { locationOf[t] = m.entity }
            }
        }
    }

    mutating func scan() -> [CountMention] {
        for sentence in d.sentences where !sentence.isBoilerplate {
            let range = sentence.tokens.clamped(to: 0..<tokens.count)
            guard !range.isEmpty else { continue }
            base = range.lowerBound
            words = tokens[range].map { $0.kind == .word || $0.kind == .number ? $0.text.lowercased() : $0.text }
            kinds = tokens[range].map(\.kind)
            limit = words.count
            scanSentence()
        }
        results.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        return results
    }

    // MARK: one sentence (indices are local to the sentence: token = base + i)

    private mutating func scanSentence() {
        var i = 0
        var consumedUntil = 0
        while i < limit {
            if words[i] == "toll", let found = toll(at: i) {
                add(found)
                consumedUntil = max(consumedUntil, found.numberEnd)
                i += 1
                continue
            }
            guard i >= consumedUntil, !inMention[base + i],
                  let number = NumberWords.parse(words, kinds, at: i, limit: limit) else {
                i += 1
                continue
            }
            var next = number.end
            if isExcluded(number, at: i) {
                i = next
                continue
            }
            // ranges: "between 10 and 15", "10-15", "10 to 15": the lower bound; the upper one is skipped
            if next + 1 < limit, ["-", "–", "to", "and", "or"].contains(words[next]),
               (words[next] != "and" || (i > 0 && words[i - 1] == "between")),
               let upper = NumberWords.parse(words, kinds, at: next + 1, limit: limit) {
                next = upper.end
            }
            if let found = classify(numberStart: i, numberEnd: next, value: number.value) { add(found) }
            i = next
        }
    }

    struct Found {
        var type: CountType
        var value: Int
        var object: Range<Int>?
        var first: Int
        var last: Int
        var numberEnd: Int
    }

    private mutating func add(_ f: Found) {
        let object = f.object.map { d.string(tokens: (base + $0.lowerBound)..<(base + $0.upperBound)) }
        let location = place(from: f.first, to: f.last).map { d.entities[$0].id }
        results.append(CountMention(type: f.type, number: f.value, object: object, location: location,
                                    start: tokens[base + f.first].start, end: tokens[base + f.last].end))
    }

    // MARK: exclusions

    private func isExcluded(_ n: NumberWords.Parsed, at i: Int) -> Bool {
        let prev = i > 0 ? words[i - 1] : ""
        let next = n.end < limit ? words[n.end] : ""
        let after = n.end + 1 < limit ? words[n.end + 1] : ""
        if n.isFigure && !n.isFormatted && !n.hasScale, words[i].count == 4, let v = Int(words[i]), (1000...2100).contains(v) {
            return true  // a year
        }
        if CountWords.currencyBefore.contains(prev) || CountWords.currencyAfter.contains(next) { return true }
        if next == "%" || next == "percent" || next == "pc" || (next == "per" && after == "cent") { return true }
        if n.isFigure, n.value <= 31, CountWords.months.contains(prev) || CountWords.months.contains(next) { return true }
        if prev == "aged" || prev == "age" || prev == "ages" || (prev == "of" && i > 1 && words[i - 2] == "age") { return true }
        if CountWords.units.contains(next) { return true }  // "3 days", "42 km", "42 years old"
        if next == ":" || next == "/" || prev == "/" || next == "am" || next == "pm" || next == "a.m." || next == "p.m." {
            return true
        }
        if prev == "no." || prev == "number" || prev == "#" { return true }
        // "John Smith, 62, was killed": an age in apposition
        if n.isFigure, n.value < 120, prev == ",", next == ",", i > 1, kinds[i - 2] == .word,
           let c = tokens[base + i - 2].text.unicodeScalars.first, c.properties.isUppercase {
            return true
        }
        if next.hasPrefix("-") && next.count > 1 { return true }  // "42 -year-old" split oddly
        return false
    }

    // MARK: classification

    private func classify(numberStart i: Int, numberEnd end: Int, value: Int) -> Found? {
        let first = qualifierStart(before: i)
        // 1. active trigger before the number: "killing at least 75 people"
        if first > 0, let type = CountWords.active[words[first - 1]] ?? CountWords.activeAmbiguous[words[first - 1]] {
            let np = nounPhrase(from: end)
            var t = type
            if CountWords.activeAmbiguous[words[first - 1]] != nil {
                // "captured 12 soldiers" (ARREST) vs "captured 3 vehicles" (SEIZE)
                t = np.map { isPeople($0) } == true ? .arrest : .seize
            }
            return Found(type: t, value: value, object: np, first: first - 1, last: np.map { $0.upperBound - 1 } ?? end - 1,
                         numberEnd: end)
        }
        // 2. trigger after the noun phrase: "42 Malian soldiers were killed", "52 dead"
        let np = nounPhrase(from: end)
        let afterNP = np?.upperBound ?? end
        if let (type, at) = triggerAfter(afterNP, object: np) {
            return Found(type: type, value: value, object: np, first: first, last: at, numberEnd: end)
        }
        // 3. the head says it: "10,000 demonstrators", "52 deaths"
        if let np, let type = CountWords.nounHeads[words[np.upperBound - 1]] {
            return Found(type: type, value: value, object: np, first: first, last: np.upperBound - 1, numberEnd: end)
        }
        return nil
    }

    /// Index of the first qualifier word before `i` ("at least", "more than", "some"), or `i`.
    private func qualifierStart(before i: Int) -> Int {
        var k = i
        var steps = 0
        while k > 0, steps < 3 {
            let w = words[k - 1]
            if k > 1, CountWords.twoWordQualifiers.contains(words[k - 2] + " " + w) {
                k -= 2
            } else if CountWords.qualifiers.contains(w) {
                k -= 1
            } else {
                break
            }
            steps += 1
        }
        return k
    }

    /// The noun phrase starting at `from`: adjectives and nouns, "of" inside ("members of the security forces").
    private func nounPhrase(from start: Int) -> Range<Int>? {
        var k = start
        if k < limit, words[k] == "of" { k += 1 }  // "dozens of people"
        let first = k
        var last = -1
        while k < limit, k - first < 8 {
            let w = words[k]
            guard kinds[k] == .word else { break }
            if CountWords.npStop.contains(w) || CountWords.isTrigger(w) || CountWords.units.contains(w) { break }
            if w == "of" || w == "the" {
                // only inside, before another noun-phrase word
                if last < 0 || k + 1 >= limit || kinds[k + 1] != .word || CountWords.npStop.contains(words[k + 1]) { break }
                k += 1
                continue
            }
            if last >= 0, w.count > 4, w.hasSuffix("ing") || w.hasSuffix("ed"), !CountWords.ingNouns.contains(w),
               CountWords.people.contains(words[last]) || words[last].hasSuffix("s") {
                break  // "nationals working for", "people gathered for"
            }
            if last >= 0, w.count > 6, w.hasSuffix("ly"), !CountWords.lyNouns.contains(w) { break }  // "currently"
            last = k
            k += 1
        }
        guard last >= first else { return nil }
        return first..<(last + 1)
    }

    /// A trigger after the noun phrase: directly ("49 soldiers detained") or after an auxiliary chain, possibly behind
    /// a short gap ("Four Congolese nationals working for X were also abducted").
    private func triggerAfter(_ start: Int, object: Range<Int>?) -> (CountType, Int)? {
        var k = start
        var sawAux = false
        var gap = 0
        while k < limit, k - start < 14 {
            let w = words[k]
            if let type = passiveTrigger(at: k, object: object) {
                if k == start || sawAux || gap == 0 {
                    // "Two soldiers killed 5 civilians": active, the number is the killers
                    if !sawAux, k + 1 < limit, startsObject(k + 1) { return nil }
                    return (type, triggerEnd(k))
                }
                return nil
            }
            if CountWords.auxiliaries.contains(w) {
                sawAux = true
            } else if CountWords.chainAdverbs.contains(w) || (w.count > 6 && w.hasSuffix("ly")) {
                // "were also", "have reportedly been"
            } else {
                if sawAux { return nil }  // "were handed": a verb that is no trigger
                if CountWords.clauseStops.contains(w) { return nil }
                if kinds[k] == .number || NumberWords.wordValue(w) != nil {
                    // another count joins only through "and" or a comma: "17 soldiers and 3 civilians were killed"
                    if !(k > 0 && (words[k - 1] == "and" || words[k - 1] == ",")) { return nil }
                }
                if kinds[k] == .punctuation, w != ",", w != "-" { return nil }
                gap += 1
                if gap > 10 { return nil }
            }
            k += 1
        }
        return nil
    }

    /// "killed 5 civilians", "killed the commander": the words after a trigger are its object, so it is active.
    private func startsObject(_ k: Int) -> Bool {
        if CountWords.determiners.contains(words[k]) { return true }
        let q = qualifierEnd(k)
        guard let n = NumberWords.parse(words, kinds, at: q, limit: limit) else { return false }
        return !isExcluded(n, at: q)
    }

    private func qualifierEnd(_ k: Int) -> Int {
        var k = k
        while k < limit, CountWords.qualifiers.contains(words[k]) || (k + 1 < limit && CountWords.twoWordQualifiers.contains(words[k] + " " + words[k + 1])) {
            k += CountWords.qualifiers.contains(words[k]) ? 1 : 2
        }
        return k
    }

    /// The count type of a trigger read in the passive or after its noun: "killed", "dead", "taken hostage".
    private func passiveTrigger(at k: Int, object: Range<Int>?) -> CountType? {
        let w = words[k]
        let next = k + 1 < limit ? words[k + 1] : ""
        if (w == "taken" || w == "held" || w == "kept") && (next == "hostage" || next == "captive" || next == "hostages") {
            return .kidnap
        }
        if w == "shot" || w == "gunned" || w == "burned" || w == "stabbed" || w == "beaten" {
            if next == "dead" || (next == "to" && k + 2 < limit && words[k + 2] == "death") { return .kill }
            return nil
        }
        if w == "took" && next == "to" && k + 3 < limit && words[k + 2] == "the" && words[k + 3] == "streets" { return .protest }
        if w == "held" || w == "captured" {
            guard let object, isPeople(object) else { return w == "captured" ? .seize : nil }
            return .arrest
        }
        return CountWords.passive[w]
    }

    /// The last token of a trigger phrase ("taken hostage", "shot dead", "took to the streets").
    private func triggerEnd(_ k: Int) -> Int {
        let w = words[k]
        let next = k + 1 < limit ? words[k + 1] : ""
        if next == "hostage" || next == "captive" || next == "hostages" || next == "dead" { return k + 1 }
        if (w == "shot" || w == "gunned" || w == "burned" || w == "stabbed" || w == "beaten"), next == "to" { return k + 2 }
        if w == "took", next == "to" { return min(k + 3, limit - 1) }
        return k
    }

    private func isPeople(_ np: Range<Int>) -> Bool {
        np.contains { CountWords.people.contains(words[$0]) }
    }

    /// "the death toll rose to 52", "bringing the toll to 52", "a death toll of 52".
    private func toll(at i: Int) -> Found? {
        guard i > 0, words[i - 1] == "death" || words[i - 1] == "casualty" || words[i - 1] == "the" else { return nil }
        var k = i + 1
        while k < limit, k - i <= 10 {
            let start = qualifierEnd(k)
            if let n = NumberWords.parse(words, kinds, at: start, limit: limit), !isExcluded(n, at: start) {
                let first = i - 1
                let np = nounPhrase(from: n.end)
                return Found(type: .kill, value: n.value, object: np, first: first,
                             last: np.map { $0.upperBound - 1 } ?? n.end - 1, numberEnd: n.end)
            }
            let w = words[k]
            if (kinds[k] == .punctuation && w != ",") || CountWords.clauseStops.contains(w) { return nil }
            k += 1
        }
        return nil
    }

    // MARK: place

    /// Entity index of the place: the first LOC mention after the phrase introduced by "in"/"near"/"at", else the
    /// last one before it.
    private func place(from first: Int, to last: Int) -> Int? {
        var before: Int? = nil
        var k = 0
        while k < limit {
            let entity = locationOf[base + k]
            if entity >= 0, k == 0 || locationOf[base + k - 1] != entity, introduced(k) {
                if k > last { return entity }
                if k < first { before = entity }
            }
            k += 1
        }
        return before
    }

    /// "in Tessit", "near the border town of X" is not; "in northeastern Mali", "in the town" are: up to two lowercase
    /// words between the preposition and the name.
    private func introduced(_ k: Int) -> Bool {
        var j = k - 1
        var skipped = 0
        while j >= 0, skipped <= 2 {
            let w = words[j]
            if w == "in" || w == "near" || w == "at" { return true }
            guard kinds[j] == .word, let c = tokens[base + j].text.unicodeScalars.first,
                  c.properties.isLowercase, !CountWords.npStop.contains(w) || w == "the" else { return false }
            skipped += 1
            j -= 1
        }
        return false
    }
}

// MARK: - words

private enum CountWords {
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
        "stranded": .affect, "fled": .affect,
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
    static let determiners: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "our", "this", "that"]
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
        "said", "say", "says", "told", "according", "last", "this", "on", "each", "per", "a", "an", "than", "they",
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
        "foreigners", "expatriates", "employees", "staff", "policeman", "man", "woman", "child", "boy", "girl",
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
}
