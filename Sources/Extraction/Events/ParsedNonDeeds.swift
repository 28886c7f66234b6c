import NewsModel
import Syntax

/// Trigger words that tell no deed, read from the parse (``EventFinder/isNoDeed(_:at:length:sentence:)`` asks):
///
/// - **a verb used as a noun** with its own determiner or possessor: "Fiorentina's only shot on target", "skewed his
///   shot wide" (the word rule sees only an article right before it);
/// - **a retort**: "the tabloid shot back", "hit back at critics": a verb with the particle "back" is words;
/// - **shooting down an idea**: "Merkel shot down the prospect of parallel talks": "shot down" a thing that does not
///   fly is a rejection, not violence;
/// - **a trigger noun naming a kind of thing**: "air raid sirens", "attack helicopters", "assault rifles", "murder
///   mystery": a compound modifier of a noun that is no deed;
/// - **a crackdown on an ill**: "crack down on hate speech", "a crackdown on corruption" is a policy; on people
///   ("on protesters", "on the opposition", on a named group) it is coercion;
/// - **intercepting a missile**: "one of the projectiles was intercepted" is air defence, not an arrest.
extension EventFinder {
    func isNoDeedByParse(_ trigger: CAMEOTrigger, at t: Int, length: Int, sentence: Range<Int>) -> Bool {
        guard hasParse else { return false }
        let s = d.syntax[t]
        if trigger.form == .verb, length == 1, s.pos == .NOUN,
           d.dependents(of: t).contains(where: { d.syntax[$0].label == .det || d.syntax[$0].label == .poss }) {
            return true
        }
        // "Fiorentina's only shot": a verb after a name's or noun's "'s" (not "he's shot": an auxiliary) is a noun
        if trigger.form == .verb, length == 1, !words[t].hasSuffix("ed"), !words[t].hasSuffix("ing") {
            for back in 1...2 where t - back - 1 >= sentence.lowerBound && words[t - back] == "'s" {
                if back == 2, tokens[t - 1].kind != .word { break }
                if !Self.pronouns.contains(words[t - back - 1]), words[t - back - 1] != "there" { return true }
            }
        }
        if trigger.root.isViolence, length == 1, s.pos == .VERB,
           d.dependents(of: t, .prt, .advmod).contains(where: { words[$0] == "back" }) {
            return true
        }
        if Self.shootWords.contains(words[t]) || words[t] == "shot" {
            let down = length > 1 && words[t + 1] == "down" || d.dependents(of: t, .prt).contains { words[$0] == "down" }
            if down, let object = d.dependents(of: t, .dobj).first, !Self.flyingThings.contains(words[object]) { return true }
        }
        if trigger.form != .verb, length == 1, s.label == .compound, let h = d.head(of: t),
           Self.kindNouns.contains(words[h]) {
            return true
        }
        if words[t].hasPrefix("crack") {
            // the object of "on" hangs from the trigger or from its particle ("crack down on")
            let holders = [t] + (t + 1 < sentence.upperBound ? [t + 1] : [])
            for holder in holders {
                for (p, object) in d.prepositionalObjects(of: holder) where words[p] == "on" {
                    return !d.subtree(of: object).contains(where: isPeople)
                }
            }
        }
        if words[t].hasPrefix("intercept") {
            let window = max(sentence.lowerBound, t - 8)..<min(sentence.upperBound, t + 8)
            if window.contains(where: { Self.projectiles.contains(words[$0]) }) { return true }
        }
        return false
    }

    /// Whether a noun phrase head names people: a person or organisation, or a people noun.
    func isPeople(_ h: Int) -> Bool {
        if mentionCovering[h] >= 0 {
            let type = d.mentions[mentionCovering[h]].type
            return type == .person || type == .organisation || type == .miscellaneous
        }
        let w = words[h]
        return CAMEOLexicon.peopleNouns.contains(w) || Self.actorNouns.contains(w) || Self.victimNouns.contains(w)
            || Self.crackdownTargets.contains(w)
    }

    static let flyingThings: Set<String> = [
        "jet", "jets", "plane", "planes", "aircraft", "helicopter", "helicopters", "drone", "drones", "missile",
        "missiles", "rocket", "rockets", "fighter", "fighters", "airliner", "bomber", "bombers", "warplane", "warplanes",
        "one", "two", "balloon", "projectile", "projectiles", "satellite",
    ]
    static let projectiles: Set<String> = [
        "missile", "missiles", "rocket", "rockets", "projectile", "projectiles", "drone", "drones", "shell", "shells",
        "interceptor", "calls", "call", "communications", "messages", "signals", "shipment",
    ]
    static let kindNouns: Set<String> = [
        "siren", "sirens", "shelter", "shelters", "helicopter", "helicopters", "rifle", "rifles", "drill", "drills",
        "warning", "warnings", "alert", "alerts", "mystery", "novel", "film", "movie", "series", "game", "games", "dog",
        "dogs", "submarine", "submarines", "vehicle", "vehicles", "craft", "boat", "boats", "weapon", "weapons",
        "capability", "capabilities", "simulation", "plot", "plots", "threat", "threats", "squad", "unit", "units",
    ]
    static let crackdownTargets: Set<String> = [
        "opposition", "dissidents", "dissent", "protesters", "protestors", "demonstrators", "journalists", "media",
        "activists", "critics", "militants", "rebels", "gangs", "migrants", "refugees", "minorities", "muslims",
        "christians", "protests", "protest", "demonstrations", "press", "ngos", "groups", "members", "supporters",
    ]
}
