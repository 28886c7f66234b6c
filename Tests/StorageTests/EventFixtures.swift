import Foundation
import NewsModel
@testable import Storage

extension Fixture {
    static let syriaText = "Islamic State fighters attacked an army post near Palmyra on March 3, killing 12 soldiers and wounding 4. Russian jets struck Idlib. \"We will respond to every attack on Palmyra,\" said Bashar al-Assad. Police detained 30 protesters in Damascus."

    /// The sentences of a text, split after ". " (enough for the hand-made fixtures).
    static func sentences(of text: String) -> [Span] {
        var spans: [Span] = [], start = 0, offset = 0
        let scalars = Array(text.unicodeScalars)
        while offset < scalars.count {
            if scalars[offset] == ".", offset + 1 == scalars.count || scalars[offset + 1] == " " {
                spans.append(Span(start: start, end: offset + 1))
                start = offset + 2
            }
            offset += 1
        }
        return spans
    }

    /// Four events of four kinds: an attack with dead and wounded, an air strike coded by a longer code and no date
    /// of its own, a month-precision arrest, and a quote by a named speaker about a place.
    static var syria: (article: Article, extraction: Extraction) {
        let text = syriaText
        let article = Article(id: "syria-3", title: "Attack near Palmyra", text: text, published: "2023-03-05T08:00:00Z",
                              url: "https://aljazeera.com/syria", source: "aljazeera.com")
        let quote = span("We will respond to every attack on Palmyra,", in: text)
        let extraction = Extraction(
            article: article.metadata,
            entities: [
                Entity(id: "E1", type: .organisation, name: "Islamic State", mentions: [span("Islamic State", in: text)]),
                Entity(id: "E2", type: .location, name: "Palmyra", mentions: [span("Palmyra", in: text),
                                                                              span("Palmyra", in: text, occurrence: 1)]),
                Entity(id: "E3", type: .miscellaneous, name: "Russian", mentions: [span("Russian", in: text)]),
                Entity(id: "E4", type: .location, name: "Idlib", mentions: [span("Idlib", in: text)]),
                Entity(id: "E5", type: .person, name: "Bashar al-Assad", aliases: ["Assad"],
                       mentions: [span("Bashar al-Assad", in: text)]),
                Entity(id: "E6", type: .location, name: "Damascus", mentions: [span("Damascus", in: text)]),
                Entity(id: "E7", type: .organisation, name: "Syrian Army", aliases: ["army"], mentions: [span("army", in: text)]),
            ],
            quotes: [Quote(text: "We will respond to every attack on Palmyra,", speaker: "E5", speakerName: "Bashar al-Assad",
                           cue: "said", start: quote.start, end: quote.end)],
            events: [
                Event(cameo: "18", label: "assault", trigger: "attacked", actors: ["E1"], targets: ["E7"], location: "E2",
                      date: "2023-03-03", fatalities: 12, sentence: 0, injured: 4,
                      start: span("attacked", in: text).start, end: span("attacked", in: text).end),
                Event(cameo: "195", label: "employ aerial weapons", trigger: "struck", actors: ["E3"], targets: [],
                      location: "E4", sentence: 1, start: span("struck", in: text).start, end: span("struck", in: text).end),
                Event(cameo: "17", label: "coerce", trigger: "detained", actors: [], targets: [], location: "E6",
                      date: "2023-03", sentence: 3, count: 30,
                      start: span("detained", in: text).start, end: span("detained", in: text).end),
            ],
            sentences: sentences(of: text))
        return (article, extraction)
    }

    /// Mali, Paris and Syria: events in 2022 and 2023, one entity ("Russian") acting in two articles.
    static func withEvents<T>(_ body: (SQLiteStore) throws -> T) throws -> T {
        try withStore { store, _ in
            try store.upsert([mali, paris, syria])
            return try body(store)
        }
    }
}
