/// Constructed articles for the tests: words drawn from a seeded generator, so every run builds the same texts and no
/// figure is typed in by hand.
struct NearCopies {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A word of a 5,000-word vocabulary (syllables, so words look like words and many are rare).
    mutating func word() -> String {
        let syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "zi", "bar", "den", "gol", "hur", "pin"]
        let id = Int(next() % 5_000)
        return syllables[id % 14] + syllables[(id / 14) % 14] + (id >= 196 ? syllables[(id / 196) % 14] : "")
    }

    mutating func words(_ count: Int) -> [String] { (0..<count).map { _ in word() } }

    /// `words` with about `share` of them replaced by other words.
    mutating func edited(_ words: [String], share: Double) -> [String] {
        words.map { Double(next() % 10_000) / 10_000 < share ? word() : $0 }
    }

    /// The exact Jaccard resemblance of two texts' shingle sets, for comparing an estimate with.
    static func jaccard(_ a: [UInt64], _ b: [UInt64]) -> Double {
        let x = Set(a), y = Set(b)
        return Double(x.intersection(y).count) / Double(x.union(y).count)
    }
}
