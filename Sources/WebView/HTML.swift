/// A piece of markup that is safe to send: text goes in only through interpolation, which escapes it.
///
/// `"<p>\(title)</p>" as HTML` escapes `title`; an `HTML` interpolated into another is kept as it is. So a page can
/// only carry what this library wrote as markup, and article text or entity names always arrive as text.
public struct HTML: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public private(set) var markup: String

    public init(stringLiteral value: String) {
        markup = value
    }

    public init(stringInterpolation: Interpolation) {
        markup = stringInterpolation.markup
    }

    /// Text as markup: escaped.
    public init(text: String) {
        markup = HTML.escape(text)
    }

    /// Markup written by this library itself (an SVG path's numbers, a joined list of `HTML`).
    init(trusted markup: String) {
        self.markup = markup
    }

    public var description: String { markup }

    public static let empty: HTML = ""

    public static func + (lhs: HTML, rhs: HTML) -> HTML { HTML(trusted: lhs.markup + rhs.markup) }

    public struct Interpolation: StringInterpolationProtocol {
        var markup = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            markup.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: String) { markup += literal }
        public mutating func appendInterpolation(_ text: String) { markup += HTML.escape(text) }
        public mutating func appendInterpolation(_ text: String?) { markup += HTML.escape(text ?? "") }
        public mutating func appendInterpolation(_ html: HTML) { markup += html.markup }
        public mutating func appendInterpolation(_ number: Int) { markup += String(number) }
        public mutating func appendInterpolation(_ number: Int64) { markup += String(number) }
        /// Coordinates and sizes in SVG: two decimals are finer than a pixel.
        public mutating func appendInterpolation(_ number: Double) { markup += SVGNumber.format(number) }
        public mutating func appendInterpolation(_ items: [HTML]) { markup += items.map(\.markup).joined() }
    }

    /// Escapes the five characters that matter in text and in quoted attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // C0 controls but tab and line breaks are not allowed in HTML text; a stray one must not break the page
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension Array where Element == HTML {
    public func joined(separator: HTML = .empty) -> HTML {
        HTML(trusted: map(\.markup).joined(separator: separator.markup))
    }
}

/// Numbers as SVG and CSS want them: no exponent, at most two decimals, no trailing zeros.
enum SVGNumber {
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = (value * 100).rounded()
        let whole = Int(hundredths) / 100, rest = abs(Int(hundredths) % 100)
        let sign = hundredths < 0 && whole == 0 ? "-" : ""
        if rest == 0 { return sign + String(whole) }
        let decimals = rest % 10 == 0 ? String(rest / 10) : (rest < 10 ? "0\(rest)" : String(rest))
        return sign + String(whole) + "." + decimals
    }
}

/// Query strings for links: every value percent-encoded, so a name with `&` or `#` stays one parameter.
public enum URLQuery {
    public static func encode(_ value: String) -> String {
        var out = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                 UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }

    /// `path?k=v&...` with the pairs whose value is not empty, in the order given.
    public static func link(_ path: String, _ pairs: [(String, String?)]) -> String {
        let parts = pairs.compactMap { key, value -> String? in
            guard let value, !value.isEmpty else { return nil }
            return key + "=" + encode(value)
        }
        return parts.isEmpty ? path : path + "?" + parts.joined(separator: "&")
    }
}
