import Foundation

/// The folded form entities are matched by across documents: "Goïta", "GOITA" and "goita" are one key.
public enum EntityKey {
    /// Lower case, compatibility-decomposed with combining marks dropped, whitespace runs collapsed to one space.
    public static func fold(_ name: String) -> String {
        // NFKD splits "ï" into "i" + U+0308 so the mark can be dropped; compatibility also maps ligatures and
        // full-width forms, which news scraped from the web does contain.
        let decomposed = name.decomposedStringWithCompatibilityMapping
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in decomposed.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                continue
            default:
                break
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
        }
        return String(out)
    }

    /// The half-open key range `[lower, upper)` holding every key that starts with `prefix`,
    /// so prefix filters can use the key indexes instead of scanning with LIKE.
    static func prefixRange(_ prefix: String) -> (lower: String, upper: String) {
        let lower = fold(prefix)
        // U+10FFFF sorts after every other scalar in SQLite's binary (UTF-8 byte) collation.
        return (lower, lower + "\u{10FFFF}")
    }
}
