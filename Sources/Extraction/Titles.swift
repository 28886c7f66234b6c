/// The title lexicon of the role stage and the alias stage: the words a role is made of, compared lower-cased.
///
/// A title is a run of modifiers ending in a head: "Defense Minister", "Deputy Secretary General", "Brigadier General",
/// "Lt. Gen.", "army spokesman". A role may go on with a prepositional tail ("head of the United Nations Office for
/// West Africa and the Sahel"), which the role stage reads.
enum Titles {
    /// Words that end a title: what the person is.
    static let heads: Set<String> = [
        // state and government
        "president", "vice-president", "president-elect", "premier", "minister", "chancellor", "secretary",
        "secretary-general", "undersecretary", "under-secretary", "king", "queen", "prince", "princess", "emir",
        "sultan", "monarch", "pope", "senator", "sen.", "rep.", "congressman", "congresswoman", "lawmaker", "legislator",
        "mp", "governor", "gov.", "mayor", "speaker", "ambassador", "envoy", "consul", "diplomat", "representative",
        "delegate", "commissioner", "prefect", "judge", "prosecutor", "attorney-general", "magistrate",
        "pres.",
        // military and police
        "general", "gen.", "colonel", "col.", "lieutenant", "lt.", "major", "maj.", "captain", "capt.", "sergeant",
        "sgt.", "corporal", "cpl.", "admiral", "adm.", "marshal", "brigadier", "brig.", "commander", "cmdr.",
        "commandant", "lieutenant-colonel", "lt.-col.", "lt.-gen.", "major-general", "brigadier-general",
        "inspector", "superintendent", "supt.",
        // organisations
        "chief", "head", "leader", "director", "director-general", "chairman", "chairwoman", "chairperson", "chair",
        "ceo", "cfo", "coo", "founder", "co-founder", "coordinator", "administrator", "official", "officer",
        "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "counsellor", "counselor", "treasurer",
        "deputy", "boss", "executive", "whip",
        // religion
        "cardinal", "archbishop", "bishop", "imam", "rabbi", "patriarch", "cleric",
        // work and study
        "professor", "prof.", "analyst", "researcher", "correspondent", "editor", "economist", "lawyer",
        "ombudsman", "candidate", "nominee", "poet", "writer", "novelist", "journalist", "reporter", "activist",
        "driver", "farmer", "teacher", "student", "businessman", "businesswoman", "photographer", "engineer",
    ]

    /// Words that qualify a head inside a title ("Deputy", "Defense", "Prime", "army", "former").
    static let modifiers: Set<String> = [
        "vice", "deputy", "prime", "first", "second", "acting", "interim", "transitional", "former", "ex", "senior",
        "special", "permanent", "chief", "executive", "managing", "assistant", "associate", "supreme", "top",
        "lieutenant", "lt.", "brigadier", "brig.", "major", "maj.", "field", "rear", "attorney", "secretary",
        "foreign", "defense", "defence", "interior", "finance", "justice", "health", "education", "trade", "energy",
        "economy", "agriculture", "security", "home", "information", "communication", "communications", "culture",
        "environment", "transport", "labour", "labor", "mines", "affairs", "state", "territorial", "administration",
        "army", "military", "police", "rebel", "opposition", "party", "junta", "government", "regional", "local",
        "federal", "national", "presidential", "provincial", "district", "county", "city", "village", "tribal",
        "community", "religious", "militia", "jihadist", "union", "press", "general", "staff", "group", "company",
        "director", "inspector", "surgeon", "commanding", "cabinet", "ministry", "junior", "majority", "minority",
        "fire", "democratic", "republican", "medical", "scientific", "technical", "financial", "operating",
        "public", "human", "rights", "taxi", "truck", "bus", "freelance",
    ]

    /// Heads that join a following head into one title ("Secretary General", "Brigadier General", "Lt. Gen.");
    /// any other head followed by a head is two titles ("Defense Minister General X" -> "Defense Minister", "General").
    static let compoundFirst: Set<String> = [
        "secretary", "brigadier", "brig.", "major", "maj.", "lieutenant", "lt.", "attorney", "director", "inspector",
        "surgeon", "vice", "deputy", "chief", "police", "field", "rear", "general",
    ]

    /// Honorifics: they stand before a name but say nothing of a role.
    static let honorifics: Set<String> = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "madam", "madame", "monsieur",
        "mme", "mme.", "m.", "hon.", "honourable", "honorable", "rev.", "reverend", "excellency",
    ]

    /// Capitalised words that are part of a name even though they look like titles ("Sheikh Hasina").
    static let nameWords: Set<String> = ["sheikh", "sheik", "shaikh", "mullah", "haji", "hajji", "sayyid"]

    /// "head", "leader", "chief" of a government: the descriptions the role stage may tie to the one president.
    static let descriptionHeads: Set<String> = ["head", "leader", "chief"]
    static let governments: Set<String> = [
        "junta", "government", "state", "regime", "transition", "country", "military", "authorities",
    ]

    @inline(__always) static func key(_ word: String) -> String { word.lowercased() }

    /// Heads written only capitalised: "Major X" is a rank, "a major critic" is not.
    static let capitalisedHeads: Set<String> = ["major", "general", "private", "marshal"]

    /// Heads a ministry's field may come before ("Brexit Minister", "Homeland Security Secretary").
    static let portfolioHeads: Set<String> = ["minister", "secretary", "commissioner", "ministers", "secretary-general"]

    static func isHead(_ word: String) -> Bool {
        let k = key(word)
        guard heads.contains(k) else { return false }
        if capitalisedHeads.contains(k), let first = word.unicodeScalars.first, !Chars.isUpper(first) { return false }
        return true
    }

    static func isPortfolioHead(_ word: String) -> Bool { portfolioHeads.contains(key(word)) }
    static func isModifier(_ word: String) -> Bool { modifiers.contains(key(word)) }
    static func isTitleWord(_ word: String) -> Bool { isHead(word) || modifiers.contains(key(word)) }
    static func isHonorific(_ word: String) -> Bool { honorifics.contains(key(word)) }
}
