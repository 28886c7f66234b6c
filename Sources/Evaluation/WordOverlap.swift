/// How much of one text's words another has: precision, recall and F1 over word counts (a bag of words, so
/// order does not matter but repetition does), the measure article extractors are compared by.
public struct WordOverlap: Sendable, Hashable {
    public var extracted: Int
    public var expected: Int
    public var common: Int

    public init(extracted: Int = 0, expected: Int = 0, common: Int = 0) {
        self.extracted = extracted
        self.expected = expected
        self.common = common
    }

    /// Words are runs of letters and digits, lowercased.
    public init(extracted: String, expected: String) {
        let got = Self.counts(extracted)
        let want = Self.counts(expected)
        self.extracted = got.values.reduce(0, +)
        self.expected = want.values.reduce(0, +)
        common = got.reduce(0) { $0 + min($1.value, want[$1.key] ?? 0) }
    }

    /// 1 when nothing was extracted and nothing expected.
    public var precision: Double { extracted == 0 ? (expected == 0 ? 1 : 0) : Double(common) / Double(extracted) }
    public var recall: Double { expected == 0 ? 1 : Double(common) / Double(expected) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    static func counts(_ text: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        var word = String.UnicodeScalarView()
        func flush() {
            if !word.isEmpty { counts[String(word).lowercased(), default: 0] += 1 }
            word.removeAll()
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { word.append(scalar) } else { flush() }
        }
        flush()
        return counts
    }
}

/// trafilatura's measure: for each page, snippets its text must hold and snippets it must not; a snippet is
/// found when it occurs, whitespace-normalised, in the extracted text.
public struct SnippetScore: Sendable, Hashable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0
    public var trueNegatives = 0

    public init() {}

    public mutating func add(text: String, with: [String], without: [String]) {
        let normalized = Self.normalize(text)
        for snippet in with {
            if normalized.contains(Self.normalize(snippet)) { truePositives += 1 } else { falseNegatives += 1 }
        }
        for snippet in without {
            if normalized.contains(Self.normalize(snippet)) { falsePositives += 1 } else { trueNegatives += 1 }
        }
    }

    public var precision: Double { truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives) }
    public var recall: Double { truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
    public var accuracy: Double {
        let all = truePositives + falsePositives + falseNegatives + trueNegatives
        return all == 0 ? 0 : Double(truePositives + trueNegatives) / Double(all)
    }

    static func normalize(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
