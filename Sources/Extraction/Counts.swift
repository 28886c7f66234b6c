import NewsModel

/// Counts in GDELT's terms (KILL, WOUND, ARREST, KIDNAP, AFFECT, SEIZE, PROTEST): how many people or things something
/// happened to, with the object counted and the place when the sentence gives one.
///
/// One pass over the tokens of each sentence that is not boilerplate. At each number phrase (see ``NumberWords``;
/// "at least", "more than", "nearly", "some", "about"... leave the number as written):
/// - a trigger just before it, active voice: "killing at least 75 people", "displaced 200,000 people", "seized 3 tonnes",
///   "claimed the lives of 150 troops", "have taken hostage seven Russians", "rounded up 30 people";
/// - else a trigger after its noun phrase, right after it ("49 Ivorian soldiers detained", "52 dead", "thousands
///   protested") or after an auxiliary ("42 Malian soldiers were killed", "More than 1,800 US troops have been
///   killed", "100,000 people are said to be at risk", "60 troops lost their lives"), also behind a subject that goes
///   on with a participle, prepositions, names and a parenthesis ("Two UN workers from the mission in the Democratic
///   Republic of Congo (DRC) have been kidnapped"; a name or a parenthesis is one step of the gap);
/// - else a noun phrase whose head says it: "10,000 demonstrators" (PROTEST), "52 deaths" (KILL), "12 hostages" (KIDNAP);
/// - else "along with"/"together with" a count, which takes the type of the sentence's trigger before it ("He was
///   arrested along with four aides", "fell into the hands of rebels along with four drivers");
/// - "a"/"an" before a person noun with a passive trigger counts one: "A Uruguayan peacekeeper was shot and wounded";
/// - and "the death toll rose to 52" (KILL).
///
/// Seizing people is an arrest: "seized 26 people", "26 people were seized" (ARREST); "captured" counts people as ARREST
/// and things as SEIZE; "held" counts only people.
///
/// The object is the noun phrase after the number ("Malian soldiers", "people"); a count without one ("killed 30
/// people and wounded about 70") borrows the object of the count before it in the sentence. The place: see
/// `place(from:to:)` in CountPlaces.swift. `start`/`end` cover the phrase from the first of trigger, qualifier and
/// number to the last of trigger and object.
///
/// No count from years (a bare four-digit figure 1000-2100), dates ("August 10", "10 August"), money ("$5 million",
/// "5 million dollars"), percentages, ages ("aged 42", "42 years old"), times and distances ("3 days", "42 km"),
/// ordinals ("1st", "third" are not numbers), or figures inside entity names. Ranges ("between 10 and 15", "10-15")
/// count their lower bound.
///
/// Words glued by a stray hyphen in the source ("more than-150", "wounded at-the base") are read as two words when the
/// first is a preposition or "than"/"least" and the second a figure or an article.
struct CountStage: ExtractionStage {
    func run(_ document: inout Document) {
        var scanner = CountScanner(document)
        document.counts = scanner.scan()
    }
}

struct CountScanner {
    let d: Document
    let tokens: [Token]
    /// Mention index by token; -1 outside mentions.
    var mentionOf: [Int]
    /// Entity index by token for LOC mentions; -1 elsewhere.
    var locationOf: [Int]

    // The current sentence as words (lowercased), with token kinds, original texts, scalar offsets, mention and LOC
    // entity of each; a token glued by a stray hyphen may give two words.
    var words: [String] = []
    var kinds: [TokenKind] = []
    var texts: [String] = []
    var lo: [Int] = []
    var hi: [Int] = []
    var mention: [Int] = []
    var loc: [Int] = []
    var limit = 0
    var sentenceIndex = 0

    var results: [CountMention] = []
    /// Sentence index of each result, and the LOC entity it was given.
    var resultSentence: [Int] = []
    var resultPlace: [Int?] = []
    /// Last word of the count found before in the sentence.
    var lastFoundEnd = -1
    /// Whether the current sentence holds any LOC mention.
    var sentenceHasPlace = false

    init(_ document: Document) {
        d = document
        tokens = document.tokens
        mentionOf = [Int](repeating: -1, count: document.tokens.count)
        locationOf = [Int](repeating: -1, count: document.tokens.count)
        for (index, m) in document.mentions.enumerated() where m.tokens.upperBound <= document.tokens.count {
            for t in m.tokens { mentionOf[t] = index }
            if m.type == .location, m.entity >= 0, m.entity < document.entities.count {
                for t in m.tokens { locationOf[t] = m.entity }
            }
        }
    }

    mutating func scan() -> [CountMention] {
        for (index, sentence) in d.sentences.enumerated() where !sentence.isBoilerplate {
            let range = sentence.tokens.clamped(to: 0..<tokens.count)
            guard !range.isEmpty else { continue }
            sentenceIndex = index
            lastFoundEnd = -1
            load(range)
            scanSentence()
        }
        var order = Array(results.indices)
        order.sort { (results[$0].start, results[$0].end) < (results[$1].start, results[$1].end) }
        return order.map { results[$0] }
    }

    /// Fills the per-word arrays for the tokens of one sentence.
    private mutating func load(_ range: Range<Int>) {
        words.removeAll(keepingCapacity: true)
        kinds.removeAll(keepingCapacity: true)
        texts.removeAll(keepingCapacity: true)
        lo.removeAll(keepingCapacity: true)
        hi.removeAll(keepingCapacity: true)
        mention.removeAll(keepingCapacity: true)
        loc.removeAll(keepingCapacity: true)
        sentenceHasPlace = false
        for t in range {
            let token = tokens[t]
            let lower = token.kind == .word || token.kind == .number ? token.text.lowercased() : token.text
            if mentionOf[t] < 0, token.kind == .word, let (head, tail, tailKind) = CountScanner.gluedSplit(lower) {
                let cut = token.start + head.unicodeScalars.count
                append(head, .word, String(token.text.unicodeScalars.prefix(head.unicodeScalars.count)), token.start, cut, t)
                append(tail, tailKind, String(token.text.unicodeScalars.suffix(tail.unicodeScalars.count)), cut + 1,
                       token.end, t)
            } else {
                append(lower, token.kind, token.text, token.start, token.end, t)
            }
            if locationOf[t] >= 0 { sentenceHasPlace = true }
        }
        limit = words.count
    }

    private mutating func append(_ w: String, _ kind: TokenKind, _ text: String, _ a: Int, _ b: Int, _ t: Int) {
        words.append(w)
        kinds.append(kind)
        texts.append(text)
        lo.append(a)
        hi.append(b)
        mention.append(mentionOf[t])
        loc.append(locationOf[t])
    }

    /// "than-150" -> ("than", "150", number), "at-the" -> ("at", "the", word); nil for real compounds ("in-law").
    static func gluedSplit(_ w: String) -> (String, String, TokenKind)? {
        guard let dash = w.firstIndex(of: "-") else { return nil }
        let head = String(w[..<dash])
        let tail = String(w[w.index(after: dash)...])
        guard CountWords.gluedHeads.contains(head), !tail.isEmpty else { return nil }
        if tail.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "," }), NumberWords.figureValue(tail) != nil {
            return (head, tail, .number)
        }
        if tail == "the" || tail == "a" || tail == "an" { return (head, tail, .word) }
        return nil
    }

    // MARK: one sentence

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
            guard i >= consumedUntil, mention[i] < 0 else {
                i += 1
                continue
            }
            guard let number = NumberWords.parse(words, kinds, at: i, limit: limit) else {
                if let found = singular(at: i) {
                    add(found)
                    i = found.numberEnd
                } else {
                    i += 1
                }
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
        /// Found by an active trigger before the number ("killed 17 soldiers").
        var active = false
    }

    private mutating func add(_ f: Found) {
        var object = f.object.map { d.string(lo[$0.lowerBound]..<hi[$0.upperBound - 1]) }
        // "killed more than 30 people and wounded about 70": the object of the count before
        if object == nil, let previous = results.last, resultSentence.last == sentenceIndex, lastFoundEnd < f.first,
           (lastFoundEnd + 1..<f.first).allSatisfy({ words[$0] == "and" || words[$0] == "," }) {
            object = previous.object
        }
        lastFoundEnd = f.last
        var entity = place(from: f.first, to: f.last, active: f.active)
        if entity == nil, !sentenceHasPlace, let s = resultSentence.last, s == sentenceIndex || s == sentenceIndex - 1,
           let p = resultPlace.last, s == sentenceIndex || !turnsAway() {
            // "At least 48 people were killed in Baghdad. More than 50 were injured.": the same event
            entity = p
        }
        results.append(CountMention(type: f.type, number: f.value, object: object,
                                    location: entity.map { d.entities[$0].id }, start: lo[f.first], end: hi[f.last]))
        resultSentence.append(sentenceIndex)
        resultPlace.append(entity)
    }

    // MARK: exclusions

    func isExcluded(_ n: NumberWords.Parsed, at i: Int) -> Bool {
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
           isCapitalized(i - 2) || CountWords.isPersonSingular(words[i - 2]) {
            return true
        }
        if next.hasPrefix("-") && next.count > 1 { return true }  // "42 -year-old" split oddly
        return false
    }

    func isCapitalized(_ k: Int) -> Bool {
        texts[k].unicodeScalars.first?.properties.isUppercase ?? false
    }

    // MARK: classification

    private func classify(numberStart i: Int, numberEnd end: Int, value: Int) -> Found? {
        let first = qualifierStart(before: i)
        // 1. active trigger before the number: "killing at least 75 people"
        if let (type, triggerStart) = activeBefore(first) {
            let np = nounPhrase(from: end)
            var t = type
            if t == .seize, np.map({ isPeople($0) }) == true { t = .arrest }  // "captured 12 soldiers", "seized 26 people"
            return Found(type: t, value: value, object: np, first: triggerStart,
                         last: np.map { $0.upperBound - 1 } ?? end - 1, numberEnd: end, active: true)
        }
        // 2. trigger after the noun phrase: "42 Malian soldiers were killed", "52 dead"
        let np = nounPhrase(from: end)
        let afterNP = np?.upperBound ?? end
        if let after = triggerAfter(afterNP, object: np, number: value) {
            return Found(type: after.type, value: value, object: np, first: first, last: after.end, numberEnd: end)
        }
        // 3. the head says it: "10,000 demonstrators", "52 deaths"
        if let np, let type = CountWords.nounHeads[words[np.upperBound - 1]] {
            return Found(type: type, value: value, object: np, first: first, last: np.upperBound - 1, numberEnd: end)
        }
        // 4. "along with four Congolese nationals": the type of the trigger before
        if first >= 2, words[first - 1] == "with", words[first - 2] == "along" || words[first - 2] == "together",
           let np, isPeople(np), let type = sentenceTrigger(before: first - 2, object: np) {
            return Found(type: type, value: value, object: np, first: first, last: np.upperBound - 1, numberEnd: end)
        }
        return nil
    }

    /// An active trigger ending just before `first`: its type and first word.
    private func activeBefore(_ first: Int) -> (CountType, Int)? {
        guard first > 0 else { return nil }
        let w = words[first - 1]
        if let type = CountWords.active[w] ?? CountWords.activeAmbiguous[w] { return (type, first - 1) }
        let w2 = first > 1 ? words[first - 2] : ""
        // "claimed the lives of 150 troops", "cost the lives of"
        if w == "of", w2 == "lives", first >= 4, words[first - 3] == "the", CountWords.livesVerbs.contains(words[first - 4]) {
            return (.kill, first - 4)
        }
        // "the deaths of nearly 900 protesters", "the abduction of 12 tourists"
        if w == "of", let type = CountWords.deedNouns[w2] { return (type, first - 2) }
        // "have taken hostage seven Russians", "took captive 12 tourists"
        if w == "hostage" || w == "captive", ["taken", "took", "taking", "take", "takes", "held", "holding"].contains(w2) {
            return (.kidnap, first - 2)
        }
        // "rounded up 30 people"
        if w == "up", w2 == "rounded" || w2 == "rounding" || w2 == "round" { return (.arrest, first - 2) }
        return nil
    }

    /// "A Uruguayan peacekeeper was shot and wounded": one person, when a passive trigger follows.
    private func singular(at i: Int) -> Found? {
        guard words[i] == "a" || words[i] == "an", i + 1 < limit else { return nil }
        // the subject of its clause: first in the sentence, after punctuation or a conjunction ("took a soldier
        // hostage" is no count)
        if i > 0, kinds[i - 1] == .word, !CountWords.beforeSubject.contains(words[i - 1]) { return nil }
        guard let np = nounPhrase(from: i + 1), CountWords.isPersonSingular(words[np.upperBound - 1]),
              mention[np.upperBound - 1] < 0,
              let after = triggerAfter(np.upperBound, object: np, number: 1), after.passive, after.singular
        else { return nil }
        return Found(type: after.type, value: 1, object: np, first: i, last: after.end, numberEnd: np.upperBound)
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
            if NumberWords.wordValue(w) != nil || NumberWords.plurals[w] != nil { break }  // "68 people three years ago"
            if w == "of" || w == "the" {
                // only inside, before another noun-phrase word
                if last < 0 || k + 1 >= limit || kinds[k + 1] != .word || CountWords.npStop.contains(words[k + 1]) { break }
                k += 1
                continue
            }
            if last >= 0, w.count > 4, w.hasSuffix("ing") || w.hasSuffix("ed"), !CountWords.ingNouns.contains(w),
               CountWords.people.contains(words[last]) || words[last].hasSuffix("s")
                || CountWords.isPersonSingular(words[last]) {
                break  // "nationals working for", "people gathered for"
            }
            if last >= 0, w.count > 6, w.hasSuffix("ly"), !CountWords.lyNouns.contains(w) { break }  // "currently"
            last = k
            k += 1
        }
        guard last >= first else { return nil }
        return first..<(last + 1)
    }

    struct After {
        var type: CountType
        /// Last word of the trigger phrase.
        var end: Int
        /// An auxiliary came before the trigger ("were killed"), so the trigger is no active verb.
        var passive: Bool
        /// The first auxiliary is singular ("was", "is", "has").
        var singular: Bool
    }

    /// A trigger after the noun phrase: directly ("49 soldiers detained") or after an auxiliary chain, possibly behind
    /// a gap ("Four Congolese nationals working for X were also abducted"). In the gap a name and a parenthesis are one
    /// step each.
    static let beForms: Set<String> = ["was", "were", "is", "are", "be", "been", "being", "get", "got"]

    private func triggerAfter(_ start: Int, object: Range<Int>?, number: Int) -> After? {
        var k = start
        var sawAux = false
        var sawBe = false
        var singular = false
        var gap = 0
        while k < limit, k - start < 32 {
            let w = words[k]
            if let type = passiveTrigger(at: k, object: object) {
                if k == start || sawAux || gap == 0 {
                    // "Two soldiers killed 5 civilians", "1,000 gunmen have killed 28 people": active (no form of "be"
                    // before the participle), the number is the killers
                    let end = triggerEnd(k)
                    // ("180,000 civilians have fled the west of the city": fleeing a place is no deed done to it)
                    if !sawAux || !sawBe && type != .affect, end == k, k + 1 < limit, startsObject(k + 1) { return nil }
                    if type == .affect, words[k] == "at", let object, !isPeople(object) { return nil }  // "3 countries at risk"
                    return After(type: type, end: end, passive: sawAux, singular: singular)
                }
                return nil
            }
            if CountWords.auxiliaries.contains(w) {
                if !sawAux, w == "was" || w == "is" || w == "has" {
                    // "dozens of people laid flowers, among them a man who was hurt": the verb agrees with another noun
                    if number > 1 { return nil }
                    singular = true
                }
                sawAux = true
                if Self.beForms.contains(w) { sawBe = true }
            } else if CountWords.chainAdverbs.contains(w) || (w.count > 6 && w.hasSuffix("ly")) {
                // "were also", "have reportedly been"
            } else if sawAux, w == "said" || w == "expected" || w == "known" || w == "likely", k + 1 < limit,
                      words[k + 1] == "to" {
                // "are said to be", "are known to have been"
            } else {
                if sawAux { return nil }  // "were handed": a verb that is no trigger
                if CountWords.clauseStops.contains(w) { return nil }
                if kinds[k] == .number || NumberWords.wordValue(w) != nil {
                    // another count joins only through "and" or a comma: "17 soldiers and 3 civilians were killed"
                    // or inside a place phrase: "20 million people in three countries are at risk"
                    if !(k > 0 && ["and", ",", "in", "from", "across"].contains(words[k - 1])) { return nil }
                }
                if w == "(" {
                    // "(DRC)": one step
                    guard let close = closingParenthesis(k) else { return nil }
                    k = close
                } else if mention[k] >= 0 {
                    // a name: one step
                    while k + 1 < limit, mention[k + 1] == mention[k] { k += 1 }
                } else if w == "'s" {
                    k += 1
                    continue
                } else if kinds[k] == .punctuation, w != ",", w != "-" {
                    return nil
                }
                gap += 1
                if gap > 12 { return nil }
            }
            k += 1
        }
        return nil
    }

    /// The ")" closing the "(" at `k` within a few words, with no other parenthesis or clause punctuation inside.
    private func closingParenthesis(_ k: Int) -> Int? {
        var j = k + 1
        while j < limit, j - k <= 8 {
            let w = words[j]
            if w == ")" { return j > k + 1 ? j : nil }
            if w == "(" || w == ";" || w == ":" || w == "." || kinds[j] == .quote { return nil }
            j += 1
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
        let after = k + 2 < limit ? words[k + 2] : ""
        if (w == "taken" || w == "held" || w == "kept") && (next == "hostage" || next == "captive" || next == "hostages") {
            return .kidnap
        }
        if w == "shot" || w == "gunned" || w == "burned" || w == "stabbed" || w == "beaten" {
            if next == "dead" || (next == "to" && after == "death") { return .kill }
            // "shot and wounded", "stabbed and killed"
            if next == "and", let type = CountWords.passive[after], type == .kill || type == .wound { return type }
            return nil
        }
        if w == "took" && next == "to" && after == "the" && k + 3 < limit && words[k + 3] == "streets" { return .protest }
        // "lost their lives"
        if w == "lost" || w == "lose", next == "their" || next == "his" || next == "her", after == "lives" || after == "life" {
            return .kill
        }
        // "are at risk"
        if w == "at", next == "risk", k > 0, CountWords.auxiliaries.contains(words[k - 1]) || words[k - 1] == "be" {
            return .affect
        }
        // "suffered minor head injuries", "sustained gunshot wounds"
        if w == "suffered" || w == "sustained" || w == "suffering" || w == "sustaining" {
            var j = k + 1
            while j < limit, j - k <= 4, kinds[j] == .word {
                if words[j] == "injuries" || words[j] == "wounds" || words[j] == "injury" { return .wound }
                j += 1
            }
            return nil
        }
        if w == "held" || w == "captured" {
            guard let object, isPeople(object) else { return w == "captured" ? .seize : nil }
            return .arrest
        }
        // "one strategy that is executed" is no killing
        if w == "executed", let object, !isPeople(object) { return nil }
        if let type = CountWords.passive[w] {
            if type == .seize, let object, isPeople(object) { return .arrest }  // "26 people were seized"
            return type
        }
        return nil
    }

    /// The last token of a trigger phrase ("taken hostage", "shot dead", "took to the streets", "lost their lives").
    private func triggerEnd(_ k: Int) -> Int {
        let w = words[k]
        let next = k + 1 < limit ? words[k + 1] : ""
        if next == "hostage" || next == "captive" || next == "hostages" || next == "dead" || next == "risk" { return k + 1 }
        if (w == "shot" || w == "gunned" || w == "burned" || w == "stabbed" || w == "beaten"), next == "to" || next == "and" {
            return min(k + 2, limit - 1)
        }
        if w == "took", next == "to" { return min(k + 3, limit - 1) }
        if w == "lost" || w == "lose" { return min(k + 2, limit - 1) }
        if w == "suffered" || w == "sustained" || w == "suffering" || w == "sustaining" {
            var j = k + 1
            while j + 1 < limit, j - k < 4, !["injuries", "wounds", "injury"].contains(words[j]) { j += 1 }
            return j
        }
        return k
    }

    /// The nearest trigger before `k` in the sentence, for "along with": "was arrested", "were killed", "fell into the
    /// hands of".
    private func sentenceTrigger(before k: Int, object: Range<Int>) -> CountType? {
        var j = k - 1
        while j >= 0, k - j <= 30 {
            let w = words[j]
            if w == ";" || CountWords.clauseStops.contains(w) && w != "after" && w != "when" { return nil }
            // "fell into the hands of"
            if w == "hands", j >= 3, words[j - 1] == "the", words[j - 2] == "into",
               ["fell", "fallen", "falling", "fall", "falls"].contains(words[j - 3]) {
                return .kidnap
            }
            if j > 0, CountWords.auxiliaries.contains(words[j - 1]) || CountWords.chainAdverbs.contains(words[j - 1]),
               let type = passiveTrigger(at: j, object: object) {
                return type
            }
            j -= 1
        }
        return nil
    }

    func isPeople(_ np: Range<Int>) -> Bool {
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
}
