import ModelSupport
import Foundation

/// Word lists written for this project (public facts: names of countries, cities, nationalities,
/// organisation suffixes, titles, common given names). They become gazetteer features, and are copied
/// into the model file at training time so a model keeps the lists it was trained with.
public enum FeatureGazetteer {
    public enum Category {
        public static let country: UInt32 = 1 << 0
        public static let city: UInt32 = 1 << 1
        public static let region: UInt32 = 1 << 2
        public static let nationality: UInt32 = 1 << 3
        public static let organisationSuffix: UInt32 = 1 << 4
        public static let organisation: UInt32 = 1 << 5
        public static let title: UInt32 = 1 << 6
        public static let firstName: UInt32 = 1 << 7
        public static let time: UInt32 = 1 << 8
        public static let organisationWord: UInt32 = 1 << 9
        public static let event: UInt32 = 1 << 10
    }

    public static let prefixBit: UInt32 = 1 << 31
    public static let maxLength = 6
    public static let sequenceSeed: UInt64 = 0x6A7E_77EE_0000_0001

    /// Hash of a whitespace-separated entry, the way the feature extractor hashes token sequences.
    public static func key(tokens: [String]) -> UInt64 {
        var h = sequenceSeed
        for t in tokens { h = FeatureHash.extend(h, with: WordInfo(t).lower) }
        return h
    }

    /// Compiles (entry, categories) pairs into the lookup table the extractor uses.
    public static func compile(_ entries: [(String, UInt32)]) -> [UInt64: UInt32] {
        var table: [UInt64: UInt32] = [:]
        for (entry, categories) in entries {
            let tokens = entry.split(separator: " ").map(String.init)
            guard !tokens.isEmpty, tokens.count <= maxLength else { continue }
            var h = sequenceSeed
            for (i, t) in tokens.enumerated() {
                h = FeatureHash.extend(h, with: WordInfo(t).lower)
                if i == tokens.count - 1 { table[h, default: 0] |= categories } else { table[h, default: 0] |= prefixBit }
            }
        }
        return table
    }

    /// The built-in lists as (entry, category) pairs.
    public static var builtInEntries: [(String, UInt32)] {
        var out: [(String, UInt32)] = []
        func add(_ list: String, _ c: UInt32) {
            for e in list.split(separator: "|") {
                let t = e.trimmingCharacters(in: .whitespacesAndNewlines)
                if !t.isEmpty { out.append((t, c)) }
            }
        }
        add(countries, Category.country)
        add(cities, Category.city)
        add(regions, Category.region)
        add(nationalities, Category.nationality)
        add(organisationSuffixes, Category.organisationSuffix)
        add(organisations, Category.organisation)
        add(titles, Category.title)
        add(firstNames, Category.firstName)
        add(timeWords, Category.time)
        add(organisationWords, Category.organisationWord)
        add(events, Category.event)
        return out
    }

    public static var builtIn: [UInt64: UInt32] { compile(builtInEntries) }

    static let countries = """
    Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|Azerbaijan|\
    Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|\
    Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|\
    Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Ivory Coast|Croatia|Cuba|Cyprus|\
    Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|Ecuador|Egypt|El Salvador|\
    Equatorial Guinea|Eritrea|Estonia|Eswatini|Swaziland|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|\
    Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|\
    Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|\
    Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Macedonia|North Macedonia|Madagascar|Malawi|\
    Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|\
    Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|\
    Nigeria|North Korea|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|\
    Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saint Lucia|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|\
    Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Korea|Korea|\
    South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|\
    Tonga|Trinidad|Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|\
    United Kingdom|Britain|Great Britain|UK|U.K.|United States|United States of America|USA|U.S.|U.S.A.|America|\
    Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Yugoslavia|Soviet Union|USSR|\
    Czechoslovakia|Zaire|England|Scotland|Wales|Northern Ireland|Hong Kong|Macau|Puerto Rico|Greenland|Tibet|\
    Chechnya|Kurdistan|Western Sahara|Gaza|West Bank|Crimea|Donbas|Abkhazia|Transnistria|Bermuda|Gibraltar|\
    Faroe Islands|Slovak Republic|Democratic Republic of Congo|DR Congo|DRC|Republic of Congo|Cote d'Ivoire
    """

    static let cities = """
    Kabul|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Sydney|Melbourne|Brisbane|Perth|Adelaide|Vienna|Baku|\
    Manama|Dhaka|Minsk|Brussels|Antwerp|Porto-Novo|Cotonou|La Paz|Sarajevo|Gaborone|Brasilia|Rio de Janeiro|Sao Paulo|\
    Sofia|Ouagadougou|Phnom Penh|Yaounde|Ottawa|Toronto|Montreal|Vancouver|Calgary|Santiago|Beijing|Shanghai|\
    Guangzhou|Shenzhen|Hong Kong|Bogota|Kinshasa|Brazzaville|San Jose|Abidjan|Zagreb|Havana|Nicosia|Prague|\
    Copenhagen|Santo Domingo|Quito|Cairo|Alexandria|San Salvador|Asmara|Tallinn|Addis Ababa|Helsinki|Paris|\
    Marseille|Lyon|Libreville|Banjul|Tbilisi|Berlin|Bonn|Frankfurt|Munich|Hamburg|Cologne|Stuttgart|Accra|Athens|\
    Guatemala City|Conakry|Bissau|Port-au-Prince|Tegucigalpa|Budapest|Reykjavik|New Delhi|Delhi|Mumbai|Bombay|\
    Calcutta|Kolkata|Madras|Chennai|Bangalore|Jakarta|Tehran|Baghdad|Basra|Mosul|Dublin|Belfast|Jerusalem|Tel Aviv|\
    Rome|Milan|Naples|Turin|Florence|Venice|Kingston|Tokyo|Osaka|Kyoto|Amman|Astana|Almaty|Nairobi|Mombasa|Pristina|\
    Kuwait City|Bishkek|Vientiane|Riga|Beirut|Maseru|Monrovia|Tripoli|Benghazi|Vilnius|Skopje|Antananarivo|\
    Lilongwe|Kuala Lumpur|Bamako|Valletta|Nouakchott|Mexico City|Guadalajara|Chisinau|Ulan Bator|Ulaanbaatar|\
    Podgorica|Rabat|Casablanca|Maputo|Yangon|Rangoon|Naypyidaw|Windhoek|Kathmandu|Amsterdam|Rotterdam|The Hague|\
    Wellington|Auckland|Managua|Niamey|Abuja|Lagos|Pyongyang|Oslo|Muscat|Islamabad|Karachi|Lahore|Panama City|\
    Asuncion|Lima|Manila|Warsaw|Krakow|Lisbon|Porto|Doha|Bucharest|Moscow|St Petersburg|St. Petersburg|Kigali|\
    Riyadh|Jeddah|Mecca|Dakar|Belgrade|Freetown|Bratislava|Ljubljana|Mogadishu|Pretoria|Johannesburg|Cape Town|\
    Durban|Seoul|Juba|Madrid|Barcelona|Seville|Valencia|Colombo|Khartoum|Stockholm|Gothenburg|Bern|Geneva|Zurich|\
    Basel|Lausanne|Damascus|Aleppo|Homs|Taipei|Dushanbe|Dar es Salaam|Dodoma|Bangkok|Lome|Tunis|Ankara|Istanbul|\
    Ashgabat|Kampala|Kiev|Kyiv|Kharkiv|Odessa|Abu Dhabi|Dubai|London|Manchester|Liverpool|Birmingham|Leeds|\
    Glasgow|Edinburgh|Cardiff|Washington|New York|Los Angeles|Chicago|Houston|Boston|Philadelphia|San Francisco|\
    Miami|Atlanta|Dallas|Detroit|Seattle|Denver|New Orleans|Las Vegas|Phoenix|Montevideo|Tashkent|Caracas|Hanoi|\
    Ho Chi Minh City|Saigon|Sanaa|Aden|Lusaka|Harare|Gao|Timbuktu|Kidal|Mopti|Sevare|Menaka|Luxembourg|Monaco|\
    Singapore|Gaza City|Ramallah|Hebron|Kandahar|Herat|Peshawar|Quetta|Srinagar|Hyderabad|Grozny|Sochi|Donetsk|\
    Luhansk|Sevastopol|Minneapolis|Cleveland|Pittsburgh|Baltimore|St. Louis|Kansas City|Cincinnati|Milwaukee|\
    Toulouse|Nice|Bordeaux|Strasbourg|Lille|Nantes|Marseilles|Dusseldorf|Leipzig|Dresden|Hanover|Bremen|Vienne|\
    Salzburg|Graz|Innsbruck|Zurich|Seville|Bilbao|Malaga|Genoa|Palermo|Bologna|Verona|Ghent|Liege|Bruges|\
    Utrecht|Eindhoven|Thessaloniki|Izmir|Antalya|Tashkent|Novosibirsk|Vladivostok|Yekaterinburg|Kazan|Nizhny Novgorod|\
    Osaka|Nagoya|Yokohama|Kobe|Hiroshima|Nagasaki|Sapporo|Busan|Pusan|Incheon|Wuhan|Chongqing|Tianjin|Nanjing|\
    Hangzhou|Chengdu|Xian|Harbin|Lhasa|Urumqi|Macau|Hamilton|Nassau|Port of Spain|Bridgetown|Georgetown|Paramaribo|\
    Cayenne|Medellin|Cali|Cartagena|Guayaquil|Cordoba|Rosario|Valparaiso|Recife|Salvador|Belo Horizonte|Porto Alegre|\
    Monterrey|Tijuana|Acapulco|Cancun|Juarez|Havana|Jakarta|Surabaya|Bali|Davao|Cebu|Mandalay|Chittagong|Kandy|\
    Kano|Kaduna|Maiduguri|Port Harcourt|Ibadan|Mombasa|Kisumu|Goma|Bukavu|Lubumbashi|Kisangani|Benghazi|Misrata|\
    Sirte|Raqqa|Idlib|Deir ez-Zor|Latakia|Kirkuk|Erbil|Fallujah|Ramadi|Tikrit|Najaf|Karbala|Sulaimaniya|Sidon|Tyre|\
    Haifa|Nazareth|Bethlehem|Nablus|Jenin|Rafah|Khan Younis|Eilat|Mashhad|Isfahan|Tabriz|Shiraz|Qom|Marrakesh|Fez|\
    Tangier|Oran|Constantine|Sfax|Kassala|Omdurman|Darfur|Timbuctoo
    """

    static let regions = """
    Africa|Asia|Europe|North America|South America|Latin America|Central America|Oceania|Antarctica|Arctic|\
    Middle East|Mideast|Near East|Far East|Balkans|Caucasus|Caribbean|Scandinavia|Sahel|Sahara|Maghreb|Gulf|\
    Persian Gulf|Pacific|Atlantic|Mediterranean|Baltic|Indian Ocean|Black Sea|Red Sea|Caspian|Caspian Sea|\
    Siberia|Kashmir|Punjab|Bengal|Kurdistan|Anatolia|Bavaria|Saxony|Catalonia|Basque Country|Andalusia|Corsica|\
    Sicily|Sardinia|Lombardy|Tuscany|Flanders|Wallonia|Normandy|Brittany|Provence|Alsace|Quebec|Ontario|\
    British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|Newfoundland|Yukon|Alabama|Alaska|Arizona|\
    Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|\
    Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|\
    Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|\
    Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|\
    Wyoming|New England|Midwest|Queensland|New South Wales|Victoria|Tasmania|Northern Territory|Ulster|\
    Xinjiang|Guangdong|Sichuan|Yunnan|Hainan|Mindanao|Java|Sumatra|Borneo|Kalimantan|Aceh|Papua|Darfur|Kordofan|\
    Ogaden|Tigray|Oromia|Amhara|Katanga|Kivu|North Kivu|South Kivu|Ituri|Cabinda|Casamance|Azawad|Galilee|Golan|\
    Golan Heights|Sinai|Negev|Kurdish|Helmand|Waziristan|Baluchistan|Balochistan|Kandahar province|Donbass|\
    Lapland|Patagonia|Amazon|Andes|Alps|Himalayas|Urals|Rhine|Danube|Nile|Thames|Mekong|Euphrates|Tigris|\
    Yangtze|Mississippi River|Silicon Valley|Wall Street|Manhattan|Brooklyn|Bronx|Queens|Hollywood|Westminster|\
    Whitehall|Downing Street|Kremlin|White House|Capitol Hill|Pentagon|Elysee|Bundestag
    """

    static let nationalities = """
    Afghan|Albanian|Algerian|American|Andorran|Angolan|Argentine|Argentinian|Armenian|Australian|Austrian|\
    Azerbaijani|Azeri|Bahamian|Bahraini|Bangladeshi|Barbadian|Belarusian|Belarussian|Belgian|Belizean|Beninese|\
    Bhutanese|Bolivian|Bosnian|Botswanan|Brazilian|British|Briton|Britons|Bruneian|Bulgarian|Burkinabe|Burmese|\
    Burundian|Cambodian|Cameroonian|Canadian|Chadian|Chilean|Chinese|Colombian|Congolese|Costa Rican|Croat|\
    Croatian|Cuban|Cypriot|Czech|Danish|Dane|Djiboutian|Dominican|Dutch|Ecuadorean|Ecuadorian|Egyptian|\
    Emirati|English|Eritrean|Estonian|Ethiopian|Fijian|Filipino|Finnish|Finn|French|Frenchman|Gabonese|Gambian|\
    Georgian|German|Ghanaian|Greek|Grenadian|Guatemalan|Guinean|Guyanese|Haitian|Honduran|Hungarian|Icelandic|\
    Indian|Indonesian|Iranian|Iraqi|Irish|Israeli|Italian|Ivorian|Jamaican|Japanese|Jordanian|Kazakh|Kenyan|\
    Korean|Kosovar|Kuwaiti|Kyrgyz|Lao|Laotian|Latvian|Lebanese|Liberian|Libyan|Lithuanian|Luxembourgish|\
    Macedonian|Malagasy|Malawian|Malaysian|Maldivian|Malian|Maltese|Mauritanian|Mauritian|Mexican|Moldovan|\
    Monegasque|Mongolian|Montenegrin|Moroccan|Mozambican|Namibian|Nepalese|Nepali|New Zealander|Nicaraguan|\
    Nigerian|Nigerien|Norwegian|Omani|Pakistani|Palestinian|Panamanian|Paraguayan|Peruvian|Polish|Pole|Portuguese|\
    Qatari|Romanian|Russian|Rwandan|Salvadoran|Samoan|Saudi|Scottish|Scot|Scots|Senegalese|Serb|Serbian|\
    Sierra Leonean|Singaporean|Slovak|Slovenian|Slovene|Somali|South African|Spanish|Spaniard|Sri Lankan|\
    Sudanese|Surinamese|Swazi|Swedish|Swede|Swiss|Syrian|Taiwanese|Tajik|Tanzanian|Thai|Togolese|Tongan|\
    Trinidadian|Tunisian|Turkish|Turk|Turkmen|Ugandan|Ukrainian|Uruguayan|Uzbek|Venezuelan|Vietnamese|Welsh|\
    Yemeni|Yugoslav|Zambian|Zimbabwean|Soviet|European|African|Asian|Arab|Arabic|Latin|Western|Kurd|Kurdish|\
    Pashtun|Tuareg|Berber|Fulani|Hausa|Yoruba|Igbo|Zulu|Xhosa|Tamil|Sinhalese|Sikh|Hindu|Muslim|Moslem|\
    Christian|Catholic|Protestant|Jewish|Jew|Islamic|Sunni|Shi'ite|Shiite|Shia|Buddhist|Orthodox|Anglican|\
    Hispanic|Latino|Balkan|Scandinavian|Caribbean|Mediterranean|Nordic|Baltic|Caucasian|Chechen|Tatar|Bavarian|\
    Catalan|Basque|Flemish|Walloon|Quebecois|Texan|Californian|Malay|Hutu|Tutsi|Uighur|Uyghur|Rohingya|Yazidi|\
    Druze|Alawite|Maronite|Coptic|Copt|Bedouin|Roma|Gypsy|Cossack|Sahrawi|Sahelian|Pan-African|Anglo|Franco|\
    Russo|Sino|Euro|Americans|Germans|Russians|Italians|Britons|Canadians|Australians|Israelis|Palestinians|\
    Iraqis|Iranians|Syrians|Afghans|Pakistanis|Indians|Africans|Europeans|Arabs|Muslims|Christians|Jews|Kurds|\
    Serbs|Croats|Bosnians|Albanians|Chinese|Japanese|Koreans|Mexicans|Cubans|Brazilians|Argentines|Colombians|\
    Nigerians|Kenyans|Egyptians|Libyans|Malians|Somalis|Sudanese|Ethiopians|Ukrainians|Poles|Czechs|Hungarians|\
    Romanians|Bulgarians|Greeks|Turks|Spaniards|French|Dutch|Belgians|Swedes|Norwegians|Danes|Finns|Swiss|Austrians|\
    Republican|Republicans|Democrat|Democrats|Democratic|Socialist|Socialists|Communist|Communists|Conservative|\
    Conservatives|Labour|Liberal|Liberals|Tory|Tories|Gaullist|Zionist|Marxist|Maoist|Bolshevik|Taliban|Nazi|Nazis
    """

    static let organisationSuffixes = """
    Inc|Inc.|Incorporated|Corp|Corp.|Corporation|Co|Co.|Company|Ltd|Ltd.|Limited|LLC|L.L.C.|LLP|PLC|plc|AG|A.G.|SA|S.A.|\
    NV|N.V.|BV|B.V.|GmbH|SpA|S.p.A.|AB|ASA|A/S|Oyj|KK|K.K.|Pty|Bhd|Berhad|Holdings|Holding|Group|Groups|Partners|\
    Associates|International|Industries|Enterprises|Technologies|Systems|Airlines|Airways|Motors|Bancorp|Bank|\
    Securities|Capital|Investments|Trust|Fund|Foundation|Institute|Institution|Agency|Authority|Commission|\
    Committee|Council|Association|Federation|Union|League|Society|Alliance|Coalition|Front|Movement|Party|Army|\
    Brigade|Brigades|Corps|Force|Forces|Guard|Police|Ministry|Department|Office|Bureau|Service|Services|Board|\
    University|College|School|Academy|Hospital|Church|Club|United|City|Rovers|Wanderers|Athletic|Albion|Town|\
    County|FC|F.C.|Ventures|Communications|Telecom|Media|News|Times|Post|Journal|Herald|Tribune|Press|Network|\
    Exchange|Index|Court|Parliament|Assembly|Congress|Senate|Cabinet|Government|Administration|Organisation|\
    Organization|Reserve|Energy|Oil|Petroleum|Gas|Electric|Mining|Steel|Chemicals|Pharmaceuticals|Foods|Stores
    """

    static let organisationWords = """
    Bank|Ministry|Department|University|Council|Committee|Commission|Party|Union|Association|Federation|Club|\
    Agency|Institute|Foundation|Corporation|Company|Group|Court|Parliament|Congress|Senate|Assembly|Airlines|\
    Church|Army|Navy|Air Force|Police|Front|Movement|Council|Board|Exchange|Fund|Organisation|Organization|\
    National|Federal|Central|Democratic|People's|Liberation|Revolutionary|Islamic State|Al-Qaeda|Al Qaeda|\
    Hezbollah|Hamas|Fatah|Taliban|Boko Haram|Al-Shabaab|Reuters|Interfax|Tass|Xinhua|AFP|AP|Associated Press
    """

    static let organisations = """
    United Nations|UN|U.N.|NATO|EU|European Union|European Commission|European Parliament|Council of Europe|\
    OSCE|OPEC|WTO|World Trade Organisation|World Trade Organization|IMF|International Monetary Fund|World Bank|\
    WHO|World Health Organisation|World Health Organization|UNESCO|UNICEF|UNHCR|Red Cross|Red Crescent|ICRC|\
    Amnesty International|Human Rights Watch|Greenpeace|Interpol|Europol|FBI|CIA|NSA|KGB|FSB|GRU|MI5|MI6|Mossad|\
    Pentagon|Kremlin|White House|State Department|Security Council|General Assembly|African Union|AU|ECOWAS|\
    Arab League|ASEAN|G7|G8|G20|Commonwealth|Bundesbank|Federal Reserve|Fed|Bank of England|Bank of Japan|\
    European Central Bank|ECB|Reuters|Associated Press|AP|AFP|Agence France-Presse|BBC|CNN|Al Jazeera|Fox News|\
    New York Times|Washington Post|Wall Street Journal|Financial Times|Bloomberg|Xinhua|Tass|Interfax|RIA Novosti|\
    IRA|PLO|Hamas|Hezbollah|Fatah|Taliban|Al Qaeda|al-Qaeda|Islamic State|ISIS|ISIL|Daesh|Boko Haram|Al-Shabaab|\
    Wagner|Wagner Group|MINUSMA|Barkhane|Microsoft|Apple|Google|Amazon|Facebook|IBM|Intel|General Motors|GM|Ford|\
    Chrysler|Boeing|Airbus|Toyota|Honda|Nissan|Volkswagen|BMW|Daimler|Siemens|Philips|Sony|Samsung|Nokia|\
    Ericsson|Shell|BP|Exxon|Chevron|Total|Gazprom|Rosneft|Lukoil|Aeroflot|Lufthansa|British Airways|Air France|\
    KLM|Nestle|Unilever|Coca-Cola|PepsiCo|McDonald's|Walmart|Wal-Mart|Citibank|Citigroup|JP Morgan|Goldman Sachs|\
    Morgan Stanley|Merrill Lynch|HSBC|Barclays|Deutsche Bank|UBS|Credit Suisse|Nasdaq|NYSE|Dow Jones|FIFA|UEFA|\
    IOC|NBA|NFL|NHL|MLB|ATP|WTA|Manchester United|Real Madrid|Barcelona|Bayern Munich|Juventus|AC Milan|Inter Milan|\
    Ajax|PSV|Celtic|Rangers|Liverpool|Arsenal|Chelsea|Tottenham|Labour Party|Conservative Party|Democratic Party|\
    Republican Party|Bharatiya Janata Party|BJP|ANC|African National Congress|Likud|Knesset|Duma|State Duma|\
    Bundestag|Supreme Court|Congress|Senate|House of Representatives|House of Commons|House of Lords|Parliament
    """

    static let titles = """
    Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Miss|Dr|Dr.|Prof|Prof.|Professor|Sir|Dame|Lord|Lady|Rev|Rev.|Reverend|Father|Sister|\
    Brother|Pope|Cardinal|Bishop|Archbishop|Rabbi|Imam|Sheikh|Sheik|Ayatollah|Mullah|King|Queen|Prince|Princess|\
    Emir|Sultan|Duke|Duchess|President|Vice President|Vice-President|Prime Minister|Premier|Chancellor|Minister|\
    Secretary|Secretary-General|Secretary General|Ambassador|Governor|Senator|Sen.|Sen|Rep.|Rep|Representative|\
    Congressman|Congresswoman|Mayor|Judge|Justice|Gen.|Gen|General|Lt.|Lt|Lieutenant|Col.|Col|Colonel|Maj.|Maj|\
    Major|Capt.|Capt|Captain|Sgt.|Sgt|Sergeant|Cpl.|Corporal|Adm.|Admiral|Cmdr.|Commander|Marshal|Field Marshal|\
    Brig.|Brigadier|Gov.|Gov|Pres.|Supt.|Insp.|Inspector|Chief|Coach|Manager|Director|Chairman|Chairwoman|\
    Chairperson|Spokesman|Spokeswoman|Spokesperson|CEO|Minister of|Deputy|Mr.|Messrs|Mme|Mme.|Mlle|Herr|Frau|\
    Senor|Senora|Monsieur|Madame|Signor|St.|Saint|Jr|Jr.|Sr|Sr.
    """

    static let firstNames = """
    James|John|Robert|Michael|William|David|Richard|Joseph|Thomas|Charles|Christopher|Daniel|Matthew|Anthony|\
    Mark|Donald|Steven|Paul|Andrew|Joshua|Kenneth|Kevin|Brian|George|Timothy|Ronald|Edward|Jason|Jeffrey|Ryan|\
    Jacob|Gary|Nicholas|Eric|Jonathan|Stephen|Larry|Justin|Scott|Brandon|Benjamin|Samuel|Gregory|Alexander|\
    Frank|Patrick|Raymond|Jack|Dennis|Jerry|Tyler|Aaron|Jose|Adam|Henry|Nathan|Douglas|Zachary|Peter|Kyle|\
    Walter|Ethan|Jeremy|Harold|Keith|Christian|Roger|Noah|Gerald|Carl|Terry|Sean|Austin|Arthur|Lawrence|Jesse|\
    Dylan|Bryan|Joe|Jordan|Billy|Bruce|Albert|Willie|Gabriel|Logan|Alan|Juan|Wayne|Roy|Ralph|Randy|Eugene|\
    Vincent|Russell|Elijah|Louis|Bobby|Philip|Johnny|Mary|Patricia|Jennifer|Linda|Elizabeth|Barbara|Susan|\
    Jessica|Sarah|Karen|Nancy|Lisa|Betty|Margaret|Sandra|Ashley|Kimberly|Emily|Donna|Michelle|Dorothy|Carol|\
    Amanda|Melissa|Deborah|Stephanie|Rebecca|Sharon|Laura|Cynthia|Kathleen|Amy|Shirley|Angela|Helen|Anna|\
    Brenda|Pamela|Nicole|Emma|Samantha|Katherine|Christine|Debra|Rachel|Catherine|Carolyn|Janet|Ruth|Maria|\
    Heather|Diane|Virginia|Julie|Joyce|Victoria|Olivia|Kelly|Christina|Lauren|Joan|Evelyn|Judith|Megan|Cheryl|\
    Andrea|Hannah|Martha|Jacqueline|Frances|Gloria|Ann|Teresa|Kathryn|Sara|Janice|Jean|Alice|Madison|Doris|\
    Abigail|Julia|Judy|Grace|Denise|Amber|Marilyn|Beverly|Danielle|Theresa|Sophia|Marie|Diana|Brittany|Natalie|\
    Isabella|Charlotte|Rose|Alexis|Kayla|Hillary|Bill|Bob|Tom|Tony|Jim|Mike|Dave|Steve|Nick|Ben|Sam|Tim|Ted|\
    Al|Ed|Jeff|Greg|Chris|Matt|Dan|Pat|Ken|Ron|Don|Newt|Boris|Vladimir|Viktor|Victor|Sergei|Sergey|Dmitry|\
    Dmitri|Mikhail|Alexei|Alexey|Andrei|Igor|Ivan|Yuri|Nikolai|Oleg|Anatoly|Gennady|Grigory|Yevgeny|Leonid|\
    Pavel|Olga|Natalia|Tatiana|Svetlana|Irina|Elena|Yelena|Ludmila|Galina|Hans|Klaus|Helmut|Gerhard|Wolfgang|\
    Jurgen|Joachim|Angela|Friedrich|Heinz|Karl|Franz|Josef|Jacques|Jean|Pierre|Francois|Michel|Alain|Philippe|\
    Nicolas|Emmanuel|Marine|Lionel|Laurent|Giuseppe|Giovanni|Silvio|Romano|Massimo|Paolo|Marco|Luca|Francesco|\
    Antonio|Carlos|Luis|Miguel|Manuel|Pedro|Jorge|Felipe|Fernando|Francisco|Javier|Diego|Pablo|Alejandro|\
    Ricardo|Eduardo|Rafael|Roberto|Sergio|Mariano|Juan Carlos|Jose Maria|Ana|Carmen|Isabel|Lucia|Mohammed|\
    Mohamed|Muhammad|Mohammad|Ahmed|Ahmad|Ali|Hassan|Hussein|Hosni|Abdul|Abdullah|Abdel|Omar|Osama|Yasser|\
    Saddam|Bashar|Hafez|Mahmoud|Khalid|Khaled|Ibrahim|Ismail|Mustafa|Mahmud|Saeed|Said|Salman|Tariq|Nawaz|\
    Benazir|Pervez|Imran|Recep|Ahmet|Mehmet|Yitzhak|Shimon|Benjamin|Ariel|Ehud|Binyamin|Netanyahu|Moshe|David|\
    Nelson|Thabo|Jacob|Kofi|Boutros|Robert|Kim|Lee|Park|Chen|Wang|Li|Zhang|Liu|Xi|Hu|Jiang|Deng|Mao|Zhou|\
    Shinzo|Junichiro|Ryutaro|Tomiichi|Narendra|Rahul|Sonia|Indira|Rajiv|Manmohan|Atal|Amina|Assimi|Sadio|\
    Choguel|Emmanuel|Vladimir|Volodymyr|Petro|Recep|Jair|Dilma|Luiz|Cristina|Mauricio|Hugo|Nicolas|Evo|Fidel|Raul
    """

    static let timeWords = """
    January|February|March|April|May|June|July|August|September|October|November|December|Jan|Jan.|Feb|Feb.|\
    Mar|Mar.|Apr|Apr.|Jun|Jul|Aug|Aug.|Sep|Sept|Sept.|Oct|Oct.|Nov|Nov.|Dec|Dec.|Monday|Tuesday|Wednesday|\
    Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Christmas|Easter|Ramadan|Eid|today|yesterday|\
    tomorrow|GMT|EST|EDT|CET|BST
    """

    static let events = """
    World Cup|Olympics|Olympic Games|Games|Grand Prix|Open|Championship|Championships|Cup|Trophy|Tour|Tour de France|\
    Wimbledon|U.S. Open|Australian Open|French Open|Super Bowl|World Series|Masters|Derby|Grand Slam|World War|\
    World War One|World War Two|World War II|Cold War|Holocaust|Ramadan|Davis Cup|Ryder Cup|Champions League|\
    UEFA Cup|Premier League|Bundesliga|Serie A|Primera Division|Formula One|Nobel Prize|Nobel|Oscar|Oscars|Grammy
    """
}
