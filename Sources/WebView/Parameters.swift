import Foundation

/// Reads a request's query parameters, each checked, so a bad one is a 400 naming it instead of a gateway round trip.
struct Parameters {
    let values: [String: String]

    init(_ values: [String: String]) {
        self.values = values
    }

    /// The value trimmed; nil when absent or blank (a blank field of a form counts as not given).
    func text(_ name: String, maxLength: Int = 1000) throws(BadRequest) -> String? {
        guard let raw = values[name] else { return nil }
        let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if value.isEmpty { return nil }
        guard value.count <= maxLength else {
            throw BadRequest("'\(name)' is \(value.count) characters long; at most \(maxLength) are taken")
        }
        return value
    }

    /// A calendar day, exactly YYYY-MM-DD, as the gateway takes them.
    func day(_ name: String) throws(BadRequest) -> String? {
        guard let value = try text(name, maxLength: 40) else { return nil }
        guard Self.isDay(value) else { throw BadRequest("'\(name)' must be a day written YYYY-MM-DD, not '\(value)'") }
        return value
    }

    func int(_ name: String, in range: ClosedRange<Int>) throws(BadRequest) -> Int? {
        guard let value = try text(name, maxLength: 20) else { return nil }
        guard let number = Int(value), range.contains(number) else {
            throw BadRequest("'\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(value)'")
        }
        return number
    }

    /// ISO 3166-1 alpha-2, upper-cased.
    func country(_ name: String) throws(BadRequest) -> String? {
        guard let value = try text(name, maxLength: 40) else { return nil }
        let code = value.uppercased()
        guard code.count == 2, code.unicodeScalars.allSatisfy({ $0.value >= 65 && $0.value <= 90 }) else {
            throw BadRequest("'\(name)' must be a two-letter country code (ISO 3166-1 alpha-2, such as ML), not '\(value)'")
        }
        return code
    }

    /// CAMEO codes separated by commas, 2-4 digits each.
    func cameo(_ name: String) throws(BadRequest) -> String? {
        guard let value = try text(name, maxLength: 200) else { return nil }
        let codes = value.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        for code in codes where !(2...4).contains(code.count) || !code.allSatisfy(\.isASCII) || !code.allSatisfy(\.isNumber) {
            throw BadRequest("'\(name)' must be CAMEO codes of 2 to 4 digits separated by commas (such as 18,19), not '\(value)'")
        }
        return codes.joined(separator: ",")
    }

    func oneOf(_ name: String, _ allowed: [String]) throws(BadRequest) -> String? {
        guard let value = try text(name, maxLength: 40) else { return nil }
        guard allowed.contains(value) else {
            throw BadRequest("'\(name)' must be one of \(allowed.joined(separator: ", ")), not '\(value)'")
        }
        return value
    }

    /// `from` not after `to`: both days compare as text.
    func range() throws(BadRequest) -> (from: String?, to: String?) {
        let from = try day("from"), to = try day("to")
        if let from, let to, to < from { throw BadRequest("'to' (\(to)) is before 'from' (\(from))") }
        return (from, to)
    }

    static func isDay(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let month = Int(parts[1]), let day = Int(parts[2]) else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }
}
