/// `--name value` options of one subcommand; a flag alone (`--fresh`) reads as "true".
struct Options {
    private var values: [String: String] = [:]

    init(_ arguments: ArraySlice<String>) throws(BenchError) {
        var rest = arguments[...]
        while let name = rest.popFirst() {
            guard name.hasPrefix("--") else { throw BenchError("unexpected argument '\(name)'") }
            if let value = rest.first, !value.hasPrefix("--") {
                values[String(name.dropFirst(2))] = value
                rest = rest.dropFirst()
            } else {
                values[String(name.dropFirst(2))] = "true"
            }
        }
    }

    func string(_ name: String) -> String? { values[name] }

    func required(_ name: String) throws(BenchError) -> String {
        guard let value = values[name] else { throw BenchError("missing --\(name)") }
        return value
    }

    func int(_ name: String, default fallback: Int) throws(BenchError) -> Int {
        guard let text = values[name] else { return fallback }
        guard let value = Int(text), value > 0 else { throw BenchError("--\(name) must be a positive integer, got '\(text)'") }
        return value
    }

    func flag(_ name: String) -> Bool { values[name] == "true" }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
