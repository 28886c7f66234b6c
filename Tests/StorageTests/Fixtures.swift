import Foundation
import NewsModel
@testable import Storage

/// A store on a fresh SQLite file in its own temporary folder, removed after `body`.
func withStore<T>(_ body: (SQLiteStore, String) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("storage-tests-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("news.sqlite").path
    let store = try SQLiteStore(path: path)
    return try body(store, path)
}

/// Small hand-made articles with extractions whose offsets point at the right words.
enum Fixture {
    static let maliText = "Colonel Assimi Goïta met Russian officials in Bamako. \"We spoke of security,\" Goïta declared. Attackers killed 42 soldiers near Tessit on Wednesday, August 10."

    static func span(_ word: String, in text: String, occurrence: Int = 0) -> Span {
        var searchStart = text.startIndex
        var found: Range<String.Index>?
        for _ in 0...occurrence {
            found = text.range(of: word, range: searchStart..<text.endIndex)
            searchStart = found!.upperBound
        }
        let scalars = text.unicodeScalars
        let start = scalars.distance(from: scalars.startIndex, to: found!.lowerBound)
        return Span(start: start, end: start + word.unicodeScalars.count)
    }

    static var mali: (article: Article, extraction: Extraction) {
        let article = Article(id: "mali-1", title: "Mali junta turns to Russia", text: maliText, published: "2022-08-10",
                              url: "https://example.org/mali", source: "Wire Agency")
        let text = maliText
        let extraction = Extraction(
            article: article.metadata,
            entities: [
                Entity(id: "E1", type: .person, name: "Assimi Goïta", aliases: ["Goïta"], roles: ["Colonel"],
                       mentions: [span("Assimi Goïta", in: text), span("Goïta", in: text, occurrence: 1)]),
                Entity(id: "E2", type: .location, name: "Bamako", mentions: [span("Bamako", in: text)]),
                Entity(id: "E3", type: .location, name: "Tessit", mentions: [span("Tessit", in: text)]),
                Entity(id: "E4", type: .miscellaneous, name: "Russian", mentions: [span("Russian", in: text)]),
            ],
            quotes: [Quote(text: "We spoke of security,", speaker: "E1", speakerName: "Goïta", cue: "declared",
                           start: span("We spoke of security,", in: text).start, end: span("We spoke of security,", in: text).end)],
            dates: [DateMention(text: "Wednesday, August 10", value: "2022-08-10", granularity: .day,
                                start: span("Wednesday, August 10", in: text).start, end: span("Wednesday, August 10", in: text).end)],
            counts: [CountMention(type: .kill, number: 42, object: "soldiers", location: "E3",
                                  start: span("42 soldiers", in: text).start, end: span("42 soldiers", in: text).end)],
            events: [
                Event(cameo: "04", label: "consult", trigger: "met", actors: ["E1"], targets: ["E4"], location: "E2",
                      date: "2022-08-10", sentence: 0),
                Event(cameo: "19", label: "fight", trigger: "killed", actors: [], targets: [], location: "E3",
                      date: "2022-08-10", fatalities: 42, sentence: 2),
            ],
            sentences: [Span(start: 0, end: 53), Span(start: 54, end: 92), Span(start: 93, end: text.unicodeScalars.count)])
        return (article, extraction)
    }

    /// A second article naming Goïta without the diacritic and without his first name.
    static var paris: (article: Article, extraction: Extraction) {
        let text = "In Paris, diplomats discussed Goita and the withdrawal of French troops from Mali."
        let article = Article(id: "paris-2", title: "Diplomats weigh Mali withdrawal", text: text, published: "2022-09-01",
                              url: "https://example.org/paris", source: "Le Monde")
        let extraction = Extraction(article: article.metadata, entities: [
            Entity(id: "E1", type: .location, name: "Paris", mentions: [span("Paris", in: text)]),
            Entity(id: "E2", type: .person, name: "Goita", mentions: [span("Goita", in: text)]),
            Entity(id: "E3", type: .location, name: "Mali", mentions: [span("Mali", in: text)]),
            Entity(id: "E4", type: .miscellaneous, name: "French", mentions: [span("French", in: text)]),
        ])
        return (article, extraction)
    }

    /// An article with plain text and no entities, for filters.
    static func plain(id: String, title: String, text: String, published: String?, source: String?) -> (article: Article, extraction: Extraction) {
        let article = Article(id: id, title: title, text: text, published: published, source: source)
        return (article, Extraction(article: article.metadata))
    }
}
