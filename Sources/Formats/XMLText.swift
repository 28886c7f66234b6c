/// Escaping for XML 1.0 text and attribute values.
enum XMLText {
    /// `&`, `<`, `>` and both quotes as entities; tab, line feed and carriage return as character references
    /// (a parser would otherwise normalise them to spaces inside attributes); every character XML 1.0 forbids
    /// (other C0 controls, U+FFFE, U+FFFF) dropped, since no escape can carry them.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
