import NewsModel

/// Small gazetteers written by hand: countries, major cities, nationalities and well-known organisations.
/// Entries are matched exactly as written (names are capitalised, acronyms upper-case).
enum Gazetteer {
    static let countries: Set<String> = [
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia", "Austria",
        "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bhutan",
        "Bolivia", "Bosnia", "Herzegovina", "Bosnia and Herzegovina", "Botswana", "Brazil", "Brunei", "Bulgaria",
        "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Canada", "Cape Verde", "Central African Republic", "Chad",
        "Chile", "China", "Colombia", "Comoros", "Congo", "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czechia",
        "Czech Republic", "Denmark", "Djibouti", "Dominica", "Dominican Republic", "Ecuador", "Egypt", "El Salvador",
        "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon",
        "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana",
        "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy",
        "Ivory Coast", "Côte d'Ivoire", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kosovo",
        "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania",
        "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Mauritania", "Mauritius",
        "Mexico", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Burma", "Namibia",
        "Nauru", "Nepal", "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea",
        "North Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Palestine", "Panama", "Papua New Guinea", "Paraguay",
        "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Russian Federation", "Rwanda",
        "Samoa", "San Marino", "Saudi Arabia", "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore",
        "Slovakia", "Slovenia", "Somalia", "Somaliland", "South Africa", "South Korea", "South Sudan", "Spain",
        "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania",
        "Thailand", "Togo", "Tonga", "Tunisia", "Turkey", "Türkiye", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine",
        "United Arab Emirates", "UAE", "United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "England",
        "Scotland", "Wales", "Northern Ireland", "United States", "United States of America", "US", "U.S.", "USA",
        "U.S.A.", "America", "Uruguay", "Uzbekistan", "Vanuatu", "Vatican", "Venezuela", "Vietnam", "Yemen", "Zambia",
        "Zimbabwe", "Gaza", "Gaza Strip", "West Bank", "Crimea", "Donbas", "Kurdistan", "Tibet", "Xinjiang",
        "Hong Kong", "Macau", "Puerto Rico", "Greenland", "Sahel", "Sahara", "Africa", "Europe", "Asia", "Oceania",
        "North America", "South America", "Latin America", "Middle East", "Balkans", "Caribbean", "Scandinavia",
        "West Africa", "East Africa", "North Africa", "Southern Africa", "Central Africa", "Horn of Africa",
        "Maghreb", "Darfur", "Kashmir", "Siberia", "Antarctica", "Arctic", "Mediterranean", "Atlantic", "Pacific",
        "Persian Gulf", "Red Sea", "Black Sea", "Lake Chad", "Chechnya", "Catalonia", "Flanders", "Bavaria",
        "California", "Texas", "Florida", "New York", "Alaska", "Maine", "Ohio", "Michigan", "Pennsylvania",
        "Virginia", "Washington", "Oregon", "Arizona", "Nevada", "Colorado", "Utah", "Georgia", "Wyoming", "Illinois",
        "Massachusetts", "New Jersey", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maryland", "Minnesota", "Missouri",
        "Montana", "Nebraska", "New Mexico", "North Carolina", "South Carolina", "Oklahoma", "Tennessee", "Vermont",
        "Wisconsin", "Alabama", "Arkansas", "Connecticut", "Delaware", "Hawaii", "Idaho", "Indiana", "Mississippi",
        "New Hampshire", "North Dakota", "South Dakota", "Rhode Island", "West Virginia", "Ontario", "Quebec",
        "Western Sahara", "Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "DRC",
        "Kidal", "Gao", "Timbuktu", "Mopti", "Menaka", "Ménaka", "Ségou", "Sikasso", "Kayes", "Liptako-Gourma",
    ]

    static let cities: Set<String> = [
        "Bamako", "Abidjan", "Yamoussoukro", "Dakar", "Niamey", "Ouagadougou", "Nouakchott", "Conakry", "Freetown",
        "Monrovia", "Accra", "Lomé", "Lome", "Cotonou", "Porto-Novo", "Lagos", "Abuja", "Kano", "Maiduguri",
        "N'Djamena", "Ndjamena", "Yaoundé", "Yaounde", "Douala", "Libreville", "Bangui", "Kinshasa", "Brazzaville",
        "Luanda", "Kigali", "Bujumbura", "Kampala", "Nairobi", "Mombasa", "Mogadishu", "Addis Ababa", "Asmara",
        "Khartoum", "Juba", "Cairo", "Alexandria", "Tripoli", "Benghazi", "Tunis", "Algiers", "Rabat", "Casablanca",
        "Marrakesh", "Dar es Salaam", "Dodoma", "Lusaka", "Harare", "Maputo", "Lilongwe", "Windhoek", "Gaborone",
        "Pretoria", "Johannesburg", "Cape Town", "Durban", "Antananarivo", "Banjul", "Bissau", "Praia", "Malabo",
        "Moscow", "St Petersburg", "Saint Petersburg", "Kyiv", "Kiev", "Kharkiv", "Odesa", "Odessa", "Mariupol",
        "Minsk", "Warsaw", "Berlin", "Munich", "Frankfurt", "Hamburg", "Paris", "Marseille", "Lyon", "London",
        "Manchester", "Birmingham", "Edinburgh", "Dublin", "Madrid", "Barcelona", "Lisbon", "Rome", "Milan", "Naples",
        "Vienna", "Zurich", "Geneva", "Bern", "Brussels", "Amsterdam", "The Hague", "Luxembourg", "Copenhagen",
        "Stockholm", "Oslo", "Helsinki", "Reykjavik", "Prague", "Budapest", "Bratislava", "Bucharest", "Sofia",
        "Belgrade", "Zagreb", "Sarajevo", "Athens", "Istanbul", "Ankara", "Tbilisi", "Yerevan", "Baku", "Tehran",
        "Baghdad", "Mosul", "Basra", "Damascus", "Aleppo", "Beirut", "Amman", "Jerusalem", "Tel Aviv", "Riyadh",
        "Jeddah", "Mecca", "Medina", "Doha", "Dubai", "Abu Dhabi", "Muscat", "Sanaa", "Aden", "Kabul", "Kandahar",
        "Islamabad", "Karachi", "Lahore", "New Delhi", "Delhi", "Mumbai", "Kolkata", "Chennai", "Bangalore", "Dhaka",
        "Kathmandu", "Colombo", "Beijing", "Shanghai", "Hong Kong", "Shenzhen", "Guangzhou", "Wuhan", "Taipei",
        "Tokyo", "Osaka", "Seoul", "Pyongyang", "Hanoi", "Ho Chi Minh City", "Bangkok", "Manila", "Jakarta",
        "Kuala Lumpur", "Singapore", "Yangon", "Naypyidaw", "Phnom Penh", "Vientiane", "Ulaanbaatar", "Astana",
        "Tashkent", "Bishkek", "Dushanbe", "Ashgabat", "Sydney", "Melbourne", "Canberra", "Wellington", "Auckland",
        "Washington", "New York", "Los Angeles", "Chicago", "Houston", "Boston", "Miami", "Atlanta", "Seattle",
        "San Francisco", "Philadelphia", "Detroit", "Dallas", "Denver", "Phoenix", "Las Vegas", "New Orleans",
        "Baltimore", "Pittsburgh", "Cleveland", "Minneapolis", "Honolulu", "Toronto", "Montreal", "Ottawa",
        "Vancouver", "Mexico City", "Havana", "Caracas", "Bogota", "Bogotá", "Lima", "Quito", "Santiago",
        "Buenos Aires", "Montevideo", "Asuncion", "La Paz", "Brasilia", "Brasília", "Rio de Janeiro", "Sao Paulo",
        "São Paulo", "Kyoto", "Gdansk", "Krakow", "Vilnius", "Riga", "Tallinn", "Chisinau", "Skopje", "Tirana",
        "Podgorica", "Pristina", "Nicosia", "Valletta", "Gaza City", "Ramallah", "Hebron", "Raqqa", "Idlib", "Homs",
        "Benin City", "Timbuktu", "Agadez", "Zinder", "Diffa", "Tillaberi", "Tillabéri", "Djibo", "Kaya",
    ]

    /// Nationalities and other adjectives of place: MISC in CoNLL-2003.
    static let demonyms: Set<String> = [
        "Afghan", "Albanian", "Algerian", "American", "Angolan", "Arab", "Argentine", "Argentinian", "Armenian",
        "Asian", "Australian", "Austrian", "Azerbaijani", "Bangladeshi", "Belarusian", "Belgian", "Beninese",
        "Bolivian", "Bosnian", "Brazilian", "British", "Bulgarian", "Burkinabe", "Burkinabè", "Burmese", "Burundian",
        "Cambodian", "Cameroonian", "Canadian", "Chadian", "Chilean", "Chinese", "Colombian", "Congolese",
        "Croatian", "Cuban", "Cypriot", "Czech", "Danish", "Dutch", "Egyptian", "Emirati", "English", "Eritrean",
        "Estonian", "Ethiopian", "European", "Filipino", "Finnish", "French", "Gabonese", "Gambian", "Georgian",
        "German", "Ghanaian", "Greek", "Guinean", "Haitian", "Honduran", "Hungarian", "Icelandic", "Indian",
        "Indonesian", "Iranian", "Iraqi", "Irish", "Israeli", "Italian", "Ivorian", "Jamaican", "Japanese",
        "Jordanian", "Kazakh", "Kenyan", "Korean", "Kosovar", "Kurdish", "Kuwaiti", "Kyrgyz", "Lao", "Latvian",
        "Lebanese", "Liberian", "Libyan", "Lithuanian", "Malagasy", "Malawian", "Malaysian", "Malian", "Maltese",
        "Mauritanian", "Mexican", "Moldovan", "Mongolian", "Montenegrin", "Moroccan", "Mozambican", "Namibian",
        "Nepalese", "Nigerian", "Nigerien", "Norwegian", "Omani", "Pakistani", "Palestinian", "Panamanian",
        "Paraguayan", "Persian", "Peruvian", "Polish", "Portuguese", "Qatari", "Romanian", "Russian", "Rwandan",
        "Saudi", "Scottish", "Senegalese", "Serbian", "Sierra Leonean", "Singaporean", "Slovak", "Slovenian",
        "Somali", "South African", "Spanish", "Sri Lankan", "Sudanese", "Swedish", "Swiss", "Syrian", "Taiwanese",
        "Tajik", "Tanzanian", "Thai", "Togolese", "Tunisian", "Turkish", "Turkmen", "Ugandan", "Ukrainian",
        "Uruguayan", "Uzbek", "Venezuelan", "Vietnamese", "Welsh", "Yemeni", "Zambian", "Zimbabwean", "African",
        "Latin", "Western", "Soviet", "Islamist", "Jihadist", "Muslim", "Christian", "Jewish", "Sunni", "Shia",
        "Shiite", "Catholic", "Protestant", "Orthodox", "Hindu", "Buddhist", "Tuareg", "Fulani", "Peul", "Arabic",
        "Amharic", "Tigrayan", "Oromo", "Hausa", "Yoruba", "Igbo", "Pashtun", "Baloch", "Uyghur", "Uighur", "Rohingya",
        "Republican", "Democrat", "Democratic", "Sahelian", "Francophone", "Anglophone", "Olympic", "Olympics",
        "Nobel", "Christmas", "Easter", "Ramadan", "Eid", "Euro", "Islam", "Christianity", "Judaism", "Covid-19",
        "COVID-19", "Covid", "COVID", "Brexit",
    ]

    /// Well-known organisations (full names and acronyms).
    static let organisations: Set<String> = [
        "United Nations", "UN", "U.N.", "UNESCO", "UNICEF", "UNHCR", "UNDP", "WFP", "MINUSMA", "MONUSCO", "ECOWAS",
        "AU", "African Union", "EU", "European Union", "NATO", "Nato", "OPEC", "IMF", "World Bank", "WHO",
        "World Health Organization", "Red Cross", "ICRC", "Amnesty International", "Human Rights Watch", "Interpol",
        "FBI", "CIA", "NSA", "Pentagon", "Kremlin", "White House", "Congress", "Senate", "Elysee", "Élysée",
        "Reuters", "AFP", "AP", "Associated Press", "BBC", "CNN", "Al Jazeera", "Fox News", "ABC", "NBC", "CBS",
        "Wagner", "Barkhane", "Takuba", "Boko Haram", "al-Qaeda", "Al-Qaeda", "al Qaeda", "Al Qaeda", "AQIM",
        "JNIM", "ISIS", "ISIL", "IS", "ISWAP", "ISGS", "EIGS", "Islamic State", "Taliban", "Hamas", "Hezbollah",
        "al-Shabaab", "Al-Shabaab", "Google", "Apple", "Microsoft", "Amazon", "Facebook", "Twitter", "Meta",
        "Tesla", "Toyota", "Airbus", "Boeing", "Gazprom", "Rosneft", "Total", "TotalEnergies", "Shell", "BP",
        "Exxon", "ExxonMobil", "Chevron", "Microsoft", "Samsung", "Huawei", "G7", "G20", "BRICS", "OECD", "WTO",
        "Instagram", "YouTube", "TikTok", "WhatsApp", "Telegram", "Netflix", "Uber", "Twitter",
        "Supreme Court", "Security Council", "General Assembly", "Democratic Party", "Republican Party",
        "Labour", "Labour Party", "Conservative Party", "Tories", "SADC", "IGAD", "OAS", "ASEAN", "OSCE", "ICC",
    ]

    /// The type a gazetteer gives a name, if any.
    static func type(of name: String) -> EntityType? {
        if countries.contains(name) || cities.contains(name) { return .location }
        if organisations.contains(name) { return .organisation }
        if isDemonym(name) { return .miscellaneous }
        return nil
    }

    static func isDemonym(_ word: String) -> Bool {
        if demonyms.contains(word) { return true }
        if word.hasSuffix("s"), demonyms.contains(String(word.dropLast())) { return true }   // "Russians"
        return false
    }
}
