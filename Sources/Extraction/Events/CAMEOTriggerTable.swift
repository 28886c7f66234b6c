/// The trigger table of ``CAMEOLexicon``: each verb with its inflected forms, each noun, each phrase, with its root,
/// group, weight and what its context must hold.
extension CAMEOLexicon {
    static func build() -> [String: CAMEOTrigger] {
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
        func verb(_ base: String, _ root: CAMEORoot, _ group: String, weight: Int = 2, need: CAMEOTrigger.Need = .none,
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

        func noun(_ words: [String], _ root: CAMEORoot, _ group: String, weight: Int = 2, need: CAMEOTrigger.Need = .none) {
            for w in words { put(w, CAMEOTrigger(root: root, group: group, form: .noun, weight: weight, need: need)) }
        }

        // 01 make public statement (speech verbs that introduce quotes are left to the quote stage)
        verb("announce", .statement, "announce")
        noun(["announcement"], .statement, "announce")

        // 02 appeal
        verb("appeal", .appeal, "appeal")
        verb("urge", .appeal, "appeal")
        verb("plead", .appeal, "appeal")
        for p in ["called on", "calls on", "call on", "calling on", "called for", "calls for", "call for", "calling for"] {
            put(p, CAMEOTrigger(root: .appeal, group: "appeal", form: .verb))
        }
        verb("ask", .appeal, "appeal", need: .askTo)

        // 03 express intent to cooperate
        verb("pledge", .intentToCooperate, "pledge")
        verb("promise", .intentToCooperate, "pledge")
        for p in ["agreed to", "agrees to", "offered to", "offers to"] {
            put(p, CAMEOTrigger(root: .intentToCooperate, group: "pledge", form: .verb))
        }

        // 04 consult
        verb("meet", .consult, "meet", past: "met")
        noun(["meeting", "meetings", "summit", "talks", "discussions", "consultations", "negotiations", "audience"],
             .consult, "meet")
        verb("visit", .consult, "meet")
        noun(["visit", "visits"], .consult, "meet")
        verb("host", .consult, "meet")
        verb("discuss", .consult, "meet")
        verb("negotiate", .consult, "meet")
        verb("consult", .consult, "meet")
        verb("receive", .consult, "meet", need: .receive)
        noun(["reception"], .consult, "meet", need: .receive)
        for p in ["held talks", "hold talks", "holds talks", "holding talks"] {
            put(p, CAMEOTrigger(root: .consult, group: "meet", form: .verb))
        }
        for w in ["spoke", "spoken", "speaks", "talked", "talks with", "talked with", "talked to", "spoke with",
                  "spoke to"] where w.contains(" ") {
            put(w, CAMEOTrigger(root: .consult, group: "phone", form: .verb, need: .withEntity))
        }
        noun(["telephone conversation", "phone conversation", "telephone call", "phone call", "conversation",
              "telephone conversations", "phone calls", "video call", "videoconference"], .consult, "phone")
        verb("telephone", .consult, "phone")
        verb("phone", .consult, "phone")

        // 05 engage in diplomatic cooperation
        verb("praise", .diplomaticCooperation, "praise")
        verb("endorse", .diplomaticCooperation, "praise")
        verb("commend", .diplomaticCooperation, "praise")
        verb("hail", .diplomaticCooperation, "praise")
        verb("sign", .diplomaticCooperation, "sign", need: .agreement)

        // 06 engage in material cooperation
        verb("extradite", .materialCooperation, "extradite")
        noun(["extradition"], .materialCooperation, "extradite")

        // 07 provide aid
        verb("deliver", .aid, "aid", need: .aidNoun)
        noun(["delivery", "deliveries"], .aid, "aid", need: .aidNoun)
        verb("donate", .aid, "aid")
        noun(["donation", "donations"], .aid, "aid")
        verb("supply", .aid, "aid", need: .aidNoun)
        verb("hand", .aid, "aid", need: .aidNoun)
        verb("send", .aid, "aid", need: .aidNoun, past: "sent")
        verb("provide", .aid, "aid", need: .aidNoun)

        // 08 yield
        verb("release", .yield, "release", need: .people)
        verb("free", .yield, "release", need: .people)
        verb("surrender", .yield, "yield")
        verb("withdraw", .yield, "withdraw", past: "withdrew", participle: "withdrawn")
        noun(["withdrawal", "ceasefire", "truce"], .yield, "withdraw")
        noun(["defeat"], .yield, "yield", need: .conceded)
        verb("concede", .yield, "yield")
        verb("resign", .yield, "yield")
        noun(["resignation"], .yield, "yield")

        // 09 investigate
        verb("investigate", .investigate, "investigate")
        noun(["investigation", "inquiry", "probe"], .investigate, "investigate")

        // 10 demand
        verb("demand", .demand, "demand")

        // 11 disapprove
        for base in ["criticize", "criticise", "denounce", "condemn", "accuse", "decry", "deplore", "slam"] {
            verb(base, .disapprove, "disapprove", past: base == "slam" ? "slammed" : nil, ing: base == "slam" ? "slamming" : nil)
        }
        noun(["criticism", "condemnation", "accusation", "accusations"], .disapprove, "disapprove")
        noun(["concern", "concerns"], .disapprove, "disapprove", need: .expressed)
        verb("summon", .disapprove, "disapprove", need: .diplomat)

        // 12 reject
        verb("deny", .reject, "reject")
        verb("refuse", .reject, "reject")
        verb("reject", .reject, "reject")
        verb("rebuff", .reject, "reject")
        noun(["denial", "rejection"], .reject, "reject")
        verb("dismiss", .reject, "reject", need: .dismissal)

        // 13 threaten
        verb("threaten", .threaten, "threaten")
        noun(["ultimatum"], .threaten, "threaten")

        // 14 protest
        verb("protest", .protest, "protest")
        noun(["protest", "protests", "demonstration", "demonstrations", "rally", "rallies", "sit-in", "boycott",
              "general strike", "hunger strike", "on strike"], .protest, "protest")
        verb("demonstrate", .protest, "protest")
        verb("rally", .protest, "protest")
        verb("boycott", .protest, "protest")
        for w in ["march", "marches"] {
            put(w, CAMEOTrigger(root: .protest, group: "protest", form: .either, lowercaseOnly: true))
        }
        verb("march", .protest, "protest")

        // 15 exhibit force posture
        verb("deploy", .forcePosture, "deploy")
        noun(["deployment"], .forcePosture, "deploy")
        verb("mobilize", .forcePosture, "deploy")
        verb("mobilise", .forcePosture, "deploy")
        verb("install", .forcePosture, "deploy", need: .aidNoun)
        noun(["installment", "installation", "instalment", "stationing"], .forcePosture, "deploy", need: .aidNoun)

        // 16 reduce relations
        verb("expel", .reduceRelations, "expel", past: "expelled", ing: "expelling")
        noun(["expulsion"], .reduceRelations, "expel")
        verb("sanction", .reduceRelations, "sanction")
        noun(["sanctions"], .reduceRelations, "sanction")
        verb("suspend", .reduceRelations, "suspend")
        verb("ban", .reduceRelations, "sanction", need: .trade, past: "banned", ing: "banning")
        noun(["embargo"], .reduceRelations, "sanction")
        noun(["suspension"], .reduceRelations, "suspend")
        for p in ["cut ties", "severed ties", "cuts ties", "broke off relations", "severed relations"] {
            put(p, CAMEOTrigger(root: .reduceRelations, group: "suspend", form: .verb))
        }

        // 17 coerce
        verb("arrest", .coerce, "arrest")
        noun(["arrest", "arrests"], .coerce, "arrest")
        verb("detain", .coerce, "arrest")
        noun(["detention"], .coerce, "arrest")
        verb("seize", .coerce, "arrest")
        verb("capture", .coerce, "arrest")
        verb("deport", .coerce, "arrest")
        noun(["deportation", "deportations", "curfew"], .coerce, "arrest")
        verb("jail", .coerce, "arrest")
        noun(["crackdown", "crackdowns"], .coerce, "arrest")
        for p in ["cracked down", "crack down", "cracks down", "cracking down"] {
            put(p, CAMEOTrigger(root: .coerce, group: "arrest", form: .verb))
        }
        verb("quell", .coerce, "arrest", past: "quelled")
        verb("imprison", .coerce, "arrest")
        verb("charge", .coerce, "arrest", need: .heldPeople)
        put("held", CAMEOTrigger(root: .coerce, group: "arrest", form: .verb, need: .heldPeople, participle: true))
        for p in ["taken into custody", "took into custody", "in custody", "behind bars"] {
            // "is still in custody": the subject is held, as after a passive
            put(p, CAMEOTrigger(root: .coerce, group: "arrest", form: .verb, participle: !p.hasPrefix("took")))
        }

        // 18 assault
        verb("attack", .assault, "attack")
        noun(["attack", "attacks", "assault", "ambush", "bombing", "bombings", "explosion", "blast", "raid",
              "suicide bombing", "suicide attack", "suicide attacks", "car bomb", "roadside bomb", "assassination",
              "abduction", "abductions", "kidnapping", "kidnappings", "shooting", "shootings", "murder", "killing",
              "killings", "assassinations", "rampage", "suicide bomber", "suicide bombers", "car bombs", "bomb attack",
              "bomb attacks", "bomb blast", "suicide blast", "stabbing", "lynching", "hostage-taking"], .assault, "attack")
        verb("assault", .assault, "attack")
        verb("ambush", .assault, "attack")
        verb("bomb", .assault, "attack")
        verb("storm", .assault, "attack")
        verb("raid", .assault, "attack")
        verb("abduct", .assault, "attack")
        verb("kidnap", .assault, "attack", past: "kidnapped", ing: "kidnapping")
        verb("assassinate", .assault, "attack")
        verb("murder", .assault, "attack")
        verb("behead", .assault, "attack")
        verb("stab", .assault, "attack", past: "stabbed", ing: "stabbing")
        verb("shoot", .assault, "attack", past: "shot")
        verb("explode", .assault, "attack")
        verb("detonate", .assault, "attack")
        for p in ["gunned down", "gun down", "guns down", "gunning down", "taken hostage", "took hostage",
                  "take hostage", "taking hostage", "held hostage", "set fire to", "set ablaze"] {
            put(p, CAMEOTrigger(root: .assault, group: "attack", form: .verb,
                                participle: p.hasPrefix("gunned") || p.hasPrefix("taken") || p.hasPrefix("held") || p.hasPrefix("set")))
        }
        for p in ["opened fire", "open fire", "opens fire", "shot dead"] {
            put(p, CAMEOTrigger(root: .assault, group: "attack", form: .verb, participle: p == "shot dead"))
        }
        for p in ["attempt on the life", "attempt on his life", "attempt on her life", "attempt on their lives",
                  "assassination attempt", "attempt on the lives"] {
            put(p, CAMEOTrigger(root: .assault, group: "attack", form: .noun))
        }
        verb("kill", .assault, "attack", weight: 1)
        verb("wound", .assault, "attack", weight: 1)
        verb("injure", .assault, "attack", weight: 1)

        // 19 fight
        verb("clash", .fight, "attack")
        noun(["clash", "clashes", "fighting", "battle", "battles", "combat", "firefight", "gunfight", "skirmish",
              "skirmishes", "offensive", "air strike", "air strikes", "airstrike", "airstrikes", "drone strike",
              "drone strikes", "shelling", "bombardment", "exchange of fire", "gun battle", "air attack", "air attacks",
              "air raid", "air raids", "gun battles", "airstrike", "firefights", "rocket attack", "rocket attacks",
              "mortar attack", "artillery fire"], .fight, "attack")
        verb("fight", .fight, "attack", past: "fought")
        verb("battle", .fight, "attack")
        verb("shell", .fight, "attack", past: "shelled", ing: "shelling")
        verb("bombard", .fight, "attack")
        for p in ["exchanged fire", "exchange fire"] {
            put(p, CAMEOTrigger(root: .fight, group: "attack", form: .verb))
        }
        noun(["incursion", "incursions", "invasion", "invasions"], .fight, "attack")
        verb("invade", .fight, "attack")
        verb("annex", .fight, "attack", s: "annexes", past: "annexed")
        noun(["annexation"], .fight, "attack")
        // taking or losing ground: "seized control of the town", "driven out of the capital by AU troops"
        for p in ["seized control", "seize control", "seizes control", "seizing control", "took control", "take control",
                  "taken control", "takes control", "taking control", "driven out", "drove out", "drive out", "drives out",
                  "pushed out", "push out", "forced out", "flushed out", "recaptured", "retook", "retaken"] {
            let participle = ["seized control", "taken control", "driven out", "pushed out", "forced out", "flushed out",
                              "recaptured", "retaken"].contains(p)
            put(p, CAMEOTrigger(root: .fight, group: "attack", form: .verb, participle: participle))
        }

        // 20 unconventional mass violence
        verb("massacre", .massViolence, "attack", weight: 3)
        noun(["massacre", "massacres", "mass killing", "mass killings", "genocide", "ethnic cleansing", "mass murder"],
             .massViolence, "attack", weight: 3)
        return table
    }
}
