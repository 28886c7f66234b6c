/// Character references (`&amp;`, `&#8217;`, `&#x2019;`, `&eacute;`) decoded as browsers decode them.
///
/// The named table holds the references news pages actually use (markup, punctuation, Latin letters with accents,
/// currency and a few symbols), not all 2,231 of HTML5: an unknown name is left as written, which is also what a
/// browser does with a name it does not know. Numeric references follow the HTML5 rules: 0x80-0x9F mean the
/// Windows-1252 characters pages written in that code page meant, and nothing invalid ever becomes a character
/// that could break later text (surrogates, NUL and values past U+10FFFF become U+FFFD).
enum Entities {
    /// Decodes the reference starting at `bytes[start]` (which is `&`), appending its UTF-8 to `output`.
    /// Returns the index just past the reference, or nil when there is none there (the `&` is then literal).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int,
                       into output: inout [UInt8]) -> Int? {
        var i = start + 1
        guard i < end else { return nil }
        if bytes[i] == UInt8(ascii: "#") {
            i += 1
            var value: UInt32 = 0
            var digits = 0
            let hex = i < end && (bytes[i] | 0x20) == UInt8(ascii: "x")
            if hex { i += 1 }
            while i < end {
                let byte = bytes[i]
                let digit: UInt32
                if byte >= 48 && byte <= 57 { digit = UInt32(byte - 48) }
                else if hex, (byte | 0x20) >= 97, (byte | 0x20) <= 102 { digit = UInt32((byte | 0x20) - 87) }
                else { break }
                if value < 0x110000 { value = value * (hex ? 16 : 10) + digit }
                digits += 1
                i += 1
            }
            guard digits > 0 else { return nil }
            if i < end, bytes[i] == UInt8(ascii: ";") { i += 1 }
            appendScalar(numeric(value), to: &output)
            return i
        }
        // A name: letters and digits, at most 10 of them in the table.
        var j = i
        while j < end, j - i < 12, isAlphanumeric(bytes[j]) { j += 1 }
        guard j > i else { return nil }
        var length = j - i
        // Longest name in the table that is a prefix ("&copy2016" is "©2016", as browsers read legacy names).
        while length > 0 {
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]), as: UTF8.self)
            if let scalar = named[name] {
                var next = i + length
                let terminated = next < end && bytes[next] == UInt8(ascii: ";")
                if terminated { next += 1 }
                else if !legacy.contains(name) { length -= 1; continue }
                appendScalar(scalar, to: &output)
                return next
            }
            length -= 1
        }
        return nil
    }

    /// Decodes every reference in a string (attribute values already decoded by the tokenizer need not come here).
    static func decodeAll(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var output: [UInt8] = []
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            while i < buffer.count {
                if buffer[i] == UInt8(ascii: "&"), let next = decode(buffer, at: i, end: buffer.count, into: &output) {
                    i = next
                } else {
                    output.append(buffer[i])
                    i += 1
                }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    static func numeric(_ value: UInt32) -> UInt32 {
        if value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) { return 0xFFFD }
        if value >= 0x80 && value <= 0x9F { return windows1252[Int(value - 0x80)] }
        return value
    }

    @inline(__always)
    static func appendScalar(_ value: UInt32, to output: inout [UInt8]) {
        switch value {
        case 0..<0x80: output.append(UInt8(value))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | (value >> 6)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | (value >> 12)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        default:
            output.append(UInt8(0xF0 | (value >> 18)))
            output.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    @inline(__always)
    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || ((byte | 0x20) >= 97 && (byte | 0x20) <= 122)
    }

    /// What 0x80-0x9F mean in Windows-1252 (undefined ones keep their C1 value, as HTML5 says).
    private static let windows1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// Names browsers also accept without the closing semicolon (the ones from HTML 4's Latin-1 set most often met).
    private static let legacy: Set<String> = [
        "amp", "lt", "gt", "quot", "nbsp", "copy", "reg", "AMP", "LT", "GT", "QUOT", "COPY", "REG",
        "eacute", "egrave", "aacute", "agrave", "uuml", "ouml", "auml", "szlig", "ccedil", "ntilde",
    ]

    static let named: [String: UInt32] = {
        var table: [String: UInt32] = [
            "amp": 38, "lt": 60, "gt": 62, "quot": 34, "apos": 39, "nbsp": 0xA0, "AMP": 38, "LT": 60, "GT": 62, "QUOT": 34,
            "copy": 0xA9, "COPY": 0xA9, "reg": 0xAE, "REG": 0xAE, "trade": 0x2122, "TRADE": 0x2122,
            "ndash": 0x2013, "mdash": 0x2014, "hellip": 0x2026, "mldr": 0x2026, "lsquo": 0x2018, "rsquo": 0x2019,
            "sbquo": 0x201A, "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E, "laquo": 0xAB, "raquo": 0xBB,
            "lsaquo": 0x2039, "rsaquo": 0x203A, "bull": 0x2022, "middot": 0xB7, "prime": 0x2032, "Prime": 0x2033,
            "dagger": 0x2020, "Dagger": 0x2021, "permil": 0x2030, "sect": 0xA7, "para": 0xB6, "deg": 0xB0,
            "plusmn": 0xB1, "times": 0xD7, "divide": 0xF7, "minus": 0x2212, "frac12": 0xBD, "frac14": 0xBC,
            "frac34": 0xBE, "sup1": 0xB9, "sup2": 0xB2, "sup3": 0xB3, "micro": 0xB5, "cent": 0xA2, "pound": 0xA3,
            "yen": 0xA5, "euro": 0x20AC, "curren": 0xA4, "iexcl": 0xA1, "iquest": 0xBF, "brvbar": 0xA6, "uml": 0xA8,
            "ordf": 0xAA, "ordm": 0xBA, "not": 0xAC, "shy": 0xAD, "macr": 0xAF, "acute": 0xB4, "cedil": 0xB8,
            "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009, "zwnj": 0x200C, "zwj": 0x200D, "lrm": 0x200E,
            "rlm": 0x200F, "hairsp": 0x200A, "NewLine": 10, "Tab": 9, "colon": 58, "comma": 44, "period": 46,
            "excl": 33, "quest": 63, "num": 35, "dollar": 36, "percnt": 37, "lpar": 40, "rpar": 41, "ast": 42,
            "plus": 43, "sol": 47, "semi": 59, "equals": 61, "commat": 64, "lsqb": 91, "rsqb": 93, "lbrack": 91,
            "rbrack": 93, "bsol": 92, "lowbar": 95, "grave": 96, "lcub": 123, "rcub": 125, "verbar": 124,
            "vert": 124, "hyphen": 0x2010, "dash": 0x2010, "larr": 0x2190, "rarr": 0x2192, "uarr": 0x2191,
            "darr": 0x2193, "harr": 0x2194, "rArr": 0x21D2, "lArr": 0x21D0, "hArr": 0x21D4, "le": 0x2264,
            "ge": 0x2265, "ne": 0x2260, "asymp": 0x2248, "infin": 0x221E, "sum": 0x2211, "radic": 0x221A,
            "loz": 0x25CA, "spades": 0x2660, "clubs": 0x2663, "hearts": 0x2665, "diams": 0x2666, "star": 0x2606,
            "check": 0x2713, "oline": 0x203E, "frasl": 0x2044, "fnof": 0x0192, "circ": 0x02C6, "tilde": 0x02DC,
            "OElig": 0x0152, "oelig": 0x0153, "Scaron": 0x0160, "scaron": 0x0161, "Yuml": 0x0178, "Zcaron": 0x017D,
            "zcaron": 0x017E, "alpha": 0x3B1, "beta": 0x3B2, "gamma": 0x3B3, "delta": 0x3B4, "epsilon": 0x3B5,
            "lambda": 0x3BB, "mu": 0x3BC, "pi": 0x3C0, "sigma": 0x3C3, "omega": 0x3C9, "Delta": 0x394,
            "Omega": 0x3A9, "Sigma": 0x3A3, "Pi": 0x3A0, "ETH": 0xD0, "eth": 0xF0, "THORN": 0xDE, "thorn": 0xFE,
            "szlig": 0xDF, "AElig": 0xC6, "aelig": 0xE6, "Oslash": 0xD8, "oslash": 0xF8, "Aring": 0xC5, "aring": 0xE5,
            "Ccedil": 0xC7, "ccedil": 0xE7, "Ntilde": 0xD1, "ntilde": 0xF1, "Yacute": 0xDD, "yacute": 0xFD,
            "yuml": 0xFF, "Otilde": 0xD5, "otilde": 0xF5, "Atilde": 0xC3, "atilde": 0xE3,
        ]
        // The accented vowels, by their regular names.
        let vowels: [(String, [UInt32])] = [
            // grave, acute, circ, uml for capital then small
            ("A", [0xC0, 0xC1, 0xC2, 0xC4]), ("E", [0xC8, 0xC9, 0xCA, 0xCB]), ("I", [0xCC, 0xCD, 0xCE, 0xCF]),
            ("O", [0xD2, 0xD3, 0xD4, 0xD6]), ("U", [0xD9, 0xDA, 0xDB, 0xDC]),
            ("a", [0xE0, 0xE1, 0xE2, 0xE4]), ("e", [0xE8, 0xE9, 0xEA, 0xEB]), ("i", [0xEC, 0xED, 0xEE, 0xEF]),
            ("o", [0xF2, 0xF3, 0xF4, 0xF6]), ("u", [0xF9, 0xFA, 0xFB, 0xFC]),
        ]
        for (letter, values) in vowels {
            for (suffix, value) in zip(["grave", "acute", "circ", "uml"], values) { table[letter + suffix] = value }
        }
        return table
    }()
}
