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

    var root: String
    var group: String
    var form: Form
    var weight: Int
    var need: Need
    /// A past participle ("killed", "held", "shot"): may be passive.
    var participle: Bool
    /// Written only in lower case ("march", not the month "March").
    var lowercaseOnly: Bool

    init(root: String, group: String, form: Form, weight: Int = 2, need: Need = .none, participle: Bool = false,
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
    /// CAMEO root names.
    static let labels: [String: String] = [
        "01": "make public statement", "02": "appeal", "03": "express intent to cooperate", "04": "consult",
        "05": "engage in diplomatic cooperation", "06": "engage in material cooperation", "07": "provide aid",
        "08": "yield", "09": "investigate", "10": "demand", "11": "disapprove", "12": "reject", "13": "threaten",
        "14": "protest", "15": "exhibit force posture", "16": "reduce relations", "17": "coerce", "18": "assault",
        "19": "fight", "20": "use unconventional mass violence",
    ]

    /// Roots that describe violence: one family for merging (an attack that killed, a clash with deaths).
    static let violence: Set<String> = ["18", "19", "20"]

    /// The family a root merges within: 18/19/20 together, 06/07 together, the others alone.
    static func family(_ root: String) -> String {
        if violence.contains(root) { return "violence" }
        if root == "06" || root == "07" { return "cooperation" }
        return root
    }

    /// Trigger phrases, lower case, words separated by one space.
    static let triggers: [String: CAMEOTrigger] = build()

    /// The most words a trigger phrase has.
    static let maxWords = 3

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

    // MARK: building the table

    private static func build() -> [String: CAMEOTrigger] {
        var table: [String: CAMEOTrigger] = [:]

        func put(_ word: String, _ trigger: CAMEOTrigger) {
            if let old = table[word] {
                // a word that is both a verb form and a noun ("attack", "talks", "killing")
                if old.form != trigger.form, old.root == trigger.root {
                    var merged = old
                    merged.form = .either
                    merged.participle = old.participle || trigger.participle
                    table[word] = merged
                }
                return
            }
            table[word] = trigger
        }

        /// A verb with its regular forms (or the irregular ones given): base, -s, past, past participle, -ing.
        func verb(_ base: String, _ root: String, _ group: String, weight: Int = 2, need: CAMEOTrigger.Need = .none,
                  s: String? = nil, past: String? = nil, participle: String? = nil, ing: String? = nil) {
            let third = s ?? thirdPerson(base)
            let pastForm = past ?? regularPast(base)
            let participleForm = participle ?? pastForm
            let ingForm = ing ?? presentParticiple(base)
            put(base, CAMEOTrigger(root: root, group: group, form: .verb, weight: weight, need: need))
            put(third, CAMEOTrigger(root: root, group: group, form: .verb, weight: weight, need: need))
            put(pastForm, CAMEOTrigger(root: root, group: group, form: .verb, weight: weight, need: need,
                                       participle: pastForm == participleForm))
            put(participleForm, CAMEOTrigger(root: root, group: group, form: .verb, weight: weight, need: need,
                                             participle: true))
            // "-ing" forms are verbs or nouns ("the killing of", "killing 42")
            put(ingForm, CAMEOTrigger(root: root, group: group, form: .either, weight: weight, need: need))
        }

        func noun(_ words: [String], _ root: String, _ group: String, weight: Int = 2, need: CAMEOTrigger.Need = .none) {
            for w in words { put(w, CAMEOTrigger(root: root, group: group, form: .noun, weight: weight, need: need)) }
        }

        // 01 make public statement (speech verbs that introduce quotes are left to the quote stage)
        verb("announce", "01", "announce")
        noun(["announcement"], "01", "announce")

        // 02 appeal
        verb("appeal", "02", "appeal")
        verb("urge", "02", "appeal")
        verb("plead", "02", "appeal")
        for p in ["called on", "calls on", "call on", "calling on", "called for", "calls for", "call for", "calling for"] {
            put(p, CAMEOTrigger(root: "02", group: "appeal", form: .verb))
        }
        verb("ask", "02", "appeal", need: .askTo)

        // 03 express intent to cooperate
        verb("pledge", "03", "pledge")
        verb("promise", "03", "pledge")
        for p in ["agreed to", "agrees to", "offered to", "offers to"] {
            put(p, CAMEOTrigger(root: "03", group: "pledge", form: .verb))
        }

        // 04 consult
        verb("meet", "04", "meet", past: "met")
        noun(["meeting", "meetings", "summit", "talks", "discussions", "consultations", "negotiations", "audience"],
             "04", "meet")
        verb("visit", "04", "meet")
        noun(["visit", "visits"], "04", "meet")
        verb("host", "04", "meet")
        verb("discuss", "04", "meet")
        verb("negotiate", "04", "meet")
        verb("consult", "04", "meet")
        verb("receive", "04", "meet", need: .receive)
        noun(["reception"], "04", "meet", need: .receive)
        for p in ["held talks", "hold talks", "holds talks", "holding talks"] {
            put(p, CAMEOTrigger(root: "04", group: "meet", form: .verb))
        }
        for w in ["spoke", "spoken", "speaks", "talked", "talks with", "talked with", "talked to", "spoke with",
                  "spoke to"] where w.contains(" ") {
            put(w, CAMEOTrigger(root: "04", group: "phone", form: .verb, need: .withEntity))
        }
        noun(["telephone conversation", "phone conversation", "telephone call", "phone call", "conversation",
              "telephone conversations", "phone calls", "video call", "videoconference"], "04", "phone")
        verb("telephone", "04", "phone")
        verb("phone", "04", "phone")

        // 05 engage in diplomatic cooperation
        verb("praise", "05", "praise")
        verb("endorse", "05", "praise")
        verb("commend", "05", "praise")
        verb("hail", "05", "praise")
        verb("sign", "05", "sign", need: .agreement)

        // 06 engage in material cooperation
        verb("extradite", "06", "extradite")
        noun(["extradition"], "06", "extradite")

        // 07 provide aid
        verb("deliver", "07", "aid", need: .aidNoun)
        noun(["delivery", "deliveries"], "07", "aid", need: .aidNoun)
        verb("donate", "07", "aid")
        noun(["donation", "donations"], "07", "aid")
        verb("supply", "07", "aid", need: .aidNoun)
        verb("hand", "07", "aid", need: .aidNoun)
        verb("send", "07", "aid", need: .aidNoun, past: "sent")
        verb("provide", "07", "aid", need: .aidNoun)

        // 08 yield
        verb("release", "08", "release", need: .people)
        verb("free", "08", "release", need: .people)
        verb("surrender", "08", "yield")
        verb("withdraw", "08", "withdraw", past: "withdrew", participle: "withdrawn")
        noun(["withdrawal", "ceasefire", "truce"], "08", "withdraw")
        noun(["defeat"], "08", "yield", need: .conceded)
        verb("concede", "08", "yield")
        verb("resign", "08", "yield")
        noun(["resignation"], "08", "yield")

        // 09 investigate
        verb("investigate", "09", "investigate")
        noun(["investigation", "inquiry", "probe"], "09", "investigate")

        // 10 demand
        verb("demand", "10", "demand")

        // 11 disapprove
        for base in ["criticize", "criticise", "denounce", "condemn", "accuse", "decry", "deplore", "slam"] {
            verb(base, "11", "disapprove", past: base == "slam" ? "slammed" : nil, ing: base == "slam" ? "slamming" : nil)
        }
        noun(["criticism", "condemnation", "accusation", "accusations"], "11", "disapprove")
        noun(["concern", "concerns"], "11", "disapprove", need: .expressed)
        verb("summon", "11", "disapprove", need: .diplomat)

        // 12 reject
        verb("deny", "12", "reject")
        verb("refuse", "12", "reject")
        verb("reject", "12", "reject")
        verb("rebuff", "12", "reject")
        noun(["denial", "rejection"], "12", "reject")
        verb("dismiss", "12", "reject", need: .dismissal)

        // 13 threaten
        verb("threaten", "13", "threaten")
        noun(["ultimatum"], "13", "threaten")

        // 14 protest
        verb("protest", "14", "protest")
        noun(["protest", "protests", "demonstration", "demonstrations", "rally", "rallies", "sit-in", "boycott",
              "general strike", "hunger strike", "on strike"], "14", "protest")
        verb("demonstrate", "14", "protest")
        verb("rally", "14", "protest")
        verb("boycott", "14", "protest")
        for w in ["march", "marches"] {
            put(w, CAMEOTrigger(root: "14", group: "protest", form: .either, lowercaseOnly: true))
        }
        verb("march", "14", "protest")

        // 15 exhibit force posture
        verb("deploy", "15", "deploy")
        noun(["deployment"], "15", "deploy")
        verb("mobilize", "15", "deploy")
        verb("mobilise", "15", "deploy")
        verb("install", "15", "deploy", need: .aidNoun)
        noun(["installment", "installation", "instalment", "stationing"], "15", "deploy", need: .aidNoun)

        // 16 reduce relations
        verb("expel", "16", "expel", past: "expelled", ing: "expelling")
        noun(["expulsion"], "16", "expel")
        verb("sanction", "16", "sanction")
        noun(["sanctions"], "16", "sanction")
        verb("suspend", "16", "suspend")
        verb("ban", "16", "sanction", need: .trade, past: "banned", ing: "banning")
        noun(["embargo"], "16", "sanction")
        noun(["suspension"], "16", "suspend")
        for p in ["cut ties", "severed ties", "cuts ties", "broke off relations", "severed relations"] {
            put(p, CAMEOTrigger(root: "16", group: "suspend", form: .verb))
        }

        // 17 coerce
        verb("arrest", "17", "arrest")
        noun(["arrest", "arrests"], "17", "arrest")
        verb("detain", "17", "arrest")
        noun(["detention"], "17", "arrest")
        verb("seize", "17", "arrest")
        verb("capture", "17", "arrest")
        verb("deport", "17", "arrest")
        noun(["deportation", "deportations", "curfew"], "17", "arrest")
        verb("jail", "17", "arrest")
        verb("imprison", "17", "arrest")
        verb("charge", "17", "arrest", need: .heldPeople)
        put("held", CAMEOTrigger(root: "17", group: "arrest", form: .verb, need: .heldPeople, participle: true))
        for p in ["taken into custody", "took into custody", "in custody", "behind bars"] {
            // "is still in custody": the subject is held, as after a passive
            put(p, CAMEOTrigger(root: "17", group: "arrest", form: .verb, participle: !p.hasPrefix("took")))
        }

        // 18 assault
        verb("attack", "18", "attack")
        noun(["attack", "attacks", "assault", "ambush", "bombing", "bombings", "explosion", "blast", "raid",
              "suicide bombing", "suicide attack", "suicide attacks", "car bomb", "roadside bomb", "assassination",
              "abduction", "abductions", "kidnapping", "kidnappings", "shooting", "shootings", "murder", "killing",
              "killings", "assassinations", "rampage", "suicide bomber", "suicide bombers", "car bombs", "bomb attack",
              "bomb attacks", "bomb blast", "suicide blast", "stabbing", "lynching", "hostage-taking"], "18", "attack")
        verb("assault", "18", "attack")
        verb("ambush", "18", "attack")
        verb("bomb", "18", "attack")
        verb("storm", "18", "attack")
        verb("raid", "18", "attack")
        verb("abduct", "18", "attack")
        verb("kidnap", "18", "attack", past: "kidnapped", ing: "kidnapping")
        verb("assassinate", "18", "attack")
        verb("murder", "18", "attack")
        verb("behead", "18", "attack")
        verb("stab", "18", "attack", past: "stabbed", ing: "stabbing")
        verb("shoot", "18", "attack", past: "shot")
        verb("explode", "18", "attack")
        verb("detonate", "18", "attack")
        for p in ["gunned down", "gun down", "guns down", "gunning down", "taken hostage", "took hostage",
                  "take hostage", "taking hostage", "held hostage", "set fire to", "set ablaze"] {
            put(p, CAMEOTrigger(root: "18", group: "attack", form: .verb,
                                participle: p.hasPrefix("gunned") || p.hasPrefix("taken") || p.hasPrefix("held") || p.hasPrefix("set")))
        }
        for p in ["opened fire", "open fire", "opens fire", "shot dead"] {
            put(p, CAMEOTrigger(root: "18", group: "attack", form: .verb, participle: p == "shot dead"))
        }
        verb("kill", "18", "attack", weight: 1)
        verb("wound", "18", "attack", weight: 1)
        verb("injure", "18", "attack", weight: 1)

        // 19 fight
        verb("clash", "19", "attack")
        noun(["clash", "clashes", "fighting", "battle", "battles", "combat", "firefight", "gunfight", "skirmish",
              "skirmishes", "offensive", "air strike", "air strikes", "airstrike", "airstrikes", "drone strike",
              "drone strikes", "shelling", "bombardment", "exchange of fire", "gun battle", "air attack", "air attacks",
              "air raid", "air raids", "gun battles", "airstrike", "firefights", "rocket attack", "rocket attacks",
              "mortar attack", "artillery fire"], "19", "attack")
        verb("fight", "19", "attack", past: "fought")
        verb("battle", "19", "attack")
        verb("shell", "19", "attack", past: "shelled", ing: "shelling")
        verb("bombard", "19", "attack")
        for p in ["exchanged fire", "exchange fire"] {
            put(p, CAMEOTrigger(root: "19", group: "attack", form: .verb))
        }
        verb("annex", "19", "attack", s: "annexes", past: "annexed")
        noun(["annexation"], "19", "attack")
        // taking or losing ground: "seized control of the town", "driven out of the capital by AU troops"
        for p in ["seized control", "seize control", "seizes control", "seizing control", "took control", "take control",
                  "taken control", "takes control", "taking control", "driven out", "drove out", "drive out", "drives out",
                  "pushed out", "push out", "forced out", "flushed out", "recaptured", "retook", "retaken"] {
            let participle = ["seized control", "taken control", "driven out", "pushed out", "forced out", "flushed out",
                              "recaptured", "retaken"].contains(p)
            put(p, CAMEOTrigger(root: "19", group: "attack", form: .verb, participle: participle))
        }

        // 20 unconventional mass violence
        verb("massacre", "20", "attack", weight: 3)
        noun(["massacre", "massacres", "mass killing", "mass killings", "genocide", "ethnic cleansing", "mass murder"],
             "20", "attack", weight: 3)
        return table
    }

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
