import Foundation

/// Settings for `Trainer.train`.
public struct TrainingOptions: Sendable {
    public var epochs = 12
    public var seed: UInt64 = 20_030_601
    /// log2 of the number of hashed feature buckets.
    public var bucketBits = 21
    /// Rows whose largest quantised weight (in units of the Int16 scale) is at most this are dropped.
    public var pruneBelow: Int = 0
    /// Score the dev set after every epoch (costs a second or two per epoch).
    public var evaluateEveryEpoch = true

    public init() {}
}

/// What happened in one training epoch.
public struct EpochReport: Sendable {
    public var epoch: Int
    public var mistakes: Int
    public var sentences: Int
    public var seconds: Double
    public var dev: EntityScore?
    public var rows: Int
}

/// Structured averaged perceptron training (Collins 2002) over BILOU tags.
public enum Trainer {
    public static func train(
        train: [CoNLLDocument], dev: [CoNLLDocument]?, lexicon: Lexicon, options: TrainingOptions = TrainingOptions(),
        metadata: [String: String] = [:], progress: (EpochReport) -> Void = { _ in }
    ) -> PerceptronTagger {
        let T = Tags.count, F = FeatureExtractor.count
        let extractor = FeatureExtractor(lexicon: lexicon)
        let mask = UInt64((1 << options.bucketBits) - 1)
        // Features once: bucket ids and gold tags, flattened.
        var buckets: [UInt32] = []
        var gold: [UInt8] = []
        var starts: [Int] = [0]
        for document in train {
            let features = extractor.features(document: document.words)
            for (s, sentence) in document.sentences.enumerated() where !sentence.isEmpty {
                for h in features[s] { buckets.append(UInt32(truncatingIfNeeded: h & mask)) }
                for t in Tags.toBILOU(sentence.map(\.tag)) { gold.append(UInt8(t)) }
                starts.append(gold.count)
            }
        }
        let sentenceCount = starts.count - 1
        let B = 1 << options.bucketBits
        var w = [Float](repeating: 0, count: B * T)
        var u = [Double](repeating: 0, count: B * T)
        var tw = [Float](repeating: 0, count: (T + 1) * T + T)  // transitions then end scores
        var tu = [Double](repeating: 0, count: (T + 1) * T + T)
        var c: Double = 1
        var rng = SeededGenerator(seed: options.seed)
        var order = Array(0..<sentenceCount)
        var emissions: [Float] = []
        var backpointers: [Int32] = []
        var scores: [Float] = []
        var tagger: PerceptronTagger?

        for epoch in 1...max(1, options.epochs) {
            let started = Date()
            // Fisher-Yates with our own generator, so every platform shuffles alike.
            for i in stride(from: sentenceCount - 1, to: 0, by: -1) {
                order.swapAt(i, rng.below(i + 1))
            }
            var mistakes = 0
            for s in order {
                let lo = starts[s], hi = starts[s + 1], n = hi - lo
                emissions.removeAll(keepingCapacity: true)
                emissions.append(contentsOf: repeatElement(0, count: n * T))
                buckets.withUnsafeBufferPointer { bk in
                    w.withUnsafeBufferPointer { w in
                        emissions.withUnsafeMutableBufferPointer { em in
                            for i in 0..<n {
                                let fb = (lo + i) * F
                                for f in 0..<F {
                                    let base = Int(bk[fb + f]) * T
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
                for i in 0..<n where Int(gold[lo + i]) != predicted[i] { wrong = true; break }
                if wrong {
                    mistakes += 1
                    buckets.withUnsafeBufferPointer { bk in
                        w.withUnsafeMutableBufferPointer { w in
                            u.withUnsafeMutableBufferPointer { u in
                                for i in 0..<n {
                                    let g = Int(gold[lo + i]), p = predicted[i]
                                    if g == p { continue }
                                    let fb = (lo + i) * F
                                    for f in 0..<F {
                                        let base = Int(bk[fb + f]) * T
                                        w[base + g] += 1; u[base + g] += c
                                        w[base + p] -= 1; u[base + p] -= c
                                    }
                                }
                            }
                        }
                    }
                    for i in 0...n {
                        let gPrev = i == 0 ? T : Int(gold[lo + i - 1]), pPrev = i == 0 ? T : predicted[i - 1]
                        let gIndex = i == n ? (T + 1) * T + gPrev : gPrev * T + Int(gold[lo + i])
                        let pIndex = i == n ? (T + 1) * T + pPrev : pPrev * T + predicted[i]
                        if gIndex == pIndex { continue }
                        tw[gIndex] += 1; tu[gIndex] += c
                        tw[pIndex] -= 1; tu[pIndex] -= c
                    }
                }
                c += 1
            }
            let seconds = Date().timeIntervalSince(started)
            let last = epoch == max(1, options.epochs)
            var report = EpochReport(epoch: epoch, mistakes: mistakes, sentences: sentenceCount, seconds: seconds, dev: nil, rows: 0)
            if options.evaluateEveryEpoch || last {
                var meta = metadata
                meta["epochs"] = String(epoch)
                meta["seed"] = String(options.seed)
                meta["bucketBits"] = String(options.bucketBits)
                let current = compact(w: w, u: u, tw: tw, tu: tu, c: c, options: options, lexicon: lexicon, metadata: meta)
                report.rows = current.weights.rowCount
                if let dev { report.dev = evaluate(current, on: dev) }
                if last { tagger = current }
            }
            progress(report)
        }
        return tagger!
    }

    /// Averaged weights (w - u/c), quantised to Int16, zero rows dropped.
    static func compact(w: [Float], u: [Double], tw: [Float], tu: [Double], c: Double, options: TrainingOptions,
                        lexicon: Lexicon, metadata: [String: String]) -> PerceptronTagger {
        let T = Tags.count
        let B = 1 << options.bucketBits
        var averaged = [Float](repeating: 0, count: B * T)
        var maxAbs: Float = 0
        for k in 0..<(B * T) {
            let v = Float(Double(w[k]) - u[k] / c)
            averaged[k] = v
            maxAbs = max(maxAbs, abs(v))
        }
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
        var transitions = [Float](repeating: 0, count: tw.count)
        for k in 0..<tw.count { transitions[k] = Float(Double(tw[k]) - tu[k] / c) }
        let weights = CompactWeights(bucketBits: options.bucketBits, bitmap: bitmap, rows: rows, scale: scale,
                                     transitions: Array(transitions[0..<((T + 1) * T)]),
                                     endScores: Array(transitions[((T + 1) * T)...]))
        return PerceptronTagger(weights: weights, lexicon: lexicon, metadata: metadata)
    }
}
