import ModelSupport

/// The second pass: features from the first pass's tags, of the token, its neighbours, and every
/// occurrence of the same word in the document ("a name tagged in one sentence informs the same name
/// elsewhere"). Trained on first-pass tags predicted by models that did not see the document (jackknife).
enum Stacking {
    /// Features added per token in the second pass.
    static let count = 7

    /// Per sentence, `count` hashed features per token, from `predicted` BILOU tags of the whole document.
    static func features(sentences: [FeatureExtractor.Sentence], predicted: [[Int]]) -> [[UInt64]] {
        // What the first pass said about each lower-cased word anywhere in the document.
        var typeCounts: [UInt64: [Int32]] = [:]   // PER ORG LOC MISC O (O only for capitalised words)
        var lastOfLonger: [UInt64: UInt32] = [:], firstOfLonger: [UInt64: UInt32] = [:]
        for (s, sentence) in sentences.enumerated() {
            for (i, w) in sentence.words.enumerated() where w.has(WordInfo.hasLetter) {
                let tag = predicted[s][i]
                if tag == 0 {
                    if w.isCapitalised { typeCounts[w.lower, default: [0, 0, 0, 0, 0]][4] += 1 }
                    continue
                }
                let type = Tags.type(of: tag), position = Tags.position(of: tag)
                typeCounts[w.lower, default: [0, 0, 0, 0, 0]][type] += 1
                if position == 2 { lastOfLonger[w.lower, default: 0] |= 1 << UInt32(type) }
                if position == 0 { firstOfLonger[w.lower, default: 0] |= 1 << UInt32(type) }
            }
        }
        var out: [[UInt64]] = []
        out.reserveCapacity(sentences.count)
        for (s, sentence) in sentences.enumerated() {
            let n = sentence.words.count
            var features = [UInt64](repeating: 0, count: n * count)
            let tags = predicted[s]
            for i in 0..<n {
                let w = sentence.words[i]
                let cap: UInt64 = w.isCapitalised ? 1 : 0
                let tag = UInt64(tags[i])
                let previous = i > 0 ? UInt64(tags[i - 1]) : 99
                let next = i + 1 < n ? UInt64(tags[i + 1]) : 99
                var signature: UInt64 = 0xFF, majority: UInt64 = 0xFF
                if w.has(WordInfo.hasLetter), let counts = typeCounts[w.lower] {
                    signature = 0
                    var best: Int32 = 0
                    for (t, c) in counts.enumerated() where c > 0 {
                        signature |= 1 << UInt64(t)
                        if c > best { best = c; majority = UInt64(t) }
                    }
                }
                let last = UInt64(lastOfLonger[w.lower] ?? 0), first = UInt64(firstOfLonger[w.lower] ?? 0)
                let base = i * count
                @inline(__always) func put(_ k: Int, _ value: UInt64) {
                    features[base + k] = FeatureHash.combine(UInt64(100 + k), value)
                }
                put(0, tag)
                put(1, FeatureHash.combine(previous, tag))
                put(2, FeatureHash.combine(tag, next))
                put(3, FeatureHash.combine(signature, cap))
                put(4, FeatureHash.combine(majority, tag == 0 ? 9 : UInt64(Tags.type(of: tags[i])), cap))
                put(5, FeatureHash.combine(last, cap, w.shortShape))
                put(6, FeatureHash.combine(first, cap))
            }
            out.append(features)
        }
        return out
    }

    /// Base and stacked features side by side, `base + count` per token.
    static func merge(base: [UInt64], stacked: [UInt64], count n: Int) -> [UInt64] {
        let F = FeatureExtractor.count, S = count
        var out = [UInt64](repeating: 0, count: n * (F + S))
        for i in 0..<n {
            for f in 0..<F { out[i * (F + S) + f] = base[i * F + f] }
            for k in 0..<S { out[i * (F + S) + F + k] = stacked[i * S + k] }
        }
        return out
    }
}
