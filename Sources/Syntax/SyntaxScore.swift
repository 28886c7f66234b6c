import ModelSupport

/// Tag accuracy and attachment scores of predicted against reference sentences.
public struct SyntaxScore: Sendable {
    public var sentences = 0
    public var tokens = 0
    public var tagsRight = 0
    public var universalRight = 0
    public var headsRight = 0
    public var labelledRight = 0
    /// The same, leaving out words whose reference tag is punctuation (as parsing papers often report).
    public var wordTokens = 0
    public var wordHeadsRight = 0
    public var wordLabelledRight = 0

    public init() {}

    public var tagAccuracy: Double { ratio(tagsRight, tokens) }
    public var universalAccuracy: Double { ratio(universalRight, tokens) }
    public var uas: Double { ratio(headsRight, tokens) }
    public var las: Double { ratio(labelledRight, tokens) }
    public var uasWithoutPunctuation: Double { ratio(wordHeadsRight, wordTokens) }
    public var lasWithoutPunctuation: Double { ratio(wordLabelledRight, wordTokens) }

    func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

    /// Adds one sentence; `predicted` must have the reference's words.
    public mutating func add(reference: TreebankSentence, predicted: SentenceSyntax) {
        sentences += 1
        for i in 0..<reference.count {
            tokens += 1
            if predicted.tags[i] == reference.tags[i] { tagsRight += 1 }
            if predicted.universalTags[i] == reference.universalTags[i] { universalRight += 1 }
            let head = predicted.tree.heads[i] == reference.heads[i]
            let labelled = head && predicted.tree.labels[i] == reference.labels[i]
            if head { headsRight += 1 }
            if labelled { labelledRight += 1 }
            if !reference.tags[i].isPunctuation {
                wordTokens += 1
                if head { wordHeadsRight += 1 }
                if labelled { wordLabelledRight += 1 }
            }
        }
    }

    public static func evaluate(_ model: SyntaxModel, on sentences: [TreebankSentence]) -> SyntaxScore {
        var score = SyntaxScore()
        var scratch: [UInt32] = []
        for sentence in sentences {
            score.add(reference: sentence, predicted: model.analyse(sentence.words.map { WordInfo($0, scratch: &scratch) }))
        }
        return score
    }

    public func report() -> String {
        func f(_ x: Double) -> String { String(format: "%.4f", x) }
        return """
            \(sentences) sentences, \(tokens) tokens
            tag accuracy (Penn)        \(f(tagAccuracy))
            tag accuracy (universal)   \(f(universalAccuracy))
            UAS                        \(f(uas))   (without punctuation \(f(uasWithoutPunctuation)))
            LAS                        \(f(las))   (without punctuation \(f(lasWithoutPunctuation)))
            """
    }
}
