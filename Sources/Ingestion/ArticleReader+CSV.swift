import Formats
import NewsModel

extension ArticleReader {
    /// The header names tried, in order, for each role when `CSVColumns` leaves it nil.
    /// (Computed, because key paths are not Sendable and so cannot sit in a static constant.)
    static var csvColumnNames: [(role: KeyPath<CSVColumns, String?>, label: String, names: [String])] { [
        (\.title, "title", ["title", "headline"]),
        (\.text, "text", ["text", "body", "content", "article"]),
        (\.published, "published", ["published", "publish_date", "date", "pubdate"]),
        (\.url, "url", ["url", "link", "article_source_link"]),
        (\.source, "source", ["source", "publisher"]),
        (\.id, "id", ["id", "article_id"]),
    ] }

    /// A CSV file with a header row. Columns are found by name (see `CSVColumns`); columns with other
    /// roles (such as a subtitle) are left out of the article. Each bad row is an error naming its line.
    func readCSV(_ bytes: [UInt8], from start: Int, origin: String) -> ReadBatch {
        let parsed = CSVParser.parse(bytes, from: start)
        var batch = ReadBatch()
        guard let header = parsed.records.first else {
            if let failure = parsed.failure {
                return .failure("\(origin):\(failure.line)", failure.reason)
            }
            return .failure(origin, "no header row")
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        let lowered = names.map { $0.lowercased() }

        var index: [String: Int] = [:]
        for (role, label, candidates) in Self.csvColumnNames {
            if let wanted = columns[keyPath: role] {
                guard let position = lowered.firstIndex(of: wanted.lowercased()) else {
                    return .failure(origin, "no column named '\(wanted)' for the \(label); the columns are: \(names.joined(separator: ", "))")
                }
                index[label] = position
            } else if let position = candidates.lazy.compactMap({ lowered.firstIndex(of: $0) }).first {
                index[label] = position
            }
        }
        guard let textColumn = index["text"] else {
            return .failure(origin, "no text column (looked for text, body, content, article); the columns are: "
                + names.joined(separator: ", ") + "; name the one that holds the text with \(CSVColumns.textFlag) NAME")
        }

        for record in parsed.records.dropFirst() {
            let rowOrigin = "\(origin):\(record.line)"
            guard record.fields.count == names.count else {
                batch.errors.append(InputError(origin: rowOrigin,
                    reason: "row has \(record.fields.count) fields, the header has \(names.count)"))
                continue
            }
            func cell(_ label: String) -> String? { index[label].map { record.fields[$0] } }
            let article = Article(title: cell("title"), text: record.fields[textColumn], published: cell("published"),
                                  url: cell("url"), source: cell("source"))
            let recordID = cell("id").map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
            accept(article, origin: rowOrigin, recordID: recordID, into: &batch)
        }
        if let failure = parsed.failure {
            batch.errors.append(InputError(origin: "\(origin):\(failure.line)", reason: failure.reason))
        }
        return batch
    }
}
