/// What GeoNames' country list lacks, written by hand: the other names news uses for a country and its demonyms
/// (the built gazetteer holds both; the GeoNames name of each country is always a key too). Territories that news
/// names as places of their own ("Gaza Strip", "West Bank", "Crimea", "Darfur") are listed under the country whose
/// places GeoNames files them in.
enum CountryNames {
    static let otherNames: [String: [String]] = [
        "US": ["United States of America", "USA", "U.S.", "U.S.A.", "US", "America", "the United States"],
        "GB": ["Britain", "Great Britain", "UK", "U.K.", "United Kingdom of Great Britain and Northern Ireland"],
        "RU": ["Russian Federation"], "KR": ["Korea", "Republic of Korea"], "KP": ["DPRK", "Democratic People's Republic of Korea"],
        "CI": ["Côte d'Ivoire", "Cote d'Ivoire"], "CZ": ["Czech Republic"], "MK": ["Macedonia", "FYROM"],
        "MM": ["Burma"], "CD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa", "Congo"],
        // "Congo" alone names both; the article's evidence decides, else the larger
        "CG": ["Congo", "Republic of Congo", "Congo-Brazzaville"], "CV": ["Cape Verde"], "SZ": ["Swaziland"],
        "TL": ["East Timor", "Timor-Leste"], "NL": ["Netherlands", "Holland"], "VA": ["Vatican City", "Holy See"],
        "PS": ["Palestine", "Palestinian territories", "Palestinian Territories", "State of Palestine", "West Bank",
               "Gaza Strip", "Gaza"],
        "TR": ["Türkiye"], "AE": ["UAE", "U.A.E.", "Emirates"], "IR": ["Islamic Republic of Iran"],
        "SY": ["Syrian Arab Republic"], "EG": ["Sinai"], "LA": ["Lao PDR"], "BA": ["Bosnia", "Herzegovina"],
        "VN": ["Viet Nam"], "TW": ["Republic of China"], "CN": ["People's Republic of China", "PRC", "Mainland China"],
        "UA": ["Crimea", "Donbas", "Donbass"], "SD": ["Darfur"], "SA": ["Kingdom of Saudi Arabia", "KSA"],
        "TT": ["Trinidad"], "GE": ["Abkhazia", "South Ossetia"], "AZ": ["Nagorno-Karabakh", "Karabakh"],
        "MD": ["Transnistria"], "CY": ["Northern Cyprus"], "VC": ["Saint Vincent"], "KN": ["Saint Kitts"],
    ]

    /// Demonyms by country (ISO alpha-2). A demonym that could mean several countries ("Korean", "Congolese") is
    /// left out: the article's own evidence decides those.
    static let demonyms: [String: [String]] = [
        "AF": ["Afghan"], "AL": ["Albanian"], "DZ": ["Algerian"], "US": ["American"], "AO": ["Angolan"],
        "AR": ["Argentine", "Argentinian"], "AM": ["Armenian"], "AU": ["Australian"], "AT": ["Austrian"],
        "AZ": ["Azerbaijani"], "BH": ["Bahraini"], "BD": ["Bangladeshi"], "BY": ["Belarusian"], "BE": ["Belgian"],
        "BJ": ["Beninese"], "BO": ["Bolivian"], "BA": ["Bosnian"], "BR": ["Brazilian"],
        "GB": ["British", "English", "Scottish", "Welsh", "Briton"], "BG": ["Bulgarian"],
        "BF": ["Burkinabe", "Burkinabè"], "MM": ["Burmese"], "BI": ["Burundian"], "KH": ["Cambodian"],
        "CM": ["Cameroonian"], "CA": ["Canadian"], "TD": ["Chadian"], "CL": ["Chilean"], "CN": ["Chinese"],
        "CO": ["Colombian"], "HR": ["Croatian"], "CU": ["Cuban"], "CY": ["Cypriot"], "CZ": ["Czech"],
        "DK": ["Danish", "Dane"], "DJ": ["Djiboutian"], "NL": ["Dutch"], "EG": ["Egyptian"], "ER": ["Eritrean"],
        "EE": ["Estonian"], "ET": ["Ethiopian"], "PH": ["Filipino", "Philippine"], "FI": ["Finnish", "Finn"],
        "FR": ["French"], "GA": ["Gabonese"], "GM": ["Gambian"], "GE": ["Georgian"], "DE": ["German"],
        "GH": ["Ghanaian"], "GR": ["Greek"], "GN": ["Guinean"], "HT": ["Haitian"], "HN": ["Honduran"],
        "HU": ["Hungarian"], "IS": ["Icelandic"], "IN": ["Indian"], "ID": ["Indonesian"], "IR": ["Iranian"],
        "IQ": ["Iraqi"], "IE": ["Irish"], "IL": ["Israeli"], "IT": ["Italian"], "CI": ["Ivorian"],
        "JM": ["Jamaican"], "JP": ["Japanese"], "JO": ["Jordanian"], "KZ": ["Kazakh", "Kazakhstani"],
        "KE": ["Kenyan"], "XK": ["Kosovar"], "KW": ["Kuwaiti"], "KG": ["Kyrgyz"], "LA": ["Lao", "Laotian"],
        "LV": ["Latvian"], "LB": ["Lebanese"], "LR": ["Liberian"], "LY": ["Libyan"], "LT": ["Lithuanian"],
        "MG": ["Malagasy"], "MW": ["Malawian"], "MY": ["Malaysian"], "ML": ["Malian"], "MT": ["Maltese"],
        "MR": ["Mauritanian"], "MX": ["Mexican"], "MD": ["Moldovan"], "MN": ["Mongolian"], "ME": ["Montenegrin"],
        "MA": ["Moroccan"], "MZ": ["Mozambican"], "NA": ["Namibian"], "NP": ["Nepalese", "Nepali"],
        "NZ": ["New Zealander"], "NG": ["Nigerian"], "NE": ["Nigerien"], "NO": ["Norwegian"], "OM": ["Omani"],
        "PK": ["Pakistani"], "PS": ["Palestinian"], "PA": ["Panamanian"], "PY": ["Paraguayan"], "PE": ["Peruvian"],
        "PL": ["Polish", "Pole"], "PT": ["Portuguese"], "QA": ["Qatari"], "RO": ["Romanian"], "RU": ["Russian"],
        "RW": ["Rwandan"], "SA": ["Saudi"], "SN": ["Senegalese"], "RS": ["Serbian", "Serb"],
        "SL": ["Sierra Leonean"], "SG": ["Singaporean"], "SK": ["Slovak"], "SI": ["Slovenian"], "SO": ["Somali"],
        "ZA": ["South African"], "SS": ["South Sudanese"], "KR": ["South Korean"], "KP": ["North Korean"],
        "ES": ["Spanish", "Spaniard"], "LK": ["Sri Lankan"], "SD": ["Sudanese"], "SE": ["Swedish", "Swede"],
        "CH": ["Swiss"], "SY": ["Syrian"], "TW": ["Taiwanese"], "TJ": ["Tajik"], "TZ": ["Tanzanian"],
        "TH": ["Thai"], "TG": ["Togolese"], "TN": ["Tunisian"], "TR": ["Turkish", "Turk"], "TM": ["Turkmen"],
        "UG": ["Ugandan"], "UA": ["Ukrainian"], "UY": ["Uruguayan"], "UZ": ["Uzbek"], "VE": ["Venezuelan"],
        "VN": ["Vietnamese"], "YE": ["Yemeni"], "ZM": ["Zambian"], "ZW": ["Zimbabwean"], "AE": ["Emirati"],
        "BT": ["Bhutanese"], "BN": ["Bruneian"], "CR": ["Costa Rican"], "DO": ["Dominican"], "EC": ["Ecuadorian"],
        "SV": ["Salvadoran"], "GT": ["Guatemalan"], "NI": ["Nicaraguan"]
    ].filter { !$0.value.isEmpty }

    /// Names of world regions and bodies of water that the text tags as places but that are in no one country: the
    /// gazetteer knows them so that they are not mistaken for a town of the same name, and gives them no country.
    static let supranational: [String] = [
        "Africa", "Europe", "Asia", "Oceania", "Antarctica", "Arctic", "North America", "South America",
        "Latin America", "Central America", "Middle East", "Near East", "Far East", "Balkans", "Caribbean",
        "Scandinavia", "Sahel", "Sahara", "Maghreb", "West Africa", "East Africa", "North Africa", "Southern Africa",
        "Central Africa", "Sub-Saharan Africa", "Horn of Africa", "Eastern Europe", "Western Europe",
        "Central Asia", "South Asia", "Southeast Asia", "East Asia", "Asia-Pacific", "Gulf", "Persian Gulf",
        "Mediterranean", "Atlantic", "Pacific", "Indian Ocean", "Red Sea", "Black Sea", "Baltic", "Caspian Sea",
        "South China Sea", "East China Sea", "Lake Chad", "Kashmir", "Kurdistan", "Levant", "Korean Peninsula",
        "Golan Heights", "Euphrates", "Tigris", "Nile", "Danube", "West",
    ]
}
