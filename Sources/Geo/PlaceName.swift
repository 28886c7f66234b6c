import Foundation

/// The one folding of place names that the gazetteer's keys and every lookup share: letters without their marks,
/// lower case, every run of other characters one space. "Ménaka" = "menaka", "N'Djamena" = "n djamena",
/// "Ouagadougou " = "ouagadougou", "St. Louis" = "st louis".
public enum PlaceName {
    public static func fold(_ name: String) -> String {
        let isASCII = name.utf8.allSatisfy { $0 < 0x80 }
        // compatibility decomposition splits "é" into "e" and a combining accent, "ﬁ" into "fi"
        let source = isASCII ? name : name.decomposedStringWithCompatibilityMapping
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in source.unicodeScalars {
            let category = scalar.properties.generalCategory
            if category == .nonspacingMark || category == .spacingMark || category == .enclosingMark { continue }
            if scalar.properties.isAlphabetic || category == .decimalNumber {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                if scalar.value < 0x80 {
                    out.append(scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value + 32)! : scalar)
                } else {
                    out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                }
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    /// True when every letter of `name` is of the Latin script (the gazetteer keeps only these alternate names).
    public static func isLatin(_ name: String) -> Bool {
        for scalar in name.unicodeScalars where scalar.properties.isAlphabetic && scalar.value >= 0x80 {
            let v = scalar.value
            // Latin-1 Supplement, Latin Extended-A and -B, IPA extensions, Latin Extended Additional
            let latin = (0xC0...0x2AF).contains(v) || (0x1E00...0x1EFF).contains(v)
            if !latin { return false }
        }
        return true
    }
}
