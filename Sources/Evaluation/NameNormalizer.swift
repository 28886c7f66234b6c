import Foundation

/// How names and texts are compared when scoring: case-, accent- and punctuation-insensitively.
///
/// `normalize` lowercases, removes accents (canonical decomposition, combining marks dropped; ø æ œ ß ł đ ı
/// spelled out), drops a possessive "'s" at the end of a word ("Thursday's" = "Thursday") and deletes other
/// apostrophes ("d'Ivoire" = "dIvoire"), turns every other character that is not a letter or a digit into a space,
/// and collapses spaces. So "Goïta" = "Goita" = "GOÏTA", "win-win" = "win win", "U.N." = "U N".
public enum NameNormalizer {
    public static func normalize(_ text: String) -> String {
        let decomposed = text.lowercased().decomposedStringWithCanonicalMapping
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        let scalars = Array(decomposed.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                continue
            default:
                break
            }
            if apostrophes.contains(scalar) {
                // A possessive "'s" ends a word: drop both.
                if index < scalars.count, scalars[index] == "s",
                   index + 1 == scalars.count || !Self.isWordScalar(scalars[index + 1]) {
                    index += 1
                }
                continue
            }
            if Self.isWordScalar(scalar) {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                if let spelled = spelledOut[scalar] {
                    out.append(contentsOf: spelled.unicodeScalars)
                } else {
                    out.append(scalar)
                }
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The normalised text without a leading "the" ("The Malian army" -> "malian army").
    public static func withoutArticle(_ text: String) -> String {
        let normalized = normalize(text)
        return normalized.hasPrefix("the ") ? String(normalized.dropFirst(4)) : normalized
    }

    /// The same name once normalised, allowing one side a leading "the" the other lacks.
    public static func sameName(_ a: String, _ b: String) -> Bool {
        let x = withoutArticle(a)
        return !x.isEmpty && x == withoutArticle(b)
    }

    /// One normalised text contains the other as whole words (either way), neither being empty;
    /// a leading "the" is ignored.
    public static func overlap(_ a: String, _ b: String) -> Bool {
        let x = withoutArticle(a), y = withoutArticle(b)
        guard !x.isEmpty, !y.isEmpty else { return false }
        return containsWords(x, y) || containsWords(y, x)
    }

    /// `outer` contains `inner` as whole words; both already normalised.
    static func containsWords(_ outer: String, _ inner: String) -> Bool {
        (" " + outer + " ").contains(" " + inner + " ")
    }

    private static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}", "`", "\u{00B4}"]

    private static let spelledOut: [Unicode.Scalar: String] = [
        "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ı": "i", "ð": "d", "þ": "th",
    ]
}
