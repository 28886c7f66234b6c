/// Deterministic 64-bit hashing (Swift's own `Hasher` is seeded per process, so it cannot name features
/// in a model file).
public enum FeatureHash {
    @inline(__always) public static func finalize(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always) public static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        finalize((a &* 0x9E37_79B9_7F4A_7C15) ^ (b &+ 0x632B_E59B_D9B4_E019))
    }

    @inline(__always) public static func combine(_ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        combine(combine(a, b), c)
    }

    @inline(__always) public static func combine(_ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64) -> UInt64 {
        combine(combine(combine(a, b), c), d)
    }

    public static let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325
    public static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    @inline(__always) public static func step(_ h: UInt64, _ scalar: UInt32) -> UInt64 {
        (h ^ UInt64(scalar)) &* fnvPrime
    }

    /// Hash of a word as written (its Unicode scalars).
    public static func word(_ s: some StringProtocol) -> UInt64 {
        var h = fnvOffset
        for scalar in s.unicodeScalars { h = step(h, scalar.value) }
        return finalize(h)
    }

    /// Hash of a sequence of token hashes (gazetteer entries).
    @inline(__always) public static func extend(_ sequence: UInt64, with token: UInt64) -> UInt64 {
        combine(sequence ^ 0x5A5A_5A5A_5A5A_5A5A, token)
    }
}

/// SplitMix64: a small seeded generator, the same numbers on every platform.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return FeatureHash.finalize(state)
    }
    /// Uniform integer in 0..<n without relying on the standard library's algorithm.
    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    /// Uniform double in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0) }
}
