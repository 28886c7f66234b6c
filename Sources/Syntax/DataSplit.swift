/// Which silver sentences train the models and which score them. Fixed here so every run splits alike.
public enum DataSplit {
    /// News articles held out of the project for an independent evaluation (../shared/data/held-out.txt), and the
    /// gold test articles (Tests/Gold/sets/test.txt): neither trains nor scores the syntax models.
    public static let excludedArticles: Set<Int> = [
        37, 778, 782, 1040, 1107, 1385, 2089, 2170, 3363, 3408, 1838, 1591, 1413, 867, 948, 1835, 1283, 2627, 1882, 1387,
        216, 416, 652, 660, 928, 933, 956, 1036, 1173, 1312, 1320, 1383, 1610, 1620, 2505, 2977, 3536, 3672, 3709, 3723,
        3744, 3783,
    ]

    /// News articles whose id ends in this digit are the evaluation slice; they never train.
    public static let evaluationDigit = 7

    public enum Part: Sendable { case train, evaluation, excluded }

    /// The part of a sentence: CoNLL-2003 sentences always train.
    public static func part(of sentence: TreebankSentence) -> Part {
        guard let article = sentence.newsArticle else { return .train }
        if excludedArticles.contains(article) { return .excluded }
        return article % 10 == evaluationDigit ? .evaluation : .train
    }
}
