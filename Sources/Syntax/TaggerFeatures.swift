import ModelSupport

private typealias H = FeatureHash

/// The tagger's features for one word, in the spirit of the classic greedy averaged-perceptron tagger: the word,
/// its suffixes, prefix and shape, the words around it, and the two tags already chosen before it.
enum TaggerFeatures {
    static let count = 20
    static let padding = [WordInfo.padding(11), WordInfo.padding(12), WordInfo.padding(13), WordInfo.padding(14)]

    /// Writes the features of word `i` into `out` (`count` hashes); `previous` and `beforePrevious` are tag ids
    /// (the tag count stands for "before the sentence").
    @inline(__always)
    static func extract(_ words: [WordInfo], _ i: Int, previous p1: Int, beforePrevious p2: Int,
                        into out: UnsafeMutablePointer<UInt64>) {
        let n = words.count
        let w = words[i]
        let wm1 = i >= 1 ? words[i - 1] : padding[1], wm2 = i >= 2 ? words[i - 2] : padding[0]
        let wp1 = i + 1 < n ? words[i + 1] : padding[2], wp2 = i + 2 < n ? words[i + 2] : padding[3]
        let t1 = UInt64(p1) &+ 1, t2 = UInt64(p2) &+ 1
        out[0] = H.combine(1, 0)
        out[1] = H.combine(2, w.lower)
        out[2] = H.combine(3, w.suffixes.2)
        out[3] = H.combine(4, w.suffixes.1)
        out[4] = H.combine(5, w.prefixes.0)
        out[5] = H.combine(6, w.shape)
        out[6] = H.combine(7, t1)
        out[7] = H.combine(8, t2, t1)
        out[8] = H.combine(9, t1, w.lower)
        out[9] = H.combine(10, wm1.lower)
        out[10] = H.combine(11, wm1.suffixes.2)
        out[11] = H.combine(12, wm2.lower)
        out[12] = H.combine(13, wp1.lower)
        out[13] = H.combine(14, wp1.suffixes.2)
        out[14] = H.combine(15, wp2.lower)
        out[15] = H.combine(16, w.raw)
        out[16] = H.combine(17, UInt64(w.flags & 0x1FFF), UInt64(i == 0 ? 1 : 0))
        out[17] = H.combine(18, wp1.shape, w.shortShape)
        out[18] = H.combine(19, t1, wp1.lower)
        out[19] = H.combine(20, w.suffixes.3)
    }
}
