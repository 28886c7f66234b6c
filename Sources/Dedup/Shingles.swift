/// The word shingles of a text as 64-bit hashes: what two copies of one story share even when one outlet trims a
/// paragraph, changes the headline or rewrites a sentence.
///
/// Words are runs of letters and digits, ASCII folded to lower case (other letters as written, upper case folded
/// when Unicode says how); punctuation, quote marks and spacing are ignored, so "Trump's" and "Trump’s" read alike.
/// A shingle is `size` consecutive words. A text shorter than that is one shingle of all its words.
public struct Shingler: Sendable, Hashable {
    /// Words per shingle: five keeps "the president said on Tuesday" apart from other texts that share only
    /// common phrases, while a one-word edit breaks only the five shingles that hold it.
    public var size: Int

    public init(size: Int = 5) {
        precondition(size >= 1, "a shingle holds at least one word")
        self.size = size
    }

    /// The distinct shingle hashes of `text`, sorted.
    public func shingles(of text: String) -> [UInt64] {
        var words: [UInt64] = []
        words.reserveCapacity(text.utf8.count / 5)
        Self.forEachWord(in: text) { words.append($0) }
        guard !words.isEmpty else { return [] }
        var out: [UInt64] = []
        if words.count <= size {
            out.append(Self.shingle(words[...]))
        } else {
            out.reserveCapacity(words.count - size + 1)
            for start in 0...(words.count - size) {
                out.append(Self.shingle(words[start..<(start + size)]))
            }
        }
        out.sort()
        return Self.unique(sorted: out)
    }

    /// The hash of each word of `text` in order (FNV-1a over the folded scalars, then a finaliser).
    static func forEachWord(in text: String, _ body: (UInt64) -> Void) {
        var hash = fnvOffset
        var inWord = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            var folded: UInt32
            if value < 0x80 {
                switch value {
                case 0x30...0x39, 0x61...0x7A: folded = value
                case 0x41...0x5A: folded = value | 0x20
                default:
                    if inWord { body(finalize(hash)) }
                    inWord = false
                    hash = fnvOffset
                    continue
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                folded = value
                if scalar.properties.isUppercase, let lower = scalar.properties.lowercaseMapping.unicodeScalars.first {
                    folded = lower.value
                }
            } else {
                if inWord { body(finalize(hash)) }
                inWord = false
                hash = fnvOffset
                continue
            }
            inWord = true
            hash = (hash ^ UInt64(folded)) &* fnvPrime
        }
        if inWord { body(finalize(hash)) }
    }

    /// Order matters: "police killed gunmen" is not "gunmen killed police".
    static func shingle(_ words: ArraySlice<UInt64>) -> UInt64 {
        var hash: UInt64 = 0x243F_6A88_85A3_08D3
        for word in words { hash = finalize((hash &* 0x9E37_79B9_7F4A_7C15) ^ word) }
        return hash
    }

    static func unique(sorted: [UInt64]) -> [UInt64] {
        var out: [UInt64] = []
        out.reserveCapacity(sorted.count)
        for value in sorted where out.last != value { out.append(value) }
        return out
    }

    static let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    /// SplitMix64's finaliser: every input bit moves every output bit.
    @inline(__always) static func finalize(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
