import NewsModel

extension QueryHandler {
    /// The most characters a search's text may have: more than any headline or question, far less than a document.
    public static let maxSearchCharacters = 1000
    /// The most words and phrases a search may hold: each one is a list SQLite merges with the others, and the cost
    /// of merging grows faster than their number (a thousand terms took seconds; two thousand, most of a minute).
    public static let maxSearchTerms = 32

    /// Refuses search text past the bounds with `invalid_parameter`, naming the bound and what was sent.
    static func checkSearchText(_ text: String) throws {
        guard text.count <= maxSearchCharacters else {
            throw ErrorReply(code: .invalidParameter,
                             message: "'text' may have at most \(maxSearchCharacters) characters, got \(text.count)")
        }
        let terms = FTSQuery.terms(in: text).filter { if case .term = $0 { true } else { false } }.count
        guard terms <= maxSearchTerms else {
            throw ErrorReply(code: .invalidParameter,
                             message: "'text' may hold at most \(maxSearchTerms) words or phrases, got \(terms)")
        }
    }
}
