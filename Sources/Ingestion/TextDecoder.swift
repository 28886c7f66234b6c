import Foundation

/// Turns a file's bytes into text, or into the reason they are not text.
enum TextDecoder {
    /// How far `looksBinary` looks: the convention of git and grep.
    static let sniffLength = 8 * 1024

    /// The text of `bytes` (UTF-8, a leading BOM dropped), or why not:
    /// "empty file", "binary file, not text", "invalid UTF-8 at byte N" (N counted from 0 in the file).
    static func decode(_ bytes: [UInt8]) -> Result<String, DecodeFailure> {
        if bytes.isEmpty { return .failure(DecodeFailure(reason: "empty file")) }
        if looksBinary(bytes) { return .failure(DecodeFailure(reason: "binary file, not text")) }
        let start = hasBOM(bytes) ? 3 : 0
        if let bad = firstInvalidUTF8(bytes, from: start) {
            return .failure(DecodeFailure(reason: "invalid UTF-8 at byte \(bad)"))
        }
        return .success(String(decoding: bytes[start...], as: UTF8.self))
    }

    struct DecodeFailure: Error { var reason: String }

    static func hasBOM(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    /// A NUL byte early on: text formats never contain one; images, archives and UTF-16 almost always do.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        bytes.prefix(sniffLength).contains(0)
    }

    /// Whether a file of unknown kind is worth reading as text (no NUL, valid UTF-8 in the first 8 KB).
    static func looksLikeText(_ bytes: [UInt8]) -> Bool {
        guard !bytes.isEmpty, !looksBinary(bytes) else { return false }
        let head = Array(bytes.prefix(sniffLength))
        guard let bad = firstInvalidUTF8(head, from: hasBOM(head) ? 3 : 0) else { return true }
        // The sniff window may cut a multi-byte character in half; that is not a fault of the file.
        return bytes.count > sniffLength && bad >= sniffLength - 3
    }

    /// The offset of the first byte that does not start or continue a well-formed UTF-8 sequence
    /// (overlong forms, surrogates and values above U+10FFFF count as malformed, as the standard says).
    static func firstInvalidUTF8(_ bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { b -> Int? in
            var i = start
            let n = b.count
            while i < n {
                let c = b[i]
                if c < 0x80 { i += 1; continue }
                let length: Int
                var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
                switch c {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; lower = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; upper = 0x9F
                case 0xF0: length = 4; lower = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; upper = 0x8F
                default: return i
                }
                guard i + length <= n else { return i }
                let second = b[i + 1]
                guard second >= lower, second <= upper else { return i }
                for j in 2..<max(2, length) where b[i + j] & 0xC0 != 0x80 { return i }
                i += length
            }
            return nil
        }
    }
}
