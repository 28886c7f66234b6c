import NewsModel

/// Marks the tolls of a war, a campaign or a period: "the war has killed 300,000 people since 2011", "the conflict,
/// which has left more than 250,000 dead", "up to 10 million deaths a year". Such a count stays a count (marked
/// `cumulative`, with its `period` as the text words it) but is never an incident's toll nor an incident itself.
///
/// A count is cumulative when its clause (cut at ";", "but", "while", a full stop) holds
/// - a period: "since 2011", "since the war began", "so far", "to date", "over the past six years", "in the last
///   decade", "in six years of war", "a year", "each year", "every year", "annually";
/// - or a war word ("war", "conflict", "insurgency", "crisis", "campaign", "uprising", "fighting") within a few words
///   before the count, with a perfect ("has killed", "have died", "has left") or a "that/which" between them: the war
///   is the subject of the toll.
struct CumulativeTollStage: ExtractionStage {
    func run(_ document: inout Document) {
        guard !document.counts.isEmpty else { return }
        let words = document.tokens.map { $0.kind == .word ? $0.text.lowercased() : $0.text }
        let sentenceOf = document.sentenceIndexByToken()
        // "a levy of $10,000 per aid worker": money is no count of people
        document.counts.removeAll { count in
            guard let range = TokenSpans.range(count.start, count.end, in: document.tokens) else { return false }
            let before = range.lowerBound > 0 ? document.tokens[range.lowerBound - 1].text : ""
            return CumulativeTolls.currencies.contains(before) || document.tokens[range.lowerBound].text.unicodeScalars.first.map {
                CumulativeTolls.currencies.contains(String($0)) } == true
        }
        for index in document.counts.indices {
            let count = document.counts[index]
            guard CumulativeTolls.typesWithPeriods.contains(count.type),
                  let range = TokenSpans.range(count.start, count.end, in: document.tokens),
                  sentenceOf[range.lowerBound] >= 0 else { continue }
            let sentence = document.sentences[sentenceOf[range.lowerBound]].tokens.clamped(to: 0..<words.count)
            if let period = CumulativeTolls.period(around: range, sentence: sentence, words: words, document: document) {
                document.counts[index].cumulative = true
                document.counts[index].period = period
            }
        }
        CumulativeTolls.markContinuations(&document, words: words, sentenceOf: sentenceOf)
    }
}

extension CumulativeTolls {
    /// "Since the launch in 2014 of a military operation ..., the military says it has killed more than 3,500
    /// fighters. At least 583 soldiers have also been killed.": a toll in the perfect right after a period toll, in a
    /// sentence with no date of its own, counts over the same period.
    static func markContinuations(_ document: inout Document, words: [String], sentenceOf: [Int]) {
        var periodBySentence: [Int: String] = [:]
        var sentenceOfCount: [Int?] = []
        for count in document.counts {
            let s = TokenSpans.range(count.start, count.end, in: document.tokens).map { sentenceOf[$0.lowerBound] }
            sentenceOfCount.append(s.flatMap { $0 >= 0 ? $0 : nil })
            if count.isCumulative, let s = sentenceOfCount.last!, let period = count.period { periodBySentence[s] = period }
        }
        guard !periodBySentence.isEmpty else { return }
        var dated = Set<Int>()
        for date in document.dates {
            if let r = TokenSpans.range(date.start, date.end, in: document.tokens), sentenceOf[r.lowerBound] >= 0 {
                dated.insert(sentenceOf[r.lowerBound])
            }
        }
        for index in document.counts.indices where !document.counts[index].isCumulative {
            guard typesWithPeriods.contains(document.counts[index].type), let s = sentenceOfCount[index], s > 0,
                  let period = periodBySentence[s - 1], !dated.contains(s),
                  document.sentences[s].paragraph == document.sentences[s - 1].paragraph
                    || document.sentences[s].paragraph == document.sentences[s - 1].paragraph + 1 else { continue }
            let sentence = document.sentences[s].tokens.clamped(to: 0..<words.count)
            let perfect = sentence.contains { t in
                ["has", "have"].contains(words[t]) && (t + 1..<min(sentence.upperBound, t + 4)).contains {
                    ["been", "died", "killed", "lost", "perished"].contains(words[$0])
                }
            }
            if perfect {
                document.counts[index].cumulative = true
                document.counts[index].period = period
            }
        }
    }
}

enum CumulativeTolls {
    static let currencies: Set<String> = ["$", "€", "£", "¥", "US$", "USD", "EUR"]
    static let typesWithPeriods: Set<CountType> = [.kill, .wound, .affect, .arrest, .kidnap]
    /// A ";" does not end the toll's clause: "during the 36-year conflict; an estimated 200,000 were killed".
    static let clauseEnds: Set<String> = ["but", "while", "whereas", ".", "!", "?"]
    static let warWords: Set<String> = [
        "war", "wars", "conflict", "conflicts", "insurgency", "crisis", "campaign", "uprising", "fighting", "violence",
        "revolution", "occupation", "famine", "epidemic", "crackdown", "genocide", "rebellion", "offensive",
        "bombardment", "siege",
        // "during the decades-long fight for an independent Basque state", "the struggle", "in joint military operations"
        "fight", "struggle", "operations",
    ]
    static let perfects: Set<String> = ["has", "have", "had", "'s", "that", "which"]
    /// "since the launch in 2014 of a military operation", "since the invasion": the start of a span.
    static let onsetNouns: Set<String> = ["start", "beginning", "outbreak", "onset", "launch", "operation", "invasion",
                                          "coup", "takeover", "creation", "arrival", "election", "intervention"]
    static let quoteMarks: Set<String> = ["\"", "“", "”", "'", "‘", "’"]

    static func isYear(_ word: String) -> Bool {
        word.count == 4 && word.allSatisfy(\.isNumber) && (1900...2099).contains(Int(word) ?? 0)
    }
    static let units: Set<String> = ["year", "years", "month", "months", "decade", "decades", "week", "weeks", "day", "days"]
    static let frequency: Set<String> = ["a", "each", "every", "per"]
    static let periodUnits: Set<String> = ["year", "month", "week", "day", "decade"]

    /// The period phrase of the clause around the count, or the war word's phrase; nil for a one-off toll.
    static func period(around count: Range<Int>, sentence: Range<Int>, words: [String], document: Document) -> String? {
        var lo = count.lowerBound
        while lo > sentence.lowerBound, !clauseEnds.contains(words[lo - 1]) { lo -= 1 }
        var hi = count.upperBound
        while hi < sentence.upperBound, !clauseEnds.contains(words[hi]) { hi += 1 }
        for t in lo..<hi {
            if let end = periodPhrase(at: t, words: words, limit: hi) {
                return document.string(tokens: t..<end)
            }
        }
        // "the war has killed", "a conflict that has left": the war words a few before the count, a perfect between
        let from = max(lo, count.lowerBound - 12)
        for w in from..<count.lowerBound where warWords.contains(words[w]) {
            if (w + 1..<count.lowerBound).contains(where: { perfects.contains(words[$0]) }) {
                var start = w
                while start > lo, ["the", "a", "civil", "its", "six-year", "long", "country's", "nation's"].contains(words[start - 1])
                    || (start > lo && words[start - 1].hasSuffix("-year")) { start -= 1 }
                return document.string(tokens: start..<(w + 1))
            }
        }
        // "has killed more than 100,000 people ... in a three-decade-long rebellion", "have died in the fighting"
        for w in count.upperBound..<hi where warWords.contains(words[w]) {
            var p = w - 1
            // "in a \"hidden\" campaign": quote marks are not words
            while p > count.upperBound, !["in", "during", "throughout", "over"].contains(words[p]),
                  (p..<w).filter({ !quoteMarks.contains(words[$0]) }).count < 6 {
                p -= 1
            }
            if ["in", "during", "throughout", "over"].contains(words[p]) { return document.string(tokens: p..<(w + 1)) }
        }
        return nil
    }

    /// The end of a period phrase starting at `t`, if one does.
    static func periodPhrase(at t: Int, words: [String], limit: Int) -> Int? {
        let w = words[t]
        func next(_ k: Int) -> String? { t + k < limit ? words[t + k] : nil }
        switch w {
        case "since":
            // "since 2011", "since March", "since the war began", "since then"; not "since he was shot" (a cause)
            guard let first = next(1) else { return nil }
            let month = first.split(separator: "-").last.map(String.init) ?? first
            if first.first?.isNumber == true || DateScanner.fullMonths[month] != nil || first == "then" { return t + 2 }
            if ["early", "late", "mid"].contains(first), let m = next(2), DateScanner.fullMonths[m] != nil { return t + 3 }
            if first == "the", let noun = next(2), warWords.contains(noun) || onsetNouns.contains(noun) {
                return min(limit, t + 3)
            }
            if first == "it", next(2) == "began" || next(2) == "started" { return t + 3 }
            // "tens of thousands have since been killed": since the time the text just named
            if ["been", "died", "killed", "fled", "perished", "lost"].contains(first) { return t + 1 }
            return nil
        case "so":
            return next(1) == "far" ? t + 2 : nil
        case "to":
            return next(1) == "date" ? t + 2 : nil
        case "over", "in", "during", "throughout", "for":
            // "over the past six years", "in the last decade", "in six years of war", "during the war"
            var k = t + 1
            if let a = next(1), ["the", "a"].contains(a) { k += 1 }
            if k < limit, ["past", "last", "previous"].contains(words[k]) { k += 1 }
            if k < limit, words[k].first?.isNumber == true || NumberWords.wordValue(words[k]) != nil { k += 1 }
            if k < limit, units.contains(words[k]), k > t + 1 {
                if k + 2 < limit, words[k + 1] == "of", warWords.contains(words[k + 2]) { return k + 3 }
                return ["past", "last", "previous"].contains(words[k - 1]) || words[k - 1].first?.isNumber == true
                    || NumberWords.wordValue(words[k - 1]) != nil ? k + 1 : nil
            }
            // "during the war", "during the 36-year conflict", "throughout the long insurgency"
            if w == "during" || w == "throughout" {
                for j in (t + 1)..<min(limit, t + 5) where warWords.contains(words[j]) { return j + 1 }
            }
            return nil
        case "between", "from":
            // "between 2011 and 2015", "from 2011 to 2015"
            guard let a = next(1), isYear(a), let joint = next(2), let b = next(3), isYear(b),
                  w == "between" ? joint == "and" : (joint == "to" || joint == "until") else { return nil }
            return t + 4
        case "annually", "yearly":
            return t + 1
        default:
            // "10 million deaths a year", "each year"
            if frequency.contains(w), let unit = next(1), periodUnits.contains(unit) { return t + 2 }
            return nil
        }
    }
}

/// Token ranges of scalar spans.
enum TokenSpans {
    /// The tokens lying inside a span of scalar offsets.
    static func range(_ start: Int, _ end: Int, in tokens: [Token]) -> Range<Int>? {
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].end <= start { lo = mid + 1 } else { hi = mid }
        }
        var upper = lo
        while upper < tokens.count, tokens[upper].start < end { upper += 1 }
        return upper > lo ? lo..<upper : nil
    }
}
