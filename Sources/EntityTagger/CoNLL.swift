import Foundation

/// One token line of a CoNLL file: the word, the columns between the word and the tag
/// (POS and chunk in CoNLL-2003), and the gold IOB tag (the last column).
public struct CoNLLToken: Sendable, Equatable {
    public var word: String
    public var columns: [String]
    public var tag: String

    public init(word: String, columns: [String] = [], tag: String = "O") {
        self.word = word
        self.columns = columns
        self.tag = tag
    }
}

/// A document: the sentences between two `-DOCSTART-` lines.
public struct CoNLLDocument: Sendable, Equatable {
    public var sentences: [[CoNLLToken]]
    /// The `-DOCSTART-` line that opened the document, verbatim (nil when the file had none).
    public var header: String?

    public init(sentences: [[CoNLLToken]], header: String? = nil) {
        self.sentences = sentences
        self.header = header
    }

    /// Words only, the shape `DocumentTagger.tag(sentences:)` takes.
    public var words: [[String]] { sentences.map { $0.map(\.word) } }
    /// Gold tags as written in the file, converted to IOB2 (IOB1 files are accepted).
    public var goldTags: [[String]] { sentences.map { Tags.toIOB2($0.map(\.tag)) } }
    public var tokenCount: Int { sentences.reduce(0) { $0 + $1.count } }
}

public enum CoNLLError: Error, CustomStringConvertible {
    case unreadable(String)
    public var description: String {
        switch self {
        case .unreadable(let path): return "cannot read CoNLL file \(path)"
        }
    }
}

/// Reading and writing CoNLL-2003 style files (whitespace-separated columns, word first, tag last,
/// blank line between sentences, `-DOCSTART-` between documents).
public enum CoNLL {
    public static func read(path: String) throws -> [CoNLLDocument] {
        guard let data = FileManager.default.contents(atPath: path) else { throw CoNLLError.unreadable(path) }
        return parse(String(decoding: data, as: UTF8.self))
    }

    public static func parse(_ text: String) -> [CoNLLDocument] {
        var documents: [CoNLLDocument] = []
        var current = CoNLLDocument(sentences: [], header: nil)
        var sentence: [CoNLLToken] = []
        var started = false
        func closeSentence() {
            if !sentence.isEmpty { current.sentences.append(sentence); sentence = [] }
        }
        text.enumerateLines { line, _ in
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.isEmpty { closeSentence(); return }
            if fields[0] == "-DOCSTART-" {
                closeSentence()
                if started { documents.append(current) }
                current = CoNLLDocument(sentences: [], header: line)
                started = true
                return
            }
            started = true
            let word = String(fields[0])
            let tag = fields.count > 1 ? String(fields[fields.count - 1]) : "O"
            let middle = fields.count > 2 ? fields[1..<(fields.count - 1)].map(String.init) : []
            sentence.append(CoNLLToken(word: word, columns: middle, tag: tag))
        }
        closeSentence()
        if started { documents.append(current) }
        return documents
    }

    /// Writes documents back in CoNLL layout. With `predicted`, each token line gets the predicted tag
    /// as an extra last column (`predicted[doc][sentence][token]`). A `-DOCSTART-` line (followed by a
    /// blank line) opens each document that had one; a blank line follows every sentence.
    public static func format(_ documents: [CoNLLDocument], predicted: [[[String]]]? = nil) -> String {
        var out = ""
        out.reserveCapacity(documents.reduce(0) { $0 + $1.tokenCount } * 24)
        for (d, document) in documents.enumerated() {
            if let header = document.header {
                out += header
                if predicted != nil { out += " O" }
                out += "\n\n"
            }
            for (s, sentence) in document.sentences.enumerated() {
                for (t, token) in sentence.enumerated() {
                    out += token.word
                    for column in token.columns { out += " " + column }
                    out += " " + token.tag
                    if let predicted { out += " " + predicted[d][s][t] }
                    out += "\n"
                }
                out += "\n"
            }
        }
        return out
    }
}
