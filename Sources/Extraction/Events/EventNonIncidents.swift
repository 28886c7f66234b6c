import NewsModel

/// Trigger words that tell no deed here, read at the trigger (before any event is made of it):
///
/// - **a verb used as a noun**: a verb-only trigger right after a determiner, or after a determiner and one adjective
///   or name, is a noun ("the shot put", "an Instagram shot", "a fatal shot"): no event. Past participles ("the
///   wounded") are left to the toll rule below;
/// - **a toll as a modifier**: "injured", "wounded", "killed" between a determiner or number and the noun they
///   describe ("the three injured troops were evacuated", "41 injured girls") recall the dead or hurt of an incident
///   told elsewhere: no new event;
/// - **a fight against an ill**: "fighting terrorism", "the fight against corruption", "combating poverty",
///   "battling cancer", "fighting for market share" are policies and metaphors, not violence.
extension EventFinder {
    /// Whether the trigger at `t` (of `length` words) tells no deed here.
    func isNoDeed(_ trigger: CAMEOTrigger, at t: Int, length: Int, sentence: Range<Int>) -> Bool {
        if length == 1, trigger.form == .verb, !words[t].hasSuffix("ed"), isAfterDeterminer(t, floor: sentence.lowerBound) {
            return true
        }
        if length == 1, trigger.weight <= 1, words[t].hasSuffix("ed"), isPrenominalToll(t, sentence: sentence) { return true }
        // "stab wounds", "shoot victims": a modifier of a noun
        if length == 1, trigger.form == .verb, !words[t].hasSuffix("ed"), !words[t].hasSuffix("ing"), t + 1 < sentence.upperBound,
           Self.injuryNouns.contains(words[t + 1]) {
            return true
        }
        // "he shot the video", "shooting a film": filming
        if Self.shootWords.contains(words[t]), (t + 1..<min(sentence.upperBound, t + 4)).contains(where: { Self.filmNouns.contains(words[$0]) }) {
            return true
        }
        // "with stab wounds", "gunshot wounds": the noun
        if length == 1, words[t] == "wounds" || words[t] == "wound", t > sentence.lowerBound,
           Self.woundModifiers.contains(words[t - 1]) {
            return true
        }
        if trigger.root.isViolence, Self.fightWords.contains(words[t]), isFightAgainstAnIll(t + length, sentence: sentence) {
            return true
        }
        return isNoDeedByParse(trigger, at: t, length: length, sentence: sentence)
    }

    /// "the shot", "an Instagram shot", "a fatal shot" (not "the police shot", "the gunman shot", "the Taliban shot").
    func isAfterDeterminer(_ t: Int, floor: Int) -> Bool {
        guard t - 1 >= floor else { return false }
        if Self.determiners.contains(words[t - 1]) { return true }
        guard t - 2 >= floor, Self.determiners.contains(words[t - 2]), tokens[t - 1].kind == .word else { return false }
        let between = words[t - 1]
        // "an Instagram shot": an indefinite article before a name makes the name a modifier
        if mentionEnding[t - 1] >= 0 { return ["a", "an"].contains(words[t - 2]) }
        return Self.adjectiveEndings.contains { between.hasSuffix($0) } && !Self.actorNouns.contains(between)
    }

    static let adjectiveEndings = ["al", "ous", "ful", "ic", "ive", "est"]

    /// "the three injured troops", "41 injured girls", "the wounded soldiers".
    func isPrenominalToll(_ t: Int, sentence: Range<Int>) -> Bool {
        guard t - 1 >= sentence.lowerBound, t + 1 < sentence.upperBound, tokens[t + 1].kind == .word,
              mentionStarting[t + 1] < 0 else { return false }
        let before = words[t - 1]
        let counted = tokens[t - 1].kind == .number || NumberWords.wordValue(before) != nil
            || Self.determiners.contains(before) || ["other", "several", "many", "dozens", "hundreds"].contains(before)
        guard counted else { return false }
        let next = words[t + 1]
        return CAMEOLexicon.peopleNouns.contains(next) || Self.actorNouns.contains(next) || Self.armed.contains(next)
            || Self.tollNouns.contains(next)
    }

    static let injuryNouns: Set<String> = ["wound", "wounds", "injuries", "injury", "victim", "victims", "survivor",
                                           "survivors", "vest", "vests", "proof"]
    static let shootWords: Set<String> = ["shot", "shoot", "shoots", "shooting"]
    static let filmNouns: Set<String> = ["video", "videos", "film", "films", "footage", "photo", "photos", "photographs",
                                         "pictures", "scene", "scenes", "movie", "documentary", "episode", "clip", "selfie"]
    static let woundModifiers: Set<String> = ["with", "stab", "gunshot", "bullet", "knife", "shrapnel", "multiple",
                                              "serious", "severe", "minor", "critical", "head", "chest", "of", "fatal",
                                              "the", "his", "her", "their"]
    static let tollNouns: Set<String> = ["girls", "boys", "children", "women", "men", "passengers", "pilgrims",
                                         "victims", "civilians", "patients", "persons", "survivors", "tourists"]

    /// After a fight word: "terrorism", "against corruption", "for market share".
    func isFightAgainstAnIll(_ k: Int, sentence: Range<Int>) -> Bool {
        var j = k
        while j < min(sentence.upperBound, k + 4), ["against", "the", "for", "to", "of", "back", "on"].contains(words[j]) || Self.quoteMarks.contains(words[j]) { j += 1 }
        guard j < sentence.upperBound else { return false }
        return Self.ills.contains(words[j]) || j + 1 < sentence.upperBound && words[j] == "market" && words[j + 1] == "share"
    }

    static let fightWords: Set<String> = ["fight", "fights", "fighting", "fought", "battle", "battles", "battling",
                                          "battled", "combat", "combating", "combatting", "war"]
    static let ills: Set<String> = [
        "terrorism", "terror", "extremism", "radicalism", "radicalisation", "radicalization", "corruption", "crime",
        "poverty", "inequality", "disease", "cancer", "addiction", "drugs", "trafficking", "inflation", "unemployment",
        "climate", "hunger", "racism", "discrimination", "fraud", "piracy", "illness", "obesity", "malaria", "aids",
        "hiv", "ebola", "fake", "impunity", "injustice", "survival", "rights", "justice", "freedom", "votes", "tax",
        "evasion", "money-laundering", "laundering", "graft", "smuggling", "deforestation", "pollution",
    ]
}
