import Foundation

/// Plain-text helpers for unlabelled news: a CSV reader (quoted, multi-line fields) and a simple
/// CoNLL-like tokeniser and sentence splitter, used to learn word clusters and to benchmark tagging.
/// (The pipeline's own tokeniser, with offsets, lives in Extraction.)
public enum NewsText {
    /// Rows of a CSV file (RFC 4180 quoting: fields in double quotes may hold commas, newlines and "").
    public static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == 34 {
                    if i + 1 < bytes.count && bytes[i + 1] == 34 { field.append(34); i += 1 } else { inQuotes = false }
                } else {
                    field.append(b)
                }
            } else {
                switch b {
                case 34: inQuotes = true
                case 44: row.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true)
                case 10:
                    row.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true)
                    rows.append(row); row = []
                case 13: break
                default: field.append(b)
                }
            }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty { row.append(String(decoding: field, as: UTF8.self)); rows.append(row) }
        return rows
    }

    /// The values of one named column of a CSV file with a header row.
    public static func csvColumn(path: String, column: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { throw CoNLLError.unreadable(path) }
        let rows = csvRows(String(decoding: data, as: UTF8.self))
        guard let header = rows.first, let index = header.firstIndex(of: column) else { return [] }
        return rows.dropFirst().compactMap { $0.count > index ? $0[index] : nil }
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
