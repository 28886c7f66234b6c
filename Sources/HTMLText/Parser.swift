/// Reads HTML (or XML) bytes into a `Document`, tolerating what real pages do: unclosed and misnested tags,
/// implied ends (`<p>` closed by the next block, `<li>` by the next item), bare `&` and unknown entities,
/// attributes without quotes or values, scripts and styles whose text holds `<`, comments, CDATA, and stray
/// `<` in text. Never fails: every byte sequence gives some tree.
///
/// Not the whole HTML5 tree-construction algorithm: no foster-parenting of text misplaced in tables, no
/// adoption agency for misnested formatting (an end tag closes back to its element if it is open, else is
/// ignored). Those change where a few inline elements hang, not which text a block holds, which is what
/// article extraction reads.
public struct Parser {
    public enum Mode: Sendable {
        /// HTML: names lowercased, void and raw-text elements, implied ends.
        case html
        /// XML (feeds): names as written, `/>` closes any element, CDATA is text, no element is special.
        case xml
    }

    public static func parse(_ text: String, mode: Mode = .html) -> Document {
        var copy = text
        return copy.withUTF8 { parse($0, mode: mode) }
    }

    public static func parse(bytes: [UInt8], mode: Mode = .html) -> Document {
        bytes.withUnsafeBufferPointer { parse($0, mode: mode) }
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, mode: Mode) -> Document {
        var builder = TreeBuilder(mode: mode)
        builder.document.textBytes.reserveCapacity(bytes.count / 2)
        builder.document.nodes.reserveCapacity(bytes.count / 40)
        var tokenizer = Tokenizer(bytes: bytes, mode: mode)
        tokenizer.run(into: &builder)
        return builder.document
    }
}

/// Turns bytes into start tags, end tags and text, handed straight to the tree builder (no token array).
struct Tokenizer {
    let bytes: UnsafeBufferPointer<UInt8>
    let mode: Parser.Mode
    var i = 0
    var textStart = -1
    var pendingText: [UInt8] = []
    var attributes: [Document.Attribute] = []

    init(bytes: UnsafeBufferPointer<UInt8>, mode: Parser.Mode) {
        self.bytes = bytes
        self.mode = mode
        // A byte order mark is not text.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
    }

    mutating func run(into builder: inout TreeBuilder) {
        let n = bytes.count
        while i < n {
            let byte = bytes[i]
            if byte == UInt8(ascii: "<") {
                if tag(into: &builder) { continue }
                pendingText.append(byte)
                i += 1
            } else if byte == UInt8(ascii: "&") {
                if let next = Entities.decode(bytes, at: i, end: n, into: &pendingText) {
                    i = next
                } else {
                    pendingText.append(byte)
                    i += 1
                }
            } else {
                // Copy the run of ordinary bytes at once.
                var j = i + 1
                while j < n, bytes[j] != UInt8(ascii: "<"), bytes[j] != UInt8(ascii: "&") { j += 1 }
                pendingText.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<j]))
                i = j
            }
        }
        flushText(into: &builder)
        builder.finish()
    }

    mutating func flushText(into builder: inout TreeBuilder) {
        guard !pendingText.isEmpty else { return }
        builder.text(pendingText)
        pendingText.removeAll(keepingCapacity: true)
    }

    /// At a `<`: reads a tag, comment, doctype or CDATA section and returns true, or returns false when the `<`
    /// starts none (it is then text, as in "a < b").
    mutating func tag(into builder: inout TreeBuilder) -> Bool {
        let n = bytes.count
        guard i + 1 < n else { return false }
        let next = bytes[i + 1]
        if next == UInt8(ascii: "!") {
            flushText(into: &builder)
            if startsWith("<!--", at: i) {
                let close = find("-->", from: i + 4)
                i = close < 0 ? n : close + 3
            } else if startsWith("<![CDATA[", at: i) {
                let close = find("]]>", from: i + 9)
                let end = close < 0 ? n : close
                if mode == .xml { builder.text(Array(UnsafeBufferPointer(rebasing: bytes[(i + 9)..<end]))) }
                i = close < 0 ? n : close + 3
            } else {
                // <!DOCTYPE ...> and other declarations: skipped to the next '>'.
                let close = find(">", from: i + 2)
                i = close < 0 ? n : close + 1
            }
            return true
        }
        if next == UInt8(ascii: "?") {
            flushText(into: &builder)
            let close = find(">", from: i + 2)
            i = close < 0 ? n : close + 1
            return true
        }
        if next == UInt8(ascii: "/") {
            guard i + 2 < n, isNameStart(bytes[i + 2]) else {
                if i + 2 < n, bytes[i + 2] == UInt8(ascii: ">") { i += 3; return true } // "</>" is nothing
                return false
            }
            flushText(into: &builder)
            var j = i + 2
            while j < n, !isNameEnd(bytes[j]) { j += 1 }
            let name = self.name(i + 2, j)
            let close = find(">", from: j)
            i = close < 0 ? n : close + 1
            builder.endTag(name)
            return true
        }
        guard isNameStart(next) else { return false }
        flushText(into: &builder)
        var j = i + 1
        while j < n, !isNameEnd(bytes[j]) { j += 1 }
        let name = self.name(i + 1, j)
        i = j
        let selfClosing = readAttributes()
        let raw = mode == .html ? TreeBuilder.rawText(name) : nil
        builder.startTag(name, attributes: attributes, selfClosing: selfClosing)
        if let raw {
            // Script, style, title...: everything up to the matching end tag is text, not markup.
            let end = findEndTag(name)
            if raw == .escapable {
                var decoded: [UInt8] = []
                var k = i
                while k < end {
                    if bytes[k] == UInt8(ascii: "&"), let after = Entities.decode(bytes, at: k, end: end, into: &decoded) {
                        k = after
                    } else {
                        decoded.append(bytes[k])
                        k += 1
                    }
                }
                builder.text(decoded)
            } else if end > i {
                builder.text(Array(UnsafeBufferPointer(rebasing: bytes[i..<end])))
            }
            builder.endTag(name)
            let close = end < n ? find(">", from: end) : -1
            i = close < 0 ? n : close + 1
        }
        return true
    }

    /// Reads attributes up to and past the tag's `>`; true when the tag ended with `/>`.
    mutating func readAttributes() -> Bool {
        attributes.removeAll(keepingCapacity: true)
        let n = bytes.count
        var selfClosing = false
        while i < n {
            let byte = bytes[i]
            if byte == UInt8(ascii: ">") { i += 1; return selfClosing }
            if isSpace(byte) { i += 1; continue }
            if byte == UInt8(ascii: "/") {
                selfClosing = i + 1 < n && bytes[i + 1] == UInt8(ascii: ">")
                i += 1
                continue
            }
            selfClosing = false
            // A name runs to a space, '/', '>' or '='; a leading '=' or stray quote is part of it, as in HTML5.
            let start = i
            i += 1
            while i < n {
                let c = bytes[i]
                if isSpace(c) || c == UInt8(ascii: "/") || c == UInt8(ascii: ">") || c == UInt8(ascii: "=") { break }
                i += 1
            }
            let attributeName = name(start, i)
            while i < n, isSpace(bytes[i]) { i += 1 }
            var value = ""
            if i < n, bytes[i] == UInt8(ascii: "=") {
                i += 1
                while i < n, isSpace(bytes[i]) { i += 1 }
                if i < n, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                    let quote = bytes[i]
                    var j = i + 1
                    while j < n, bytes[j] != quote { j += 1 }
                    value = decodedValue(i + 1, j)
                    i = min(j + 1, n)
                } else {
                    var j = i
                    while j < n, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">") { j += 1 }
                    value = decodedValue(i, j)
                    i = j
                }
            }
            // The first of two attributes with one name wins, as in browsers.
            if !attributes.contains(where: { $0.name == attributeName }) {
                attributes.append(Document.Attribute(name: attributeName, value: value))
            }
        }
        return selfClosing
    }

    func decodedValue(_ from: Int, _ to: Int) -> String {
        var hasAmpersand = false
        for k in from..<to where bytes[k] == UInt8(ascii: "&") { hasAmpersand = true; break }
        if !hasAmpersand { return String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self) }
        var output: [UInt8] = []
        var k = from
        while k < to {
            if bytes[k] == UInt8(ascii: "&"), let after = Entities.decode(bytes, at: k, end: to, into: &output) {
                k = after
            } else {
                output.append(bytes[k])
                k += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The index of the `<` of `</name` (any case) followed by a space, '/' or '>', or the end of input.
    func findEndTag(_ name: String) -> Int {
        let n = bytes.count
        let target = Array(name.utf8)
        var k = i
        while k + 1 + target.count < n {
            if bytes[k] == UInt8(ascii: "<"), bytes[k + 1] == UInt8(ascii: "/") {
                var matches = true
                for (offset, byte) in target.enumerated() where lower(bytes[k + 2 + offset]) != byte {
                    matches = false
                    break
                }
                let after = k + 2 + target.count
                if matches, after >= n || isNameEnd(bytes[after]) { return k }
            }
            k += 1
        }
        return n
    }

    func name(_ from: Int, _ to: Int) -> String {
        if mode == .xml { return String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self) }
        var hasUpper = false
        for k in from..<to where bytes[k] >= 65 && bytes[k] <= 90 { hasUpper = true; break }
        if !hasUpper { return String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self) }
        return String(decoding: bytes[from..<to].map(lower), as: UTF8.self)
    }

    func startsWith(_ literal: StaticString, at index: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for k in 0..<count where lower(bytes[index + k]) != lower(pointer[k]) { return false }
        return true
    }

    func find(_ literal: StaticString, from index: Int) -> Int {
        let count = literal.utf8CodeUnitCount
        let pointer = literal.utf8Start
        let first = pointer[0]
        var k = index
        let last = bytes.count - count
        while k <= last {
            if bytes[k] == first {
                var matches = true
                for m in 1..<max(count, 1) where bytes[k + m] != pointer[m] { matches = false; break }
                if matches { return k }
            }
            k += 1
        }
        return -1
    }

    @inline(__always) func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte | 0x20 : byte }
    @inline(__always) func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == 12 }
    @inline(__always) func isNameStart(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
    @inline(__always) func isNameEnd(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
    }
}
