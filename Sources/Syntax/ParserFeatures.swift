import ModelSupport

private typealias H = FeatureHash

/// The parser's view of a sentence: word hashes and tag ids, with stand-ins for positions that are empty.
struct ParserInput {
    let words: [UInt64]
    let tags: [UInt8]
    static let noWord: UInt64 = 0x00E4_7B0C_0000_0001, rootWord: UInt64 = 0x00E4_7B0C_0000_0002
    static let noTag = UInt8(PennTag.allCases.count), rootTag = UInt8(PennTag.allCases.count + 1)

    init(words: [WordInfo], tags: [PennTag]) {
        self.words = words.map(\.lower)
        self.tags = tags.map(\.rawValue)
    }
}

/// Feature templates over the arc-eager configuration, after Zhang and Nivre (2011): words and tags of the stack
/// top, its head, its outermost children and the first buffer words, their pairs and triples, the distance between
/// stack top and buffer front, valencies, and the label sets of the children so far.
enum ParserFeatures {
    static let count = 62

    @inline(__always)
    static func extract(_ state: ArcEagerState, _ input: ParserInput, into out: UnsafeMutablePointer<UInt64>) {
        let n = state.n
        @inline(__always) func word(_ i: Int) -> UInt64 { i < 0 ? ParserInput.noWord : (i >= n ? ParserInput.rootWord : input.words[i]) }
        @inline(__always) func tag(_ i: Int) -> UInt64 { UInt64(i < 0 ? ParserInput.noTag : (i >= n ? ParserInput.rootTag : input.tags[i])) }
        @inline(__always) func label(_ i: Int) -> UInt64 { i < 0 || i >= n || state.heads[i] < 0 ? 99 : UInt64(state.labels[i]) }
        let s0 = state.s0, s1 = state.s1, b0 = state.front
        let b1 = b0 + 1 <= n ? b0 + 1 : -1, b2 = b0 + 2 <= n ? b0 + 2 : -1
        let hasS0 = s0 >= 0
        let s0h = hasS0 && state.heads[s0] >= 0 ? Int(state.heads[s0]) : -1
        let s0l = hasS0 ? Int(state.left1[s0]) : -1, s0l2 = hasS0 ? Int(state.left2[s0]) : -1
        let s0r = hasS0 ? Int(state.right1[s0]) : -1, s0r2 = hasS0 ? Int(state.right2[s0]) : -1
        let b0l = b0 < n ? Int(state.left1[b0]) : -1, b0l2 = b0 < n ? Int(state.left2[b0]) : -1
        let s0w = word(s0), s0t = tag(s0), b0w = word(b0), b0t = tag(b0)
        let b1w = word(b1), b1t = tag(b1), b2t = tag(b2)
        let s0wt = FeatureHash.combine(s0w, s0t), b0wt = FeatureHash.combine(b0w, b0t)
        let distance: UInt64 = hasS0 ? UInt64(min(b0 - s0, 6)) : 0
        let s0vl: UInt64 = hasS0 ? UInt64(min(state.leftCount[s0], 4)) : 9, s0vr: UInt64 = hasS0 ? UInt64(min(state.rightCount[s0], 4)) : 9
        let b0vl: UInt64 = b0 < n ? UInt64(min(state.leftCount[b0], 4)) : 9
        let s0hasHead: UInt64 = s0h >= 0 ? 1 : 0
        let s0rightSet = hasS0 ? state.rightLabels[s0] : 0, s0leftSet = hasS0 ? state.leftLabels[s0] : 0
        let b0leftSet = b0 < n ? state.leftLabels[b0] : 0
        out[0] = H.combine(1, s0w); out[1] = H.combine(2, s0t); out[2] = H.combine(3, s0wt)
        out[3] = H.combine(4, b0w); out[4] = H.combine(5, b0t); out[5] = H.combine(6, b0wt)
        out[6] = H.combine(7, b1w); out[7] = H.combine(8, b1t); out[8] = H.combine(9, b1w, b1t)
        out[9] = H.combine(10, b2t); out[10] = H.combine(11, word(b2))
        out[11] = H.combine(12, s0wt, b0wt); out[12] = H.combine(13, s0wt, b0w); out[13] = H.combine(14, s0w, b0wt)
        out[14] = H.combine(15, s0wt, b0t); out[15] = H.combine(16, s0t, b0wt); out[16] = H.combine(17, s0w, b0w)
        out[17] = H.combine(18, s0t, b0t); out[18] = H.combine(19, b0t, b1t)
        out[19] = H.combine(20, b0t, b1t, b2t); out[20] = H.combine(21, s0t, b0t, b1t)
        out[21] = H.combine(22, tag(s0h), s0t, b0t); out[22] = H.combine(23, s0t, tag(s0l), b0t)
        out[23] = H.combine(24, s0t, tag(s0r), b0t); out[24] = H.combine(25, s0t, b0t, tag(b0l))
        out[25] = H.combine(26, s0w, distance); out[26] = H.combine(27, s0t, distance); out[27] = H.combine(28, b0w, distance)
        out[28] = H.combine(29, b0t, distance); out[29] = H.combine(30, s0w, b0w, distance); out[30] = H.combine(31, s0t, b0t, distance)
        out[31] = H.combine(32, s0w, s0vr); out[32] = H.combine(33, s0t, s0vr); out[33] = H.combine(34, s0w, s0vl)
        out[34] = H.combine(35, s0t, s0vl); out[35] = H.combine(36, b0w, b0vl); out[36] = H.combine(37, b0t, b0vl)
        out[37] = H.combine(38, word(s0h)); out[38] = H.combine(39, tag(s0h)); out[39] = H.combine(40, label(s0))
        out[40] = H.combine(41, word(s0l)); out[41] = H.combine(42, tag(s0l)); out[42] = H.combine(43, label(s0l))
        out[43] = H.combine(44, word(s0r)); out[44] = H.combine(45, tag(s0r)); out[45] = H.combine(46, label(s0r))
        out[46] = H.combine(47, word(b0l)); out[47] = H.combine(48, tag(b0l)); out[48] = H.combine(49, label(b0l))
        out[49] = H.combine(50, s0t, tag(s0l), tag(s0l2)); out[50] = H.combine(51, s0t, tag(s0r), tag(s0r2))
        out[51] = H.combine(52, b0t, tag(b0l), tag(b0l2))
        out[52] = H.combine(53, s0t, s0hasHead, b0t); out[53] = H.combine(54, tag(s1), s0t, b0t)
        out[54] = H.combine(55, word(s1)); out[55] = H.combine(56, tag(s1))
        out[56] = H.combine(57, s0w, s0rightSet); out[57] = H.combine(58, s0t, s0leftSet); out[58] = H.combine(59, b0t, b0leftSet)
        out[59] = H.combine(60, s0hasHead, label(s0), b0t); out[60] = H.combine(61, s0wt, b0t, b1t)
        out[61] = H.combine(H.combine(62, s0t), label(s0l), label(s0r), b0t)
    }
}
