import EntityTagger
import Foundation
import NewsModel

/// Runs the tagger over the words of the document's sentences (boilerplate left out), turns IOB2 tags into mention
/// spans, and groups mentions into entities.
struct EntityStage: ExtractionStage {
    let tagger: any DocumentTagger

    func run(_ document: inout Document) {
        let content = document.sentences.indices.filter { !document.sentences[$0].isBoilerplate }
        let words = content.map { index in document.sentences[index].tokens.map { document.tokens[$0].text } }
        let tags = words.isEmpty ? [] : tagger.tag(sentences: words)
        var mentions: [EntityMention] = []
        for (n, index) in content.enumerated() {
            let sentenceTags = n < tags.count ? tags[n] : []
            mentions += EntityStage.decode(tags: sentenceTags, tokens: document.sentences[index].tokens, in: document)
        }
        mentions.sort { $0.span < $1.span }
        mentions += EntityStage.parentheticalAcronyms(mentions, in: document)
        mentions += UntaggedSurnames.mentions(adding: mentions, in: document)
        mentions.sort { $0.span < $1.span }
        let grouped = EntityGrouper.group(mentions, in: document)
        document.mentions = grouped.mentions
        document.entities = grouped.entities
    }

    /// IOB2 tags of one sentence to mentions. Lenient like conlleval: an `I-X` after `O` or another type starts a
    /// mention; unknown tags count as `O`. Punctuation at the edges of a mention is dropped.
    static func decode(tags: [String], tokens range: Range<Int>, in document: Document) -> [EntityMention] {
        var result: [EntityMention] = []
        var current: (start: Int, type: EntityType)? = nil
        func close(_ end: Int) {
            if let c = current, let mention = makeMention(c.start..<end, c.type, in: document) { result.append(mention) }
            current = nil
        }
        for (k, t) in range.enumerated() {
            let (prefix, type) = parse(k < tags.count ? tags[k] : "O")
            if let type {
                if prefix == "B" || current == nil || current!.type != type {
                    close(t)
                    current = (t, type)
                }
            } else {
                close(t)
            }
        }
        close(range.upperBound)
        return result
    }

    static func parse(_ tag: String) -> (prefix: String, type: EntityType?) {
        let parts = tag.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, parts[0] == "B" || parts[0] == "I" else { return ("O", nil) }
        return (String(parts[0]), EntityType(rawValue: String(parts[1])))
    }

    static func makeMention(_ range: Range<Int>, _ type: EntityType, in document: Document) -> EntityMention? {
        var a = range.lowerBound
        var b = range.upperBound
        func isEdgeJunk(_ t: Token) -> Bool {
            switch t.kind {
            case .punctuation, .quote, .symbol: return true
            case .word: return t.text.unicodeScalars.first.map(Chars.isApostrophe) ?? false   // "'s"
            default: return false
            }
        }
        while a < b, isEdgeJunk(document.tokens[a]) { a += 1 }
        while b > a, isEdgeJunk(document.tokens[b - 1]) { b -= 1 }
        guard a < b else { return nil }
        let span = Span(start: document.tokens[a].start, end: document.tokens[b - 1].end)
        return EntityMention(span: span, tokens: a..<b, type: type, text: document.string(span))
    }

    /// "the Islamic State in the Greater Sahara (EIGS)": an upper-case word in brackets right after a mention is a
    /// mention of the same entity even when the tagger left it out.
    static func parentheticalAcronyms(_ mentions: [EntityMention], in document: Document) -> [EntityMention] {
        let tokens = document.tokens
        var covered = Set<Int>()
        for m in mentions { covered.formUnion(m.tokens) }
        var result: [EntityMention] = []
        for m in mentions {
            let open = m.tokens.upperBound
            guard open + 2 < tokens.count, tokens[open].text == "(", tokens[open + 2].text == ")",
                  !covered.contains(open + 1), isAcronym(tokens[open + 1].text) else { continue }
            let t = tokens[open + 1]
            result.append(EntityMention(span: t.span, tokens: (open + 1)..<(open + 2), type: m.type, text: t.text))
        }
        return result
    }

    static func isAcronym(_ word: String) -> Bool {
        var letters = 0
        for c in word.unicodeScalars {
            if c == "." { continue }
            guard Chars.isUpper(c) else { return false }
            letters += 1
        }
        return letters >= 2 && letters <= 8
    }
}

/// Groups mentions into entities: the same type and the same name up to case and accents; a later person mention
/// that is the last word(s) of an earlier person's name ("Goïta" -> "Assimi Goïta", and an earlier short form when
/// exactly one longer name fits); an acronym in brackets after a name, or one that spells an earlier name's initials
/// ("UN" -> "United Nations").
enum EntityGrouper {
    static func group(_ mentions: [EntityMention], in document: Document) -> (mentions: [EntityMention], entities: [Entity]) {
        guard !mentions.isEmpty else { return ([], []) }
        let tokens = document.tokens
        var groupOf = [Int](repeating: -1, count: mentions.count)
        var members: [[Int]] = []
        var byKey: [String: Int] = [:]
        var personNames: [String: [(group: Int, words: [String])]] = [:]   // by last word
        var byInitials: [String: Int] = [:]
        var endingAt: [Int: Int] = [:]                                   // last token -> mention

        let keys = mentions.map { foldKey($0.text) }
        for (index, m) in mentions.enumerated() {
            let key = keys[index]
            let words = key.split(separator: " ").map(String.init)
            var group: Int? = nil
            // acronym in brackets after a mention
            let a = m.tokens.lowerBound
            if m.tokens.count == 1, a >= 2, tokens[a - 1].text == "(", m.tokens.upperBound < tokens.count,
               tokens[m.tokens.upperBound].text == ")", let parent = endingAt[a - 2],
               mentions[parent].type != .person,          // "Angela Merkel (CDU)" names her party, not her
               bracketFits(m.text, after: mentions[parent].text) {
                group = groupOf[parent]
            }
            if group == nil { group = byKey[m.type.rawValue + "|" + key] }
            if group == nil, m.type == .person, let last = words.last {
                // the most recent longer person name that ends with these words
                var best: (group: Int, recency: Int)? = nil
                for candidate in personNames[last] ?? [] where candidate.words.count > words.count
                    && Array(candidate.words.suffix(words.count)) == words {
                    let recency = members[candidate.group].last ?? -1
                    if best == nil || recency > best!.recency { best = (candidate.group, recency) }
                }
                group = best?.group
            }
            if group == nil, m.type != .person, EntityStage.isAcronym(m.text) {
                group = byInitials[m.text.replacingOccurrences(of: ".", with: "")]
            }
            let g: Int
            if let group {
                g = group
            } else {
                g = members.count
                members.append([])
            }
            members[g].append(index)
            groupOf[index] = g
            endingAt[m.tokens.upperBound - 1] = index
            let fullKey = m.type.rawValue + "|" + key
            if byKey[fullKey] == nil {
                byKey[fullKey] = g
                if m.type == .person, let last = words.last { personNames[last, default: []].append((g, words)) }
                if m.type != .person, let initials = initials(m.text), byInitials[initials] == nil { byInitials[initials] = g }
            }
        }

        // an early short person name ("Camara ... Sadio Camara"): merge into the one longer name that ends with it
        var mergedInto = Array(0..<members.count)
        for (index, m) in mentions.enumerated() where m.type == .person {
            let g = groupOf[index]
            guard members[g].first == index, mergedInto[g] == g else { continue }
            let words = keys[index].split(separator: " ").map(String.init)
            guard let last = words.last else { continue }
            let longer = Set((personNames[last] ?? []).filter {
                $0.group != g && $0.words.count > words.count && Array($0.words.suffix(words.count)) == words
            }.map(\.group))
            if longer.count == 1, let target = longer.first, mergedInto[target] == target,
               members[g].allSatisfy({ keys[$0].split(separator: " ").count <= words.count }) {
                mergedInto[g] = target
            }
        }
        var finalMembers = [[Int]](repeating: [], count: members.count)
        for g in members.indices { finalMembers[mergedInto[g]] += members[g] }

        return makeEntities(mentions, groups: finalMembers)
    }

    /// An acronym in brackets names the one-word name before it only when it begins with that word's first letter
    /// ("Somalia (AMISOM)" is the mission in Somalia, not Somalia); after a longer name any acronym goes.
    static func bracketFits(_ acronym: String, after name: String) -> Bool {
        guard !name.contains(" "), let first = name.unicodeScalars.first, let letter = acronym.unicodeScalars.first
        else { return true }
        return String(first).uppercased() == String(letter).uppercased()
    }

    /// Entities from groups of mention indices (empty groups skipped): ids in order of first mention, the type most
    /// mentions have, the longest surface as the name (a leading lower-case "the" left out), the other surfaces as
    /// aliases ("The X" is no name when "X" is there too); each mention's `entity` set.
    static func makeEntities(_ mentions: [EntityMention], groups: [[Int]]) -> (mentions: [EntityMention], entities: [Entity]) {
        var finalMembers = groups
        var order = finalMembers.indices.filter { !finalMembers[$0].isEmpty }
        for g in order { finalMembers[g].sort { mentions[$0].span < mentions[$1].span } }
        order.sort { mentions[finalMembers[$0][0]].span < mentions[finalMembers[$1][0]].span }

        var result = mentions
        var entities: [Entity] = []
        entities.reserveCapacity(order.count)
        for (n, g) in order.enumerated() {
            let list = finalMembers[g]
            var counts: [EntityType: Int] = [:]
            for i in list { counts[mentions[i].type, default: 0] += 1 }
            let firstType = mentions[list[0]].type
            let best = counts.values.max() ?? 0
            let type = counts[firstType] == best ? firstType
                : EntityType.allCases.first { counts[$0] == best } ?? firstType
            // "The X" is no name when "X" is there too
            let forms = list.map { canonicalForm(mentions[$0].text) }
            let formKeys = Set(forms.map(foldKey))
            var name = forms[0]
            var nameLength = -1
            var surfaces: [String] = []
            var seen = Set<String>()
            for (k, i) in list.enumerated() {
                let text = mentions[i].text
                if seen.insert(text).inserted { surfaces.append(text) }
                let form = forms[k]
                let length = form.unicodeScalars.count
                let better = length > nameLength || (length == nameLength && isAllCaps(name) && !isAllCaps(form))
                if better, !(form.hasPrefix("The ") && formKeys.contains(foldKey(String(form.dropFirst(4))))) {
                    name = form
                    nameLength = length
                }
                result[i].entity = n
            }
            entities.append(Entity(id: "E\(n + 1)", type: type, name: name,
                                   aliases: surfaces.filter { $0 != name && canonicalForm($0) != name },
                                   mentions: list.map { mentions[$0].span }))
        }
        return (result, entities)
    }

    /// "MOSCOW", "UNITED NATIONS": a dateline or headline form, a worse name than "Moscow" (acronyms are too short
    /// to count).
    static func isAllCaps(_ text: String) -> Bool {
        var letters = 0
        for c in text.unicodeScalars where Chars.isLetter(c) {
            if Chars.isLower(c) { return false }
            letters += 1
        }
        return letters > 4
    }

    /// A surface as a name: without a leading lower-case "the" ("the United Nations" -> "United Nations").
    static func canonicalForm(_ text: String) -> String {
        guard text.hasPrefix("the "), text.unicodeScalars.count > 4 else { return text }
        return String(text.dropFirst(4))
    }

    /// Case- and accent-insensitive key with whitespace collapsed.
    static func foldKey(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// "United Nations Office" -> "UNO": initials of the capitalised words of a name of two words or more.
    static func initials(_ text: String) -> String? {
        var result = ""
        var words = 0
        for word in text.split(separator: " ") {
            words += 1
            if let c = word.unicodeScalars.first, Chars.isUpper(c) { result.unicodeScalars.append(c) }
        }
        return words >= 2 && result.unicodeScalars.count >= 2 ? result : nil
    }
}
