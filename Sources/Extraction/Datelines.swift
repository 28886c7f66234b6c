import NewsModel

/// A dateline at the head of an article or paragraph: where it was filed and by which agency.
/// "MOSCOW, February 7. /TASS/.", "WASHINGTON (Reuters) -", "SEOUL, Feb 9 (Reuters) -", "SOFIA, Bulgaria -".
public struct Dateline: Sendable, Hashable {
    /// The tokens naming the place ("MOSCOW", "LASHKAR GAH, Afghanistan" -> "LASHKAR GAH").
    public var place: Range<Int>
    /// The tokens naming the agency ("TASS", "Reuters"), when the dateline gives one.
    public var agency: Range<Int>?
    /// All the dateline's tokens, its closing mark included.
    public var tokens: Range<Int>
}

/// Finds datelines and types their names: the place is a place (LOC), the agency an organisation (ORG), whatever the
/// tagger said. "/TASS/" is the credit of the news agency TASS, never a place.
///
/// A dateline is a place written in capitals at the start of a paragraph, then optionally a region ("Afghanistan")
/// and a date ("February 7", "Feb 9"), closed by an agency between slashes (". /TASS/.") or in brackets followed by
/// a dash ("(Reuters) -"), or by a dash alone ("WASHINGTON -"). Runs after the entity stage, before the alias stage
/// (which groups the mentions into entities again).
struct DatelineStage: ExtractionStage {
    func run(_ document: inout Document) {
        var found: [Dateline] = []
        for paragraph in document.paragraphs where !paragraph.tokens.isEmpty {
            if let dateline = DatelineStage.read(at: paragraph.tokens.lowerBound, limit: paragraph.tokens.upperBound, in: document) {
                found.append(dateline)
            }
        }
        guard !found.isEmpty else { return }
        document.datelines = found
        var mentions = document.mentions
        for dateline in found {
            DatelineStage.retype(dateline.place, as: .location, in: &mentions, document)
            if let agency = dateline.agency { DatelineStage.retype(agency, as: .organisation, in: &mentions, document) }
        }
        mentions.sort { $0.span < $1.span }
        let grouped = EntityGrouper.group(mentions, in: document)
        document.mentions = grouped.mentions
        document.entities = grouped.entities
    }

    /// The mentions overlapping `range` give way to one mention of `type` covering it.
    static func retype(_ range: Range<Int>, as type: EntityType, in mentions: inout [EntityMention], _ document: Document) {
        if mentions.contains(where: { $0.tokens == range && $0.type == type }) { return }
        mentions.removeAll { $0.tokens.overlaps(range) }
        if let mention = EntityStage.makeMention(range, type, in: document) { mentions.append(mention) }
    }

    /// The dateline starting at token `start`, if one does.
    static func read(at start: Int, limit: Int, in document: Document) -> Dateline? {
        let tokens = document.tokens
        let upper = min(limit, start + 24)
        // the place: words in capitals ("LASHKAR GAH", "UNITED NATIONS")
        var k = start
        while k < upper, tokens[k].kind == .word, isCapitals(tokens[k].text) { k += 1 }
        guard k > start, k - start <= 4, k < upper else { return nil }
        let place = start..<k
        var agency: Range<Int>? = nil
        // an optional region and date, each after a comma: ", Afghanistan", ", February 7", ", Feb 9"
        while k < upper, tokens[k].text == "," {
            var j = k + 1
            while j < upper, j - k <= 4, tokens[j].kind == .word || tokens[j].kind == .number, tokens[j].text != "/" { j += 1 }
            guard j > k + 1 else { return nil }
            k = j
        }
        guard k < upper else { return nil }
        // ". /TASS/." (the first period may be glued to the date: "6./TASS/.")
        var j = k
        if tokens[j].text == "." { j += 1 }
        if j + 2 < limit, tokens[j].text == "/", tokens[j + 2].text == "/",
           tokens[j + 1].kind == .word {
            agency = (j + 1)..<(j + 2)
            var end = j + 3
            if end < limit, tokens[end].text == "." { end += 1 }
            return Dateline(place: place, agency: agency, tokens: start..<end)
        }
        // "(Reuters) -", "(AP) —"
        if tokens[k].text == "(" {
            var close = k + 1
            while close < upper, close - k <= 4, tokens[close].text != ")" { close += 1 }
            guard close < upper, close > k + 1, tokens[close].text == ")", close + 1 < limit, isDash(tokens[close + 1].text)
            else { return nil }
            return Dateline(place: place, agency: (k + 1)..<close, tokens: start..<(close + 2))
        }
        // "WASHINGTON -", "SOFIA, Bulgaria -"
        if isDash(tokens[k].text) { return Dateline(place: place, agency: nil, tokens: start..<(k + 1)) }
        return nil
    }

    /// A word of two letters or more, all capitals ("MOSCOW", "D.C.").
    static func isCapitals(_ word: String) -> Bool {
        var letters = 0
        for c in word.unicodeScalars where Chars.isLetter(c) {
            if !Chars.isUpper(c) { return false }
            letters += 1
        }
        return letters >= 2
    }

    static func isDash(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { $0 == "-" || $0 == "—" || $0 == "–" }
    }
}
