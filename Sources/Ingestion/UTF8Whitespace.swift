/// Whitespace handling on UTF-8 bytes, for the hot paths of normalising and hashing.
///
/// Working on bytes instead of Unicode scalars or Characters is what lets a 13.5 MB CSV export be
/// normalised and identified in a fraction of a second: the scalar-by-scalar versions took seconds.
enum UTF8Whitespace {
    /// The length in bytes of the Unicode `White_Space` character starting at `i`, or 0 if none starts there.
    /// The set is the one `Unicode.Scalar.Properties.isWhitespace` uses: U+0009-000D, U+0020, U+0085,
    /// U+00A0, U+1680, U+2000-200A, U+2028, U+2029, U+202F, U+205F, U+3000.
    @inline(__always)
    static func whitespaceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) ? 1 : 0 }
        switch c {
        case 0xC2:
            guard i + 1 < b.count else { return 0 }
            return b[i + 1] == 0x85 || b[i + 1] == 0xA0 ? 2 : 0
        case 0xE1:
            guard i + 2 < b.count else { return 0 }
            return b[i + 1] == 0x9A && b[i + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard i + 2 < b.count else { return 0 }
            let (b1, b2) = (b[i + 1], b[i + 2])
            if b1 == 0x80 { return b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF ? 3 : 0 }
            return b1 == 0x81 && b2 == 0x9F ? 3 : 0
        case 0xE3:
            guard i + 2 < b.count else { return 0 }
            return b[i + 1] == 0x80 && b[i + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }

    /// Appends `text` to `out` with every whitespace run made one space and the ends trimmed.
    static func appendCollapsed(_ text: String, to out: inout [UInt8]) {
        out.append(contentsOf: collapsedBytes(text))
    }

    static func collapse(_ text: String) -> String {
        String(decoding: collapsedBytes(text), as: UTF8.self)
    }

    static func collapsedBytes(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { b in
            [UInt8](unsafeUninitializedCapacity: b.count) { out, count in
                var n = 0
                var pendingSpace = false
                var i = 0
                while i < b.count {
                    let length = whitespaceLength(b, i)
                    if length > 0 {
                        pendingSpace = n > 0
                        i += length
                        continue
                    }
                    if pendingSpace { out[n] = 0x20; n += 1; pendingSpace = false }
                    out[n] = b[i]
                    n += 1
                    i += 1
                }
                count = n
            }
        }
    }

    /// The line rules of `ArticleNormalizer.normalizeText` (without furniture): CRLF and CR become LF;
    /// U+00A0, U+2007 and U+202F become spaces; spaces and tabs at line ends go; blank lines at the ends go;
    /// runs of blank lines become one.
    static func normalizeLines(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { b in
            // The output is never longer than the input: every rule replaces bytes with as many or fewer.
            [UInt8](unsafeUninitializedCapacity: b.count) { out, count in
                var n = 0
                var spaceStart = -1    // where held-back spaces begin in the output (-1: none held)
                var newlines = 0       // line ends held back, to collapse runs and drop leading/trailing ones
                var i = 0
                while i < b.count {
                    let c = b[i]
                    var space: UInt8 = 0
                    var width = 1
                    if c == 0x0D || c == 0x0A {
                        if c == 0x0D, i + 1 < b.count, b[i + 1] == 0x0A { i += 1 }
                        i += 1
                        newlines += 1
                        if spaceStart >= 0 { n = spaceStart; spaceStart = -1 }
                        continue
                    } else if c == 0x20 || c == 0x09 || c == 0x0B || c == 0x0C {
                        space = c
                    } else if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 {
                        space = 0x20; width = 2
                    } else if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x87 || b[i + 2] == 0xAF {
                        space = 0x20; width = 3
                    }
                    if newlines > 0 {
                        if n > 0 {
                            out[n] = 0x0A; n += 1
                            if newlines > 1 { out[n] = 0x0A; n += 1 }
                        }
                        newlines = 0
                    }
                    if space != 0 {
                        // Written now, taken back if the line ends before anything else comes.
                        if spaceStart < 0 { spaceStart = n }
                        out[n] = space
                    } else {
                        spaceStart = -1
                        out[n] = c
                    }
                    n += 1
                    i += width
                }
                if spaceStart >= 0 { n = spaceStart }
                count = n
            }
        }
    }
}
