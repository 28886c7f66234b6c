import Logging
import ModelSupport
import Foundation

/// Settings for `ClusterBuilder.build`.
public struct ClusterOptions: Sendable {
    /// Words seen fewer times get no cluster.
    public var minCount = 3
    /// The most frequent words serve as contexts.
    public var contextWords = 4000
    /// Children per node of the cluster tree.
    public var branching = 8
    /// Depth of the tree (ids per word).
    public var levels = 4
    public var iterations = 12
    public var seed: UInt64 = 7

    public init() {}
}

/// Learns word clusters from unlabelled text: each word is described by its neighbours (positive
/// pointwise mutual information with the words one and two to either side, as sparse unit vectors), and a
/// tree of spherical k-means (k-means++ seeds from a seeded generator) splits them coarse to fine, giving each
/// word a path of ids much like a Brown-cluster bit-string prefix. Deterministic for a seed.
public enum ClusterBuilder {
    public static func build(sentences: [[String]], options: ClusterOptions = ClusterOptions(),
                             logger: Logger = Logger(label: "newswire.clusters", factory: { _ in SwiftLogNoOpLogHandler() }))
        -> WordClusters {
        // 1. vocabulary, most frequent first (ties by word, so the order is stable)
        var counts: [String: Int] = [:]
        for s in sentences { for w in s { counts[w, default: 0] += 1 } }
        let vocabulary = counts.filter { $0.value >= options.minCount }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        var index: [String: Int32] = [:]
        for (i, w) in vocabulary.enumerated() { index[w] = Int32(i) }
        let V = vocabulary.count
        let K = min(options.contextWords, V)
        let slots = 4, width = K + 2  // K context words, "other", sentence boundary
        let C = slots * width
        logger.info("cluster vocabulary", metadata: ["words": "\(V)", "min_count": "\(options.minCount)", "context_words": "\(K)"])

        // 2. co-occurrence pairs, sorted and counted (no dictionary order anywhere)
        var pairs: [UInt64] = []
        pairs.reserveCapacity(sentences.reduce(0) { $0 + $1.count } * slots)
        for s in sentences {
            let ids = s.map { index[$0] ?? -1 }
            for i in 0..<ids.count where ids[i] >= 0 {
                for (slot, offset) in [-2, -1, 1, 2].enumerated() {
                    let j = i + offset
                    let context: Int
                    if j < 0 || j >= ids.count { context = K + 1 } else if ids[j] >= 0 && Int(ids[j]) < K { context = Int(ids[j]) } else { context = K }
                    pairs.append(UInt64(ids[i]) << 32 | UInt64(slot * width + context))
                }
            }
        }
        pairs.sort()
        var rowStart = [Int](repeating: 0, count: V + 1)
        var cols: [Int32] = [], values: [Float] = []
        var rowSum = [Double](repeating: 0, count: V), colSum = [Double](repeating: 0, count: C)
        var p = 0
        while p < pairs.count {
            var q = p
            while q < pairs.count && pairs[q] == pairs[p] { q += 1 }
            let w = Int(pairs[p] >> 32), c = Int(pairs[p] & 0xFFFF_FFFF)
            cols.append(Int32(c)); values.append(Float(q - p))
            rowSum[w] += Double(q - p); colSum[c] += Double(q - p)
            rowStart[w + 1] = cols.count
            p = q
        }
        for w in 0..<V where rowStart[w + 1] < rowStart[w] { rowStart[w + 1] = rowStart[w] }
        pairs = []
        // 3. PPMI with context-distribution smoothing (0.75), rows scaled to unit length (sparse)
        let smoothed = colSum.map { pow($0, 0.75) }
        let smoothedTotal = smoothed.reduce(0, +)
        var rng = SeededGenerator(seed: options.seed)
        var matrix = SparseRows(start: [0], columns: [], values: [])
        for w in 0..<V {
            let first = matrix.columns.count
            var norm: Float = 0
            for e in rowStart[w]..<rowStart[w + 1] {
                let c = Int(cols[e])
                let pmi = Foundation.log(Double(values[e]) / rowSum[w] / (smoothed[c] / smoothedTotal))
                guard pmi > 0 else { continue }
                matrix.columns.append(Int32(c)); matrix.values.append(Float(pmi))
                norm += Float(pmi * pmi)
            }
            norm = norm.squareRoot()
            if norm > 0 { for e in first..<matrix.columns.count { matrix.values[e] /= norm } }
            matrix.start.append(matrix.columns.count)
        }
        let D = C
        // 4. tree of spherical k-means
        var paths = [[UInt16]](repeating: [], count: V)
        var frontier: [(members: [Int], id: Int)] = [(Array(0..<V), 0)]
        for level in 0..<options.levels {
            var next: [(members: [Int], id: Int)] = []
            for node in frontier {
                let assignment = kMeans(node.members, matrix: matrix, dimensions: D, k: options.branching,
                                        iterations: options.iterations, rng: &rng)
                var children = [[Int]](repeating: [], count: options.branching)
                for (m, a) in zip(node.members, assignment) { children[a].append(m) }
                for (c, members) in children.enumerated() where !members.isEmpty {
                    let id = node.id * options.branching + c
                    for m in members { paths[m].append(UInt16(id)) }
                    next.append((members, id))
                }
            }
            frontier = next
            logger.info("cluster level", metadata: ["level": "\(level + 1)", "clusters": "\(frontier.count)"])
        }
        var out: [String: [UInt16]] = [:], outCounts: [String: Int] = [:]
        for (i, w) in vocabulary.enumerated() { out[w] = paths[i]; outCounts[w] = counts[w] }
        return WordClusters(levels: options.levels, paths: out, counts: outCounts)
    }

    struct SparseRows {
        var start: [Int]
        var columns: [Int32]
        var values: [Float]
        @inline(__always) func dot(_ row: Int, _ dense: UnsafeBufferPointer<Float>, _ offset: Int) -> Float {
            var s: Float = 0
            for e in start[row]..<start[row + 1] { s += values[e] * dense[offset + Int(columns[e])] }
            return s
        }
    }

    /// Spherical k-means over unit-length sparse rows; returns the cluster of each member.
    static func kMeans(_ members: [Int], matrix: SparseRows, dimensions D: Int, k: Int, iterations: Int,
                       rng: inout SeededGenerator) -> [Int] {
        let n = members.count
        if n <= k { return Array(0..<n) }
        var centres = [Float](repeating: 0, count: k * D)
        func setCentre(_ c: Int, to row: Int) {
            for e in matrix.start[row]..<matrix.start[row + 1] { centres[c * D + Int(matrix.columns[e])] = matrix.values[e] }
        }
        // seeds: k-means++ on cosine distance
        setCentre(0, to: members[rng.below(n)])
        var distance = [Float](repeating: .greatestFiniteMagnitude, count: n)
        for c in 1..<k {
            var total: Double = 0
            centres.withUnsafeBufferPointer { centres in
                for (i, m) in members.enumerated() {
                    distance[i] = min(distance[i], max(0, 1 - matrix.dot(m, centres, (c - 1) * D)))
                    total += Double(distance[i])
                }
            }
            var target = rng.unit() * total
            var pick = n - 1
            for i in 0..<n {
                target -= Double(distance[i])
                if target <= 0 { pick = i; break }
            }
            setCentre(c, to: members[pick])
        }
        var assignment = [Int](repeating: -1, count: n)
        for _ in 0..<iterations {
            var changed = false
            centres.withUnsafeBufferPointer { centres in
                for (i, m) in members.enumerated() {
                    var best: Float = -2, arg = 0
                    for c in 0..<k {
                        let s = matrix.dot(m, centres, c * D)
                        if s > best { best = s; arg = c }
                    }
                    if assignment[i] != arg { assignment[i] = arg; changed = true }
                }
            }
            if !changed { break }
            for k in 0..<centres.count { centres[k] = 0 }
            for (i, m) in members.enumerated() {
                let base = assignment[i] * D
                for e in matrix.start[m]..<matrix.start[m + 1] { centres[base + Int(matrix.columns[e])] += matrix.values[e] }
            }
            for c in 0..<k {
                var norm: Float = 0
                for d in 0..<D { norm += centres[c * D + d] * centres[c * D + d] }
                norm = norm.squareRoot()
                if norm > 0 { for d in 0..<D { centres[c * D + d] /= norm } }
            }
        }
        return assignment
    }
}
