import Foundation
import ModelSupport

/// A linear model in its shipped form: hashed feature buckets; for each bucket that has weights, only its
/// non-zero (class, weight) entries, weights quantised to Int16 with one scale. A bitmap with a rank index
/// finds a bucket's row without storing empty ones.
public struct SparseWeights: Sendable, Equatable {
    public let bucketBits: Int
    public let classes: Int
    let bitmap: [UInt64]
    let rank: [UInt32]
    /// Row r's entries are `rowStarts[r]..<rowStarts[r + 1]`.
    let rowStarts: [UInt32]
    /// Each entry as one word, its class in the low byte and its weight above, so a row is read in one stream.
    let entries: [UInt32]
    public let scale: Float
    /// The classes and weights read had the same length (checked by `validate`).
    let valid: Bool

    var entryClasses: [UInt8] { entries.map { UInt8(truncatingIfNeeded: $0) } }
    var entryValues: [Int16] { entries.map { Int16(bitPattern: UInt16(truncatingIfNeeded: $0 >> 8)) } }

    public var rowCount: Int { rowStarts.count - 1 }
    public var entryCount: Int { entries.count }

    init(bucketBits: Int, classes: Int, bitmap: [UInt64], rowStarts: [UInt32], entryClasses: [UInt8], entryValues: [Int16], scale: Float) {
        self.bucketBits = bucketBits
        self.classes = classes
        self.bitmap = bitmap
        self.rank = BitmapRank.ranks(of: bitmap)
        self.rowStarts = rowStarts
        self.entries = zip(entryClasses, entryValues).map { UInt32($0) | UInt32(UInt16(bitPattern: $1)) << 8 }
        self.scale = scale
        valid = entryClasses.count == entryValues.count
    }

    /// Checks that the arrays fit together (a model file could say anything).
    func validate() throws {
        guard bucketBits >= 6, bucketBits <= 30, bitmap.count == (1 << bucketBits) / 64 else {
            throw SyntaxModelError.inconsistent("bitmap of \(bitmap.count) words for \(bucketBits) bucket bits")
        }
        let rows = bitmap.reduce(0) { $0 + $1.nonzeroBitCount }
        guard valid, rowStarts.count == rows + 1, rowStarts.first == 0, Int(rowStarts.last ?? 0) == entries.count else {
            throw SyntaxModelError.inconsistent("\(rows) rows, \(rowStarts.count) row starts, \(entries.count) entries")
        }
        for r in 0..<rows where rowStarts[r] > rowStarts[r + 1] { throw SyntaxModelError.inconsistent("row \(r) ends before it starts") }
        for e in entries where Int(e & 0xFF) >= classes { throw SyntaxModelError.inconsistent("class \(e & 0xFF) of \(classes)") }
    }

    /// Adds the rows of `features` into `scores` (`classes` Int32s, in units of `scale`).
    ///
    /// In three passes (rows, their bounds, their entries) rather than feature by feature: the loads of one pass do
    /// not wait on each other, so the processor has many cache misses in flight at once.
    @inline(__always)
    func accumulate(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Int32>) {
        let mask = UInt64((1 << bucketBits) - 1)
        withUnsafeTemporaryAllocation(of: Int.self, capacity: features.count * 2) { bounds in
            var found = 0
            bitmap.withUnsafeBufferPointer { bits in
                rank.withUnsafeBufferPointer { rank in
                    for f in features {
                        let b = Int(truncatingIfNeeded: f & mask)
                        let word = bits[b >> 6]
                        let bit = UInt64(b & 63)
                        if (word >> bit) & 1 == 0 { continue }
                        bounds[found] = Int(rank[b >> 6]) + (word & ((1 << bit) &- 1)).nonzeroBitCount
                        found += 1
                    }
                }
            }
            rowStarts.withUnsafeBufferPointer { starts in
                for k in stride(from: found - 1, through: 0, by: -1) {
                    let r = bounds[k]
                    bounds[2 * k] = Int(starts[r])
                    bounds[2 * k + 1] = Int(starts[r + 1])
                }
            }
            entries.withUnsafeBufferPointer { entries in
                for k in 0..<found {
                    for e in bounds[2 * k]..<bounds[2 * k + 1] {
                        let entry = entries[e]
                        scores[Int(entry & 0xFF)] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: entry >> 8)))
                    }
                }
            }
        }
    }
}

/// Weights while training: dense rows of Float for every bucket, and the running sums that give the average
/// (Daumé's trick: `u` adds `c * delta` at every update, the average is `w - u / c`).
struct TrainingWeights {
    let bucketBits: Int
    let classes: Int
    let mask: UInt64
    var w: [Float]
    var u: [Float]
    /// Updates so far plus one (the averaging clock).
    var clock: Double = 1

    init(bucketBits: Int, classes: Int) {
        self.bucketBits = bucketBits
        self.classes = classes
        mask = UInt64((1 << bucketBits) - 1)
        w = [Float](repeating: 0, count: (1 << bucketBits) * classes)
        u = w
    }

    @inline(__always)
    func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>) {
        let C = classes
        for k in 0..<C { scores[k] = 0 }
        w.withUnsafeBufferPointer { w in
            for f in features {
                let base = Int(truncatingIfNeeded: f & mask) * C
                for k in 0..<C { scores[k] += w[base + k] }
            }
        }
    }

    /// One perceptron update: the features' rows gain on `good` and lose on `bad`.
    @inline(__always)
    mutating func update(_ features: UnsafeBufferPointer<UInt64>, good: Int, bad: Int) {
        let C = classes, c = Float(clock)
        w.withUnsafeMutableBufferPointer { w in
            u.withUnsafeMutableBufferPointer { u in
                for f in features {
                    let base = Int(truncatingIfNeeded: f & mask) * C
                    w[base + good] += 1; u[base + good] += c
                    w[base + bad] -= 1; u[base + bad] -= c
                }
            }
        }
    }

    /// The averaged weights, quantised and pruned: entries whose averaged magnitude is below `minimum` go, and
    /// the smallest go until at most about `maxEntries` are left.
    func compact(minimum: Float, maxEntries: Int = .max) -> SparseWeights {
        let C = classes, B = 1 << bucketBits
        let clock = Float(self.clock)
        var maxAbs: Float = 0
        for k in 0..<w.count { maxAbs = max(maxAbs, abs(w[k] - u[k] / clock)) }
        let minimum = max(minimum, threshold(keeping: maxEntries, maxAbs: maxAbs))
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        var bitmap = [UInt64](repeating: 0, count: max(1, B / 64))
        var rowStarts: [UInt32] = [0]
        var classesOut: [UInt8] = [], values: [Int16] = []
        for b in 0..<B {
            let before = values.count
            for k in 0..<C {
                let v = w[b * C + k] - u[b * C + k] / clock
                guard abs(v) >= minimum else { continue }
                let q = Int16(clamping: Int((v / scale).rounded()))
                guard q != 0 else { continue }
                classesOut.append(UInt8(k))
                values.append(q)
            }
            if values.count > before {
                bitmap[b >> 6] |= 1 << UInt64(b & 63)
                rowStarts.append(UInt32(values.count))
            }
        }
        return SparseWeights(bucketBits: bucketBits, classes: C, bitmap: bitmap, rowStarts: rowStarts,
                             entryClasses: classesOut, entryValues: values, scale: scale)
    }

    /// The magnitude above which at most `count` averaged weights lie, from a histogram over 1/64-octave bins.
    func threshold(keeping count: Int, maxAbs: Float) -> Float {
        guard count < w.count, maxAbs > 0 else { return 0 }
        let bins = 64 * 40, clock = Float(self.clock)
        var histogram = [Int](repeating: 0, count: bins + 1)
        let top = log2(maxAbs)
        for k in 0..<w.count {
            let v = abs(w[k] - u[k] / clock)
            guard v > 0 else { continue }
            let bin = min(bins, max(0, Int((top - log2(v)) * 64)))
            histogram[bin] += 1
        }
        var total = 0
        for bin in 0...bins {
            total += histogram[bin]
            if total > count { return exp2(top - Float(bin) / 64) }
        }
        return 0
    }
}
