/// Carries a sentence's tree over to another tokenisation of the same text (the pipeline's tokens against spaCy's),
/// so a model can be scored on the tokens it will really see.
///
/// A token that covers several reference tokens ("tie-breaking" for "tie" "-" "breaking") takes the tag, head and
/// label of the one whose head lies outside it; a reference token cut in pieces gives its role to its longest piece,
/// and the other pieces hang from that one as `dep`. Tokens that cross each other's boundaries leave the sentence
/// out (nil).
public enum Retokenization {
    /// `tokens`: the other tokenisation as scalar ranges relative to the sentence start, in order. The sentence needs
    /// `offsets` and `start` (the news parses have them).
    public static func project(_ sentence: TreebankSentence, onto tokens: [Range<Int>], text: [Unicode.Scalar]) -> TreebankSentence? {
        guard let offsets = sentence.offsets, let base = sentence.start, !tokens.isEmpty else { return nil }
        let reference = offsets.map { ($0.lowerBound - base)..<($0.upperBound - base) }
        let n = reference.count, m = tokens.count
        // overlaps, both ways
        var byReference = [[Int]](repeating: [], count: n), byToken = [[Int]](repeating: [], count: m)
        var j0 = 0
        for i in 0..<n {
            while j0 < m && tokens[j0].upperBound <= reference[i].lowerBound { j0 += 1 }
            var j = j0
            while j < m && tokens[j].lowerBound < reference[i].upperBound {
                if tokens[j].overlaps(reference[i]) { byReference[i].append(j); byToken[j].append(i) }
                j += 1
            }
        }
        // each token: the reference token that speaks for it; each reference token: the token that stands for it
        var standsFor = [Int](repeating: -1, count: n)
        var speaker = [Int](repeating: -1, count: m)
        var pieceOf = [Int](repeating: -1, count: m)  // a piece of a cut reference token, not its longest
        for j in 0..<m {
            let covered = byToken[j]
            guard !covered.isEmpty else { return nil }
            if covered.count > 1 {
                guard covered.allSatisfy({ byReference[$0] == [j] }) else { return nil }
                for i in covered { standsFor[i] = j }
            }
        }
        for i in 0..<n {
            let pieces = byReference[i]
            guard !pieces.isEmpty else { return nil }
            if pieces.count == 1 {
                if standsFor[i] < 0 { standsFor[i] = pieces[0] }
                continue
            }
            guard pieces.allSatisfy({ byToken[$0] == [i] }) else { return nil }
            let longest = pieces.max { tokens[$0].count < tokens[$1].count }!
            standsFor[i] = longest
            for p in pieces where p != longest { pieceOf[p] = longest }
        }
        for j in 0..<m where pieceOf[j] < 0 {
            // the covered reference token whose head is outside this token
            let covered = byToken[j]
            speaker[j] = covered.first { h in sentence.heads[h] < 0 || standsFor[sentence.heads[h]] != j } ?? covered[0]
        }
        var words: [String] = [], tags: [PennTag] = [], universal: [UniversalTag] = [], heads: [Int] = []
        var labels: [DependencyLabel] = []
        for j in 0..<m {
            words.append(String(String.UnicodeScalarView(text[tokens[j]])))
            if pieceOf[j] >= 0 {
                let i = byToken[j][0]
                tags.append(sentence.tags[i]); universal.append(sentence.universalTags[i])
                heads.append(pieceOf[j]); labels.append(.dep)
                continue
            }
            let i = speaker[j]
            tags.append(sentence.tags[i]); universal.append(sentence.universalTags[i])
            let h = sentence.heads[i]
            heads.append(h < 0 ? -1 : standsFor[h])
            labels.append(sentence.labels[i])
        }
        return TreebankSentence(document: sentence.document, words: words, tags: tags, universalTags: universal,
                                heads: heads, labels: labels)
    }
}
