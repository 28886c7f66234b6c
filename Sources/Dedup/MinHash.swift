/// A MinHash signature: for each of `count` hash functions, the least value over a text's shingles. The share of
/// positions where two signatures agree estimates the Jaccard resemblance of the two shingle sets (shared shingles
/// over all distinct shingles of both), within about ±0.045 at 126 functions.
public struct Fingerprint: Sendable, Hashable {
    /// One least hash value per function (the high 32 bits of the function's value).
    public var signature: [UInt32]
    /// Distinct shingles of the text: to tell a short copy inside a long article from two equal texts.
    public var shingles: Int

    public init(signature: [UInt32], shingles: Int) {
        self.signature = signature
        self.shingles = shingles
    }

    /// The estimated Jaccard resemblance, 0...1; 0 when either text has no words or the signatures differ in length.
    public func resemblance(to other: Fingerprint) -> Double {
        guard shingles > 0, other.shingles > 0, signature.count == other.signature.count, !signature.isEmpty else {
            return 0
        }
        var equal = 0
        for index in signature.indices where signature[index] == other.signature[index] { equal += 1 }
        return Double(equal) / Double(signature.count)
    }

    /// The signature as little-endian bytes (how the store keeps it) and back.
    public var bytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(signature.count * 4)
        for value in signature {
            out.append(UInt8(truncatingIfNeeded: value))
            out.append(UInt8(truncatingIfNeeded: value >> 8))
            out.append(UInt8(truncatingIfNeeded: value >> 16))
            out.append(UInt8(truncatingIfNeeded: value >> 24))
        }
        return out
    }

    /// Nil when the byte count is not a whole number of values.
    public init?(bytes: [UInt8], shingles: Int) {
        guard bytes.count % 4 == 0 else { return nil }
        var signature: [UInt32] = []
        signature.reserveCapacity(bytes.count / 4)
        var index = 0
        while index < bytes.count {
            signature.append(UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8
                             | UInt32(bytes[index + 2]) << 16 | UInt32(bytes[index + 3]) << 24)
            index += 4
        }
        self.init(signature: signature, shingles: shingles)
    }
}

/// Makes fingerprints: the shingler and `count` hash functions h(x) = (a·x + b) mod 2^64, keeping the high 32 bits,
/// with odd multipliers drawn from a fixed seed (the same functions in every process, or stored signatures would
/// not compare).
public struct MinHasher: Sendable {
    public let shingler: Shingler
    let multipliers: [UInt64]
    let addends: [UInt64]

    public var count: Int { multipliers.count }

    /// 126 functions = 42 LSH bands of 3 (`LSHBands.standard`).
    public static let standard = MinHasher(count: 126)

    public init(count: Int, shingler: Shingler = Shingler(), seed: UInt64 = 0x6E65_7773_7769_7265) {
        precondition(count > 0, "a signature needs at least one hash function")
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            return Shingler.finalize(state)
        }
        var multipliers: [UInt64] = [], addends: [UInt64] = []
        for _ in 0..<count {
            multipliers.append(next() | 1)
            addends.append(next())
        }
        self.multipliers = multipliers
        self.addends = addends
        self.shingler = shingler
    }

    public func fingerprint(of text: String) -> Fingerprint {
        fingerprint(shingles: shingler.shingles(of: text))
    }

    public func fingerprint(shingles: [UInt64]) -> Fingerprint {
        var signature = [UInt32](repeating: .max, count: count)
        multipliers.withUnsafeBufferPointer { a in
            addends.withUnsafeBufferPointer { b in
                signature.withUnsafeMutableBufferPointer { out in
                    for shingle in shingles {
                        for index in 0..<out.count {
                            let value = UInt32(truncatingIfNeeded: (a[index] &* shingle &+ b[index]) >> 32)
                            if value < out[index] { out[index] = value }
                        }
                    }
                }
            }
        }
        return Fingerprint(signature: signature, shingles: shingles.count)
    }
}
