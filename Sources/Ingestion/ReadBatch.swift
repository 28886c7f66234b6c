/// What reading an input produced: the articles that could be read and a reason for each part that could not.
///
/// Reading never stops at the first problem: a folder with one bad file, or a CSV with one bad row,
/// still yields everything else, in input order.
public struct ReadBatch: Sendable {
    public var articles: [ReadArticle]
    public var errors: [InputError]

    public init(articles: [ReadArticle] = [], errors: [InputError] = []) {
        self.articles = articles
        self.errors = errors
    }

    /// Appends another batch's articles and errors after this one's.
    public mutating func append(_ other: ReadBatch) {
        articles.append(contentsOf: other.articles)
        errors.append(contentsOf: other.errors)
    }

    static func failure(_ origin: String, _ reason: String) -> ReadBatch {
        ReadBatch(errors: [InputError(origin: origin, reason: reason)])
    }
}
