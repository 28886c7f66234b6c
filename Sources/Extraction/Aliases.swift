import Foundation
import NewsModel

/// Aliases within one document, after the entity stage:
///
/// - a person mention loses the titles and honorifics the tagger put in it ("President Assimi Goïta" ->
///   "Assimi Goïta"; the role stage reads the title from the text before the name), and a lower-case "the" leaves any
///   mention; the mentions are then grouped again (surnames join the full name, acronyms in brackets their name: see
///   ``EntityGrouper``);
/// - entities that are one thing under two names join: a capitalised "The X" and "X" of the same type; common
///   acronyms and other names of well-known countries and organisations when both forms appear ("UN" and "United
///   Nations", "U.S." and "United States", "Russia" and "Russian Federation", "Ivory Coast" and "Côte d'Ivoire");
///   an acronym that spells the initials of exactly one longer name, wherever it appears;
/// - each entity's name is its longest form ("Russian Federation", "Islamic State in the Greater Sahara");
/// - a demonym stays a MISC entity but is linked to its country's entity when that country is named and is the only
///   one the demonym can mean ("Malian" -> "Mali"): ``Document/demonymCountry``.
///
/// Two people with the same surname are not merged; a lone surname goes to the most prominent person of that name
/// (titled, then most often named in full: ``Surnames``), else to the one mentioned most recently before it, or,
/// before any full name, to the one full name that ends with it when there is exactly one.
struct AliasStage: ExtractionStage {
    func run(_ document: inout Document) {
        guard !document.mentions.isEmpty else { return }
        let trimmed = document.mentions.compactMap { AliasStage.trim($0, in: document) }
        let grouped = EntityGrouper.group(trimmed, in: document)
        // a bare surname means the most prominent person of that name (Surnames.swift)
        let mentions = Surnames.resolve(grouped.mentions, grouped.entities, in: document)
        let entities = grouped.entities

        // union-find over the regrouped entities
        var parent = Array(entities.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        func union(_ a: Int, _ b: Int) {
            let ra = find(a), rb = find(b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }

        let surfaceKeys: [[String]] = entities.map { entity in
            var keys: [String] = []
            for text in [entity.name] + entity.aliases {
                let key = AliasStage.key(text)
                if !keys.contains(key) { keys.append(key) }
            }
            return keys
        }

        var byTheLessKey: [String: Int] = [:]
        var byKnownName: [Int: Int] = [:]
        var byInitials: [String: [Int]] = [:]
        for (e, entity) in entities.enumerated() where entity.type != .person {
            for key in surfaceKeys[e] {
                // "The X" and "X" of one type; "X Group" and "X"; "Nigerians" and "Nigerian"
                for variant in AliasStage.variants(key, entity.type) {
                    let typed = entity.type.rawValue + "|" + variant
                    if let other = byTheLessKey[typed] { union(other, e) } else { byTheLessKey[typed] = e }
                }
                // other names of well-known countries and organisations
                if let known = KnownNames.group[key] {
                    if let other = byKnownName[known] { union(other, e) } else { byKnownName[known] = e }
                }
            }
            for text in [entity.name] + entity.aliases {
                if let initials = EntityGrouper.initials(text), initials.unicodeScalars.count >= 2 {
                    if !(byInitials[initials]?.contains(e) ?? false) { byInitials[initials, default: []].append(e) }
                }
            }
        }
        // an acronym that spells the initials of exactly one longer name ("NATO ... North Atlantic Treaty Organization")
        for (e, entity) in entities.enumerated() where entity.type != .person {
            for text in [entity.name] + entity.aliases where EntityStage.isAcronym(text) {
                let letters = text.replacingOccurrences(of: ".", with: "")
                if let candidates = byInitials[letters]?.filter({ $0 != e }), candidates.count == 1 {
                    union(candidates[0], e)
                }
            }
        }

        // "Kim Jong Un ... Kim": a family name written first, alone, joins the one full name it begins
        var firstWordOf: [String: [Int]] = [:]
        var loneNames: [(entity: Int, key: String)] = []
        for (e, entity) in entities.enumerated() where entity.type == .person {
            for key in surfaceKeys[e] {
                let words = key.split(separator: " ")
                if words.count == 1 {
                    loneNames.append((e, key))
                } else if words.count <= 3, let first = words.first, FamilyNames.firstWritten.contains(String(first)) {
                    if !(firstWordOf[String(first)]?.contains(e) ?? false) { firstWordOf[String(first), default: []].append(e) }
                }
            }
        }
        for (e, key) in loneNames {
            if let candidates = firstWordOf[key]?.filter({ $0 != e }), candidates.count == 1 { union(candidates[0], e) }
        }
        // "Hariri ... Nasr al-Hariri": a lone name joins the one person whose last word is it with an Arabic article
        var articleNames: [String: [Int]] = [:]
        for (e, entity) in entities.enumerated() where entity.type == .person {
            for key in surfaceKeys[e] {
                guard let last = key.split(separator: " ").last, key.contains(" ") else { continue }
                for prefix in ["al-", "el-", " al ", "el "] where last.hasPrefix(prefix) {
                    let bare = String(last.dropFirst(prefix.count))
                    if !bare.isEmpty, !(articleNames[bare]?.contains(e) ?? false) { articleNames[bare, default: []].append(e) }
                }
            }
        }
        for (e, key) in loneNames {
            if let candidates = articleNames[key]?.filter({ find($0) != find(e) }), Set(candidates.map(find)).count == 1 {
                union(candidates[0], e)
            }
        }

        // a surname Surnames.swift split off ("President Trump" apart from "his daughter Ivanka Trump") has an index
        // past the entities: a group of its own
        let extra = mentions.map(\.entity).filter { $0 >= entities.count }.max().map { $0 - entities.count + 1 } ?? 0
        var groups = [[Int]](repeating: [], count: entities.count + extra)
        for (i, m) in mentions.enumerated() { groups[m.entity >= entities.count ? m.entity : find(m.entity)].append(i) }
        let built = EntityGrouper.makeEntities(mentions, groups: groups)
        document.mentions = built.mentions
        document.entities = built.entities
        document.demonymCountry = AliasStage.demonymLinks(built.entities)
    }

    /// A mention without the lower-case "the" before it and, for a person, without the titles and honorifics before
    /// the name ("Malian Defense Minister Sadio Camara" -> "Sadio Camara"). A mention that is nothing but titles stays.
    static func trim(_ m: EntityMention, in document: Document) -> EntityMention? {
        let tokens = document.tokens
        var a = m.tokens.lowerBound
        let b = m.tokens.upperBound
        if b - a > 1, tokens[a].text == "the" { a += 1 }
        if m.type == .person {
            var k = a
            while k < b - 1 {
                let word = tokens[k].text
                guard let first = word.unicodeScalars.first, Chars.isUpper(first),
                      !Titles.nameWords.contains(Titles.key(word)) else { break }
                if Titles.isTitleWord(word) || Titles.isHonorific(word) {
                    k += 1
                } else if Gazetteer.isDemonym(word), Titles.isTitleWord(tokens[k + 1].text) {
                    k += 1
                } else {
                    break
                }
            }
            // a mention that is nothing but titles ("Defense Minister") stays as it is
            if !(k..<b).allSatisfy({ Titles.isTitleWord(tokens[$0].text) || Titles.isHonorific(tokens[$0].text) }) {
                a = k
            }
        }
        guard a != m.tokens.lowerBound, a < b else { return m }
        return EntityStage.makeMention(a..<b, m.type, in: document) ?? m
    }

    /// Case- and accent-insensitive key without a leading "the" and without the periods of an acronym.
    static func key(_ text: String) -> String {
        var key = EntityGrouper.foldKey(text)
        if key.hasPrefix("the "), key.count > 4 { key = String(key.dropFirst(4)) }
        if !key.contains(" "), key.contains(".") { key = key.replacingOccurrences(of: ".", with: "") }
        return key
    }

    /// The keys under which a non-person entity joins another of its type: the key itself; an organisation without
    /// a closing word of its kind ("samsung group" -> "samsung"); a plural of a people's name without its "s"
    /// ("nigerians" -> "nigerian", "shias" -> "shia").
    static func variants(_ key: String, _ type: EntityType) -> [String] {
        var result = [key]
        if type == .organisation, let space = key.lastIndex(of: " "),
           AliasStage.organisationSuffixes.contains(String(key[key.index(after: space)...])) {
            let stem = String(key[..<space])
            if !stem.isEmpty, !stem.hasSuffix(" of"), !stem.hasSuffix(" the") { result.append(stem) }
        }
        if type == .miscellaneous, !key.contains(" "), key.count > 4, key.hasSuffix("s"), !key.hasSuffix("ss") {
            result.append(String(key.dropLast()))
        }
        return result
    }

    static let organisationSuffixes: Set<String> = [
        "group", "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "plc", "holdings",
    ]

    /// MISC entities that are demonyms -> the one country entity they can mean.
    static func demonymLinks(_ entities: [Entity]) -> [Int: Int] {
        var countryByKey: [String: [Int]] = [:]
        for (e, entity) in entities.enumerated() where entity.type == .location || entity.type == .organisation {
            for text in [entity.name] + entity.aliases {
                let key = AliasStage.key(text)
                if !(countryByKey[key]?.contains(e) ?? false) { countryByKey[key, default: []].append(e) }
            }
        }
        var links: [Int: Int] = [:]
        for (e, entity) in entities.enumerated() where entity.type == .miscellaneous {
            var found = Set<Int>()
            for text in [entity.name] + entity.aliases {
                for country in Demonyms.countries(of: text) {
                    for c in countryByKey[AliasStage.key(country)] ?? [] { found.insert(c) }
                }
            }
            if found.count == 1, let country = found.first { links[e] = country }
        }
        return links
    }
}

/// Other names of well-known countries and organisations: each set is one thing. Written as they appear; matched
/// through ``AliasStage/key(_:)`` (case, accents, a leading "the" and acronym periods ignored).
enum KnownNames {
    static let sets: [[String]] = [
        ["United Nations", "UN", "U.N."],
        ["United States", "United States of America", "US", "U.S.", "USA", "U.S.A.", "America"],
        ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
        ["European Union", "EU", "E.U."],
        ["North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "NATO", "Nato"],
        ["African Union", "AU"],
        ["Economic Community of West African States", "ECOWAS", "Ecowas", "CEDEAO"],
        ["Russian Federation", "Russia"],
        ["Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast", "Côte d’Ivoire"],
        ["Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "DRC", "D.R. Congo"],
        ["United Arab Emirates", "UAE", "U.A.E."],
        ["Central African Republic", "CAR"],
        ["Burkina Faso", "Burkina"],
        ["Myanmar", "Burma"],
        ["North Korea", "DPRK", "D.P.R.K.", "Democratic People's Republic of Korea"],
        ["South Korea", "Republic of Korea", "ROK"],
        ["Türkiye", "Turkey"],
        ["Czech Republic", "Czechia"],
        ["Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant"],
        ["Islamic State in the Greater Sahara", "ISGS", "EIGS", "IS-GS", "Islamic State Sahel Province", "ISSP"],
        ["Islamic State West Africa Province", "ISWAP", "Islamic State in West Africa Province"],
        ["al-Qaeda in the Islamic Maghreb", "Al-Qaeda in the Islamic Maghreb", "al Qaeda in the Islamic Maghreb", "AQIM"],
        ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM", "GSIM", "Group for the Support of Islam and Muslims",
         "Support Group for Islam and Muslims"],
        ["United Nations Multidimensional Integrated Stabilization Mission in Mali", "MINUSMA", "Minusma"],
        ["United Nations Security Council", "UN Security Council", "U.N. Security Council", "UNSC"],
        ["World Health Organization", "World Health Organisation", "WHO"],
        ["International Monetary Fund", "IMF"],
        ["International Criminal Court", "ICC"],
        ["International Committee of the Red Cross", "ICRC"],
        ["United Nations High Commissioner for Refugees", "UN Refugee Agency", "UNHCR"],
        ["United Nations Children's Fund", "UNICEF", "Unicef"],
        ["World Food Programme", "World Food Program", "WFP"],
        ["Agence France-Presse", "Agence France Presse", "AFP"],
        ["Associated Press", "AP"],
        ["British Broadcasting Corporation", "BBC"],
        ["Federal Bureau of Investigation", "FBI"],
        ["Department of Justice", "Justice Department", "DOJ", "U.S. Department of Justice", "US Department of Justice"],
        ["Central Intelligence Agency", "CIA"],
        ["Department of Homeland Security", "DHS"],
        ["Israel Defense Forces", "IDF"],
        ["Palestinian Authority", "PA"],
        ["Palestine Liberation Organization", "PLO"],
        ["Organization of the Petroleum Exporting Countries", "OPEC"],
        ["World Trade Organization", "WTO"],
        ["Group of Seven", "G7", "G-7"],
        ["Group of 20", "G20", "G-20"],
        ["Kurdistan Workers' Party", "PKK"],
        ["Syrian Democratic Forces", "SDF"],
        ["Rapid Support Forces", "RSF"],
        ["Tigray People's Liberation Front", "TPLF"],
        ["Wagner group", "Wagner Group", "Wagner", "PMC Wagner"],
    ]

    /// Key -> index of its set.
    static let group: [String: Int] = {
        var result: [String: Int] = [:]
        for (n, names) in sets.enumerated() {
            for name in names where result[AliasStage.key(name)] == nil { result[AliasStage.key(name)] = n }
        }
        return result
    }()
}

/// Family names that Chinese, Korean and Vietnamese names write first ("Xi Jinping", "Kim Jong Un", "Park Geun-hye"),
/// lower-cased: a lone one joins the one full name of the document that begins with it.
enum FamilyNames {
    static let firstWritten: Set<String> = [
        // Chinese
        "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu",
        "guo", "he", "lin", "luo", "gao", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao",
        "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su",
        "lu", "ding", "ren", "shen", "yao", "xi", "mao", "bo", "qian", "hua", "geng", "kong", "wen", "fu",
        // Korean
        "kim", "lee", "park", "choi", "jung", "jeong", "kang", "cho", "yoon", "jang", "lim", "shin", "oh",
        "seo", "kwon", "hwang", "ahn", "yoo", "hong", "moon", "ban", "roh", "chun", "ri", "pak", "choe",
        // Vietnamese
        "nguyen", "tran", "le", "pham", "hoang", "phan", "vu", "vo", "dang", "bui", "do", "ngo", "duong",
    ]
}

/// Demonyms and the countries they name, written by hand. A demonym whose country is ambiguous lists every
/// candidate; the alias stage links it only when exactly one of them is an entity of the document.
enum Demonyms {
    static let table: [String: [String]] = [
        "Afghan": ["Afghanistan"], "Albanian": ["Albania"], "Algerian": ["Algeria"],
        "American": ["United States", "America", "US", "U.S.", "USA"], "Angolan": ["Angola"],
        "Argentine": ["Argentina"], "Argentinian": ["Argentina"], "Armenian": ["Armenia"],
        "Australian": ["Australia"], "Austrian": ["Austria"], "Azerbaijani": ["Azerbaijan"],
        "Bahraini": ["Bahrain"], "Bangladeshi": ["Bangladesh"], "Belarusian": ["Belarus"], "Belgian": ["Belgium"],
        "Beninese": ["Benin"], "Bolivian": ["Bolivia"], "Bosnian": ["Bosnia", "Bosnia and Herzegovina"],
        "Brazilian": ["Brazil"], "British": ["United Kingdom", "Britain", "UK", "U.K.", "Great Britain"],
        "Bulgarian": ["Bulgaria"], "Burkinabe": ["Burkina Faso"], "Burkinabè": ["Burkina Faso"],
        "Burmese": ["Myanmar", "Burma"], "Burundian": ["Burundi"], "Cambodian": ["Cambodia"],
        "Cameroonian": ["Cameroon"], "Canadian": ["Canada"], "Chadian": ["Chad"], "Chilean": ["Chile"],
        "Chinese": ["China"], "Colombian": ["Colombia"],
        "Congolese": ["Congo", "Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "DRC",
                      "Republic of the Congo", "Republic of Congo"],
        "Croatian": ["Croatia"], "Cuban": ["Cuba"], "Cypriot": ["Cyprus"], "Czech": ["Czech Republic", "Czechia"],
        "Danish": ["Denmark"], "Djiboutian": ["Djibouti"], "Dutch": ["Netherlands"], "Egyptian": ["Egypt"],
        "Emirati": ["United Arab Emirates", "UAE"], "English": ["England"], "Eritrean": ["Eritrea"],
        "Estonian": ["Estonia"], "Ethiopian": ["Ethiopia"], "Filipino": ["Philippines"], "Finnish": ["Finland"],
        "French": ["France"], "Gabonese": ["Gabon"], "Gambian": ["Gambia"], "Georgian": ["Georgia"],
        "German": ["Germany"], "Ghanaian": ["Ghana"], "Greek": ["Greece"], "Guinean": ["Guinea"],
        "Haitian": ["Haiti"], "Honduran": ["Honduras"], "Hungarian": ["Hungary"], "Icelandic": ["Iceland"],
        "Indian": ["India"], "Indonesian": ["Indonesia"], "Iranian": ["Iran"], "Iraqi": ["Iraq"], "Irish": ["Ireland"],
        "Israeli": ["Israel"], "Italian": ["Italy"], "Ivorian": ["Côte d'Ivoire", "Ivory Coast"],
        "Jamaican": ["Jamaica"], "Japanese": ["Japan"], "Jordanian": ["Jordan"], "Kazakh": ["Kazakhstan"],
        "Kenyan": ["Kenya"], "Korean": ["North Korea", "South Korea", "Korea"], "Kosovar": ["Kosovo"],
        "Kuwaiti": ["Kuwait"], "Kyrgyz": ["Kyrgyzstan"], "Lao": ["Laos"], "Latvian": ["Latvia"],
        "Lebanese": ["Lebanon"], "Liberian": ["Liberia"], "Libyan": ["Libya"], "Lithuanian": ["Lithuania"],
        "Malagasy": ["Madagascar"], "Malawian": ["Malawi"], "Malaysian": ["Malaysia"], "Malian": ["Mali"],
        "Maltese": ["Malta"], "Mauritanian": ["Mauritania"], "Mexican": ["Mexico"], "Moldovan": ["Moldova"],
        "Mongolian": ["Mongolia"], "Montenegrin": ["Montenegro"], "Moroccan": ["Morocco"],
        "Mozambican": ["Mozambique"], "Namibian": ["Namibia"], "Nepalese": ["Nepal"], "Nepali": ["Nepal"],
        "Nigerian": ["Nigeria"], "Nigerien": ["Niger"], "Norwegian": ["Norway"], "Omani": ["Oman"],
        "Pakistani": ["Pakistan"], "Palestinian": ["Palestine", "Palestinian territories"], "Panamanian": ["Panama"],
        "Paraguayan": ["Paraguay"], "Peruvian": ["Peru"], "Polish": ["Poland"], "Portuguese": ["Portugal"],
        "Qatari": ["Qatar"], "Romanian": ["Romania"], "Russian": ["Russia", "Russian Federation"],
        "Rwandan": ["Rwanda"], "Saudi": ["Saudi Arabia"], "Scottish": ["Scotland"], "Senegalese": ["Senegal"],
        "Serbian": ["Serbia"], "Sierra Leonean": ["Sierra Leone"], "Singaporean": ["Singapore"],
        "Slovak": ["Slovakia"], "Slovenian": ["Slovenia"], "Somali": ["Somalia"], "South African": ["South Africa"],
        "South Sudanese": ["South Sudan"], "South Korean": ["South Korea"], "North Korean": ["North Korea"],
        "Spanish": ["Spain"], "Sri Lankan": ["Sri Lanka"], "Sudanese": ["Sudan"], "Swedish": ["Sweden"],
        "Swiss": ["Switzerland"], "Syrian": ["Syria"], "Taiwanese": ["Taiwan"], "Tajik": ["Tajikistan"],
        "Tanzanian": ["Tanzania"], "Thai": ["Thailand"], "Togolese": ["Togo"], "Tunisian": ["Tunisia"],
        "Turkish": ["Turkey", "Türkiye"], "Turkmen": ["Turkmenistan"], "Ugandan": ["Uganda"],
        "Ukrainian": ["Ukraine"], "Uruguayan": ["Uruguay"], "Uzbek": ["Uzbekistan"], "Venezuelan": ["Venezuela"],
        "Vietnamese": ["Vietnam"], "Welsh": ["Wales"], "Yemeni": ["Yemen"], "Zambian": ["Zambia"],
        "Zimbabwean": ["Zimbabwe"], "Soviet": ["Soviet Union", "USSR"],
    ]

    /// The countries a demonym can name ("Malians" -> ["Mali"]); empty for other words.
    static func countries(of word: String) -> [String] {
        if let countries = table[word] { return countries }
        if word.hasSuffix("s"), let countries = table[String(word.dropLast())] { return countries }
        if word.hasSuffix("es"), let countries = table[String(word.dropLast(2))] { return countries }
        return []
    }
}
