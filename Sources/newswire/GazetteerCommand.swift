import ArgumentParser
import Foundation
import Geo

struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Build the GeoNames gazetteer the geocode stage uses, or look names up in it.",
        subcommands: [Build.self, Lookup.self])

    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the gazetteer from the GeoNames extracts (GeoNames, CC BY 4.0). Same data give the same bytes.")

        @Option(help: "The GeoNames folder (cities1000.json.gz, countries.json.gz, admin-names-cities1000.csv.gz, us_states.json.gz).")
        var geonames = "../shared/data/geonames"
        @Option(help: "Where to write the gazetteer.")
        var out = "Sources/Geo/Resources/\(PlaceGazetteer.bundledName).bin"

        func run() throws {
            let start = Date()
            let sources = try GeoNamesReader.read(folder: URL(fileURLWithPath: geonames))
            let gazetteer = GazetteerBuilder.build(sources)
            let data = gazetteer.encoded()
            try data.write(to: URL(fileURLWithPath: out))
            let seconds = Date().timeIntervalSince(start)
            print("wrote \(out): \(gazetteer.count) entries (\(sources.cities.count) cities, \(sources.admin1Names.count) regions, "
                  + "\(sources.countries.count) countries), \(gazetteer.nameCount) names, "
                  + "\(String(format: "%.1f", Double(data.count) / 1_048_576)) MB in \(String(format: "%.1f", seconds)) s")
        }
    }

    struct Lookup: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every entry a name can mean, countries first, then regions, then cities by population.")

        @Argument(help: "Place names or demonyms.") var names: [String]
        @Option(help: "A gazetteer file (default: the one shipped).") var gazetteer: String?
        @Option(help: "At most this many entries a name.") var limit = 10

        func run() throws {
            let start = Date()
            let loaded: PlaceGazetteer
            if let gazetteer {
                loaded = try PlaceGazetteer(contentsOf: URL(fileURLWithPath: gazetteer))
            } else if let shipped = PlaceGazetteer.bundled {
                loaded = shipped
            } else {
                throw ValidationError("the gazetteer shipped with newswire is missing or corrupt")
            }
            FileHandle.standardError.write(Data("loaded in \(String(format: "%.3f", Date().timeIntervalSince(start))) s\n".utf8))
            for name in names {
                if let country = loaded.country(ofDemonym: name) { print("\(name)\tdemonym of \(country)") }
                if loaded.isSupranational(name) { print("\(name)\tworld region or sea: no country") }
                let places = loaded.places(named: name)
                if places.isEmpty, loaded.country(ofDemonym: name) == nil { print("\(name)\tnot in the gazetteer") }
                for place in places.prefix(limit) {
                    print([name, "\(place.kind)", place.country, place.admin1 ?? "-", String(format: "%.4f", place.lat),
                           String(format: "%.4f", place.lon), place.geonameid.map(String.init) ?? "-", "\(place.population)",
                           place.isCapital ? "capital" : ""].joined(separator: "\t"))
                }
            }
        }
    }
}
