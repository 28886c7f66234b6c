/// Finds a page's article body by scoring its blocks, as Readability-style extractors do.
///
/// Each paragraph-like block with enough text scores 1, plus one per comma, plus one per 100 characters (up to
/// 3): long, comma-rich prose is the story, short link-heavy lines are furniture. A block's score goes to the
/// element holding it in full, to that element's parent by half, and more thinly further up; an element's own
/// class and id hints and tag start it off; its total is then scaled by how little of its text is link text.
/// The best element, with the siblings that score nearly as well or read like prose, is the article, cleaned
/// of the lists, tables and boxes inside it that look like furniture.
///
/// When that finds too little text (a page with unusual markup), it tries again trusting fewer hints.
public struct ArticleExtractor: Sendable {
    public struct Options: Sendable, Hashable {
        /// Drop elements whose class or id names furniture before scoring.
        public var stripUnlikely = true
        /// Let class and id hints weigh in scores.
        public var weighClasses = true
        /// Drop furniture-looking lists, tables and boxes from the chosen content.
        public var cleanConditionally = true
        /// Text shorter than this (in characters) sends the extractor round again with fewer hints.
        public var minimumLength = 500

        public init() {}
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The article's paragraphs, in page order. `title` (the page's, if known) lets a heading that repeats it go.
    public func paragraphs(of document: Document, title: String? = nil) -> [String] {
        var best: [String] = []
        var bestLength = -1
        let facts = NodeFacts(document: document)
        for attempt in attempts() {
            let result = extract(document, facts: facts, options: attempt, title: title)
            let length = result.reduce(0) { $0 + $1.utf8.count }
            if length >= options.minimumLength { return result }
            if length > bestLength {
                best = result
                bestLength = length
            }
        }
        return best
    }

    func attempts() -> [Options] {
        var list = [options]
        var next = options
        for step in 0..<3 {
            switch step {
            case 0: next.stripUnlikely = false
            case 1: next.weighClasses = false
            default: next.cleanConditionally = false
            }
            if next != list.last { list.append(next) }
        }
        return list
    }

    func extract(_ document: Document, facts: NodeFacts, options: Options, title: String?) -> [String] {
        let excluded = Exclusion.mark(document, facts: facts, stripUnlikely: options.stripUnlikely)
        let stats = BlockStatistics(document: document, excluded: excluded, facts: facts)
        var scoring = CandidateScoring(document: document, stats: stats, facts: facts, weighClasses: options.weighClasses)
        scoring.scoreBlocks()
        let content = scoring.selectContent()
        var cleaner = ContentCleaner(document: document, stats: stats, facts: facts, scores: scoring.scores,
                                     weighClasses: options.weighClasses, cleanConditionally: options.cleanConditionally,
                                     title: title)
        let dropped = cleaner.dropped(in: content)
        return TextRenderer.paragraphs(document: document, facts: facts, roots: content,
                                       skip: { excluded[$0] || dropped.contains($0) })
    }
}
