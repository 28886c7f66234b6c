import Foundation

/// One parsed sentence: words with their tags, heads and labels.
public struct TreebankSentence: Sendable, Hashable {
    /// `doc_id` of the CoNLL-U comments ("news-123"), or "" when there is none.
    public var document: String
    public var words: [String]
    public var tags: [PennTag]
    public var universalTags: [UniversalTag]
    /// Head of each word as an index into `words`, -1 for the root.
    public var heads: [Int]
    public var labels: [DependencyLabel]
    /// Each word's offsets in Unicode scalars in the document text (MISC `Start=`/`End=`), when given.
    public var offsets: [Range<Int>]?

    public init(document: String = "", words: [String], tags: [PennTag], universalTags: [UniversalTag]? = nil,
                heads: [Int], labels: [DependencyLabel], offsets: [Range<Int>]? = nil) {
        self.document = document
        self.words = words
        self.tags = tags
        self.universalTags = universalTags ?? [UniversalTag](repeating: .X, count: words.count)
        self.heads = heads
        self.labels = labels
        self.offsets = offsets
    }

    public var count: Int { words.count }

    /// The article number of a news sentence ("news-123" -> 123).
    public var newsArticle: Int? {
        guard document.hasPrefix("news-") else { return nil }
        return Int(document.dropFirst(5))
    }
}

/// Why a CoNLL-U file could not be read; names the line.
public struct TreebankError: Error, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var reason: String
    public var description: String { "\(path):\(line): \(reason)" }
}

/// CoNLL-U reading (the silver parses of ../shared/data/parses; gzip files are read through `gzip -dc`).
public enum Treebank {
    public static func read(path: String) throws -> [TreebankSentence] {
        let data: Data
        if path.hasSuffix(".gz") {
            data = try gunzip(path: path)
        } else {
            do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                throw TreebankError(path: path, line: 0, reason: "cannot read the file (\(error.localizedDescription))")
            }
        }
        return try parse(String(decoding: data, as: UTF8.self), path: path)
    }

    public static func parse(_ text: String, path: String = "<text>") throws -> [TreebankSentence] {
        var sentences: [TreebankSentence] = []
        var document = ""
        var words: [String] = [], tags: [PennTag] = [], upos: [UniversalTag] = [], heads: [Int] = []
        var labels: [DependencyLabel] = [], offsets: [Range<Int>] = []
        var allOffsets = true
        var lineNumber = 0
        func flush() throws {
            guard !words.isEmpty else { return }
            for (i, h) in heads.enumerated() where h >= words.count {
                throw TreebankError(path: path, line: lineNumber, reason: "word \(i + 1) has head \(h + 1), past the sentence's \(words.count) words")
            }
            sentences.append(TreebankSentence(document: document, words: words, tags: tags, universalTags: upos, heads: heads,
                                              labels: labels, offsets: allOffsets ? offsets : nil))
            words = []; tags = []; upos = []; heads = []; labels = []; offsets = []; allOffsets = true
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty { try flush(); continue }
            if line.hasPrefix("#") {
                if line.hasPrefix("# doc_id = ") { document = String(line.dropFirst(11)) }
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 10 else {
                throw TreebankError(path: path, line: lineNumber, reason: "expected 10 tab-separated columns, found \(fields.count)")
            }
            if fields[0].contains("-") || fields[0].contains(".") { continue }  // multiword ranges, empty nodes
            guard let id = Int(fields[0]), id == words.count + 1 else {
                throw TreebankError(path: path, line: lineNumber, reason: "word id '\(fields[0])' out of sequence")
            }
            guard let tag = PennTag(name: String(fields[4])) else {
                throw TreebankError(path: path, line: lineNumber, reason: "unknown XPOS tag '\(fields[4])'")
            }
            guard let head = Int(fields[6]), head >= 0 else {
                throw TreebankError(path: path, line: lineNumber, reason: "bad head '\(fields[6])'")
            }
            let labelName = fields[7] == "ROOT" ? "root" : String(fields[7])
            guard let label = DependencyLabel(name: labelName) else {
                throw TreebankError(path: path, line: lineNumber, reason: "unknown dependency label '\(fields[7])'")
            }
            words.append(String(fields[1]))
            tags.append(tag)
            upos.append(UniversalTag(name: String(fields[3])) ?? .X)
            heads.append(head - 1)
            labels.append(head == 0 ? .root : label)
            if let range = offsetsIn(misc: fields[9]) { offsets.append(range) } else { allOffsets = false }
        }
        try flush()
        return sentences
    }

    static func offsetsIn(misc: Substring) -> Range<Int>? {
        var start: Int?, end: Int?
        for part in misc.split(separator: "|") {
            if part.hasPrefix("Start=") { start = Int(part.dropFirst(6)) } else if part.hasPrefix("End=") { end = Int(part.dropFirst(4)) }
        }
        guard let start, let end, end >= start else { return nil }
        return start..<end
    }

    static func gunzip(path: String) throws -> Data {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw TreebankError(path: path, line: 0, reason: "cannot read the file")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw TreebankError(path: path, line: 0, reason: "gzip -dc failed with status \(process.terminationStatus)")
        }
        return data
    }

    /// CoNLL-U text of sentences (tags, heads and labels as given).
    public static func format(_ sentences: [TreebankSentence]) -> String {
        var out = ""
        for s in sentences {
            if !s.document.isEmpty { out += "# doc_id = \(s.document)\n" }
            for i in 0..<s.count {
                let head = s.heads[i] + 1
                out += "\(i + 1)\t\(s.words[i])\t_\t\(s.universalTags[i].name)\t\(s.tags[i].name)\t_\t\(head)\t\(s.labels[i].name)\t_\t_\n"
            }
            out += "\n"
        }
        return out
    }
}
