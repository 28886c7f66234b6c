import Foundation
import Formats

/// Why the GeoNames folder could not be read; the message names the file.
public struct GeoNamesReadError: Error, CustomStringConvertible {
    public let file: String
    public let reason: String
    public var description: String { "cannot read \(file): \(reason)" }
}

/// Reads the GeoNames extracts of ../shared/data/geonames (see its README) into ``GeoNamesSources``:
/// cities1000.json.gz, countries.json.gz, admin-names-cities1000.csv.gz (region names, joined to the cities by
/// country and coordinates) and us_states.json.gz (the states' GeoNames ids). The .gz files are read through
/// `gzip -dc`, which is only needed to build.
public enum GeoNamesReader {
    public static func read(folder: URL) throws(GeoNamesReadError) -> GeoNamesSources {
        let cities = try readCities(folder.appendingPathComponent("cities1000.json.gz"))
        let countries = try readCountries(folder.appendingPathComponent("countries.json.gz"))
        let regionNames = try readRegionNames(folder.appendingPathComponent("admin-names-cities1000.csv.gz"), cities: cities)
        let stateIds = try readStateIds(folder.appendingPathComponent("us_states.json.gz"))
        return GeoNamesSources(cities: cities, countries: countries, admin1Names: regionNames, admin1Ids: stateIds,
                               provenance: ["source": folder.lastPathComponent,
                                            "cities": "\(cities.count)", "countries": "\(countries.count)",
                                            "regions": "\(regionNames.count)"])
    }

    static func readCities(_ url: URL) throws(GeoNamesReadError) -> [GeoNamesCity] {
        let object = try json(url)
        guard let table = object as? [String: Any] else { throw GeoNamesReadError(file: url.path, reason: "not a JSON object") }
        var cities: [GeoNamesCity] = []
        cities.reserveCapacity(table.count)
        for (_, value) in table {
            guard let row = value as? [String: Any], let id = row["geonameid"] as? Int, let name = row["name"] as? String,
                  let lat = number(row["latitude"]), let lon = number(row["longitude"]),
                  let country = row["countrycode"] as? String else { continue }
            cities.append(GeoNamesCity(geonameid: id, name: name, alternateNames: row["alternatenames"] as? [String] ?? [],
                                       lat: lat, lon: lon, country: country, population: row["population"] as? Int ?? 0,
                                       admin1Code: row["admin1code"] as? String ?? ""))
        }
        return cities.sorted { $0.geonameid < $1.geonameid }
    }

    static func readCountries(_ url: URL) throws(GeoNamesReadError) -> [GeoNamesCountry] {
        guard let table = try json(url) as? [String: Any] else { throw GeoNamesReadError(file: url.path, reason: "not a JSON object") }
        return table.compactMap { _, value in
            guard let row = value as? [String: Any], let iso = row["iso"] as? String, let name = row["name"] as? String else { return nil }
            return GeoNamesCountry(iso: iso, name: name.trimmingCharacters(in: .whitespaces), capital: row["capital"] as? String ?? "",
                                   population: row["population"] as? Int ?? 0, geonameid: row["geonameid"] as? Int ?? 0)
        }
    }

    /// "CC.admin1code" -> region name: each city of the CSV (lat, lon, name, admin1, admin2, cc) is matched to the
    /// cities1000 place of its country and name at the same coordinates (to 0.01 degree; any place there when no
    /// name matches), and each code takes the name most of its places have.
    static func readRegionNames(_ url: URL, cities: [GeoNamesCity]) throws(GeoNamesReadError) -> [String: String] {
        let parsed = CSVParser.parse(Array(try gunzip(url)))
        if let failure = parsed.failure {
            throw GeoNamesReadError(file: url.path, reason: "line \(failure.line): \(failure.reason)")
        }
        // a place of the same name in the same cell, else any place in the cell
        var codeAt: [String: String] = [:]
        for city in cities {
            codeAt[cell(city.country, city.lat, city.lon) + PlaceName.fold(city.name)] = city.admin1Code
            codeAt[cell(city.country, city.lat, city.lon)] = codeAt[cell(city.country, city.lat, city.lon)] ?? city.admin1Code
        }
        var votes: [String: [String: Int]] = [:]
        for record in parsed.records.dropFirst() {  // header: lat,lon,name,admin1,admin2,cc
            let fields = record.fields
            guard fields.count == 6, let lat = Double(fields[0]), let lon = Double(fields[1]), !fields[3].isEmpty else { continue }
            let place = cell(fields[5], lat, lon)
            guard let code = codeAt[place + PlaceName.fold(fields[2])] ?? codeAt[place] else { continue }
            votes["\(fields[5]).\(code)", default: [:]][fields[3], default: 0] += 1
        }
        return votes.mapValues { names in names.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key }
    }

    static func readStateIds(_ url: URL) throws(GeoNamesReadError) -> [String: Int] {
        guard let table = try json(url) as? [String: Any] else { throw GeoNamesReadError(file: url.path, reason: "not a JSON object") }
        var ids: [String: Int] = [:]
        for (code, value) in table {
            if let row = value as? [String: Any], let id = row["geonameid"] as? Int { ids["US.\(code)"] = id }
        }
        return ids
    }

    static func cell(_ country: String, _ lat: Double, _ lon: Double) -> String {
        "\(country):\(Int((lat * 100).rounded())):\(Int((lon * 100).rounded()))"
    }

    static func number(_ value: Any?) -> Double? {
        if let d = value as? Double { return d }
        if let i = value as? Int { return Double(i) }
        if let s = value as? String { return Double(s) }
        return nil
    }

    static func json(_ url: URL) throws(GeoNamesReadError) -> Any {
        let data = try gunzip(url)
        do {
            return try JSONSerialization.jsonObject(with: data)
        } catch {
            throw GeoNamesReadError(file: url.path, reason: "not JSON: \(error)")
        }
    }

    static func gunzip(_ url: URL) throws(GeoNamesReadError) -> Data {
        guard FileManager.default.fileExists(atPath: url.path) else { throw GeoNamesReadError(file: url.path, reason: "no such file") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        do {
            try process.run()
        } catch {
            throw GeoNamesReadError(file: url.path, reason: "gzip could not be started: \(error)")
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw GeoNamesReadError(file: url.path, reason: "gzip -dc failed with status \(process.terminationStatus)")
        }
        return data
    }
}
