import ModelSupport
import Foundation

/// Settings for `Trainer.train`.
public struct TrainingOptions: Sendable {
    public var epochs = 12
    public var seed: UInt64 = 20_030_601
    /// log2 of the number of hashed feature buckets.
    public var bucketBits = 21
    /// Rows whose largest quantised weight (in units of the Int16 scale) is at most this are dropped.
    public var pruneBelow: Int = 0
    /// Score the dev set after every epoch (costs a fraction of a second per epoch).
    public var evaluateEveryEpoch = true
    /// Train a second pass over the first pass's tags across the document.
    public var stacked = true
    /// Folds of the jackknife that gives the second pass first-pass tags on training documents.
    public var folds = 5

    public init() {}
}

/// What happened in one training epoch.
public struct EpochReport: Sendable {
    /// "pass 1", "fold 3", "pass 2"...
    public var stage: String
    public var epoch: Int
    public var mistakes: Int
    public var sentences: Int
    public var seconds: Double
    public var dev: EntityScore?
    public var rows: Int
}

/// Structured averaged perceptron training (Collins 2002) over BILOU tags, with an optional stacked
/// second pass (first-pass tags for the training documents come from a jackknife, so the second pass
/// learns how far to trust them on unseen text).
public enum Trainer {
    /// Training sentences as hashed features (`stride` per token) and gold BILOU tags.
    struct Corpus {
        var features: [UInt64] = []
        var gold: [UInt8] = []
        var starts: [Int] = [0]
        var stride: Int
        var sentenceCount: Int { starts.count - 1 }
        mutating func append(_ features: [UInt64], gold tags: [Int]) {
            self.features.append(contentsOf: features)
            for t in tags { gold.append(UInt8(t)) }
            starts.append(gold.count)
        }
    }

    public static func train(
        train: [CoNLLDocument], dev: [CoNLLDocument]?, lexicon: FeatureLexicon, options: TrainingOptions = TrainingOptions(),
        metadata: [String: String] = [:], progress: (EpochReport) -> Void = { _ in }
    ) -> PerceptronTagger {
        let extractor = FeatureExtractor(lexicon: lexicon)
        var meta = metadata
        meta["seed"] = String(options.seed)
        meta["bucketBits"] = String(options.bucketBits)
        meta["epochs"] = String(options.epochs)
        meta["stacked"] = options.stacked ? "yes" : "no"
        // Features once, per document (the second pass needs documents whole).
        var analysed: [[FeatureExtractor.Sentence]] = []
        var features: [[[UInt64]]] = []
        var gold: [[[Int]]] = []
        for document in train {
            let nonEmpty = document.sentences.filter { !$0.isEmpty }
            let a = extractor.analyse(document: nonEmpty.map { $0.map(\.word) })
            analysed.append(a.sentences)
            features.append(a.features)
            gold.append(nonEmpty.map { Tags.toBILOU($0.map(\.tag)) })
        }
        func corpus(documents: [Int]) -> Corpus {
            var c = Corpus(stride: FeatureExtractor.count)
            for d in documents { for s in 0..<features[d].count { c.append(features[d][s], gold: gold[d][s]) } }
            return c
        }
        let all = Array(0..<train.count)

        guard options.stacked else {
            let weights = fit(corpus(documents: all), options: options, seed: options.seed) { epoch, mistakes, n, seconds, current in
                var report = EpochReport(stage: "pass 1", epoch: epoch, mistakes: mistakes, sentences: n, seconds: seconds, dev: nil, rows: 0)
                if options.evaluateEveryEpoch || epoch == options.epochs {
                    let tagger = PerceptronTagger(weights: current(), lexicon: lexicon)
                    report.rows = tagger.rowCount
                    if let dev { report.dev = evaluate(tagger, on: dev) }
                }
                progress(report)
            }
            return PerceptronTagger(weights: weights, lexicon: lexicon, metadata: meta)
        }

        // 1. jackknife: first-pass tags for every training document from a model that did not see it
        var predicted: [[[Int]]] = gold.map { $0.map { [Int](repeating: 0, count: $0.count) } }
        let folds = max(2, options.folds)
        for k in 0..<folds {
            let held = all.filter { $0 % folds == k }, rest = all.filter { $0 % folds != k }
            let started = Date()
            let weights = fit(corpus(documents: rest), options: options, seed: options.seed &+ UInt64(k + 1)) { _, _, _, _, _ in }
            var buffers = DecodeBuffers()
            for d in held {
                for s in 0..<features[d].count {
                    predicted[d][s] = weights.decode(features[d][s], count: gold[d][s].count, stride: FeatureExtractor.count, buffers: &buffers)
                }
            }
            progress(EpochReport(stage: "fold \(k + 1)/\(folds)", epoch: options.epochs, mistakes: 0, sentences: 0,
                                 seconds: Date().timeIntervalSince(started), dev: nil, rows: weights.rowCount))
        }
        // 2. the first pass on everything
        let startedFirst = Date()
        let first = fit(corpus(documents: all), options: options, seed: options.seed) { _, _, _, _, _ in }
        var firstReport = EpochReport(stage: "pass 1", epoch: options.epochs, mistakes: 0, sentences: 0,
                                      seconds: Date().timeIntervalSince(startedFirst), dev: nil, rows: first.rowCount)
        if let dev { firstReport.dev = evaluate(PerceptronTagger(weights: first, lexicon: lexicon), on: dev) }
        progress(firstReport)
        // 3. the second pass on base features plus stacked features from the jackknifed tags
        var stackedCorpus = Corpus(stride: FeatureExtractor.count + Stacking.count)
        for d in all {
            let stacked = Stacking.features(sentences: analysed[d], predicted: predicted[d])
            for s in 0..<features[d].count {
                stackedCorpus.append(Stacking.merge(base: features[d][s], stacked: stacked[s], count: gold[d][s].count), gold: gold[d][s])
            }
        }
        let second = fit(stackedCorpus, options: options, seed: options.seed) { epoch, mistakes, n, seconds, current in
            var report = EpochReport(stage: "pass 2", epoch: epoch, mistakes: mistakes, sentences: n, seconds: seconds, dev: nil, rows: 0)
            if options.evaluateEveryEpoch || epoch == options.epochs {
                let tagger = PerceptronTagger(weights: first, second: current(), lexicon: lexicon)
                report.rows = tagger.rowCount
                if let dev { report.dev = evaluate(tagger, on: dev) }
            }
            progress(report)
        }
        return PerceptronTagger(weights: first, second: second, lexicon: lexicon, metadata: meta)
    }

    /// Trains one averaged perceptron on `corpus`. After each epoch `epochDone(epoch, mistakes, sentences,
    /// seconds, current)` is called; `current()` compacts the averaged weights so far.
    static func fit(_ corpus: Corpus, options: TrainingOptions, seed: UInt64,
                    epochDone: (Int, Int, Int, Double, () -> CompactWeights) -> Void) -> CompactWeights {
        let T = Tags.count, F = corpus.stride
        let mask = UInt64((1 << options.bucketBits) - 1)
        let B = 1 << options.bucketBits
        let sentenceCount = corpus.sentenceCount
        var w = [Float](repeating: 0, count: B * T)
        var u = [Double](repeating: 0, count: B * T)
        var tw = [Float](repeating: 0, count: (T + 1) * T + T)  // transitions, then end scores
        var tu = [Double](repeating: 0, count: (T + 1) * T + T)
        var c: Double = 1
        var rng = SeededGenerator(seed: seed)
        var order = Array(0..<sentenceCount)
        var emissions: [Float] = []
        var backpointers: [Int32] = []
        var scores: [Float] = []
        func current() -> CompactWeights {
            compact(averaged: average(w, u, c), transitions: average(tw, tu, c), options: options)
        }
        for epoch in 1...max(1, options.epochs) {
            let started = Date()
            // Fisher-Yates with our own generator, so every platform shuffles alike.
            for i in stride(from: sentenceCount - 1, to: 0, by: -1) {
                order.swapAt(i, rng.below(i + 1))
            }
            var mistakes = 0
            for s in order {
                let lo = corpus.starts[s], hi = corpus.starts[s + 1], n = hi - lo
                emissions.removeAll(keepingCapacity: true)
                emissions.append(contentsOf: repeatElement(0, count: n * T))
                corpus.features.withUnsafeBufferPointer { fx in
                    w.withUnsafeBufferPointer { w in
                        emissions.withUnsafeMutableBufferPointer { em in
                            for i in 0..<n {
                                let fb = (lo + i) * F
                                for f in 0..<F {
                                    let base = Int(truncatingIfNeeded: fx[fb + f] & mask) * T
                                    for t in 0..<T { em[i * T + t] += w[base + t] }
                                }
                            }
                        }
                    }
                }
                let transitions = Array(tw[0..<((T + 1) * T)]), ends = Array(tw[((T + 1) * T)...])
                let predicted = viterbi(emissions: emissions, count: n, transitions: transitions, endScores: ends,
                                        backpointers: &backpointers, scores: &scores)
                var wrong = false
                for i in 0..<n where Int(corpus.gold[lo + i]) != predicted[i] { wrong = true; break }
                if wrong {
                    mistakes += 1
                    corpus.features.withUnsafeBufferPointer { fx in
                        w.withUnsafeMutableBufferPointer { w in
                            u.withUnsafeMutableBufferPointer { u in
                                for i in 0..<n {
                                    let g = Int(corpus.gold[lo + i]), p = predicted[i]
                                    if g == p { continue }
                                    let fb = (lo + i) * F
                                    for f in 0..<F {
                                        let base = Int(truncatingIfNeeded: fx[fb + f] & mask) * T
                                        w[base + g] += 1; u[base + g] += c
                                        w[base + p] -= 1; u[base + p] -= c
                                    }
                                }
                            }
                        }
                    }
                    for i in 0...n {
                        let gPrev = i == 0 ? T : Int(corpus.gold[lo + i - 1]), pPrev = i == 0 ? T : predicted[i - 1]
                        let gIndex = i == n ? (T + 1) * T + gPrev : gPrev * T + Int(corpus.gold[lo + i])
                        let pIndex = i == n ? (T + 1) * T + pPrev : pPrev * T + predicted[i]
                        if gIndex == pIndex { continue }
                        tw[gIndex] += 1; tu[gIndex] += c
                        tw[pIndex] -= 1; tu[pIndex] -= c
                    }
                }
                c += 1
            }
            epochDone(epoch, mistakes, sentenceCount, Date().timeIntervalSince(started), current)
        }
        return current()
    }

    /// The perceptron's averaged weights: w - u/c.
    static func average(_ w: [Float], _ u: [Double], _ c: Double) -> [Float] {
        var out = [Float](repeating: 0, count: w.count)
        for k in 0..<w.count { out[k] = Float(Double(w[k]) - u[k] / c) }
        return out
    }

    /// Averaged weights quantised to Int16 with one scale, zero rows dropped.
    static func compact(averaged: [Float], transitions: [Float], options: TrainingOptions) -> CompactWeights {
        let T = Tags.count
        let B = 1 << options.bucketBits
        var maxAbs: Float = 0
        for v in averaged { maxAbs = max(maxAbs, abs(v)) }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        var bitmap = [UInt64](repeating: 0, count: max(1, B / 64))
        var rows: [Int16] = []
        var row = [Int16](repeating: 0, count: T)
        for b in 0..<B {
            var keep = false
            for t in 0..<T {
                let q = Int16(clamping: Int((averaged[b * T + t] / scale).rounded()))
                row[t] = q
                if Int(q.magnitude) > options.pruneBelow { keep = true }
            }
            if keep {
                bitmap[b >> 6] |= 1 << UInt64(b & 63)
                rows.append(contentsOf: row)
            }
        }
        return CompactWeights(bucketBits: options.bucketBits, bitmap: bitmap, rows: rows, scale: scale,
                              transitions: Array(transitions[0..<((T + 1) * T)]),
                              endScores: Array(transitions[((T + 1) * T)...]))
    }
}
