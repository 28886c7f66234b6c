import EntityTagger

/// The trained model, with one repair from the rules: long organisation names.
///
/// CoNLL-2003 seldom annotates names like "United Nations Office for West Africa and the Sahel" or
/// "Islamic State in the Greater Sahara" whole, so the model splits them into pieces ("United Nations Office",
/// "West Africa", "Sahel"), and it reads "Wagner group" as a person. The rule-based tagger finds such names whole
/// from organisation cue words. Where a rule ORG span covers two or more model entities, or widens one with a
/// lower-case organisation head ("group", "army"), and no model entity sticks out of it, the rule span wins,
/// unless it only joins an organisation to where it is ("the United Nations in Niamey").
/// Everything else is the model's.
public struct OrganisationRepairTagger: DocumentTagger {
    public let model: any DocumentTagger
    private let rules = RuleBasedTagger()

    public init(model: any DocumentTagger) {
        self.model = model
    }

    public func tag(sentences: [[String]]) -> [[String]] {
        var tags = model.tag(sentences: sentences)
        let ruleTags = rules.tag(sentences: sentences)
        for index in sentences.indices {
            let words = sentences[index]
            let modelSpans = Tags.spans(iob: tags[index])
            for rule in Tags.spans(iob: ruleTags[index]) where rule.type == "ORG" && rule.end - rule.start >= 2 {
                let touching = modelSpans.filter { $0.start < rule.end && rule.start < $0.end }
                guard !touching.isEmpty, touching.allSatisfy({ $0.start >= rule.start && $0.end <= rule.end }) else { continue }
                let head = words[rule.end - 1]
                let widensWithLowerHead = head == head.lowercased() && Lexicon.lowerOrgCues.contains(head)
                    && !touching.contains { $0.end == rule.end }
                guard touching.count >= 2 || widensWithLowerHead else { continue }
                // "the United Nations in Niamey" is an organisation somewhere; "the Islamic State in the Greater
                // Sahara" is a name: a locative "in"/"at" joins only before "the".
                let locative = (rule.start..<(rule.end - 1)).contains { k in
                    (words[k] == "in" || words[k] == "at") && words[k + 1] != "the"
                }
                guard !locative else { continue }
                for k in rule.start..<rule.end { tags[index][k] = k == rule.start ? "B-ORG" : "I-ORG" }
            }
        }
        return tags
    }
}
