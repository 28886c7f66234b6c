import NewsModel

/// Scores one Extraction against one gold file.
///
/// Matching rules. Names and texts are compared after `NameNormalizer.normalize` (case, accents and punctuation
/// ignored); "same name" also ignores a leading "the" on either side; "overlap" means one normalised text contains
/// the other as whole words. A predicted entity's *forms* are its name and its aliases.
/// - **Entities**: a gold `[name, type]` is found if a predicted entity of that type has a form with the same name.
///   Predicted: every predicted entity (all are PER, ORG, LOC or MISC).
/// - **Aliases**: a gold `[canonical, alias]` is found if one predicted entity has both as forms. Predicted: one
///   pair per alias of each entity (aliases that normalise to the entity's own name are not counted); a pair
///   matches if both its names belong to one gold alias group (names linked by gold alias pairs).
/// - **Roles**: a gold `[name, role]` is found if a predicted entity with a form of that name has a role that
///   overlaps the gold role (equal, containing or contained). Predicted: one per role of each entity.
/// - **Quotes**: a gold quote is found if a predicted quote's text starts with the gold `starts`, or with at least
///   its first 80% (normalised). Speaker accuracy, over found quotes whose gold gives a speaker: right if a matching
///   predicted quote's speaker (the entity's name or aliases, or `speaker_name`) overlaps the gold speaker.
/// - **Dates**: found if a predicted date has the same value and an overlapping text.
/// - **Counts**: found if a predicted count has the same type and number. Over found counts whose gold states them:
///   object right if it overlaps the predicted object; location right if a form of the predicted location entity
///   overlaps the gold location.
/// - **Events**: found if a predicted event's CAMEO root is one of the gold's codes and at least one of: a gold
///   actor or target overlaps a form of a predicted actor or target ("Omar Jeng" = "Sheikh Omar Jeng"), or one of its
///   unnamed participants' noun phrases ("gunmen"); the gold
///   location overlaps a form of the predicted location; the gold fatalities equal the predicted fatalities; the gold
///   count equals the predicted fatalities or the number of a predicted count in the event's sentence; or the gold
///   states none of actors, targets, location, fatalities and count (then the code alone decides). Over found
///   events: date right if the same string as the gold date (so also the same granularity), location right by the rule above, fatalities
///   right if equal.
/// - **Incidents** (exhaustive files only): violent incidents and arrests, one to one, by evidence snippet and CAMEO
///   root; see ``IncidentMatcher``.
///
/// A gold item is found if any prediction matches it, and a prediction counts as matched if it matches any gold
/// item (not one-to-one); an attribute is right if any matching prediction has it right. Precision is reported
/// because gold lists may be incomplete: an unmatched prediction is not always wrong.
public enum GoldMatcher {
    /// Every category; `text` is the article's text, which the incidents' evidence is looked up in (without it,
    /// no incident can match).
    public static func score(_ gold: GoldFile, _ extraction: Extraction, text: String = "") -> ArticleScore {
        ArticleScore(results: [
            .entities: entities(gold.entities, in: extraction),
            .aliases: aliases(gold.aliases, in: extraction),
            .roles: roles(gold.roles, in: extraction),
            .quotes: quotes(gold.quotes, in: extraction),
            .dates: dates(gold.dates, in: extraction),
            .counts: counts(gold.counts, in: extraction),
            .events: events(gold.events, in: extraction),
            .incidents: IncidentMatcher.score(gold, extraction, text: text),
        ])
    }

    // MARK: Categories

    public static func entities(_ gold: [GoldEntity], in extraction: Extraction) -> CategoryResult {
        let names = PredictedNames(extraction)
        return tally(gold: gold, predicted: extraction.entities,
                     matches: { g, e in e.type.rawValue == g.type && names.forms(of: e).contains { NameNormalizer.sameName($0, g.name) } },
                     describeGold: { "\($0.type) \($0.name)" },
                     describePredicted: describe).result
    }

    public static func aliases(_ gold: [GoldAlias], in extraction: Extraction) -> CategoryResult {
        let names = PredictedNames(extraction)
        var result = CategoryResult()
        result.score.gold = gold.count
        for pair in gold {
            let found = extraction.entities.contains { entity in
                let forms = names.forms(of: entity)
                return forms.contains { NameNormalizer.sameName($0, pair.canonical) }
                    && forms.contains { NameNormalizer.sameName($0, pair.alias) }
            }
            if found { result.score.found += 1 } else { result.missed.append("\(pair.canonical) = \(pair.alias)") }
        }
        let groups = aliasGroups(gold)
        for entity in extraction.entities {
            for alias in entity.aliases where NameNormalizer.withoutArticle(alias) != NameNormalizer.withoutArticle(entity.name) {
                result.score.predicted += 1
                let key = (NameNormalizer.withoutArticle(entity.name), NameNormalizer.withoutArticle(alias))
                if groups.contains(where: { $0.contains(key.0) && $0.contains(key.1) }) {
                    result.score.matched += 1
                } else {
                    result.unmatched.append("\(entity.name) = \(alias)")
                }
            }
        }
        return result
    }

    public static func roles(_ gold: [GoldRole], in extraction: Extraction) -> CategoryResult {
        let names = PredictedNames(extraction)
        let predicted = extraction.entities.flatMap { entity in entity.roles.map { (entity: entity, role: $0) } }
        return tally(gold: gold, predicted: predicted,
                     matches: { g, p in
                         names.forms(of: p.entity).contains { NameNormalizer.sameName($0, g.name) }
                             && NameNormalizer.overlap(p.role, g.role)
                     },
                     describeGold: { "\($0.name): \($0.role)" },
                     describePredicted: { "\($0.entity.name): \($0.role)" }).result
    }

    public static func quotes(_ gold: [GoldQuote], in extraction: Extraction) -> CategoryResult {
        let names = PredictedNames(extraction)
        var (result, found) = tally(gold: gold, predicted: extraction.quotes, matches: quoteMatches,
                                    describeGold: { "\"\(clip($0.starts))\" (\($0.speaker ?? "no speaker"))" },
                                    describePredicted: { "\"\(clip($0.text))\" (\(speakerForms($0, names).first ?? "no speaker"))" })
        var speaker = AttributeScore()
        for (g, matching) in found {
            guard let goldSpeaker = g.speaker, !NameNormalizer.normalize(goldSpeaker).isEmpty else { continue }
            result.judge(&speaker, right: matching.contains { q in speakerForms(q, names).contains { NameNormalizer.overlap($0, goldSpeaker) } },
                         what: "speaker of \"\(clip(g.starts))\"", gold: goldSpeaker,
                         predicted: matching.map { speakerForms($0, names).first ?? "none" })
        }
        result.attributes[.quoteSpeaker] = speaker
        return result
    }

    public static func dates(_ gold: [GoldDate], in extraction: Extraction) -> CategoryResult {
        tally(gold: gold, predicted: extraction.dates,
              matches: { g, d in
                  g.value.trimmingWhitespace() == d.value.trimmingWhitespace() && NameNormalizer.overlap(g.text, d.text)
              },
              describeGold: { "\($0.text) = \($0.value)" },
              describePredicted: { "\($0.text) = \($0.value)" }).result
    }

    public static func counts(_ gold: [GoldCount], in extraction: Extraction) -> CategoryResult {
        let names = PredictedNames(extraction)
        var (result, found) = tally(gold: gold, predicted: extraction.counts,
                                    matches: { g, c in c.type.rawValue == g.type && c.number == g.number },
                                    describeGold: { "\($0.type) \($0.number) \($0.object ?? "")" },
                                    describePredicted: { "\($0.type.rawValue) \($0.number) \($0.object ?? "")" })
        var object = AttributeScore(), location = AttributeScore()
        for (g, matching) in found {
            if let goldObject = g.object, !NameNormalizer.normalize(goldObject).isEmpty {
                result.judge(&object, right: matching.contains { c in c.object.map { NameNormalizer.overlap($0, goldObject) } ?? false },
                             what: "object of \(g.type) \(g.number)", gold: goldObject, predicted: matching.map { $0.object ?? "none" })
            }
            if let goldLocation = g.location, !NameNormalizer.normalize(goldLocation).isEmpty {
                result.judge(&location, right: matching.contains { names.place($0.location, is: goldLocation) },
                             what: "location of \(g.type) \(g.number)", gold: goldLocation,
                             predicted: matching.map { names.name(ofID: $0.location) ?? "none" })
            }
        }
        result.attributes[.countObject] = object
        result.attributes[.countLocation] = location
        return result
    }

    public static func events(_ gold: [GoldEvent], in extraction: Extraction) -> CategoryResult {
        let names = PredictedNames(extraction)
        var (result, found) = tally(gold: gold, predicted: extraction.events,
                                    matches: { g, e in eventMatches(g, e, extraction, names) },
                                    describeGold: { "\($0.cameo.joined(separator: "/")) \($0.what ?? ($0.actors + $0.targets).joined(separator: ", "))" },
                                    describePredicted: { e in
                                        let who = (e.actors + e.targets).compactMap { names.name(ofID: $0) }.joined(separator: ", ")
                                        return "\(e.cameo) \(e.label) \"\(e.trigger)\" [\(who)] sentence \(e.sentence)"
                                    })
        var date = AttributeScore(), location = AttributeScore(), fatalities = AttributeScore()
        for (g, matching) in found {
            let what = "\(g.cameo.joined(separator: "/")) \(clip(g.what ?? ""))"
            if let goldDate = g.date?.trimmingWhitespace(), !goldDate.isEmpty {
                result.judge(&date, right: matching.contains { $0.date?.trimmingWhitespace() == goldDate },
                             what: "date of \(what)", gold: goldDate, predicted: matching.map { $0.date ?? "none" })
            }
            if let goldLocation = g.location, !NameNormalizer.normalize(goldLocation).isEmpty {
                result.judge(&location, right: matching.contains { names.place($0.location, is: goldLocation) },
                             what: "location of \(what)", gold: goldLocation, predicted: matching.map { names.name(ofID: $0.location) ?? "none" })
            }
            if let goldFatalities = g.fatalities {
                result.judge(&fatalities, right: matching.contains { $0.fatalities == goldFatalities },
                             what: "fatalities of \(what)", gold: String(goldFatalities),
                             predicted: matching.map { $0.fatalities.map(String.init) ?? "none" })
            }
        }
        result.attributes[.eventDate] = date
        result.attributes[.eventLocation] = location
        result.attributes[.eventFatalities] = fatalities
        return result
    }

    // MARK: Rules

    /// The quote rule: the predicted text starts with the gold opening, or with its first 80%.
    public static func quoteMatches(_ gold: GoldQuote, _ quote: Quote) -> Bool {
        let opening = Array(NameNormalizer.normalize(gold.starts))
        guard !opening.isEmpty else { return false }
        let text = Array(NameNormalizer.normalize(quote.text))
        var common = 0
        while common < opening.count, common < text.count, opening[common] == text[common] { common += 1 }
        return common == opening.count || Double(common) >= 0.8 * Double(opening.count)
    }

    /// The event rule: same CAMEO root and one piece of evidence (see the type's documentation).
    static func eventMatches(_ gold: GoldEvent, _ event: Event, _ extraction: Extraction, _ names: PredictedNames) -> Bool {
        guard gold.cameo.contains(CAMEO.root(event.cameo)) else { return false }
        let participants = gold.actors + gold.targets
        let evidence = !participants.isEmpty || gold.location != nil || gold.fatalities != nil || gold.count != nil
        if !evidence { return true }
        // unnamed participants count by their noun phrase, as the gold writes them ("gunmen", "civilians")
        let predictedForms = (event.actors + event.targets).flatMap { names.forms(ofID: $0) }
            + (event.actorPhrases ?? []) + (event.targetPhrases ?? [])
        if participants.contains(where: { g in predictedForms.contains { NameNormalizer.overlap($0, g) } }) { return true }
        if let location = gold.location, names.place(event.location, is: location) {
            return true
        }
        if let fatalities = gold.fatalities, event.fatalities == fatalities { return true }
        if let count = gold.count {
            if event.fatalities == count { return true }
            if extraction.sentences.indices.contains(event.sentence) {
                let sentence = extraction.sentences[event.sentence]
                if extraction.counts.contains(where: { $0.number == count && $0.start >= sentence.start && $0.start < sentence.end }) {
                    return true
                }
            }
        }
        return false
    }

    // MARK: Helpers

    /// Counts gold items found and predictions matched under one rule; returns each found gold item with the
    /// predictions that match it.
    static func tally<G, P>(gold: [G], predicted: [P], matches: (G, P) -> Bool,
                            describeGold: (G) -> String, describePredicted: (P) -> String)
        -> (result: CategoryResult, found: [(gold: G, matching: [P])]) {
        var result = CategoryResult(score: CategoryScore(gold: gold.count, predicted: predicted.count))
        var found: [(gold: G, matching: [P])] = []
        var predictionMatched = Array(repeating: false, count: predicted.count)
        for g in gold {
            var matching: [P] = []
            for (index, p) in predicted.enumerated() where matches(g, p) {
                matching.append(p)
                predictionMatched[index] = true
            }
            if matching.isEmpty {
                result.missed.append(describeGold(g))
            } else {
                result.score.found += 1
                found.append((g, matching))
            }
        }
        for (index, p) in predicted.enumerated() {
            if predictionMatched[index] { result.score.matched += 1 } else { result.unmatched.append(describePredicted(p)) }
        }
        return (result, found)
    }

    /// Names linked by gold alias pairs, grouped (normalised, without a leading "the").
    static func aliasGroups(_ gold: [GoldAlias]) -> [Set<String>] {
        var groups: [Set<String>] = []
        for pair in gold {
            let names: Set<String> = [NameNormalizer.withoutArticle(pair.canonical), NameNormalizer.withoutArticle(pair.alias)]
            let touching = groups.indices.filter { !groups[$0].isDisjoint(with: names) }
            var merged = names
            for index in touching { merged.formUnion(groups[index]) }
            for index in touching.reversed() { groups.remove(at: index) }
            groups.append(merged)
        }
        return groups
    }

    static func speakerForms(_ quote: Quote, _ names: PredictedNames) -> [String] {
        names.forms(ofID: quote.speaker) + [quote.speakerName].compactMap { $0 }
    }

    static func describe(_ entity: Entity) -> String {
        entity.aliases.isEmpty ? "\(entity.type.rawValue) \(entity.name)"
            : "\(entity.type.rawValue) \(entity.name) (\(entity.aliases.joined(separator: ", ")))"
    }

    static func clip(_ text: String, _ limit: Int = 60) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}

/// The predicted entities by id, and their forms (name and aliases).
struct PredictedNames {
    let byID: [String: Entity]

    init(_ extraction: Extraction) {
        byID = Dictionary(extraction.entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func forms(of entity: Entity) -> [String] { [entity.name] + entity.aliases }

    func forms(ofID id: String?) -> [String] {
        guard let id, let entity = byID[id] else { return [] }
        return forms(of: entity)
    }

    /// Whether the entity `id` (a place) goes by a name that overlaps the gold place's.
    func place(_ id: String?, is gold: String) -> Bool {
        forms(ofID: id).contains { NameNormalizer.overlap($0, gold) }
    }

    func name(ofID id: String?) -> String? {
        guard let id else { return nil }
        return byID[id]?.name ?? id
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}

extension CategoryResult {
    /// Scores one attribute of a matched gold item: `right` when some matching prediction has the gold value; a wrong
    /// one is listed as "WHAT: gold G, predicted P1, P2" for `eval-gold --verbose`.
    mutating func judge(_ attribute: inout AttributeScore, right: Bool, what: String, gold: String, predicted: [String]) {
        attribute.record(right)
        if !right { wrongAttributes.append("\(what): gold \(gold), predicted " + predicted.joined(separator: ", ")) }
    }
}
