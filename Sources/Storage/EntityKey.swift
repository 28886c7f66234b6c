import Foundation

/// The folded form entities are matched by across documents. Spellings that name the same thing in the same words
/// get one key: case, accents, hyphens, dots and punctuation, a middle initial, a leading "the", and the word order
/// of "Department of Justice" / "Justice Department" do not matter. So "Goïta", "GOITA" and "goita" are one key,
/// as are "Kim Jong-un" and "Kim Jong Un", "Donald J. Trump" and "Donald Trump", "U.S." and "US".
public enum EntityKey {
    public static func fold(_ name: String) -> String {
        var words = self.words(of: name)
        if words.isEmpty {
            // A name made only of punctuation still needs a key of its own, rather than sharing "" with all others.
            return plainFold(name)
        }
        if words.count > 1, words[0] == "the" { words.removeFirst() }
        if words.count >= 3 {
            // "Donald J Trump": a lone letter inside a name is a middle initial (first and last words stay:
            // "J Street", "Plan B").
            let inner = words[1..<(words.count - 1)].filter { !isInitial($0) }
            words = [words[0]] + inner + [words[words.count - 1]]
        }
        return reorderedDepartment(words).joined(separator: " ")
    }

    /// The words of a key, as `fold` separates them.
    public static func tokens(_ key: String) -> [Substring] {
        key.split(separator: " ")
    }

    /// The id of the canonical entity whose key is `key`: a function of the key alone (64-bit FNV-1a, kept to 53
    /// bits so that it survives a JSON number in any language), so the same corpus stored in any order, into any
    /// database, gives every entity the same id. `probe` > 0 gives the next candidates, for the rare collision.
    public static func stableID(_ key: String, probe: Int = 0) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let mask: UInt64 = (1 << 53) - 1
        let id = ((hash & mask) &+ UInt64(probe)) & mask
        return Int64(id == 0 ? 1 : id)
    }

    /// The half-open key range `[lower, upper)` holding every key that starts with `prefix`,
    /// so prefix filters can use the key indexes instead of scanning with LIKE.
    static func prefixRange(_ prefix: String) -> (lower: String, upper: String) {
        let lower = fold(prefix)
        // U+10FFFF sorts after every other scalar in SQLite's binary (UTF-8 byte) collation.
        return (lower, lower + "\u{10FFFF}")
    }

    // MARK: - Pieces

    /// Lower-cased words with marks dropped (compatibility decomposition also maps ligatures and full-width forms,
    /// which scraped news does contain). Dots vanish ("U.S." is "us"), apostrophes become one "'", and every other
    /// punctuation mark or space separates words.
    static func words(of name: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in name.decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark, .format:
                continue
            default:
                break
            }
            if scalar == "." { continue }
            if apostrophes.contains(scalar) {
                if !current.isEmpty { current.append("'") }
                continue
            }
            if scalar.properties.isWhitespace || isSeparatingPunctuation(scalar) {
                flush()
                continue
            }
            current.append(contentsOf: String(scalar).lowercased().unicodeScalars)
        }
        flush()
        return words
    }

    static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}", "`", "\u{00B4}"]

    /// Punctuation that sits between words: dashes, brackets, quotes, commas, slashes. "&" and "+" are kept
    /// ("AT&T"), as are symbols and digits.
    static func isSeparatingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation,
             .connectorPunctuation:
            return true
        case .otherPunctuation:
            return scalar != "&" && scalar != "#" && scalar != "%" && scalar != "@"
        default:
            return false
        }
    }

    static func isInitial(_ word: String) -> Bool {
        word.unicodeScalars.count == 1 && word.unicodeScalars.first!.properties.isAlphabetic
    }

    /// "department of justice" and "ministry of defence" take the word order of "justice department" and
    /// "defence ministry" (a "the" after "of" goes), so both ways of naming them meet.
    static func reorderedDepartment(_ words: [String]) -> [String] {
        guard let head = words.firstIndex(where: { $0 == "department" || $0 == "ministry" }),
              head + 2 < words.count, words[head + 1] == "of" else { return words }
        var rest = Array(words[(head + 2)...])
        if rest.first == "the" { rest.removeFirst() }
        guard (1...3).contains(rest.count), !rest.contains("of") else { return words }
        return Array(words[..<head]) + rest + [words[head]]
    }

    /// The fallback for names without a letter or digit: lower case, marks dropped, whitespace runs collapsed.
    static func plainFold(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in name.decomposedStringWithCompatibilityMapping.unicodeScalars {
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
}
