import NewsModel

/// Splits tokens into paragraphs (a line break ends one: news text has a paragraph per line) and sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with the closing quotes and brackets after it) when the next token can begin
/// a sentence (not a lower-case word); after an abbreviation only when the next word clearly begins one ("U.S. The"),
/// and never after a title or an initial ("Lt. Gen. X", "Amina J. Mohammed"). A line break always ends a sentence, so a
/// headline without final punctuation is a sentence of its own.
public struct SentenceSplitter: Sendable {
    public init() {}

    public func split(tokens: [Token], scalars: [Unicode.Scalar]) -> (paragraphs: [Paragraph], sentences: [Sentence]) {
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        let count = tokens.count
        guard count > 0 else { return ([], []) }

        func lineBreak(after k: Int) -> Bool {
            if k + 1 >= count { return true }
            var p = tokens[k].end
            let end = tokens[k + 1].start
            while p < end {
                if Chars.isLineBreak(scalars[p]) { return true }
                p += 1
            }
            return false
        }

        var sentenceStart = 0
        var paragraphStart = 0
        var straightOpen = false
        var i = 0
        while i < count {
            let token = tokens[i]
            if token.text == "\"" { straightOpen.toggle() }
            var end: Int? = nil
            if lineBreak(after: i) {
                end = i
            } else if isTerminator(token) {
                var k = i
                while !lineBreak(after: k), isCloser(tokens[k + 1], straightOpen: straightOpen) {
                    k += 1
                    if tokens[k].text == "\"" { straightOpen.toggle() }
                }
                if lineBreak(after: k) || canStartSentence(tokens[k + 1]) { end = k }
                i = k
            } else if token.isAbbreviation, !isTitleOrInitial(token), Lexicon.sentenceStarters.contains(tokens[i + 1].text) {
                end = i
            }
            if let e = end {
                sentences.append(Sentence(span: Span(start: tokens[sentenceStart].start, end: tokens[e].end),
                                          tokens: sentenceStart..<(e + 1), paragraph: paragraphs.count))
                sentenceStart = e + 1
                if lineBreak(after: e) {
                    paragraphs.append(Paragraph(span: Span(start: tokens[paragraphStart].start, end: tokens[e].end),
                                                tokens: paragraphStart..<(e + 1)))
                    paragraphStart = e + 1
                    straightOpen = false
                }
                i = e + 1
            } else {
                i += 1
            }
        }
        return (paragraphs, sentences)
    }

    private func isTerminator(_ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        for c in token.text.unicodeScalars {
            switch c {
            case ".", "!", "?", "…", "。", "！", "？", "؟", "।": continue
            default: return false
            }
        }
        return true
    }

    private func isCloser(_ token: Token, straightOpen: Bool) -> Bool {
        switch token.text {
        case "”", "»", "’", "'", "›", ")", "]", "}", "」", "』": return true
        case "\"": return straightOpen
        default: return false
        }
    }

    private func canStartSentence(_ token: Token) -> Bool {
        switch token.kind {
        case .word:
            guard let first = token.text.unicodeScalars.first else { return false }
            return !Chars.isLower(first)
        case .number, .symbol, .url, .email: return true
        case .quote:
            return ["\"", "“", "«", "‘", "'", "„", "「", "『"].contains(token.text)
        case .punctuation:
            return ["(", "[", "-", "—", "–", "•", "¿", "¡"].contains(token.text)
        }
    }

    private func isTitleOrInitial(_ token: Token) -> Bool {
        let bare = String(token.text.dropLast()).lowercased()
        if Lexicon.titleAbbreviations.contains(bare) { return true }
        let scalars = bare.unicodeScalars
        return scalars.count == 1 && Chars.isLetter(scalars.first!)
    }
}

/// Tokenizes the document.
struct TokenizeStage: ExtractionStage {
    func run(_ document: inout Document) {
        document.tokens = Tokenizer().tokenize(document.scalars)
    }
}

/// Splits the document into paragraphs and sentences.
struct SentenceStage: ExtractionStage {
    func run(_ document: inout Document) {
        let (paragraphs, sentences) = SentenceSplitter().split(tokens: document.tokens, scalars: document.scalars)
        document.paragraphs = paragraphs
        document.sentences = InlineFurniture.split(sentences, tokens: document.tokens)
    }
}
