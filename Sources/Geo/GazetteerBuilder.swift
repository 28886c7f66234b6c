/// What the builder reads: GeoNames records as plain values (GeoNamesReader makes them from the files), so that the
/// building itself is tested on a handful of constructed places.
public struct GeoNamesCity: Sendable, Hashable {
    public var geonameid: Int
    public var name: String
    public var alternateNames: [String]
    public var lat: Double
    public var lon: Double
    public var country: String
    public var population: Int
    public var admin1Code: String

    public init(geonameid: Int, name: String, alternateNames: [String] = [], lat: Double, lon: Double,
                country: String, population: Int, admin1Code: String) {
        self.geonameid = geonameid
        self.name = name
        self.alternateNames = alternateNames
        self.lat = lat
        self.lon = lon
        self.country = country
        self.population = population
        self.admin1Code = admin1Code
    }
}

public struct GeoNamesCountry: Sendable, Hashable {
    public var iso: String
    public var name: String
    public var capital: String
    public var population: Int
    public var geonameid: Int

    public init(iso: String, name: String, capital: String, population: Int, geonameid: Int) {
        self.iso = iso
        self.name = name
        self.capital = capital
        self.population = population
        self.geonameid = geonameid
    }
}

public struct GeoNamesSources: Sendable {
    public var cities: [GeoNamesCity]
    public var countries: [GeoNamesCountry]
    /// First-level region names by "CC.code" ("AF.10" -> "Helmand").
    public var admin1Names: [String: String]
    /// GeoNames ids of regions that have one in the extracts (US states), by "CC.code".
    public var admin1Ids: [String: Int]
    /// What the sources were, for the file's metadata.
    public var provenance: [String: String]

    public init(cities: [GeoNamesCity], countries: [GeoNamesCountry], admin1Names: [String: String],
                admin1Ids: [String: Int] = [:], provenance: [String: String] = [:]) {
        self.cities = cities
        self.countries = countries
        self.admin1Names = admin1Names
        self.admin1Ids = admin1Ids
        self.provenance = provenance
    }
}

/// Builds the gazetteer: one entry per city, per named first-level region (at the population-weighted centre of its
/// cities) and per country (at its capital, or its largest city), and the folded names of each.
public enum GazetteerBuilder {
    /// Words that name the kind of a region, not the region: "Basra Governorate" is also "Basra".
    static let regionWords: [String] = [
        " governorate", " province", " oblast", " region", " state", " krai", " district", " prefecture", " county",
        " territory", " department", " division", " municipality",
    ]
    static let regionPrefixes: [String] = ["muhafazat ", "wilayat e ", "mayorality of ", "provincia de ", "province of "]

    public static func build(_ sources: GeoNamesSources) -> PlaceGazetteer {
        var columns = Columns()
        var names: [String: Set<Int>] = [:]
        func add(_ name: String, _ entry: Int) {
            let key = PlaceName.fold(name)
            if !key.isEmpty { names[key, default: []].insert(entry) }
        }

        let countries = sources.countries.sorted { $0.iso < $1.iso }
        var countryNumber: [String: Int] = [:]
        for (i, c) in countries.enumerated() { countryNumber[c.iso] = i }
        let cities = sources.cities.filter { countryNumber[$0.country] != nil }

        // regions: numbered in order of their keys, so the file is the same on every build
        let regionKeys = Set(cities.map { "\($0.country).\($0.admin1Code)" }).filter { sources.admin1Names[$0] != nil }.sorted()
        var regionNumber: [String: Int] = [:]
        for (i, key) in regionKeys.enumerated() { regionNumber[key] = i }
        columns.admin1Names = regionKeys.map { sources.admin1Names[$0]! }

        // capitals: the largest city of the country named as its capital
        var capitalCity: [String: Int] = [:]
        var largestCity: [String: Int] = [:]
        let capitalName = Dictionary(uniqueKeysWithValues: countries.map { ($0.iso, PlaceName.fold($0.capital)) })
        for (i, city) in cities.enumerated() {
            if let k = largestCity[city.country], cities[k].population >= city.population {} else { largestCity[city.country] = i }
            guard let capital = capitalName[city.country], !capital.isEmpty else { continue }
            if PlaceName.fold(city.name) == capital || city.alternateNames.contains(where: { PlaceName.fold($0) == capital }) {
                if let k = capitalCity[city.country], cities[k].population >= city.population { continue }
                capitalCity[city.country] = i
            }
        }

        for (i, city) in cities.enumerated() {
            let region = regionNumber["\(city.country).\(city.admin1Code)"]
            columns.append(kind: .city, country: countryNumber[city.country]!, admin1: region, lat: city.lat, lon: city.lon,
                           geonameid: city.geonameid, population: city.population,
                           capital: capitalCity[city.country] == i,
                           names: Set(city.alternateNames.map(PlaceName.fold)).count)
            add(city.name, i)
            for alternate in cityNames(city) { add(alternate, i) }
        }

        // region entries at the population-weighted centre of their cities
        var sums: [Int: (lat: Double, lon: Double, weight: Double, population: Int)] = [:]
        for city in cities {
            guard let r = regionNumber["\(city.country).\(city.admin1Code)"] else { continue }
            let w = Double(max(city.population, 1))
            let s = sums[r] ?? (0, 0, 0, 0)
            sums[r] = (s.lat + city.lat * w, s.lon + city.lon * w, s.weight + w, s.population + city.population)
        }
        for (r, key) in regionKeys.enumerated() {
            let s = sums[r]!
            let country = String(key.prefix { $0 != "." })
            let entry = columns.count
            columns.append(kind: .region, country: countryNumber[country]!, admin1: r, lat: s.lat / s.weight,
                           lon: s.lon / s.weight, geonameid: sources.admin1Ids[key] ?? 0, population: s.population,
                           capital: false, names: 0)
            for name in regionNames(columns.admin1Names[r]) { add(name, entry) }
        }

        // country entries at their capital
        for (c, country) in countries.enumerated() {
            let city = capitalCity[country.iso] ?? largestCity[country.iso]
            let entry = columns.count
            columns.append(kind: .country, country: c, admin1: nil, lat: city.map { cities[$0].lat } ?? 0,
                           lon: city.map { cities[$0].lon } ?? 0, geonameid: country.geonameid,
                           population: country.population, capital: false, names: 255)
            columns.countryEntry.append(Int32(entry))
            columns.capitalEntry.append(Int32(capitalCity[country.iso] ?? -1))
            add(country.name, entry)
            for other in CountryNames.otherNames[country.iso] ?? [] { add(other, entry) }
        }

        var demonyms: [String: Int] = [:]
        for (code, words) in CountryNames.demonyms {
            guard let c = countryNumber[code] else { continue }
            for word in words { demonyms[PlaceName.fold(word)] = c }
        }

        // the name table: keys sorted bytewise, each with its entries countries first, then regions, then cities,
        // each largest first
        let rank: (Int) -> (Int, Int) = { (Int(columns.kinds[$0]), Int(columns.populations[$0])) }
        var keyBytes: [UInt8] = []
        var keyOffsets: [UInt32] = [0]
        var postingStarts: [UInt32] = [0]
        var postings: [UInt32] = []
        let sortedKeys = names.keys.map { (bytes: Array($0.utf8), key: $0) }
            .sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
        for (bytes, key) in sortedKeys {
            keyBytes.append(contentsOf: bytes)
            keyOffsets.append(UInt32(keyBytes.count))
            let entries = names[key]!.sorted { rank($0) > rank($1) || (rank($0) == rank($1) && $0 < $1) }
            postings.append(contentsOf: entries.map(UInt32.init))
            postingStarts.append(UInt32(postings.count))
        }

        var metadata = sources.provenance
        metadata["credit"] = PlaceGazetteer.credit
        metadata["entries"] = "\(columns.count)"
        metadata["names"] = "\(keyOffsets.count - 1)"
        return PlaceGazetteer(columns: columns, countries: countries, keyBytes: keyBytes, keyOffsets: keyOffsets,
                              postingStarts: postingStarts, postings: postings, demonyms: demonyms,
                              supranational: Set(CountryNames.supranational.map(PlaceName.fold)), metadata: metadata)
    }

    /// A city's other names worth a key: Latin-script, written with a capital (GeoNames' lower-case entries are
    /// transliteration keys, not names), not an airport or other code in capitals, not a link.
    static func cityNames(_ city: GeoNamesCity) -> [String] {
        city.alternateNames.filter { name in
            guard name.count >= 2, name.count <= 60, PlaceName.isLatin(name), !name.contains("://") else { return false }
            guard name.contains(where: \.isUppercase) else { return false }
            let letters = name.filter(\.isLetter)
            if letters.count <= 4, letters.allSatisfy(\.isUppercase), name != city.name { return false }
            return true
        }
    }

    /// A region's name and the same without the word for its kind: "Basra Governorate", "Basra";
    /// "Muhafazat Kirkuk", "Kirkuk".
    static func regionNames(_ name: String) -> [String] {
        var result = [name]
        let folded = PlaceName.fold(name)
        for word in regionWords where folded.hasSuffix(word) { result.append(String(folded.dropLast(word.count))) }
        for prefix in regionPrefixes where folded.hasPrefix(prefix) { result.append(String(folded.dropFirst(prefix.count))) }
        return result
    }

    /// The columns as they are appended.
    struct Columns {
        var kinds: [UInt8] = [], countryOf: [UInt8] = [], admin1Of: [UInt16] = []
        var latitudes: [Int32] = [], longitudes: [Int32] = [], geonameids: [UInt32] = [], populations: [UInt32] = []
        var flags: [UInt8] = [], fame: [UInt8] = []
        var admin1Names: [String] = []
        var countryEntry: [Int32] = [], capitalEntry: [Int32] = []
        var count: Int { kinds.count }

        mutating func append(kind: PlaceGazetteer.Kind, country: Int, admin1: Int?, lat: Double, lon: Double,
                             geonameid: Int, population: Int, capital: Bool, names: Int) {
            kinds.append(kind.rawValue)
            countryOf.append(UInt8(country))
            admin1Of.append(admin1.map { UInt16($0) } ?? PlaceGazetteer.noAdmin1)
            latitudes.append(Int32((lat * PlaceGazetteer.coordinateScale).rounded()))
            longitudes.append(Int32((lon * PlaceGazetteer.coordinateScale).rounded()))
            geonameids.append(UInt32(clamping: geonameid))
            populations.append(UInt32(clamping: population))
            flags.append(capital ? PlaceGazetteer.capitalFlag : 0)
            fame.append(UInt8(clamping: names))
        }
    }
}

extension PlaceGazetteer {
    init(columns: GazetteerBuilder.Columns, countries: [GeoNamesCountry], keyBytes: [UInt8], keyOffsets: [UInt32],
         postingStarts: [UInt32], postings: [UInt32], demonyms: [String: Int], supranational: Set<String>,
         metadata: [String: String]) {
        kinds = columns.kinds
        countryOf = columns.countryOf
        admin1Of = columns.admin1Of
        latitudes = columns.latitudes
        longitudes = columns.longitudes
        geonameids = columns.geonameids
        populations = columns.populations
        flags = columns.flags
        fame = columns.fame
        countryCodes = countries.map(\.iso)
        countryNames = countries.map(\.name)
        countryEntry = columns.countryEntry
        capitalEntry = columns.capitalEntry
        admin1Names = columns.admin1Names
        self.keyBytes = keyBytes
        self.keyOffsets = keyOffsets
        self.postingStarts = postingStarts
        self.postings = postings
        self.demonyms = demonyms
        self.supranational = supranational
        self.metadata = metadata
        var byCode: [String: Int] = [:]
        for (i, code) in countryCodes.enumerated() { byCode[code] = i }
        countryByCode = byCode
    }
}
