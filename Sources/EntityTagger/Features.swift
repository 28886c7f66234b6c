import ModelSupport

/// Word lists and word clusters the features consult. Both travel inside the model file.
public struct FeatureLexicon: Sendable {
    /// Word hash (`FeatureHash.word`) -> cluster path, 16 bits a level, level 1 in the low bits.
    public var clusters: [UInt64: UInt64]
    /// Number of levels in the cluster paths.
    public var clusterLevels: Int
    /// Hash of a lower-cased token sequence -> category bits (`FeatureGazetteer.Category`), with
    /// `FeatureGazetteer.prefixBit` set when a longer entry starts with this sequence.
    public var gazetteer: [UInt64: UInt32]
    /// Whether features look at the same word elsewhere in the document.
    public var documentContext: Bool

    public init(clusters: [UInt64: UInt64] = [:], clusterLevels: Int = 0, gazetteer: [UInt64: UInt32] = [:],
                documentContext: Bool = true) {
        self.clusters = clusters
        self.clusterLevels = clusterLevels
        self.gazetteer = gazetteer
        self.documentContext = documentContext
    }

    public static let empty = FeatureLexicon()
}

/// Turns a document into hashed features, a fixed number per token (`FeatureExtractor.count`).
public struct FeatureExtractor: Sendable {
    public let lexicon: FeatureLexicon
    /// Number of features per token.
    public static let count = 46

    public init(lexicon: FeatureLexicon) { self.lexicon = lexicon }

    static let before2 = WordInfo.padding(1), before1 = WordInfo.padding(2)
    static let after1 = WordInfo.padding(3), after2 = WordInfo.padding(4)
    static let noCluster: UInt64 = 0xFFFF_FFFF_FFFF_FFFF

    /// Per-document context: what each lower-cased word does elsewhere in the document.
    struct DocumentContext {
        var marks: [UInt64: UInt32] = [:]
        static let capitalisedMidSentence: UInt32 = 1
        static let lowerCase: UInt32 = 2
        static let afterTitle: UInt32 = 4
        static let nextToCapitalised: UInt32 = 8
        static let beforeOrganisationWord: UInt32 = 16
        static let afterFirstName: UInt32 = 32
        static let sentenceInitialOnly: UInt32 = 64
    }

    /// Analysed sentence: word infos and per-token gazetteer and cluster values.
    struct Sentence {
        var words: [WordInfo]
        var headline: Bool
        var gazetteer: [UInt32]   // category bits per token (any match covering it)
        var gazetteerFeature: [UInt64]
        var clusters: [UInt64]
        /// The word as the features see it: as written, except that an all-caps word in an all-caps
        /// sentence the clusters do not know as written is seen in title case ("BAMAKO" as "Bamako").
        var forms: [UInt64]
        /// For hyphenated words: first part, last part, gazetteer categories of the parts.
        var parts: [(UInt64, UInt64, UInt64)]
    }

    func analyse(_ words: [String], scratch: inout [UInt32]) -> Sentence {
        var infos: [WordInfo] = []
        infos.reserveCapacity(words.count)
        var anyLower = false, anyLetters = false
        for w in words {
            let info = WordInfo(w, scratch: &scratch)
            if info.has(WordInfo.hasLower) { anyLower = true }
            if info.has(WordInfo.hasLetter) { anyLetters = true }
            infos.append(info)
        }
        let headline = anyLetters && !anyLower
        let n = infos.count
        // Gazetteer: longest match per category covering each token, as BILOU position.
        var gazBits = [UInt32](repeating: 0, count: n)
        var gazFeature = [UInt64](repeating: 0, count: n)
        if !lexicon.gazetteer.isEmpty {
            var positions = [UInt64](repeating: 0, count: n)
            for i in 0..<n where infos[i].has(WordInfo.hasLetter) {
                var h: UInt64 = FeatureGazetteer.sequenceSeed
                var k = i
                while k < n && k - i < FeatureGazetteer.maxLength {
                    h = FeatureHash.extend(h, with: infos[k].lower)
                    guard let value = lexicon.gazetteer[h] else { break }
                    let categories = value & ~FeatureGazetteer.prefixBit
                    if categories != 0 {
                        let len = k - i + 1
                        for j in i...k {
                            gazBits[j] |= categories
                            let pos: UInt64 = len == 1 ? 3 : (j == i ? 0 : (j == k ? 2 : 1))
                            positions[j] = FeatureHash.combine(positions[j], UInt64(categories) << 3 | pos)
                        }
                    }
                    if value & FeatureGazetteer.prefixBit == 0 { break }
                    k += 1
                }
            }
            gazFeature = positions
        }
        var clusters = [UInt64](repeating: FeatureExtractor.noCluster, count: n)
        if !lexicon.clusters.isEmpty {
            for i in 0..<n {
                let info = infos[i]
                if let c = lexicon.clusters[info.raw] {
                    clusters[i] = c
                } else if info.has(WordInfo.allCaps) || (headline && info.isCapitalised) {
                    if let c = lexicon.clusters[info.title] { clusters[i] = c }
                    else if let c = lexicon.clusters[info.lower] { clusters[i] = c }
                } else if i == 0, let c = lexicon.clusters[info.lower] {
                    clusters[i] = c
                }
            }
        }
        var forms = infos.map(\.raw)
        if headline {
            for i in 0..<n where infos[i].has(WordInfo.allCaps) && infos[i].length > 1 && lexicon.clusters[infos[i].raw] == nil {
                forms[i] = infos[i].title
            }
        }
        var parts = [(UInt64, UInt64, UInt64)](repeating: (0, 0, 0), count: n)
        for i in 0..<n where infos[i].has(WordInfo.hasHyphen) && infos[i].has(WordInfo.hasLetter) {
            let pieces = words[i].split(separator: "-")
            guard pieces.count > 1 else { continue }
            var categories: UInt32 = 0
            for piece in pieces {
                let key = FeatureHash.extend(FeatureGazetteer.sequenceSeed, with: WordInfo(String(piece), scratch: &scratch).lower)
                categories |= (lexicon.gazetteer[key] ?? 0) & ~FeatureGazetteer.prefixBit
            }
            parts[i] = (WordInfo(String(pieces[0]), scratch: &scratch).lower,
                        WordInfo(String(pieces[pieces.count - 1]), scratch: &scratch).lower, UInt64(categories) | 1 << 40)
        }
        return Sentence(words: infos, headline: headline, gazetteer: gazBits, gazetteerFeature: gazFeature, clusters: clusters,
                        forms: forms, parts: parts)
    }

    func documentContext(_ sentences: [Sentence]) -> DocumentContext {
        var context = DocumentContext()
        for s in sentences {
            let n = s.words.count
            for i in 0..<n {
                let w = s.words[i]
                guard w.has(WordInfo.hasLetter) else { continue }
                var mark: UInt32 = 0
                if w.isCapitalised {
                    if i > 0 && !s.headline { mark |= DocumentContext.capitalisedMidSentence }
                    if i == 0 && !s.headline { mark |= DocumentContext.sentenceInitialOnly }
                    if !s.headline {
                        let prevCap = i > 0 && s.words[i - 1].isCapitalised && i - 1 > 0
                        let nextCap = i + 1 < n && s.words[i + 1].isCapitalised
                        if prevCap || nextCap { mark |= DocumentContext.nextToCapitalised }
                    }
                    if i > 0 && s.gazetteer[i - 1] & FeatureGazetteer.Category.title != 0 { mark |= DocumentContext.afterTitle }
                    if i > 0 && s.gazetteer[i - 1] & FeatureGazetteer.Category.firstName != 0 && s.words[i - 1].isCapitalised {
                        mark |= DocumentContext.afterFirstName
                    }
                    if i + 1 < n && s.words[i + 1].isCapitalised
                        && s.gazetteer[i + 1] & (FeatureGazetteer.Category.organisationSuffix | FeatureGazetteer.Category.organisationWord) != 0 {
                        mark |= DocumentContext.beforeOrganisationWord
                    }
                } else if w.has(WordInfo.hasLower) {
                    mark |= DocumentContext.lowerCase
                }
                context.marks[w.lower, default: 0] |= mark
            }
        }
        // "sentence initial only" means never capitalised mid-sentence.
        for (k, v) in context.marks where v & DocumentContext.capitalisedMidSentence != 0 {
            context.marks[k] = v & ~DocumentContext.sentenceInitialOnly
        }
        return context
    }

    /// Hashed features for every token of a document: one flat array per sentence, `count` per token.
    public func features(document: [[String]]) -> [[UInt64]] {
        analyse(document: document).features
    }

    /// The analysed sentences (for the second pass) and their hashed features.
    func analyse(document: [[String]]) -> (sentences: [Sentence], features: [[UInt64]]) {
        var scratch: [UInt32] = []
        scratch.reserveCapacity(32)
        let analysed = document.map { analyse($0, scratch: &scratch) }
        let context = documentContext(analysed)
        return (analysed, analysed.map { features(sentence: $0, context: context) })
    }

    func features(sentence s: Sentence, context: DocumentContext) -> [UInt64] {
        let n = s.words.count
        let F = FeatureExtractor.count
        var out = [UInt64](repeating: 0, count: n * F)
        let hl: UInt64 = s.headline ? 1 : 0
        let levels = lexicon.clusterLevels
        @inline(__always) func word(_ j: Int) -> WordInfo {
            if j < 0 { return j == -1 ? FeatureExtractor.before1 : FeatureExtractor.before2 }
            if j >= n { return j == n ? FeatureExtractor.after1 : FeatureExtractor.after2 }
            return s.words[j]
        }
        @inline(__always) func cluster(_ j: Int, _ level: Int) -> UInt64 {
            if j < 0 || j >= n { return 0xFFFE &+ UInt64(j < 0 ? 0 : 1) }
            let c = s.clusters[j]
            if c == FeatureExtractor.noCluster { return 0xFFFF }
            let l = min(level, levels)
            return l >= 4 ? c : c & ((1 << (16 * UInt64(l))) - 1)
        }
        @inline(__always) func form(_ j: Int) -> UInt64 {
            if j < 0 || j >= n { return word(j).raw }
            return s.forms[j]
        }
        @inline(__always) func gaz(_ j: Int) -> UInt64 {
            if j < 0 || j >= n { return 7 }
            return s.gazetteerFeature[j]
        }
        out.withUnsafeMutableBufferPointer { buf in
            for i in 0..<n {
                let w = s.words[i]
                let p1 = word(i - 1), p2 = word(i - 2), n1 = word(i + 1), n2 = word(i + 2)
                let base = i * F
                var k = 0
                @inline(__always) func put(_ value: UInt64) {
                    buf[base + k] = FeatureHash.combine(UInt64(k), value)
                    k += 1
                }
                put(0)
                put(form(i))
                put(w.lower)
                put(form(i - 1))
                put(form(i + 1))
                put(p2.lower)
                put(n2.lower)
                put(FeatureHash.combine(p1.lower, w.lower))
                put(FeatureHash.combine(w.lower, n1.lower))
                put(FeatureHash.combine(p1.lower, n1.lower))
                put(FeatureHash.combine(w.shape, hl))
                put(FeatureHash.combine(p1.shape, hl))
                put(FeatureHash.combine(n1.shape, hl))
                put(FeatureHash.combine(p1.shortShape, w.shortShape, n1.shortShape, hl))
                put(FeatureHash.combine(p2.shortShape, p1.shortShape, w.shortShape, hl))
                put(FeatureHash.combine(w.shortShape, n1.shortShape, n2.shortShape, hl))
                put(w.prefixes.0); put(w.prefixes.1); put(w.prefixes.2); put(w.prefixes.3)
                put(w.suffixes.0); put(w.suffixes.1); put(w.suffixes.2); put(w.suffixes.3)
                put(FeatureHash.combine(UInt64(w.flags), hl))
                put(FeatureHash.combine(i == 0 ? 1 : 0, w.shortShape, hl))
                put(FeatureHash.combine(p1.lower, w.shape))
                put(FeatureHash.combine(w.shape, n1.lower))
                put(FeatureHash.combine(UInt64(min(w.length, 12)), w.shortShape))
                put(cluster(i, 1)); put(cluster(i, 2)); put(cluster(i, 3)); put(cluster(i, 4))
                put(cluster(i - 1, 2)); put(cluster(i - 1, 4))
                put(cluster(i + 1, 2)); put(cluster(i + 1, 4))
                put(FeatureHash.combine(gaz(i), w.isCapitalised ? 1 : 0))
                put(gaz(i - 1))
                put(gaz(i + 1))
                let mark = !lexicon.documentContext ? 0xFE : (w.has(WordInfo.hasLetter) ? UInt64(context.marks[w.lower] ?? 0) : 0xFF)
                put(FeatureHash.combine(mark, w.isCapitalised ? 1 : 0, hl))
                put(FeatureHash.combine(mark, w.shortShape, i == 0 ? 1 : 0))
                put(FeatureHash.combine(cluster(i, 2), w.shortShape))
                let parts = s.parts[i]
                put(parts.0)
                put(parts.1)
                put(FeatureHash.combine(parts.2, w.isCapitalised ? 1 : 0))
                precondition(k == F, "feature count mismatch")
            }
        }
        return out
    }
}
