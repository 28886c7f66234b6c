import Formats
import Foundation

/// Why a news CSV could not be read.
public enum NewsTextError: Error, Equatable, CustomStringConvertible {
    case unreadable(String)
    case malformed(origin: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path): "cannot read CSV file \(path)"
        case .malformed(let origin, let line, let reason): "\(origin):\(line): \(reason)"
        }
    }
}

/// Plain-text helpers for unlabelled news: one column of a news CSV (read with the project's one CSV reader,
/// `Formats.CSVParser`) and a simple CoNLL-like tokeniser and sentence splitter, used to learn word clusters and to
/// benchmark tagging. (The pipeline's own tokeniser, with offsets, lives in Extraction.)
public enum NewsText {
    /// The values of one named column of a CSV file with a header row.
    public static func csvColumn(path: String, column: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { throw NewsTextError.unreadable(path) }
        return try csvColumn([UInt8](data), column: column, origin: path)
    }

    /// The values of `column` in CSV `bytes` (a UTF-8 BOM skipped). A quote that never closes is an error naming
    /// the line, not a column that runs to the end of the file; a row too short for the column is left out.
    public static func csvColumn(_ bytes: [UInt8], column: String, origin: String = "CSV") throws -> [String] {
        let parsed = CSVParser.parse(bytes, from: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)
        if let failure = parsed.failure {
            throw NewsTextError.malformed(origin: origin, line: failure.line, reason: failure.reason)
        }
        guard let header = parsed.records.first, let index = header.fields.firstIndex(of: column) else { return [] }
        return parsed.records.dropFirst().compactMap { $0.fields.count > index ? $0.fields[index] : nil }
    }

    static let abbreviations: Set<String> = [
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.",
        "St.", "Jr.", "Sr.", "Inc.", "Corp.", "Co.", "Ltd.", "vs.", "No.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.",
        "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Mt.", "Ft.", "Adm.", "Brig.", "Cmdr.", "Rev.", "etc.", "e.g.", "i.e.",
    ]
    static let leading: Set<Character> = ["\"", "'", "(", "[", "{", "\u{201C}", "\u{2018}", "\u{00AB}"]
    static let trailing: Set<Character> = ["\"", "'", ")", "]", "}", ",", ";", ":", "!", "?", ".", "\u{201D}", "\u{2019}", "\u{00BB}"]

    /// Words of `text`, split roughly the way CoNLL-2003 is (punctuation apart, "'s" apart,
    /// abbreviations and initials kept whole), grouped into sentences.
    public static func sentences(_ text: String) -> [[String]] {
        var sentences: [[String]] = []
        var current: [String] = []
        for chunk in text.split(whereSeparator: { $0.isWhitespace }) {
            var word = Substring(chunk)
            var before: [String] = [], after: [String] = []
            while let f = word.first, leading.contains(f), word.count > 1 { before.append(String(f)); word = word.dropFirst() }
            while let l = word.last, trailing.contains(l), word.count > 1 {
                if l == "." {
                    let w = String(word)
                    if abbreviations.contains(w) { break }
                    // initials and acronyms: "J.", "U.S."
                    let letters = w.filter { $0 != "." }
                    if letters.count <= 3 && w.dropLast().contains(".") || (w.count == 2 && w.first!.isUppercase) { break }
                }
                after.insert(String(l), at: 0)
                word = word.dropLast()
            }
            current.append(contentsOf: before)
            if word.hasSuffix("'s") || word.hasSuffix("\u{2019}s"), word.count > 2 {
                current.append(String(word.dropLast(2)))
                current.append(String(word.suffix(2)))
            } else if word.hasSuffix("n't"), word.count > 3 {
                current.append(String(word.dropLast(3)))
                current.append("n't")
            } else {
                current.append(String(word))
            }
            for p in after {
                current.append(p)
            }
            if let last = after.last(where: { $0 != "\"" && $0 != "'" && $0 != "\u{201D}" && $0 != ")" }),
               last == "." || last == "!" || last == "?" {
                sentences.append(current)
                current = []
            }
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }
}
