import Foundation
import ModelSupport

/// The linear model in its shipped form: hashed feature buckets, only the non-zero rows kept
/// (a bitmap with a rank index tells which), weights quantised to Int16 with one scale.
public struct CompactWeights: Sendable {
    public let bucketBits: Int
    /// One bit per bucket: has a row.
    let bitmap: [UInt64]
    /// Number of rows before each 64-bucket block.
    let rank: [UInt32]
    /// `rowCount * Tags.count` quantised weights.
    let rows: [Int16]
    public let scale: Float
    /// `(Tags.count + 1) * Tags.count`: from tag (row; last row is the sentence start) to tag.
    let transitions: [Float]
    /// Score of ending a sentence on each tag.
    let endScores: [Float]

    public var rowCount: Int { rows.count / Tags.count }

    /// Best BILOU path for one sentence.
    func decode(_ features: [UInt64], count n: Int, stride: Int, buffers: inout DecodeBuffers) -> [Int] {
        guard n > 0 else { return [] }
        emissions(features, count: n, stride: stride, into: &buffers.emissions)
        return viterbi(emissions: buffers.emissions, count: n, transitions: transitions, endScores: endScores,
                       backpointers: &buffers.backpointers, scores: &buffers.scores)
    }

    init(bucketBits: Int, bitmap: [UInt64], rows: [Int16], scale: Float, transitions: [Float], endScores: [Float]) {
        self.bucketBits = bucketBits
        self.bitmap = bitmap
        self.rank = BitmapRank.ranks(of: bitmap)
        self.rows = rows
        self.scale = scale
        self.transitions = transitions
        self.endScores = endScores
    }

    /// Emission scores, `n * Tags.count`, for `n` tokens with `stride` hashed features each.
    func emissions(_ features: [UInt64], count n: Int, stride F: Int, into out: inout [Float]) {
        let T = Tags.count
        let mask = UInt64((1 << bucketBits) - 1)
        out.removeAll(keepingCapacity: true)
        out.append(contentsOf: repeatElement(0, count: n * T))
        features.withUnsafeBufferPointer { feats in
            bitmap.withUnsafeBufferPointer { bits in
                rank.withUnsafeBufferPointer { rank in
                    rows.withUnsafeBufferPointer { rows in
                        out.withUnsafeMutableBufferPointer { out in
                            withUnsafeTemporaryAllocation(of: Int32.self, capacity: T) { acc in
                                for i in 0..<n {
                                    for t in 0..<T { acc[t] = 0 }
                                    for f in 0..<F {
                                        let b = Int(truncatingIfNeeded: feats[i * F + f] & mask)
                                        let word = bits[b >> 6]
                                        let bit = UInt64(b & 63)
                                        if (word >> bit) & 1 == 0 { continue }
                                        let r = Int(rank[b >> 6]) + (word & ((1 << bit) &- 1)).nonzeroBitCount
                                        let base = r * T
                                        for t in 0..<T { acc[t] &+= Int32(rows[base + t]) }
                                    }
                                    for t in 0..<T { out[i * T + t] = Float(acc[t]) * scale }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Scratch space reused from sentence to sentence.
struct DecodeBuffers {
    var emissions: [Float] = []
    var backpointers: [Int32] = []
    var scores: [Float] = []
}

/// Best BILOU path under `emissions` (`n * Tags.count`) and the transition scores; transitions that
/// break BILOU are never taken.
func viterbi(emissions: [Float], count n: Int, transitions: [Float], endScores: [Float],
             backpointers: inout [Int32], scores: inout [Float]) -> [Int] {
    let T = Tags.count
    guard n > 0 else { return [] }
    if backpointers.count < n * T { backpointers = [Int32](repeating: 0, count: n * T) }
    if scores.count < 2 * T { scores = [Float](repeating: 0, count: 2 * T) }
    let negInf = -Float.greatestFiniteMagnitude
    var path = [Int](repeating: 0, count: n)
    emissions.withUnsafeBufferPointer { em in
        transitions.withUnsafeBufferPointer { tr in
            backpointers.withUnsafeMutableBufferPointer { bp in
                scores.withUnsafeMutableBufferPointer { sc in
                    var cur = 0, prev = T
                    for t in 0..<T {
                        sc[t] = Tags.allowedTable[T * T + t] ? tr[T * T + t] + em[t] : negInf
                    }
                    for i in 1..<n {
                        swap(&cur, &prev)
                        // prev holds scores at i-1 (offset prev), write to cur
                        for t in 0..<T {
                            var best = negInf, arg: Int32 = 0
                            for p in 0..<T where Tags.allowedTable[p * T + t] {
                                let s = sc[prev + p] + tr[p * T + t]
                                if s > best { best = s; arg = Int32(p) }
                            }
                            sc[cur + t] = best + em[i * T + t]
                            bp[i * T + t] = arg
                        }
                    }
                    var best = negInf, arg = 0
                    for t in 0..<T where Tags.allowedAtEnd(t) {
                        let s = sc[cur + t] + endScores[t]
                        if s > best { best = s; arg = t }
                    }
                    path[n - 1] = arg
                    var i = n - 1
                    while i > 0 {
                        arg = Int(bp[i * T + arg])
                        path[i - 1] = arg
                        i -= 1
                    }
                }
            }
        }
    }
    return path
}

extension Tags {
    /// `allowed(a, b)` for a in 0...count (count = start), b in 0..<count, flattened.
    static let allowedTable: [Bool] = {
        var table = [Bool](repeating: false, count: (count + 1) * count)
        for a in 0...count {
            for b in 0..<count { table[a * count + b] = allowed(a == count ? -1 : a, b) }
        }
        return table
    }()
}
