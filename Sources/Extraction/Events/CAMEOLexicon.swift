/// The trigger words of the event stage: inflected verb forms and nouns, one- to three-word phrases, each with its
/// CAMEO root code (two digits), a group (which triggers may describe the same event: "phone" and "meet" are both
/// 04 but never merge), a weight (the strongest trigger of a merged event gives its code) and what the context must
/// hold for the word to count (an aid noun for "delivered", a person for "released"...).
struct CAMEOTrigger: Sendable, Hashable {
    enum Form: Sendable, Hashable {
        /// Only a verb: "attacked", "met".
        case verb
        /// Only a noun: "meeting", "massacre", "air strike".
        case noun
        /// Either, decided by the words around: "attack", "attacks", "visit", "killing".
        case either
    }

    enum Need: Sendable, Hashable {
        case none
        /// "delivered", "handed", "supplied", "sent": only with aid, equipment or weapons near ("delivered a speech" is none).
        case aidNoun
        /// "received": 04 with a person or organisation as object, 07 with aid as object, otherwise nothing.
        case receive
        /// "released", "freed": only with people (hostages, prisoners) or a named person as object.
        case people
        /// "signed": only with an agreement, deal, accord, treaty near.
        case agreement
        /// "spoke", "talked": only followed by "with"/"to" and a named entity.
        case withEntity
        /// "held", "taken": only passive with people as subject ("Badjie and Jeng were held on Monday").
        case heldPeople
        /// "dismissed": only as a rejection ("dismissed the claim as propaganda"), not a sacking.
        case dismissal
        /// "summoned": only with a diplomat as object ("summoned the ambassador").
        case diplomat
        /// "banned": only with trade, imports or exports near ("banning imports of coal").
        case trade
        /// "defeat": only accepted or conceded ("accept his election defeat").
        case conceded
        /// "concern", "concerns": only raised, expressed or voiced ("raised grave concerns about").
        case expressed
        /// "asked": only asking someone to do something ("asked the Security Council to send police").
        case askTo
    }

    var root: CAMEORoot
    var group: String
    var form: Form
    var weight: Int
    var need: Need
    /// A past participle ("killed", "held", "shot"): may be passive.
    var participle: Bool
    /// Written only in lower case ("march", not the month "March").
    var lowercaseOnly: Bool

    init(root: CAMEORoot, group: String, form: Form, weight: Int = 2, need: Need = .none, participle: Bool = false,
         lowercaseOnly: Bool = false) {
        self.root = root
        self.group = group
        self.form = form
        self.weight = weight
        self.need = need
        self.participle = participle
        self.lowercaseOnly = lowercaseOnly
    }
}

enum CAMEOLexicon {
    /// Trigger phrases, lower case, words separated by one space.
    static let triggers: [String: CAMEOTrigger] = build()

    /// The most words a trigger phrase has.
    static let maxWords = 4

    /// First words of the phrases of two or more words (triggers and attributions): only these start a longer lookup.
    static let phraseStarts: Set<String> = Set((Array(triggers.keys) + Array(attribution.keys))
        .filter { $0.contains(" ") }.compactMap { $0.split(separator: " ").first.map(String.init) })

    /// "The Malian army incriminates X": the verb names who did an attack told just before; "X claimed responsibility".
    /// Value: true when the attacker comes after the cue (blame X), false when before (X claimed).
    static let attribution: [String: Bool] = [
        "incriminate": true, "incriminates": true, "incriminated": true, "incriminating": true,
        "blame": true, "blames": true, "blamed": true, "blaming": true,
        "attributed": true, "attributes": true, "attribute": true,
        "claimed responsibility": false, "claims responsibility": false, "claim responsibility": false,
        "claiming responsibility": false, "claimed the attack": false, "claims the attack": false,
    ]

    /// Nouns of aid, equipment and weapons: what "delivered", "handed", "received" need to mean 07.
    static let aidNouns: Set<String> = [
        "aid", "assistance", "equipment", "weapons", "weapon", "arms", "ammunition", "munitions", "helicopter",
        "helicopters", "plane", "planes", "aircraft", "jets", "jet", "drones", "drone", "tanks", "vehicles", "vaccines",
        "vaccine", "doses", "food", "supplies", "funds", "funding", "grant", "donation", "donations", "materiel",
        "missiles", "missile", "rifles", "armoured", "armored", "fighter", "hardware", "shipment", "consignment",
        "relief", "medicines", "medicine", "humanitarian",
    ]

    /// People that "released", "freed" need.
    /// Nouns after which a trigger noun is a modifier: "combat helicopters", "attack drones", "protest movement".
    static let modifiedHeads: Set<String> = aidNouns.union([
        "unit", "units", "troops", "zone", "zones", "gear", "training", "capabilities", "capability", "readiness",
        "experience", "boots", "positions", "helicopter", "helicopters", "aircraft", "vehicle", "vehicles", "boat",
        "boats", "dog", "dogs", "movement", "movements", "song", "songs", "group", "groups", "force", "season",
        "fatigue", "ground", "mode", "plan", "plans", "room", "rooms", "hall", "halls", "point", "points", "venue",
        "organisers", "organizers", "leaders", "leader", "camp", "site", "sites",
    ])

    static let peopleNouns: Set<String> = [
        "hostages", "hostage", "prisoners", "prisoner", "detainees", "detainee", "captives", "captive", "soldiers",
        "people", "students", "girls", "women", "children", "journalists", "journalist", "nationals", "workers",
        "activists", "opposition", "members", "civilians", "crew", "sailors",
    ]

    /// Words after "dismissed" that make it a rejection.
    static let dismissalWords: Set<String> = [
        "as", "claim", "claims", "report", "reports", "allegation", "allegations", "accusation", "accusations",
        "charges", "suggestion", "suggestions", "rumours", "rumors", "idea",
    ]

    static let diplomatNouns: Set<String> = [
        "ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "charge", "chargé", "consul",
        "representative", "attaché", "attache",
    ]

    static let tradeNouns: Set<String> = [
        "imports", "import", "exports", "export", "trade", "flights", "sales", "shipments", "purchases", "investment",
        "investments", "entry", "visas",
    ]

    static let agreementNouns: Set<String> = [
        "agreement", "agreements", "deal", "deals", "accord", "accords", "treaty", "pact", "memorandum", "protocol",
        "contract", "contracts", "charter", "ceasefire", "truce", "convention",
    ]

    static func thirdPerson(_ base: String) -> String {
        if base.hasSuffix("s") || base.hasSuffix("x") || base.hasSuffix("z") || base.hasSuffix("ch") || base.hasSuffix("sh") {
            return base + "es"
        }
        if base.hasSuffix("y"), let before = base.dropLast().last, !"aeiou".contains(before) {
            return String(base.dropLast()) + "ies"
        }
        return base + "s"
    }

    static func regularPast(_ base: String) -> String {
        if base.hasSuffix("e") { return base + "d" }
        if base.hasSuffix("y"), let before = base.dropLast().last, !"aeiou".contains(before) {
            return String(base.dropLast()) + "ied"
        }
        return base + "ed"
    }

    static func presentParticiple(_ base: String) -> String {
        if base.hasSuffix("ee") { return base + "ing" }
        if base.hasSuffix("e") { return String(base.dropLast()) + "ing" }
        return base + "ing"
    }
}
