import Foundation

/// The gazetteer: every populated place of GeoNames' cities1000 with its Latin-script names, the countries with their
/// names, demonyms and capitals, and the first-level regions by name. Built by `newswire gazetteer build` from
/// GeoNames data (CC BY 4.0, https://www.geonames.org) and shipped in this module's resources.
///
/// A value type over flat arrays (one entry per place, parallel columns) and a sorted table of folded names, so
/// that loading is a copy of the file's sections and a lookup is a binary search.
public struct PlaceGazetteer: Sendable {
    public enum Kind: UInt8, Sendable {
        case city = 0, region = 1, country = 2
    }

    /// One entry of the gazetteer.
    public struct Place: Sendable, Hashable {
        /// Index of the entry in this gazetteer (stable for one file).
        public var index: Int
        public var kind: Kind
        /// ISO 3166-1 alpha-2.
        public var country: String
        /// The first-level region's name, when known (for a region, its own name).
        public var admin1: String?
        public var lat: Double
        public var lon: Double
        /// The GeoNames id; nil for a region (the extracts give regions no ids, but for US states).
        public var geonameid: Int?
        public var population: Int
        /// The capital of its country.
        public var isCapital: Bool
        /// How many names the place goes by (capped at 255): a measure of how well known it is, as the world's
        /// languages name famous places and seldom small ones ("Geneva", Switzerland, has scores; Geneva, Illinois, few).
        public var nameCount: Int

        public init(index: Int, kind: Kind, country: String, admin1: String? = nil, lat: Double, lon: Double,
                    geonameid: Int? = nil, population: Int, isCapital: Bool = false, nameCount: Int = 0) {
            self.index = index
            self.kind = kind
            self.country = country
            self.admin1 = admin1
            self.lat = lat
            self.lon = lon
            self.geonameid = geonameid
            self.population = population
            self.isCapital = isCapital
            self.nameCount = nameCount
        }
    }

    // Columns, one row per entry.
    let kinds: [UInt8]
    let countryOf: [UInt8]
    let admin1Of: [UInt16]
    let latitudes: [Int32]
    let longitudes: [Int32]
    let geonameids: [UInt32]
    let populations: [UInt32]
    let flags: [UInt8]
    let fame: [UInt8]
    // Countries, by country number.
    let countryCodes: [String]
    let countryNames: [String]
    let countryEntry: [Int32]
    let capitalEntry: [Int32]
    // First-level regions, by region number.
    let admin1Names: [String]
    // Folded names, sorted bytewise: key k is keyBytes[keyOffsets[k]..<keyOffsets[k+1]], its entries
    // postings[postingStarts[k]..<postingStarts[k+1]] (largest population first).
    let keyBytes: [UInt8]
    let keyOffsets: [UInt32]
    let postingStarts: [UInt32]
    let postings: [UInt32]
    let demonyms: [String: Int]
    /// Folded names of world regions and seas in no one country ("middle east", "sahel").
    let supranational: Set<String>
    let countryByCode: [String: Int]
    /// The credit and what the file was built from.
    public let metadata: [String: String]

    static let noAdmin1 = UInt16.max
    static let capitalFlag: UInt8 = 1
    /// Coordinates are stored as integers of 1e-5 degree (about a metre).
    static let coordinateScale = 100_000.0

    public var count: Int { kinds.count }
    public var nameCount: Int { keyOffsets.count - 1 }

    public func place(_ index: Int) -> Place {
        let admin = admin1Of[index]
        return Place(index: index, kind: Kind(rawValue: kinds[index]) ?? .city,
                     country: countryCodes[Int(countryOf[index])],
                     admin1: admin == Self.noAdmin1 ? nil : admin1Names[Int(admin)],
                     lat: Double(latitudes[index]) / Self.coordinateScale,
                     lon: Double(longitudes[index]) / Self.coordinateScale,
                     geonameid: geonameids[index] == 0 ? nil : Int(geonameids[index]),
                     population: Int(populations[index]), isCapital: flags[index] & Self.capitalFlag != 0,
                     nameCount: Int(fame[index]))
    }

    /// Every entry a name can mean, largest population first; empty for a name the gazetteer does not know.
    public func places(named name: String) -> [Place] {
        entries(folded: PlaceName.fold(name)).map(place)
    }

    /// The entry indexes of an already folded name.
    public func entries(folded key: String) -> [Int] {
        guard let k = keyIndex(key) else { return [] }
        return (Int(postingStarts[k])..<Int(postingStarts[k + 1])).map { Int(postings[$0]) }
    }

    /// The country a demonym names ("Malian", "Malians", "Afghans" -> "ML", ..., "AF"), as ISO alpha-2.
    public func country(ofDemonym word: String) -> String? {
        let key = PlaceName.fold(word)
        if let c = demonyms[key] { return countryCodes[c] }
        if key.hasSuffix("s"), let c = demonyms[String(key.dropLast())] { return countryCodes[c] }
        if key.hasSuffix("es"), let c = demonyms[String(key.dropLast(2))] { return countryCodes[c] }
        return nil
    }

    /// True for a world region or sea that is in no one country ("Middle East", "Sahel", "Mediterranean").
    public func isSupranational(_ name: String) -> Bool { supranational.contains(PlaceName.fold(name)) }

    /// The country's own entry (country precision: its capital's coordinates), by ISO alpha-2 code.
    public func country(code: String) -> Place? {
        guard let c = countryByCode[code.uppercased()] else { return nil }
        return place(Int(countryEntry[c]))
    }

    public func countryName(code: String) -> String? {
        countryByCode[code.uppercased()].map { countryNames[$0] }
    }

    /// True for a code of a country the gazetteer has (ISO 3166-1 alpha-2).
    public func isCountryCode(_ code: String) -> Bool { countryByCode[code.uppercased()] != nil }

    public func capital(of code: String) -> Place? {
        guard let c = countryByCode[code.uppercased()], capitalEntry[c] >= 0 else { return nil }
        return place(Int(capitalEntry[c]))
    }

    /// The index of a folded key, by binary search over the sorted key bytes.
    func keyIndex(_ key: String) -> Int? {
        var probe = Array(key.utf8)
        return probe.withUnsafeMutableBufferPointer { needle -> Int? in
            keyBytes.withUnsafeBufferPointer { blob -> Int? in
                keyOffsets.withUnsafeBufferPointer { offsets -> Int? in
                    var lo = 0
                    var hi = offsets.count - 1
                    while lo < hi {
                        let mid = (lo + hi) / 2
                        let start = Int(offsets[mid])
                        let end = Int(offsets[mid + 1])
                        let order = Self.compare(blob, start, end, needle)
                        if order == 0 { return mid }
                        if order < 0 { lo = mid + 1 } else { hi = mid }
                    }
                    return nil
                }
            }
        }
    }

    /// Bytewise order of blob[start..<end] against needle: negative, zero or positive.
    @inline(__always)
    static func compare(_ blob: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                        _ needle: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let length = end - start
        let common = min(length, needle.count)
        var i = 0
        while i < common {
            let a = blob[start + i]
            let b = needle[i]
            if a != b { return Int(a) - Int(b) }
            i += 1
        }
        return length - needle.count
    }
}
